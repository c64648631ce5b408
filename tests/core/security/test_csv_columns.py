"""The CSV for lawyers' case tools, column by column (issue 14's mutation audit: 34.8 % — its row
building was barely checked), and its formula guard (threat A5: text from the abuser's messages
must not run as a spreadsheet formula on a lawyer's computer).

Each assertion is a bug a mutant planted without a test noticing: two columns swapped, a
separator changed, the imported file's name or its stated time dropped, an amendment list cut
to one, severity written for a non-number, a guard that looks only at the first character (a
leading space lets ``=`` through) or misses a full-width sign."""

from __future__ import annotations

import copy
import csv
import io
from typing import Any

import pytest

from safeplan.core.export import ChronologyOptions
from safeplan.core.export import data as export_data
from safeplan.core.export.csv_export import _FORMULA_STARTS, _safe, csv_bytes
from tests.core.export.sample_doc import HOSTILE, document

HEADER_EN = [
    "No.", "Kind", "Date and time", "ISO 8601", "Precision of the date", "as remembered",
    "Recorded on", "Amended on", "Form of abuse", "How serious it felt (1 to 5)", "Short summary",
    "Where", "Who did it", "Witnesses", "What happened (facts)", "Words said, word for word",
    "How it affected me", "Injuries", "Findings", "Notes", "report number", "Exhibits",
    "from the file", "Time of recording stated in the file"]

# an entry imported from another journal's chat export: this vault saved it three times
IMPORTED = {
    "id": "i4", "occurred_at": "2024-02-10T09:00:00+03:00", "precision": "minute",
    "recorded_at": "2024-02-11T08:00:00+03:00", "imported_from": {"file_name": "chat.txt"},
    "title": '=HYPERLINK("http://x")', "location": " +375 29 111", "notes": "@SUM(1)",
    "findings": "-1", "categories": ["physical"], "police": "KUSP-9", "severity": "5",
    "witness_ids": ["p9"], "perpetrator_ids": ["p1", "p2"], "description": "a\r\nb",
    "impact": "x = y", "words_said": "Ты пашкадуеш"}
OWN_SAVES = {"i4": ["2024-02-12T10:00:00+03:00", "2024-02-13T11:00:00+03:00",
                    "2024-02-14T12:00:00+03:00"]}


def _rows(lang: str = "en", extra: list[dict[str, Any]] | None = None) -> list[list[str]]:
    doc = copy.deepcopy(document())
    doc["incidents"].extend(extra or [])
    data = export_data.build(doc, ChronologyOptions(lang=lang),
                             lambda uid: list(OWN_SAVES.get(uid, [])))
    raw = csv_bytes(data)
    assert raw.startswith(b"\xef\xbb\xbf") and not raw[3:].startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8")[1:], newline="")))


def _by_title(rows: list[list[str]], title: str) -> dict[str, str]:
    for row in rows[1:]:
        if title in row[10]:
            return dict(zip(rows[0], row, strict=True))
    raise AssertionError(f"no row titled {title!r}")


def test_header_names_every_column_in_place() -> None:
    assert _rows()[0] == HEADER_EN


def test_rows_end_with_crlf_and_quote_newlines_inside_cells() -> None:
    doc = copy.deepcopy(document())
    data = export_data.build(doc, ChronologyOptions(), lambda uid: [])
    text = csv_bytes(data).decode("utf-8")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert len(records) > len(data.entries) and text.endswith("\r\n")
    assert text.count("\r\n") == len(records)  # every record ends in CR LF, only records do
    assert '"He grabbed my arm in the kitchen.\nSecond line."' in text  # one cell, two lines


def test_an_incident_of_her_own_column_by_column() -> None:
    row = _by_title(_rows(), "Пакінуў")
    assert row == {
        "No.": row["No."], "Kind": "Incident",
        "Date and time": "12 Mar 2024 21:05 (UTC+03:00)",
        "ISO 8601": "2024-03-12T21:05+03:00", "Precision of the date": "to the minute",
        "as remembered": "", "Recorded on": "12 Mar 2024 23:40:11 (UTC+03:00)",
        "Amended on": "14 Mar 2024 09:00:00 (UTC+03:00)", "Form of abuse": "physical, threats",
        "How serious it felt (1 to 5)": "4", "Short summary": "Пакінуў сінякі на руцэ — ўсё",
        "Where": "Kitchen, 12 Lenina street", "Who did it": "Ivan Petrovich Sidorov",
        "Witnesses": "Maria Ivanova",
        "What happened (facts)": "He grabbed my arm in the kitchen.\nSecond line.",
        "Words said, word for word": "Ты нікуды не пойдзеш",
        "How it affected me": "I could not sleep.", "Injuries": "Bruise on left forearm",
        "Findings": "", "Notes": "", "report number": "KUSP-1234", "Exhibits": "E1, E2, E3",
        "from the file": "", "Time of recording stated in the file": ""}


