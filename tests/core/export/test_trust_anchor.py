"""Issue 14.3 and 14.9: the lawyer's trust anchor and hostile manifests.

A PDF edited and re-signed with a new key must not pass when the lawyer gives the fingerprint she
received separately, and the report must lead with the key that signed it. A manifest naming
exhibits by ``../`` or absolute paths must never make verify open files outside the bundle.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import manifest as mf
from safeplan.core.export import verify


def resign(manifest: dict, key: Ed25519PrivateKey, *, claim_fingerprint: str | None = None) -> dict:
    """What a forger does: put his own key into the statement and sign everything again."""
    statement = dict(manifest["statement"])
    raw = mf.public_raw(key)
    statement["public_key"] = {"algorithm": "Ed25519",
                               "raw_base64": base64.b64encode(raw).decode(),
                               "fingerprint": claim_fingerprint or mf.key_fingerprint(raw)}
    fresh = {"statement": statement, "statement_sha256": mf.sha256_hex(mf.canonical(statement)),
             "pdf": manifest["pdf"]}
    fresh["signature"] = {"algorithm": "Ed25519",
                          "value_base64": base64.b64encode(key.sign(mf.signed_part(fresh))).decode()}
    return fresh


def forge_pdf(result) -> Path:  # type: ignore[no-untyped-def]
    """Edit a byte of the PDF, then re-sign a consistent manifest with a new key."""
    pdf = bytearray(result.pdf_path.read_bytes())
    pdf[2000] ^= 1
    result.pdf_path.write_bytes(bytes(pdf))
    return _write_consistent(result, json.loads(result.manifest_path.read_text()))


def _write_consistent(result, forged: dict, claim: str | None = None) -> Path:  # type: ignore[no-untyped-def]
    """Make PDF and manifest agree with each other again, signed by the forger's key."""
    key = Ed25519PrivateKey.generate()
    pdf = result.pdf_path.read_bytes()
    import re

    current = re.search(rb"statement-sha256:([0-9a-f]{64})", pdf).group(1).decode()
    forged = resign(forged, key, claim_fingerprint=claim)
    pdf = pdf.replace(f"statement-sha256:{current}".encode(),
                      f"statement-sha256:{forged['statement_sha256']}".encode())
    result.pdf_path.write_bytes(pdf)
    forged["pdf"] = {**forged["pdf"], "sha256": mf.sha256_hex(pdf), "size": len(pdf)}
    forged["signature"] = {"algorithm": "Ed25519", "value_base64": base64.b64encode(
        key.sign(mf.signed_part(forged))).decode()}
    result.manifest_path.write_bytes(mf.manifest_bytes(forged))
    return result.pdf_path


def test_resigned_pdf_fails_with_her_key_and_leads_with_the_key(sample_vault, export) -> None:
    result = export()
    hers = sample_vault.public_key_fingerprint()
    assert verify(result.pdf_path, "en", key=hers).ok  # genuine: her key given, matches
    pdf = forge_pdf(result)
    report = verify(pdf, "en", key=hers)
    assert not report.ok, report.lines()
    first = report.checks[0].message
    assert first.startswith("Signed by key ") and hers not in first
    assert "compare it with the one you received" in first
    assert any("NOT the key you were given" in c.message for c in report.checks)


def test_without_key_the_report_still_leads_with_the_signing_key(sample_vault, export) -> None:
    result = export()
    report = verify(result.pdf_path)
    first = report.checks[0].message
    assert first.startswith("Signed by key " + sample_vault.public_key_fingerprint())
    text = "\n".join(report.lines())
    assert text.index("Signed by key") < text.index("Everything matches")


def test_claimed_fingerprint_is_not_trusted(sample_vault, export) -> None:
    """A forger writes her fingerprint into the statement beside his own key."""
    result = export()
    hers = sample_vault.public_key_fingerprint()
    manifest = json.loads(result.manifest_path.read_text())
    _write_consistent(result, manifest, claim=hers)
    assert json.loads(result.manifest_path.read_text())["statement"]["public_key"][
        "fingerprint"] == hers
    report = verify(result.pdf_path, "en", key=hers)
    assert not report.ok
    assert hers not in report.checks[0].message


def test_key_accepts_the_card_forms(sample_vault, export) -> None:
    from safeplan.core.export.keycard import fingerprint_digits

    result = export()
    hers = sample_vault.public_key_fingerprint()
    assert verify(result.pdf_path, key=hers.replace(" ", "").lower()).ok
    assert verify(result.pdf_path, key=fingerprint_digits(hers)).ok
    bad = verify(result.pdf_path, key="0000 " * 8)
    assert not bad.ok
    unreadable = verify(result.pdf_path, key="not a key")
    assert not unreadable.ok
    assert any("could not be read as a key fingerprint" in c.message for c in unreadable.checks)


def test_cli_key_flag(sample_vault, export) -> None:
    result = export()
    pdf_path = forge_pdf(result)
    run = subprocess.run([sys.executable, "-m", "safeplan", "verify", "--key",
                          sample_vault.public_key_fingerprint(), str(pdf_path)],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60,
                         cwd=Path(__file__).resolve().parents[3])
    assert run.returncode == 7, run.stdout
    assert run.stdout.splitlines()[0].startswith("FAIL  Signed by key") or \
        run.stdout.splitlines()[0].startswith("NOTE  Signed by key")


def _hostile_bundle(export, tmp_path: Path, bundle_path: str, n: int) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    result = export(bundle_path=tmp_path / "exports" / f"b{n}.zip")
    folder = tmp_path / f"unpacked{n}"
    with zipfile.ZipFile(result.bundle_path) as archive:
        archive.extractall(folder)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"her own private file")
    manifest = json.loads((folder / "out.manifest.json").read_text())
    exhibits = manifest["statement"]["exhibits"]
    exhibits[0] = {**exhibits[0], "bundle_path": bundle_path.replace("SECRET", str(secret)),
                   "sha256": mf.sha256_hex(secret.read_bytes()), "size": secret.stat().st_size}
    pdf = folder / "out.pdf"

    class R:
        pdf_path = pdf
        manifest_path = folder / "out.manifest.json"

    _write_consistent(R, resign(manifest, Ed25519PrivateKey.generate()))
    return folder, secret


def test_manifest_paths_outside_the_bundle_are_refused(export, tmp_path: Path) -> None:
    for n, hostile in enumerate(("../secret.txt", "SECRET", "exhibits/../../secret.txt")):
        folder, _ = _hostile_bundle(export, tmp_path, hostile, n)
        report = verify(folder)
        assert not report.ok
        number = json.loads((folder / "out.manifest.json").read_text())["statement"][
            "exhibits"][0]["number"]
        assert not any(c.code == "EXHIBIT_OK" and f" {number} (" in f" {c.message}"
                       for c in report.checks), report.lines()
        assert any("outside the bundle" in c.message for c in report.checks)
