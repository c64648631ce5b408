"""THREAT_MODEL.md requirements 17, 18 and threat A5 for exports, each tested against the bug the
mutation audit of issue 14 planted without the suite noticing: the manifest signature not
covering the PDF hash, unflagged mental-health notes exported by default, ``--include-sensitive``
inverted in the CLI, day and month swapped in ru/be dates, the CSV formula guard reduced to ``=``,
and the revision time or entry id left out of the chain hash."""

from __future__ import annotations

import copy
import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.export import ChronologyOptions, verify
from safeplan.core.export import data as export_data
from safeplan.core.export.csv_export import _safe, csv_bytes
from safeplan.core.export.dates import format_date, format_time
from safeplan.core.export.labels import Labels
from safeplan.core.export.manifest import sha256_hex
from safeplan.core.journal import chain
from tests.core.export.sample_doc import document

# -- requirement 18: the signature covers the PDF's hash ---------------------------------------


def test_pdf_edited_and_manifest_hash_updated_fails(export: Any) -> None:
    """A forger changes the PDF and writes its new hash into the manifest, keeping the old
    signature: verify must say the signature does not match."""
    result = export()
    pdf = bytearray(result.pdf_path.read_bytes())
    pdf[200] ^= 0x01
    result.pdf_path.write_bytes(bytes(pdf))
    manifest = json.loads(result.manifest_path.read_text())
    manifest["pdf"]["sha256"] = sha256_hex(bytes(pdf))
    manifest["pdf"]["size"] = len(pdf)
    result.manifest_path.write_text(json.dumps(manifest))
    report = verify(result.pdf_path)
    assert not report.ok
    assert any("signature does NOT match" in c.message for c in report.checks)


# -- sensitive notes: out by default, in only when asked ----------------------------------------

def _doc_with_unflagged_mental_health_note() -> dict[str, Any]:
    doc = copy.deepcopy(document())
    for note in doc["medical"]:
        if note["kind"] == "mental-health":
            note["sensitive"] = False
            note["facility"] = "Counsellor UNFLAGGED-NOTE"
    return doc


def _csv_text(options: ChronologyOptions, doc: dict[str, Any]) -> str:
    data = export_data.build(doc, options, lambda uid: [])
    return csv_bytes(data).decode("utf-8-sig")


def test_unflagged_mental_health_note_is_left_out_by_default() -> None:
    doc = _doc_with_unflagged_mental_health_note()
    assert "UNFLAGGED-NOTE" not in _csv_text(ChronologyOptions(), doc)
    assert "UNFLAGGED-NOTE" in _csv_text(ChronologyOptions(include_sensitive=True), doc)
    assert "City hospital No. 2" in _csv_text(ChronologyOptions(), doc)  # ordinary notes stay


def test_cli_include_sensitive_means_include(sample_vault: Any, tmp_path: Path) -> None:
    from safeplan import cli
    from safeplan.commands.common import CliIO

    path = sample_vault.path
    sample_vault.lock()
    texts = {}
    for flag in ((), ("--include-sensitive",)):
        out = tmp_path / ("with" if flag else "without")
        out.mkdir()
        io_ = CliIO(stdin=io.StringIO("correct horse\n"), stdout=io.StringIO(),
                    stderr=io.StringIO())
        code = cli.main(["export", str(path), "--pdf", str(out / "c.pdf"), "--csv",
                         str(out / "c.csv"), *flag], io_)
        assert code == 0, io_.stderr.getvalue()  # type: ignore[attr-defined]
        texts[bool(flag)] = (out / "c.csv").read_text("utf-8-sig")
    assert "SECRET-NOTE" not in texts[False]
    assert "SECRET-NOTE" in texts[True]


# -- dates: day before month in ru and be ------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "be"])
def test_ru_be_dates_put_the_day_first(lang: str) -> None:
    labels = Labels(lang)
    assert format_date(date(2024, 3, 12), lang) == "12.03.2024"
    assert format_time("2024-03-12T21:05:00+03:00", "minute", labels).startswith("12.03.2024 21:05")
    assert format_time("2024-03-12T21:05:00+03:00", "day", labels) == "12.03.2024"
    assert format_time("2024-01-15T00:00:00+03:00", "month", labels) == "01.2024"


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_ru_be_csv_shows_the_day_first(lang: str) -> None:
    rows = list(csv.reader(io.StringIO(_csv_text(ChronologyOptions(lang=lang), document()))))
    when = [r[2] for r in rows[1:]]
    assert any(w.startswith("12.03.2024 21:05") for w in when), when


# -- CSV formula guard (threat A5) -------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "+375 29 123-45-67", "+375291111111", "\t=1", "\r=1",
    "-1", "＝1+1",
])
def test_csv_guard_neutralises_formula_starts(cell: str) -> None:
    assert _safe(cell).startswith("'")


@pytest.mark.parametrize("cell", ["Haematoma", "5 cm bruise", "12.03.2024", "", "'quoted"])
def test_csv_guard_leaves_ordinary_text(cell: str) -> None:
    assert _safe(cell) == cell


# -- requirement 17: every field of a revision is in its hash ----------------------------------

def test_record_hash_covers_every_field() -> None:
    base = ("uid-1", "incident", 1, "create", "2024-03-12T21:05:00+03:00", b"{}")
    seen = {chain.record_hash(*base)}
    for index, other in enumerate(("uid-2", "message", 2, "edit", "2024-03-12T21:05:01+03:00",
                                   b'{"a":1}')):
        changed = list(base)
        changed[index] = other
        seen.add(chain.record_hash(*changed))  # type: ignore[arg-type]
    assert len(seen) == 7
    assert chain.record_hash(*base[:5], None) != chain.record_hash(*base)  # type: ignore[arg-type]


def test_changed_revision_time_breaks_the_chain(make_vault: Any) -> None:
    vault = make_vault()
    vault.journal.save("incident", {"title": "a"})
    vault.connection.execute("UPDATE revisions SET recorded_at='2020-01-01T00:00:00+00:00'"
                             " WHERE id=(SELECT min(id) FROM revisions)")
    assert not vault.journal.verify_chain().ok


def test_revision_moved_to_another_entry_breaks_the_chain(make_vault: Any) -> None:
    """Two entries with identical content: pointing a revision at the other entry must show."""
    vault = make_vault()
    first = vault.journal.save("incident", {"title": "same"})
    second = vault.journal.save("incident", {"title": "same"})
    ids = dict(vault.connection.execute("SELECT uid, id FROM entries").fetchall())
    vault.connection.execute("UPDATE revisions SET entry_id=? WHERE entry_id=?",
                             (ids[second], ids[first]))
    assert not vault.journal.verify_chain().ok