def test_an_imported_entry_keeps_its_file_and_its_stated_time() -> None:
    row = _by_title(_rows(extra=[IMPORTED]), "HYPERLINK")
    assert row["from the file"] == "chat.txt"
    assert row["Time of recording stated in the file"] == "11 Feb 2024 08:00:00 (UTC+03:00)"
    assert row["Recorded on"] == "12 Feb 2024 10:00:00 (UTC+03:00)"  # this vault's first save
    assert row["Amended on"] == ("13 Feb 2024 11:00:00 (UTC+03:00); "
                                 "14 Feb 2024 12:00:00 (UTC+03:00)")
    assert row["Who did it"] == "Ivan Petrovich Sidorov, Maria Ivanova"
    assert row["Witnesses"] == "p9"  # an unknown person keeps the id, not a blank
    assert row["How serious it felt (1 to 5)"] == ""  # "5" as text is not a rating
    assert row["report number"] == ""  # police given as a bare string: no report number
    assert row["What happened (facts)"] == "a\nb"
    assert row["Words said, word for word"] == "Ты пашкадуеш"
    assert row["How it affected me"] == "x = y"  # "=" inside the text is not a formula


def test_every_cell_of_a_row_is_guarded() -> None:
    row = _by_title(_rows(extra=[IMPORTED]), "HYPERLINK")
    assert row["Short summary"] == "'=HYPERLINK(\"http://x\")"
    assert row["Where"] == "' +375 29 111"
    assert row["Notes"] == "'@SUM(1)" and row["Findings"] == "'-1"
    hostile = dict(IMPORTED, id="i5", title="QQ5", imported_from={"file_name": "=cmd|' /C calc'!A0"})
    assert _by_title(_rows(extra=[hostile]), "QQ5")["from the file"] == "'=cmd|' /C calc'!A0"
    doc_people = _rows(extra=[dict(IMPORTED, id="i6", title="QQ6", witness_ids=["+1"])])
    assert _by_title(doc_people, "QQ6")["Witnesses"] == "'+1"


def test_other_kinds_and_the_approximate_entry() -> None:
    rows = _rows()
    medical = _by_title(rows, "City hospital")
    assert medical["Kind"] == "Medical visit" and medical["Form of abuse"] == \
        "Medical visit: emergency" and medical["Findings"] == "Haematoma"
    legal = _by_title(rows, "PO-55")
    assert legal["Kind"] == "Legal step" and legal["Form of abuse"] == \
        "Legal step: protection order"
    approx = _by_title(rows, "Threats")
    assert approx["Date and time"] == "approximately 31 Dec 2023"
    assert approx["Precision of the date"] == "approximate"
    assert approx["as remembered"] == "around New Year, old flat"
    assert approx["Recorded on"] == "1 Feb 2024 10:00:00 (UTC+03:00)"
    assert approx["What happened (facts)"] == "\n".join(HOSTILE)  # written as she wrote it
    card = _by_title(rows, "salary card")
    assert card["Date and time"] == "Jan 2024" and card["Recorded on"] == ""
    assert card["How serious it felt (1 to 5)"] == ""


def test_belarusian_header_and_labels() -> None:
    rows = _rows("be")
    assert rows[0][0] == "№" and rows[0][3] == "ISO 8601" and len(rows[0]) == len(HEADER_EN)
    row = _by_title(rows, "Пакінуў")
    assert row[rows[0][2]].startswith("12.03.2024 21:05")


# -- the guard itself --------------------------------------------------------------------------

@pytest.mark.parametrize("start", ["=", "+", "-", "@", "＝", "＋", "－", "＠"])
@pytest.mark.parametrize("lead", ["", " ", "   ", "\n", "\t", "\r\n", "\u00a0"])
def test_every_formula_start_is_guarded_even_after_blanks(start: str, lead: str) -> None:
    cell = lead + start + "1+1"
    guarded = _safe(cell)
    assert guarded.startswith("'") and guarded[1:].lstrip().startswith(start)


