"""Signed manifest and verifier (requirement 18, threat model A4): untouched exports pass; any
changed byte in the PDF, the manifest or an exhibit, and bytes appended to the PDF, fail."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from safeplan.core.export import manifest_path_for, verify
from safeplan.core.export.manifest import signature_valid


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_manifest_beside_pdf_is_signed_with_the_vault_key(sample_vault, export) -> None:
    result = export()
    assert result.manifest_path == manifest_path_for(result.pdf_path)
    assert result.manifest_path.name == "out.manifest.json"
    manifest = json.loads(result.manifest_path.read_text())
    assert signature_valid(manifest)
    statement = manifest["statement"]
    assert statement["public_key"]["fingerprint"] == sample_vault.public_key_fingerprint()
    assert statement["chain_head"] == sample_vault.journal.chain_head()
    assert manifest["pdf"]["size"] == result.pdf_path.stat().st_size
    assert len(statement["exhibits"]) == 3  # numbered E1… or E-0001… (permanent references)
    assert all(len(e["sha256"]) == 64 for e in statement["exhibits"])
    # the PDF names the statement and prints the fingerprint (both ways bound)
    raw = result.pdf_path.read_bytes()
    assert f"statement-sha256:{manifest['statement_sha256']}".encode() in raw
    from tests.core.export.conftest import flat, pdftotext

    text = flat(pdftotext(result.pdf_path))
    assert sample_vault.public_key_fingerprint() in text
    assert statement["chain_head"][:16] in text


def test_untouched_export_verifies(export) -> None:
    report = verify(export().pdf_path)
    assert report.ok, report.lines()
    assert any("not supplied" in c.message for c in report.checks)


@pytest.mark.parametrize("where", [100, 5000, -50])
def test_one_changed_byte_in_pdf_fails(export, where: int) -> None:
    pdf = export().pdf_path
    _flip(pdf, where if where >= 0 else pdf.stat().st_size + where)
    report = verify(pdf)
    assert not report.ok
    assert any("NOT the file that was exported" in c.message for c in report.checks)


def test_appended_bytes_are_named(export) -> None:
    pdf = export().pdf_path
    with pdf.open("ab") as handle:
        handle.write(b"\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    report = verify(pdf)
    assert not report.ok
    assert any("were added after its end" in c.message for c in report.checks)


def test_changed_manifest_fails(export) -> None:
    result = export()
    manifest = json.loads(result.manifest_path.read_text())
    manifest["statement"]["chain_head"] = "0" * 64
    result.manifest_path.write_text(json.dumps(manifest))
    report = verify(result.pdf_path)
    assert not report.ok
    assert any("signature does NOT match" in c.message for c in report.checks)


def test_missing_or_garbage_manifest(export) -> None:
    result = export()
    result.manifest_path.write_text("{not json")
    assert not verify(result.pdf_path).ok
    result.manifest_path.unlink()
    report = verify(result.pdf_path)
    assert not report.ok and "No manifest found" in report.checks[0].message


def test_bundle_verifies_and_detects_changed_exhibit(export, tmp_path: Path) -> None:
    result = export(bundle_path=tmp_path / "exports" / "bundle.zip")
    report = verify(result.bundle_path)
    assert report.ok, report.lines()
    # E1 (a copy without location data) and the PDF certificate match; the damaged photo could
    # not be copied without its metadata, so it is withheld rather than shipped as it is
    assert sum(c.code == "EXHIBIT_OK" for c in report.checks) == 2
    assert sum(c.code == "EXHIBIT_WITHHELD" for c in report.checks) == 1
    # unpack, change one exhibit byte, verify the unpacked PDF
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(result.bundle_path) as archive:
        names = archive.namelist()
        archive.extractall(folder)
    assert "README.txt" in names and "out.pdf" in names and "out.manifest.json" in names
    assert verify(folder / "out.pdf").ok
    assert verify(folder).ok  # the unpacked folder itself
    exhibit = next((folder / "exhibits").glob("E*1-*"))
    _flip(exhibit, 10)
    report = verify(folder / "out.pdf")
    assert not report.ok
    assert any(c.code == "EXHIBIT_CHANGED" for c in report.checks)
    exhibit.unlink()
    report = verify(folder / "out.pdf")
    assert any(c.code == "EXHIBIT_MISSING" for c in report.checks)


def test_pdf_swapped_from_another_export_fails(export) -> None:
    first, second = export("a.pdf"), export("b.pdf")
    shutil.copy(second.pdf_path, first.pdf_path)
    report = verify(first.pdf_path)
    assert not report.ok
    assert any("do not belong to the same export" in c.message for c in report.checks)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "safeplan", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=60,
                          cwd=Path(__file__).resolve().parents[3])


def test_cli_verify_exit_codes_and_never_waits_for_input(export) -> None:
    result = export()
    # stdin left open and empty (a pipe): the command must not read it or wait
    proc = subprocess.Popen([sys.executable, "-m", "safeplan", "verify", str(result.pdf_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[3])
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "Everything matches." in out
    _flip(result.pdf_path, 200)
    failed = _cli("verify", str(result.pdf_path))
    assert failed.returncode == 7
    assert "FAILED" in failed.stdout
    ru = _cli("verify", "--lang", "ru", str(result.pdf_path))
    assert ru.returncode == 7 and "НЕ ПРОЙДЕНА" in ru.stdout


def test_verify_accepts_the_manifest_path(export) -> None:
    result = export()
    assert verify(result.manifest_path).ok
    _flip(result.pdf_path, 300)
    assert not verify(result.manifest_path).ok


def test_large_non_picture_is_streamed_into_the_bundle(sample_vault, tmp_path: Path) -> None:
    """A 'video' bigger than the display limit is hashed and bundled chunk by chunk."""
    import hashlib
    import os

    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.journal.search import Query

    video = os.urandom(3 << 20)
    att = sample_vault.journal.add_attachment(video, "call.mp4", "video/mp4")
    entry = sample_vault.journal.list(Query(kinds=("incident",)))[0]
    sample_vault.journal.save("incident", {**entry.content, "attachment_ids": [
        *entry.content.get("attachment_ids", []), att]}, uid=entry.uid)
    out = tmp_path / "big"
    out.mkdir()
    result = export_chronology(sample_vault, ChronologyOptions(), out / "c.pdf",
                               bundle_path=out / "c.zip")
    manifest = json.loads(result.manifest_path.read_text())
    record = next(e for e in manifest["statement"]["exhibits"] if e["file_name"] == "call.mp4")
    assert record["sha256"] == hashlib.sha256(video).hexdigest()
    with zipfile.ZipFile(result.bundle_path) as archive:
        assert archive.read(record["bundle_path"]) == video
    assert verify(result.bundle_path).ok
    assert result.pages >= 8
