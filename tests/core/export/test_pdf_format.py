"""Court-filing rules (requirements 19–21): embedded fonts only, a clean PDF structure, no
encryption / JavaScript / attachments / forms, no host details, reproducible bytes."""

from __future__ import annotations

import getpass
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import IndirectObject

from tests.core.export.conftest import tool


def test_every_font_embedded_and_no_base14(export) -> None:
    pdf = export(lang="be").pdf_path
    out = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    base14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
    for row in rows:
        assert not any(name in row.split()[0] for name in base14), row
        emb = row.split()[-5]
        assert emb == "yes", row
    assert b"/Helvetica" not in pdf.read_bytes()


def test_exhibit_photo_is_an_upright_jpeg_that_renders(export, tmp_path: Path) -> None:
    pdf = export().pdf_path
    listed = subprocess.run([tool("pdfimages"), "-list", str(pdf)], capture_output=True,
                            text=True, check=True)
    rows = [r.split() for r in listed.stdout.splitlines()[2:]]
    assert [(r[3], r[4], r[8]) for r in rows] == [("480", "640", "jpeg")]  # EXIF 6 applied
    page = int(rows[0][0])
    shown = subprocess.run([tool("pdftoppm"), "-f", str(page), "-l", str(page), "-r", "20",
                            "-png", str(pdf), str(tmp_path / "p")], capture_output=True,
                           text=True)
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr


def test_qpdf_check_passes(export) -> None:
    pdf = export().pdf_path
    result = subprocess.run([tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _walk(obj, seen: set[int], keys: set[str]) -> None:  # type: ignore[no-untyped-def]
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, dict):
        for key, value in obj.items():
            keys.add(str(key))
            _walk(value, seen, keys)
    elif isinstance(obj, list):
        for value in obj:
            _walk(value, seen, keys)


def test_no_encryption_javascript_attachments_or_forms(export) -> None:
    reader = PdfReader(export().pdf_path)
    assert not reader.is_encrypted
    keys: set[str] = set()
    _walk(reader.trailer, set(), keys)
    for forbidden in ("/Encrypt", "/JavaScript", "/JS", "/EmbeddedFile", "/EmbeddedFiles",
                      "/AcroForm", "/OpenAction", "/URI", "/Launch"):
        assert forbidden not in keys, forbidden
    assert reader.get_fields() is None


def test_metadata_reveals_nothing_and_no_host_details(export, tmp_path: Path) -> None:
    """Issue 18: a file manager, a viewer's title bar or a search index shows the metadata; it
    said "Chronology of events", "SafePlan" and the export id. Now every field is empty."""
    pdf = export(case_ref="Case 2-123/2024", concerning="Ivan").pdf_path
    reader = PdfReader(pdf)
    meta = reader.metadata
    assert meta is not None
    for key in ("/Title", "/Subject", "/Author", "/Creator", "/Producer"):
        assert not str(meta.get(key) or "").strip(), key
    # only the signed statement's hash (read by verify; printed on the integrity page too)
    assert re.fullmatch(r"(statement-sha256:[0-9a-f]{64})?", str(meta.get("/Keywords") or ""))
    raw = pdf.read_bytes()
    for secret in {socket.gethostname(), getpass.getuser(), str(tmp_path), str(Path.home())}:
        if len(secret) >= 3:
            assert secret.encode() not in raw, secret


def test_source_date_epoch_gives_identical_bytes(export, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = export("a.pdf", bundle_path=None)
    pdf, manifest = first.pdf_path.read_bytes(), first.manifest_path.read_bytes()
    second = export("a.pdf")
    assert second.export_id == first.export_id
    assert second.pdf_path.read_bytes() == pdf
    assert second.manifest_path.read_bytes() == manifest
    assert b"D:20231114221320" in pdf  # creation date taken from SOURCE_DATE_EPOCH


def test_without_source_date_epoch_ids_differ(export, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert export("a.pdf").export_id != export("b.pdf").export_id


def test_safe_reportlab_settings_override_host_settings(tmp_path: Path) -> None:
    """~/.reportlab_settings and RL_* variables cannot weaken the settings (requirement 20)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".reportlab_settings").write_text(
        "trustedHosts=['*']\ntrustedSchemes=['file','http','https','data']\n"
        "toColorCanUse='rl_safe_eval'\n")
    env = {**os.environ, "HOME": str(home), "RL_trustedHosts": "*",
           "RL_trustedSchemes": "file,http,https", "RL_toColorCanUse": "rl_safe_eval"}
    code = (
        "from reportlab import rl_config\n"
        "weak = rl_config.trustedHosts is not None or rl_config.toColorCanUse == 'rl_safe_eval'\n"
        "import safeplan.core.export\n"
        "from safeplan.core.export.reportlab_safety import settings_are_safe\n"
        "from reportlab.lib.utils import rlUrlRead\n"
        "try:\n"
        "    rlUrlRead('file:///etc/hostname'); read = True\n"
        "except OSError:\n"
        "    read = False\n"
        "print(weak, settings_are_safe(), read, rl_config.toColorCanUse)\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.returncode == 0, out.stderr
    weak, safe, read, parser = out.stdout.split()
    assert weak == "True"  # the host really tried to weaken them
    assert safe == "True" and read == "False" and parser == "rl_extended_literal_eval"


def test_bookmarks_point_at_sections_and_entries(export) -> None:
    reader = PdfReader(export().pdf_path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[:3] == ["Summary", "Summary table of events", "Full entries"]
    assert titles[-2:] == ["Integrity and how to check this document", "Statement of truth"]
    entries = next(item for item in reader.outline if isinstance(item, list))
    assert len(entries) == 5 and re.match(r"No\. \d{4}-\d{4} · Incident", entries[0].title)
    pages = [reader.get_destination_page_number(item) for item in top]
    assert pages == sorted(pages)
    assert "Statement of truth" in reader.pages[pages[-1]].extract_text()  # may run over 2 pages


def test_reproducible_across_processes(sample_vault, tmp_path: Path) -> None:
    """Two separate runs (different hash seeds) with SOURCE_DATE_EPOCH give identical files."""
    vault_path = sample_vault.path
    sample_vault.lock()
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from safeplan.core.vault.vault import Vault\n"
        "from safeplan.core.export import export_chronology, ChronologyOptions\n"
        "out = Path(sys.argv[2])\n"
        "with Vault.unlock(Path(sys.argv[1]), 'correct horse') as v:\n"
        "    export_chronology(v, ChronologyOptions(lang='ru'), out / 'c.pdf',\n"
        "                      csv_path=out / 'c.csv', bundle_path=out / 'c.zip')\n")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        out.mkdir()
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, str(vault_path), str(out)], env=env,
                              capture_output=True, text=True, timeout=120,
                              cwd=Path(__file__).resolve().parents[3])
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == ["c.csv", "c.manifest.json", "c.pdf", "c.zip"]
    assert outputs[0] == outputs[1]
