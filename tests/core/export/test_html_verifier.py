"""The bundle's offline HTML verifier in a real headless Chromium (issue 18): on genuine,
tampered, re-signed, hostile and truncated bundles it reaches the same verdict as
``safeplan verify``, check by check, in the export's language, with no network.

Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs them) and selenium (the
``test`` extra); skipped with a reason otherwise. Chromium is started headless with a fresh
profile and background networking off; the page's own CSP forbids every connection.
"""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import manifest as mf
from safeplan.core.export import verify
from safeplan.core.export.bundle import verifier_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if CHROMIUM is None or DRIVER is None:
        pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium "
                    "chromium-driver): the HTML verifier needs a real browser")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (test extra) missing")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})  # to see every request
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def run_page(browser: Any, page: Path, paths: list[Path], *, key: str = "", receipt: str = "",
             folder: bool = False) -> dict[str, Any]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    if key:
        browser.find_element(By.ID, "key").send_keys(key)
    if receipt:
        browser.find_element(By.ID, "receipt").send_keys(receipt)
    target = browser.find_element(By.ID, "folder" if folder else "files")
    target.send_keys("\n".join(str(p) for p in paths))
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "done")
    return browser.execute_script("return window.safeplanResult")  # type: ignore[no-any-return]


def _verdicts(checks: list[Any]) -> list[tuple[str, bool]]:
    """(code, ok) of every check that compares something, in order (notes are wording only)."""
    return [(c["code"], c["ok"]) for c in checks if c["ok"] is not None]


def assert_agree(report: Any, html: dict[str, Any]) -> None:
    python = [{"code": c.code, "ok": c.ok} for c in report.checks]
    assert html["ok"] == report.ok, (report.lines(), html)
    assert _verdicts(html["checks"]) == _verdicts(python), (report.lines(), html)
    assert html["checks"][0]["code"] == "SIGNED_BY" or not report.checks or \
        report.checks[0].code != "SIGNED_BY"


@pytest.fixture
def bundle_folder(export: Any, tmp_path: Path) -> Any:
    def make(lang: str = "en") -> tuple[Path, Path, Any]:
        result = export(lang=lang, bundle_path=tmp_path / "exports" / f"b-{lang}.zip")
        folder = tmp_path / f"unpacked-{lang}"
        with zipfile.ZipFile(result.bundle_path) as archive:
            archive.extractall(folder)
        return folder, folder / "verify.html", result
    return make


def _all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "verify.html")


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1
    path.write_bytes(bytes(data))


def test_page_has_no_way_out() -> None:
    page = verifier_html("en").decode()
    assert "connect-src 'none'" in page and "default-src 'none'" in page
    assert "SCRIPT_HASH" not in page
    for forbidden in ("http://", "https://", "<script src", "fetch(", "XMLHttpRequest",
                      "WebSocket", "sendBeacon", "<link", "@import", "<iframe"):
        assert forbidden not in page, forbidden
    assert '<html lang="ru"' in verifier_html("ru").decode()


def test_genuine_bundle_agrees(browser: Any, bundle_folder: Any, sample_vault: Any) -> None:
    folder, page, result = bundle_folder()
    key = sample_vault.public_key_fingerprint()
    report = verify(folder, key=key)
    assert report.ok, report.lines()
    html = run_page(browser, page, _all_files(folder), key=key)
    assert_agree(report, html)
    assert html["checks"][0]["code"] == "SIGNED_BY" and key in html["checks"][0]["text"]
    codes = [c["code"] for c in html["checks"]]
    assert "SIG_OK" in codes and "PDF_OK" in codes
    assert codes.count("EXHIBIT_OK") == 2 and "EXHIBIT_WITHHELD" in codes
    # the whole folder chosen at once (webkitdirectory) reads the same
    assert_agree(report, run_page(browser, page, [folder], key=key, folder=True))
    # the bundle zip itself
    assert_agree(verify(result.bundle_path, key=key),
                 run_page(browser, page, [result.bundle_path], key=key))