@pytest.mark.parametrize("cell", ["a=1", "1-2", "e-mail: x@y.z", "5 + 5", "(=1)", "'=1", "",
                                  "Ты = ён", "—1"])
def test_formula_signs_after_the_start_are_left_alone(cell: str) -> None:
    assert _safe(cell) == cell


def test_the_guard_sees_the_cleaned_text() -> None:
    assert _safe(None) == "" and _safe(4) == "4" and _safe(-4) == "'-4"
    assert _safe("a\r\nb") == "a\nb"
    assert _safe("\r=1") == "'\n=1"  # a carriage return is a line break, then the sign
    assert _safe("\x07=1") == "\ufffd=1"  # a control character is shown, never passed on
    # tab and carriage return never reach the check (clean() turns them into blanks / \n)
    assert {"\t", "\r"} <= set(_FORMULA_STARTS)


def test_a_chosen_time_zone_is_said_and_an_unknown_time_stays_empty() -> None:
    rows = _rows(extra=[
        {"id": "i7", "occurred_at": "2024-02-10T09:00:00+03:00", "precision": "minute",
         "tz_known": False, "title": "QQ7", "witness_ids": ["p2", "p1"]},
        {"id": "i8", "title": "QQ8", "precision": "unknown"}])
    zone = _by_title(rows, "QQ7")
    assert zone["Date and time"] == "10 Feb 2024 09:00 (UTC+03:00), time zone assumed"
    assert zone["Witnesses"] == "Maria Ivanova, Ivan Petrovich Sidorov"
    assert zone["Form of abuse"] == ""  # no form chosen: empty, not the word "Incident"
    unknown = _by_title(rows, "QQ8")
    assert unknown["Date and time"] == "date not known" and unknown["ISO 8601"] == ""
    assert unknown["Precision of the date"] == "unknown"


def test_missing_fields_are_empty_cells() -> None:
    rows = _rows()
    legal = _by_title(rows, "PO-55")
    assert legal["Precision of the date"] == "" and legal["Where"] == ""
    card = _by_title(rows, "salary card")
    assert card["Where"] == "" and card["Witnesses"] == "" and card["Who did it"] == ""
    doc = copy.deepcopy(document())
    del doc["medical"][0]["facility"]
    data = export_data.build(doc, ChronologyOptions(), lambda uid: [])
    table = list(csv.reader(io.StringIO(csv_bytes(data).decode("utf-8-sig"), newline="")))
    medical = next(dict(zip(table[0], r, strict=True)) for r in table[1:]
                   if r[1] == "Medical visit")
    assert medical["Short summary"] == "" and medical["Findings"] == "Haematoma"


def test_message_rows_keep_an_assumed_zone_and_the_seconds() -> None:
    """Transcript rows (csv_export._message_row): a zone that was assumed is said; a message
    without a recorded precision is an exact machine time (to the second); a message without
    text or without a named sender gets empty cells, never a placeholder."""
    doc = copy.deepcopy(document())
    doc["messages"] += [
        {"id": "m9", "sent_at": "2024-03-16T09:30:00+03:00", "channel": "sms",
         "direction": "incoming", "sender": "QQ9 Ivan", "tz_known": False,
         "conversation": "+375291111111", "text": "Open the door"},
        {"id": "m10", "sent_at": "2024-03-16T09:40:00+03:00", "precision": "exact",
         "channel": "sms", "direction": "outgoing", "sender_id": "+375290000001",
         "conversation": "+375291111111", "text": None}]
    data = export_data.build(doc, ChronologyOptions(), lambda uid: [])
    table = list(csv.reader(io.StringIO(csv_bytes(data).decode("utf-8-sig"), newline="")))
    rows = [dict(zip(table[0], r, strict=True)) for r in table[1:] if r[1] == "Message"]
    zone = next(r for r in rows if r["What happened (facts)"] == "Open the door")
    assert zone["Date and time"] == "16 Mar 2024 09:30:00 (UTC+03:00), time zone assumed"
    assert zone["ISO 8601"] == "2024-03-16T09:30:00+03:00"
    assert zone["Notes"] == "incoming · from: QQ9 Ivan"
    empty = next(r for r in rows if r["ISO 8601"].startswith("2024-03-16T09:40"))
    assert empty["What happened (facts)"] == "" and empty["from the file"] == ""
    assert empty["Notes"] == "outgoing · from: +375290000001"
    assert empty["Date and time"] == "16 Mar 2024 09:40:00 (UTC+03:00)"
