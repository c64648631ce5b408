"""verify.html checks big files piece by piece (a survivor's phone video of 1–4 GB is common):
the page read every file — and the bundle zip — whole into memory before hashing, so a big
video froze or crashed the lawyer's tab and "could not check" made genuine evidence look
doubtful; it also took a zip64 bundle (any exhibit of 2 GiB or more) for a damaged one.

Now files above 64 MiB are hashed in 4 MiB slices by the page's own incremental SHA-256 (FIPS
180-4; WebCrypto has no incremental digest), compared with WebCrypto at every start, with
progress per file, yielding between slices, and a Stop button; zip members are read as byte
ranges of the zip (stored) or inflated as a stream (deflated).

Test hook: the URL fragment ``#slice=N`` makes the page stream every file above N bytes in
slices of N bytes, so the streaming path is exercised on small files. It only changes how the
bytes are read, never what is compared, and a bundle cannot set it (it is part of the address
the lawyer opens, not of the files).

Real bundles from a real vault, real headless Chromium (skipped with a reason without it).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import verify
from safeplan.core.export.bundle import verifier_html
from tests.core.export import test_html_verifier as base
from tests.core.export.test_html_verifier import (
    _all_files,
    _flip,
    _resign,
    _verdicts,
    assert_agree,
)

# the headless Chromium and the unpacked real bundle, shared with the verifier's other tests
browser = base.browser
bundle_folder = base.bundle_folder

VIDEO = "video.mp4"
WATCH = """
    // what a lawyer would see at each turn of the event loop while the page works: if the page
    // never yielded mid-file, no partial percentage could ever be seen here
    window.seenWhileWorking = [];
    (function tick() {
      const state = document.body.dataset.state;
      const progress = document.getElementById("progress");
      if (state === "working" && progress) window.seenWhileWorking.push(progress.textContent);
      if (state !== "done" && state !== "cancelled") setTimeout(tick, 0);
    })();"""


def open_page(browser: Any, page: Path, fragment: str = "") -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")  # a new fragment alone would not reload the page
    browser.get(page.as_uri() + fragment)
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "ready")


def check(browser: Any, page: Path, paths: list[Path], fragment: str = "",
          key: str = "", *, reopen: bool = True) -> dict[str, Any]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if reopen:
        open_page(browser, page, fragment)
    if key:
        browser.find_element(By.ID, "key").send_keys(key)
    browser.execute_script(WATCH)
    browser.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in paths))
    WebDriverWait(browser, 120).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "done")
    result: dict[str, Any] = browser.execute_script("return window.safeplanResult")
    result["seen"] = browser.execute_script("return window.seenWhileWorking")
    return result


def _page(tmp_path: Path, lang: str = "en") -> Path:
    page = tmp_path / f"verify-{lang}.html"
    page.write_bytes(verifier_html(lang))
    return page


def _with_video(sample_vault: Any, video: bytes) -> None:
    from safeplan.core.journal.search import Query

    att = sample_vault.journal.add_attachment(video, VIDEO, "video/mp4")
    entry = sample_vault.journal.list(Query(kinds=("incident",)))[0]
    sample_vault.journal.save("incident", {**entry.content, "attachment_ids": [
        *entry.content.get("attachment_ids", []), att]}, uid=entry.uid)


def _percentages(seen: list[str], name: str) -> set[int]:
    return {int(m.group(1)) for text in seen
            for m in [re.search(re.escape(name) + r": (\d+)\s?%", text)] if m}


# ---------- the incremental SHA-256 itself ----------

def _boundary_sizes(slice_size: int) -> list[int]:
    sizes = {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000}
    for k in (1, 2, 3):
        sizes |= {k * slice_size - 1, k * slice_size, k * slice_size + 1}
    return sorted(s for s in sizes if s >= 0)


NO_BYTE_STREAMS = """
    const plain = ReadableStream.prototype.getReader;
    ReadableStream.prototype.getReader = function (options) {
      if (options && options.mode === "byob") throw new TypeError("not a byte stream");
      return plain.call(this, options);
    };"""


@pytest.mark.parametrize("slice_size, byte_streams", [(64, True), (100, True), (4096, True),
                                                       (100, False)])
def test_streamed_sha256_equals_hashlib_and_webcrypto(browser: Any, tmp_path: Path,
                                                       slice_size: int, byte_streams: bool) -> None:
    """Around every block boundary (55/56 bytes: where the length no longer fits the last block;
    63/64/65) and every slice boundary ±1, with slices that are and are not a multiple of the
    64-byte block; also in a browser whose file streams are not byte streams (plain slices)."""
    sizes = _boundary_sizes(slice_size)
    data = os.urandom(max(sizes))
    open_page(browser, _page(tmp_path), f"#slice={slice_size}")
    if not byte_streams:
        browser.execute_script(NO_BYTE_STREAMS)
    got = browser.execute_async_script("""
        const [b64, sizes, done] = arguments;
        const all = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
        (async () => {
          const out = [];
          for (const n of sizes) {
            const part = all.slice(0, n);
            const r = await window.safeplanScan(new Blob([part]));
            out.push([n, r.sha256, r.size, r.streamed, hex(await crypto.subtle.digest("SHA-256", part))]);
          }
          return out;
        })().then(done, (e) => done(String(e)));""", base64.b64encode(data).decode(), sizes)
    assert isinstance(got, list), got
    for n, streamed_hash, size, streamed, webcrypto in got:
        expected = hashlib.sha256(data[:n]).hexdigest()
        assert (n, streamed_hash) == (n, expected) and webcrypto == expected and size == n
        assert streamed == (n > slice_size), (n, streamed)  # the streaming path really ran


def test_streamed_sha256_several_mib_in_default_slices(browser: Any, tmp_path: Path) -> None:
    """Several MiB through the page's default 4 MiB slices (a file that does not end on a slice
    or a block boundary)."""
    data = os.urandom((9 << 20) + 37)
    open_page(browser, _page(tmp_path), f"#slice={4 << 20}")
    got = browser.execute_async_script("""
        const [b64, done] = arguments;
        const all = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        window.safeplanScan(new Blob([all])).then(done, (e) => done(String(e)));""",
                                       base64.b64encode(data).decode())
    assert got["streamed"] and got["size"] == len(data)
    assert got["sha256"] == hashlib.sha256(data).hexdigest()


def test_page_compares_its_sha256_with_webcrypto_before_use(browser: Any, tmp_path: Path) -> None:
    """If the page's own SHA-256 ever disagreed with the browser's (a broken engine), it does not
    stream: it reads files whole and uses WebCrypto, as before."""
    open_page(browser, _page(tmp_path), "#slice=64")
    assert browser.execute_script("return window.safeplanStreaming") is True
    scan = """
        const done = arguments[0];
        window.safeplanScan(new Blob([new Uint8Array(1000)])).then(done, (e) => done(String(e)));"""
    got = browser.execute_async_script(scan)
    assert got["streamed"] and got["sha256"] == hashlib.sha256(bytes(1000)).hexdigest()
    # a browser whose SHA-256 and the page's differ (simulated: WebCrypto answers wrongly for
    # 55 bytes, installed before the page's own script runs)
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        const real = crypto.subtle.digest.bind(crypto.subtle);
        crypto.subtle.digest = (algorithm, data) =>
          real(algorithm, data.byteLength === 55 ? new Uint8Array(56) : data);"""})
    try:
        open_page(browser, _page(tmp_path), "#slice=64")
        assert browser.execute_script("return window.safeplanStreaming") is False
        got = browser.execute_async_script(scan)
        assert not got["streamed"] and got["sha256"] == hashlib.sha256(bytes(1000)).hexdigest()
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument",
                                {"identifier": added["identifier"]})
    open_page(browser, _page(tmp_path), "#slice=64")
    assert browser.execute_script("return window.safeplanStreaming") is True


