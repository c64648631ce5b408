"""CSV for case tools, the evidence bundle, the export CLI and the Qt-free catalogue."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from safeplan.core.i18n import Catalogue
from tests.core.export.sample_doc import HOSTILE


def test_csv_has_bom_one_row_per_entry_and_guards_formulas(sample_vault, export,
                                                           tmp_path: Path) -> None:
    from safeplan.core.journal.search import Query

    entry = next(e for e in sample_vault.journal.list(Query(kinds=("incident",)))
                 if e.content.get("title") == "Took my salary card")
    sample_vault.journal.save("incident", {**entry.content, "impact": "=HYPERLINK(\"x\")"},
                              uid=entry.uid)
    result = export(lang="be", csv_path=tmp_path / "exports" / "out.csv")
    raw = result.csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "№" and "Дата і час" in rows[0]
    # one row per entry, then one per transcript message (cited C1.0001, Cyrillic С in be)
    assert len(rows) - 1 == result.entries + result.messages and result.entries == 5
    # permanent references, in time order (issue 12.8): the same in every export
    refs = [r[0] for r in rows[1:result.entries + 1]]
    assert all(re.fullmatch(r"\d{4}-\d{4}", r) for r in refs) and len(set(refs)) == 5, refs
    cited = [r[0] for r in rows[result.entries + 1:]]
    assert cited and all(re.fullmatch(r"С\d+\.\d{4}", c) for c in cited), cited
    flat_cells = "\n".join("\t".join(r) for r in rows)
    assert "Пакінуў сінякі на руцэ — ўсё" in flat_cells
    assert "'=HYPERLINK(\"x\")" in flat_cells  # not a live formula
    assert HOSTILE[0] in flat_cells  # text kept as written


def test_bundle_contents_and_localised_readme(export, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = export(lang="ru", bundle_path=tmp_path / "exports" / "case.zip")
    with zipfile.ZipFile(result.bundle_path) as archive:
        names = archive.namelist()
        readme = archive.read("README.txt").decode()
        assert archive.read("out.pdf") == result.pdf_path.read_bytes()
        assert archive.read("out.manifest.json") == result.manifest_path.read_bytes()
    # the photo as a copy without location data; the damaged "photo" cannot be cleaned of its
    # metadata, so it is withheld (issue 14.1); exhibit numbers may be E1 or E-0001
    shipped = sorted(n for n in names if n.startswith("exhibits/"))
    assert len(shipped) == 2 and shipped[0].endswith("-IMG_2024-without-location.jpg")
    assert shipped[1].endswith("-certificate.pdf")
    # the title is translated; the checking steps (check_text.py) follow the translation pass
    assert "Пакет доказательств" in readme and result.export_id in readme
    assert {"verify.html", "signing-key.pem", "out.signed.json", "out.sig"} <= set(names)
    first = result.bundle_path.read_bytes()
    again = export(lang="ru", bundle_path=tmp_path / "exports" / "case.zip")
    assert again.bundle_path.read_bytes() == first  # reproducible zip too


def test_cli_export_pdf_csv_bundle(sample_vault, tmp_path: Path) -> None:
    vault_path = sample_vault.path
    sample_vault.lock()
    out = tmp_path / "cli"
    out.mkdir()
    cmd = [sys.executable, "-m", "safeplan", "export", str(vault_path), "--pdf",
           str(out / "c.pdf"), "--lang", "be", "--from", "2024-01-01", "--to", "2024-12-31",
           "--paper", "letter", "--csv", str(out / "c.csv"), "--bundle", str(out / "c.zip"),
           "--case-ref", "2-77/2024", "--initials", "Ivan Petrovich Sidorov", "--no-addresses"]
    done = subprocess.run(cmd, input="correct horse\n", capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["c.csv", "c.manifest.json", "c.pdf",
                                                    "c.zip"]
    from tests.core.export.conftest import flat, pdftotext

    text = flat(pdftotext(out / "c.pdf"))
    assert "Храналогія падзей" in text and "2-77/2024" in text and "I. P. S." in text
    assert "Lenina" not in text and "around New Year" not in text  # 2023 is out of range
    verify = subprocess.run([sys.executable, "-m", "safeplan", "verify", str(out / "c.zip")],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60,
                            cwd=Path(__file__).resolve().parents[3])
    assert verify.returncode == 0, verify.stdout
    bad = subprocess.run([*cmd[:5], "--pdf", str(out / "d.pdf"), "--from", "2024-13-01"],
                         input="correct horse\n", capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[3])
    assert bad.returncode == 2 and "--from" in bad.stderr  # a bad option value is a usage error
    assert not (out / "d.pdf").exists()


def test_catalogue_reads_ts_and_falls_back(tmp_path: Path) -> None:
    be = Catalogue.load("be")
    assert be.tr("ChronologyPdf", "Page {page} of {pages}") == "Старонка {page} з {pages}"
    assert be.tr("ChronologyPdf", "no such text") == "no such text"
    (tmp_path / "safeplan_ru.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>C</name>"
        "<message><source>done</source><translation>готово</translation></message>"
        '<message><source>wip</source><translation type="unfinished">черн</translation></message>'
        "</context></TS>", encoding="utf-8")
    ru = Catalogue.load("ru", tmp_path)
    assert ru.tr("C", "done") == "готово" and ru.tr("C", "wip") == "wip"
    assert Catalogue.load("en", tmp_path / "none").tr("C", "x") == "x"


def test_real_telegram_sample_becomes_a_citable_transcript(make_vault, samples: Path,
                                                           tmp_path: Path) -> None:
    """The shared Telegram sample, imported for real, prints with sender, time and source."""
    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.importers import parse_file
    from safeplan.core.interchange import import_document
    from tests.core.export.conftest import flat, pdftotext

    vault = make_vault("tg/v.db")
    with parse_file(samples / "telegram" / "DM_2A_7M.json", tz="Europe/Minsk") as batch:
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "tg.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert result.messages == 8
    assert "C1.0001" in text and "C1.0008" in text
    assert "hello world" in text and "blah blah" in text
    assert "08.03.2022 13:07:42 (UTC+03:00), time zone assumed" in text or \
        "8 Mar 2022 13:07:42 (UTC+03:00), time zone assumed" in text  # zone was chosen
    assert "source: DM_2A_7M.json, #3645" in text
