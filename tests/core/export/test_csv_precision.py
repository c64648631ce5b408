"""The CSV never states a time more exact than she recorded (COURT_EXPORT.md 1, the review of
2026-12-07): the ISO 8601 column of an approximate or day/month/year date held the stored
midnight or the editor's leftover clock time ("2023-12-31T00:00:00+03:00", "…T03:43"), which a
case tool reads as an exact moment. ISO 8601 has reduced-precision forms for this: ``2024``,
``2024-01``, ``2023-12-31``, ``2024-03-12T21:05+03:00``. The precision column speaks the
export's language (a Russian lawyer read English codes «approximate» under «Точность даты»)."""

from __future__ import annotations

import copy
import csv
import io

import pytest

from safeplan.core.export import ChronologyOptions
from safeplan.core.export import data as export_data
from safeplan.core.export.csv_export import csv_bytes
from safeplan.core.export.dates import iso_at_precision
from tests.core.export.sample_doc import document


def _rows(lang: str, extra: list[dict[str, object]]) -> dict[str, list[str]]:
    doc = copy.deepcopy(document())
    doc["incidents"].extend(extra)
    data = export_data.build(doc, ChronologyOptions(lang=lang), lambda uid: [])
    table = list(csv.reader(io.StringIO(csv_bytes(data).decode("utf-8-sig"), newline="")))
    return {row[10]: row for row in table[1:]}


STORED = "2024-03-12T21:05:37+03:00"


@pytest.mark.parametrize(("precision", "iso"), [
    ("exact", "2024-03-12T21:05:37+03:00"), ("minute", "2024-03-12T21:05+03:00"),
    (None, "2024-03-12T21:05+03:00"), ("day", "2024-03-12"), ("approximate", "2024-03-12"),
    ("month", "2024-03"), ("year", "2024")])
def test_iso_is_cut_to_the_recorded_precision(precision: str | None, iso: str) -> None:
    assert iso_at_precision(STORED, precision) == iso


def test_unreadable_and_missing_times_stay_as_stored() -> None:
    assert iso_at_precision("", "day") == "" and iso_at_precision(None, "minute") == ""
    assert iso_at_precision("last spring", "approximate") == "last spring"
    assert iso_at_precision("2024-03-12T21:05:00Z", "minute") == "2024-03-12T21:05Z"


def test_an_approximate_incident_gets_no_made_up_clock_time() -> None:
    rows = _rows("en", [{"id": "q1", "title": "QQ-approx", "precision": "approximate",
                         "occurred_at": "2026-09-08T03:43:00+03:00"},
                        {"id": "q2", "title": "QQ-month", "precision": "month",
                         "occurred_at": "2026-09-01T00:00:00+03:00"}])
    assert rows["QQ-approx"][3] == "2026-09-08" and "03:43" not in ",".join(rows["QQ-approx"])
    assert rows["QQ-month"][3] == "2026-09"


@pytest.mark.parametrize(("lang", "approx", "minute"), [
    ("en", "approximate", "to the minute"), ("ru", "приблизительно", "до минуты"),
    ("be", "прыблізна", "да хвіліны")])
def test_the_precision_column_speaks_the_language(lang: str, approx: str, minute: str) -> None:
    rows = _rows(lang, [{"id": "q1", "title": "QQ-approx", "precision": "approximate",
                         "occurred_at": "2026-09-08T03:43:00+03:00"},
                        {"id": "q3", "title": "QQ-minute", "precision": "minute",
                         "occurred_at": "2026-09-09T10:15:00+03:00"}])
    assert rows["QQ-approx"][4] == approx and rows["QQ-minute"][4] == minute
    # the same word as the date column's "approximately 08.09.2026" (one term per language)
    assert rows["QQ-approx"][2].startswith(approx[:8])