# ---------- whole bundles with a big file ----------

@pytest.fixture
def video_bundle(sample_vault: Any, bundle_folder: Any) -> tuple[Path, Path, Any, bytes]:
    video = os.urandom((3 << 20) + 4321)
    _with_video(sample_vault, video)
    folder, page, result = bundle_folder()
    return folder, page, result, video


def _video_path(folder: Path) -> Path:
    return next(p for p in (folder / "exhibits").iterdir() if p.name.endswith(VIDEO))


def test_genuine_bundle_with_a_big_file_streams_and_agrees(browser: Any, video_bundle: Any,
                                                           sample_vault: Any) -> None:
    folder, page, result, _ = video_bundle
    key = sample_vault.public_key_fingerprint()
    report = verify(folder, key=key)
    assert report.ok, report.lines()
    html = check(browser, page, _all_files(folder), "#slice=65536", key=key)
    assert_agree(report, html)
    assert html["ok"] and ("EXHIBIT_OK", True) in _verdicts(html["checks"])
    assert any(n.endswith(VIDEO) for n in html["streamed"]), html["streamed"]
    assert any(n.endswith(".pdf") for n in html["streamed"]), html["streamed"]
    # progress per file was visible while the page kept handling other tasks
    seen = _percentages(html["seen"], VIDEO)
    assert any(0 < p < 100 for p in seen), html["seen"][:20]
    # the bundle zip: the stored video is a byte range of the zip, the deflated PDF is inflated
    # as a stream
    assert_agree(verify(result.bundle_path, key=key),
                 check(browser, page, [result.bundle_path], "#slice=65536", key=key))
    # and with the page's real settings (64 MiB: nothing here streams)
    assert_agree(report, check(browser, page, _all_files(folder), key=key))