def test_tampered_bundles_agree(browser: Any, bundle_folder: Any, sample_vault: Any) -> None:
    folder, page, _ = bundle_folder()
    key = sample_vault.public_key_fingerprint()
    pdf = folder / "out.pdf"
    original = pdf.read_bytes()
    _flip(pdf, 3000)  # one byte of the PDF
    report = verify(folder, key=key)
    assert not report.ok
    html = run_page(browser, page, _all_files(folder), key=key)
    assert_agree(report, html)
    assert ("PDF_CHANGED", False) in _verdicts(html["checks"])
    pdf.write_bytes(original + b"\n%%EOF\n")  # bytes appended
    assert_agree(verify(folder, key=key), run_page(browser, page, _all_files(folder), key=key))
    pdf.write_bytes(original[: len(original) // 2])  # the PDF cut short
    assert_agree(verify(folder, key=key), run_page(browser, page, _all_files(folder), key=key))
    pdf.write_bytes(original)
    exhibit = next((folder / "exhibits").glob("E*1-*"))
    _flip(exhibit, 20)  # an exhibit changed
    report = verify(folder, key=key)
    html = run_page(browser, page, _all_files(folder), key=key)
    assert_agree(report, html)
    assert ("EXHIBIT_CHANGED", False) in _verdicts(html["checks"])
    exhibit.unlink()  # and missing
    assert_agree(verify(folder, key=key), run_page(browser, page, _all_files(folder), key=key))


def _resign(folder: Path, key: Ed25519PrivateKey, edit: Any = None) -> None:
    """A forger: edits the manifest, puts in his key, signs again (and rewrites the sig files)."""
    path = folder / "out.manifest.json"
    manifest = json.loads(path.read_text())
    if edit:
        edit(manifest)
    statement = manifest["statement"]
    raw = mf.public_raw(key)
    statement["public_key"] = {"algorithm": "Ed25519", "raw_base64": base64.b64encode(raw).decode(),
                               "fingerprint": mf.key_fingerprint(raw)}
    old = manifest["statement_sha256"]
    manifest["statement_sha256"] = mf.sha256_hex(mf.canonical(statement))
    pdf = (folder / "out.pdf").read_bytes().replace(
        f"statement-sha256:{old}".encode(), f"statement-sha256:{manifest['statement_sha256']}".encode())
    (folder / "out.pdf").write_bytes(pdf)
    manifest["pdf"] = {**manifest["pdf"], "sha256": mf.sha256_hex(pdf), "size": len(pdf)}
    signature = key.sign(mf.signed_part(manifest))
    manifest["signature"] = {"algorithm": "Ed25519",
                             "value_base64": base64.b64encode(signature).decode()}
    path.write_bytes(mf.manifest_bytes(manifest))
    (folder / "out.signed.json").write_bytes(mf.signed_part(manifest))
    (folder / "out.sig").write_bytes(signature)


def test_resigned_bundle_agrees_and_fails_with_her_key(browser: Any, bundle_folder: Any,
                                                       sample_vault: Any) -> None:
    folder, page, _ = bundle_folder()
    hers = sample_vault.public_key_fingerprint()
    _flip(folder / "out.pdf", 4000)
    _resign(folder, Ed25519PrivateKey.generate())
    with_key = verify(folder, key=hers)
    assert not with_key.ok
    html = run_page(browser, page, _all_files(folder), key=hers)
    assert_agree(with_key, html)
    assert ("KEY_OTHER", False) in _verdicts(html["checks"])
    # without her key the copy is self-consistent: both say so, and both lead with the new key
    alone = verify(folder)
    html = run_page(browser, page, _all_files(folder))
    assert_agree(alone, html)
    assert hers not in html["checks"][0]["text"]
    # signature files left from the genuine export beside a re-signed manifest
    (folder / "out.sig").write_bytes(b"\0" * 64)
    assert_agree(verify(folder), run_page(browser, page, _all_files(folder)))


def test_hostile_paths_and_truncated_zip_agree(browser: Any, bundle_folder: Any, tmp_path: Path,
                                               sample_vault: Any) -> None:
    folder, page, result = bundle_folder()
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"her own file")

    def hostile(manifest: dict[str, Any]) -> None:
        item = manifest["statement"]["exhibits"][0]
        item.update(bundle_path="../secret.txt", sha256=mf.sha256_hex(secret.read_bytes()),
                    size=secret.stat().st_size)

    _resign(folder, Ed25519PrivateKey.generate(), hostile)
    report = verify(folder)
    html = run_page(browser, page, [*_all_files(folder), secret])
    assert_agree(report, html)
    assert ("EXHIBIT_OUTSIDE", False) in _verdicts(html["checks"])
    # a bundle cut short in transfer
    cut = tmp_path / "cut.zip"
    cut.write_bytes(result.bundle_path.read_bytes()[: result.bundle_path.stat().st_size // 2])
    report = verify(cut)
    html = run_page(browser, page, [cut])
    assert not report.ok and not html["ok"]
    assert html["checks"][-1]["code"] == "BUNDLE_BAD"


@pytest.mark.parametrize("lang, words", [("ru", "Всё совпадает"), ("be", "Усё супадае")])
def test_page_speaks_the_export_language(browser: Any, bundle_folder: Any, lang: str,
                                         words: str) -> None:
    folder, page, _ = bundle_folder(lang)
    html = run_page(browser, page, _all_files(folder))
    assert html["ok"]
    from selenium.webdriver.common.by import By

    assert words in browser.find_element(By.ID, "summary").text
    assert "Подпис" in html["checks"][0]["text"] or "Падпіс" in html["checks"][0]["text"]


def test_receipts_agree(browser: Any, bundle_folder: Any, sample_vault: Any) -> None:
    from safeplan.core.journal.receipts import ReceiptBook, grouped

    code = ReceiptBook(sample_vault.journal).make().code
    sample_vault.journal.save("incident", {"title": "later", "occurred_at": "2024-06-01T10:00:00+03:00",
                                           "precision": "day", "categories": ["threat"]})
    folder, page, _ = bundle_folder()
    for typed in (grouped(code).lower(), "ABCD-EFGH-JKMN-PQRS-TVWX", "nonsense"):
        report = verify(folder, receipts=[typed])
        html = run_page(browser, page, _all_files(folder), receipt=typed)
        assert_agree(report, html)
        codes = [c["code"] for c in html["checks"]]
        assert "RECEIPT_LISTED_OK" in codes
    assert ("RECEIPT_OK", True) in _verdicts(run_page(browser, page, _all_files(folder),
                                                      receipt=grouped(code))["checks"])


def test_browser_without_ed25519_says_so(browser: Any, bundle_folder: Any) -> None:
    """A browser whose WebCrypto lacks Ed25519 (Chrome < 137): the page says the signature was
    NOT checked instead of guessing. Simulated by making importKey refuse Ed25519 the way such a
    browser does (NotSupportedError); everything else is the real browser."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder, page, _ = bundle_folder()
    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    browser.execute_script("""
        const real = crypto.subtle.importKey.bind(crypto.subtle);
        crypto.subtle.importKey = (format, data, algorithm, ...rest) =>
          (algorithm && algorithm.name === "Ed25519")
            ? Promise.reject(new DOMException("Algorithm: Unrecognized name", "NotSupportedError"))
            : real(format, data, algorithm, ...rest);""")
    browser.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in _all_files(folder)))
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "done")
    result = browser.execute_script("return window.safeplanResult")
    assert not result["ok"]
    codes = [c["code"] for c in result["checks"]]
    assert "NO_ED25519" in codes and "SIG_OK" not in codes and "SIG_BAD" not in codes


def test_page_requests_nothing_but_its_own_file(browser: Any, bundle_folder: Any,
                                                sample_vault: Any) -> None:
    """During a whole check the page loads nothing and sends nothing: the browser's own network
    log holds no request except the page itself (file://)."""
    folder, page, _ = bundle_folder()
    browser.get_log("performance")  # drop what earlier tests left
    result = run_page(browser, page, _all_files(folder), key=sample_vault.public_key_fingerprint())
    assert result["ok"]
    requests = [json.loads(entry["message"])["message"] for entry in browser.get_log("performance")]
    urls = [m["params"]["request"]["url"] for m in requests
            if m.get("method") == "Network.requestWillBeSent"]
    assert urls and all(url.startswith("file://") and url.endswith("verify.html") for url in urls), urls