def test_one_byte_changed_in_the_middle_of_a_big_file(browser: Any, video_bundle: Any,
                                                      sample_vault: Any) -> None:
    folder, page, result, video = video_bundle
    key = sample_vault.public_key_fingerprint()
    path = _video_path(folder)
    _flip(path, len(video) // 2)
    report = verify(folder, key=key)
    assert not report.ok
    html = check(browser, page, _all_files(folder), "#slice=65536", key=key)
    assert_agree(report, html)
    changed = [c for c in html["checks"] if c["code"] == "EXHIBIT_CHANGED"]
    assert len(changed) == 1 and VIDEO in changed[0]["text"] and changed[0]["ok"] is False
    assert any(n.endswith(VIDEO) for n in html["streamed"])
    # the same change inside the bundle zip (a stored member read as a byte range)
    tampered = result.bundle_path.with_name("tampered.zip")
    data = bytearray(result.bundle_path.read_bytes())
    with zipfile.ZipFile(result.bundle_path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(VIDEO))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    assert bytes(data[start:start + 64]) == video[:64]
    data[start + len(video) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    html = check(browser, page, [tampered], "#slice=65536", key=key)
    changed = [c for c in html["checks"] if c["code"] == "EXHIBIT_CHANGED"]
    assert not html["ok"] and len(changed) == 1 and VIDEO in changed[0]["text"], html["checks"]
    # safeplan verify fails it too, but earlier: Python's zipfile refuses the member on its CRC
    # and the report says the zip could not be read (the page names the changed exhibit)
    assert not verify(tampered, key=key).ok


def test_streamed_pdf_checks_agree(browser: Any, bundle_folder: Any, sample_vault: Any) -> None:
    """The PDF's three checks (exact file, bytes appended after its end, the manifest it names)
    read in slices, with the manifest's marker split across two slices."""
    folder, page, _ = bundle_folder()
    key = sample_vault.public_key_fingerprint()
    pdf = folder / "out.pdf"
    original = pdf.read_bytes()
    at = original.index(b"statement-sha256:")
    fragment = f"#slice={at + 20}"  # the marker and its hash straddle the first slice boundary
    html = check(browser, page, _all_files(folder), fragment, key=key)
    assert_agree(verify(folder, key=key), html)
    assert ("LINK_OK", True) in _verdicts(html["checks"]) and "out.pdf" in html["streamed"]
    for changed in (original[:3000] + bytes([original[3000] ^ 1]) + original[3001:],
                    original + b"\n%%EOF\n", original[: len(original) // 2]):
        pdf.write_bytes(changed)
        report = verify(folder, key=key)
        assert not report.ok
        assert_agree(report, check(browser, page, _all_files(folder), "#slice=4096", key=key))


def test_damaged_big_deflated_member_is_a_damaged_bundle(browser: Any, bundle_folder: Any,
                                                          tmp_path: Path) -> None:
    """A deflated member too big to inflate at once (the PDF, under the test hook) is inflated
    only when it is checked: damage found there still reads as a damaged bundle, never as a
    verdict on the PDF."""
    _, page, result = bundle_folder()
    data = bytearray(result.bundle_path.read_bytes())
    with zipfile.ZipFile(result.bundle_path) as archive:
        info = archive.getinfo("out.pdf")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] = 0x07  # the first deflate block: last block, type 11 (reserved, invalid)
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    html = check(browser, page, [damaged], "#slice=4096")
    assert not html["ok"] and html["checks"][-1]["code"] == "BUNDLE_BAD", html["checks"]
    assert "damaged.zip" in html["checks"][-1]["text"]
    codes = [c["code"] for c in html["checks"]]
    assert "PDF_OK" not in codes and "PDF_CHANGED" not in codes
    # safeplan verify says the zip could not be read (it raised zlib.error: a traceback)
    report = verify(damaged)
    assert not report.ok and report.checks[-1].code == "UNREADABLE"
    assert "damaged.zip" in report.checks[-1].message


def _rewrite_zip64(source: Path, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same members, written as Python writes a bundle with an exhibit of 2 GiB or more
    (zip64 sizes, offsets and end record), by lowering zipfile's zip64 limit for the write."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.external_attr = info.compress_type, info.external_attr
            new.writestr(copy, old.read(info), compress_type=info.compress_type)
    monkeypatch.undo()


def test_zip64_bundle_is_read(browser: Any, video_bundle: Any, sample_vault: Any, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle with a video of 2 GiB or more is a zip64 file: the page said it was damaged."""
    _, page, result, _ = video_bundle
    key = sample_vault.public_key_fingerprint()
    big = tmp_path / "zip64.zip"
    _rewrite_zip64(result.bundle_path, big, monkeypatch)
    raw = big.read_bytes()
    assert b"PK\x06\x06" in raw and b"PK\x06\x07" in raw  # zip64 end record and locator
    report = verify(big, key=key)
    assert report.ok, report.lines()
    for fragment in ("", "#slice=65536"):
        html = check(browser, page, [big], fragment, key=key)
        assert_agree(report, html)
        assert html["ok"]


MID_FILE = r"""
    // the moment the page shows a partial percentage for the video (mid-file, between two
    // slices), do what the lawyer would: press Stop, or type a key (which starts a new check)
    const [name, action, key] = arguments;
    let fired = false;
    window.firedAt = null;
    new MutationObserver(() => {
      const text = document.getElementById("progress").textContent;
      const m = text.includes(name + ":") ? /: (\d+)/.exec(text) : null;
      if (fired || !m || Number(m[1]) < 1 || Number(m[1]) > 99) return;
      fired = true;
      const stop = document.getElementById("stop");
      window.firedAt = { percent: Number(m[1]), label: stop.textContent,
                         stop: getComputedStyle(document.getElementById("busy")).display };
      if (action === "stop") { stop.click(); return; }
      const input = document.getElementById("key");
      input.value = key;
      input.dispatchEvent(new Event("change"));
    }).observe(document.getElementById("progress"),
               { childList: true, characterData: true, subtree: true });"""


def test_stop_ends_the_check_without_a_verdict(browser: Any, video_bundle: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder, page, _, _ = video_bundle
    open_page(browser, page, "#slice=4096")
    browser.execute_script(MID_FILE, VIDEO, "stop", "")
    browser.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in _all_files(folder)))
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.state") in ("cancelled", "done"))
    fired = browser.execute_script("return window.firedAt")
    assert fired and fired["stop"] != "none" and fired["label"] == "Stop the check", fired
    assert browser.execute_script("return document.body.dataset.state") == "cancelled"
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.running") == "0")
    result = browser.execute_script("return window.safeplanResult")
    assert result["cancelled"] and not result["ok"] and result["checks"] == []
    summary = browser.find_element(By.ID, "summary").text
    assert "stopped" in summary and "Everything matches" not in summary
    # the stopped check, wound down, has written nothing over it
    assert browser.execute_script("return document.body.dataset.state") == "cancelled"
    assert not browser.find_element(By.ID, "stop").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "#checks li") == []
    # and the same files check again, to the end
    browser.find_element(By.ID, "files").clear()
    browser.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in _all_files(folder)))
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "done")
    again = browser.execute_script("return window.safeplanResult")
    assert again["ok"], again["checks"]


def test_a_new_check_replaces_one_still_running(browser: Any, video_bundle: Any) -> None:
    """Typing the key while a big file is being checked starts the check again; the first one
    stops and never writes its verdict over the second's."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder, page, _, _ = video_bundle
    other = "0000 1111 2222 3333 4444 5555 6666 7777"
    open_page(browser, page, "#slice=4096")
    browser.execute_script(MID_FILE, VIDEO, "key", other)
    browser.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in _all_files(folder)))
    WebDriverWait(browser, 120).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "done")
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.running") == "0")
    assert browser.execute_script("return window.firedAt")
    result = browser.execute_script("return window.safeplanResult")
    assert ("KEY_OTHER", False) in _verdicts(result["checks"])  # the second check's verdict
    assert_agree(verify(folder, key=other), result)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#checks li")) == len(result["checks"])


# ---------- memory: the page no longer holds the whole file ----------

def _renderer_peaks(browser: Any) -> dict[int, int]:
    """Peak resident memory (VmHWM, bytes) of every Chromium renderer process of this driver."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    root = browser.service.process.pid
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    peaks = {}
    for pid in tree:
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        found = re.search(r"VmHWM:\s+(\d+) kB", status)
        if found:
            peaks[pid] = int(found.group(1)) * 1024
    return peaks


def _reset_peaks(pids: list[int]) -> None:
    for pid in pids:
        try:
            Path(f"/proc/{pid}/clear_refs").write_text("5")  # 5: reset the peak to the current size
        except OSError as err:
            pytest.skip(f"cannot reset the browser's peak memory here ({err})")


def test_a_300_mb_file_is_not_held_whole(browser: Any, bundle_folder: Any, tmp_path: Path) -> None:
    """With the page's real settings, a 300 MB exhibit (in a folder and in the bundle zip)
    raises the page's peak memory by far less than the file's size."""
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux /proc to read the browser's peak memory")
    folder, page, _ = bundle_folder()
    exhibit = next((folder / "exhibits").glob("E*1-*"))
    size = 300 << 20
    digest = hashlib.sha256()
    with exhibit.open("wb") as out:
        for _ in range(size >> 20):
            block = os.urandom(1 << 20)
            digest.update(block)
            out.write(block)

    def replace(manifest: dict[str, Any]) -> None:
        item = next(i for i in manifest["statement"]["exhibits"]
                    if i["bundle_path"] == f"exhibits/{exhibit.name}")
        item.update(sha256=digest.hexdigest(), size=size)

    _resign(folder, Ed25519PrivateKey.generate(), replace)  # a self-consistent copy
    report = verify(folder)
    assert report.ok, report.lines()
    bundle = tmp_path / "big.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for path in _all_files(folder):
            name = path.relative_to(folder).as_posix()
            archive.write(path, name, zipfile.ZIP_STORED if name.startswith("exhibits/")
                          else zipfile.ZIP_DEFLATED)
    for paths in (_all_files(folder), [bundle]):
        open_page(browser, page)
        renderers = _renderer_peaks(browser)
        assert renderers, "no Chromium renderer process found"
        _reset_peaks(list(renderers))
        before = max(_renderer_peaks(browser).values())
        html = check(browser, page, paths, reopen=False)
        after = _renderer_peaks(browser)
        assert_agree(verify(paths[0] if len(paths) == 1 else folder), html)
        assert html["ok"], html["checks"]
        grew = max(after.values()) - before
        print(json.dumps({"files": "zip" if len(paths) == 1 else "folder",
                          "renderer_peak_growth_mb": round(grew / 2**20, 1)}))
        assert grew < size // 3, f"the page's peak grew by {grew >> 20} MiB for a 300 MiB file"
