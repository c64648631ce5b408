"""Message citations are permanent: C1.0003 names the same message in every export.

Issue 12's leftover (closing note: "message citations (C1.0001) still renumber in a filtered
export"). A lawyer who got a full chronology last month and a date-filtered one today must not
see C1.0003 meaning two different messages. Each test uses a real vault, the real import path
(interchange.import_document, which every importer commits through) and real PDFs read back
with pdftotext; the CSV is parsed with the csv module.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.export import ChronologyOptions, export_chronology
from safeplan.core.export.labels import Labels
from safeplan.core.interchange import export_document, import_document
from safeplan.core.journal.search import Query

_CITATION = re.compile(r"[CС](\d+)\.(\d{4,})")  # Latin C, or the Cyrillic С of ru/be documents


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF cannot be read back")
    out = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _msg(mid: str, text: str, when: str, channel: str, conversation: str,
         person: str | None, direction: str = "incoming", position: int = 0) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": mid, "sent_at": when, "precision": "minute", "channel": channel,
        "direction": direction, "sender": "Viktor" if person == "pv" else "Oleg",
        "conversation": conversation, "text": text,
        "source": {"kind": f"{channel}-test", "file_name": f"{conversation}.txt",
                   "file_sha256": "ab" * 32, "original_id": mid, "position": position}}
    if person:
        item["person_id"] = person
    return item


PEOPLE = [{"id": "pv", "name": "Viktor", "role": "perpetrator"},
          {"id": "po", "name": "Oleg", "role": "perpetrator"}]
# Three conversations. Full export today: WhatsApp first (C1), Telegram (C2), SMS (C3). Her own
# messages carry no person; the SMS conversation is the only one with Oleg.
FIRST = [
    _msg("w1", "WAONE", "2024-03-01T10:00:00+03:00", "whatsapp", "Viktor", "pv", position=1),
    _msg("w2", "WATWO", "2024-03-01T10:01:00+03:00", "whatsapp", "Viktor", None, "outgoing", 2),
    _msg("w3", "WATHREE", "2024-03-05T09:00:00+03:00", "whatsapp", "Viktor", "pv", position=3),
    _msg("w4", "WAFOUR", "2024-03-10T09:00:00+03:00", "whatsapp", "Viktor", "pv", position=4),
    _msg("t1", "TGONE", "2024-03-02T12:00:00+03:00", "telegram", "Viktor T", "pv", position=1),
    _msg("t2", "TGTWO", "2024-03-08T12:00:00+03:00", "telegram", "Viktor T", "pv", position=2),
    _msg("s1", "SMSONE", "2024-03-03T08:00:00+03:00", "sms", "+375291112233", "po", position=1),
    _msg("s2", "SMSTWO", "2024-03-06T08:00:00+03:00", "sms", "+375291112233", "po", position=2),
]
TEXTS = [m["text"] for m in FIRST]
# A second file into the same WhatsApp chat, with an older and a newer message, and a new chat
# older than all of them.
LATER = [_msg("w0", "WAOLDER", "2024-02-01T10:00:00+03:00", "whatsapp", "Viktor", "pv", position=1),
         _msg("w9", "WALATER", "2024-03-20T10:00:00+03:00", "whatsapp", "Viktor", "pv", position=2),
         _msg("v1", "VIBERONE", "2024-01-05T10:00:00+03:00", "viber", "Anna", None, position=1)]


def _document(messages: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "safeplan-journal", "version": 1, "people": PEOPLE, "messages": messages}


def _vault(make_vault: Any) -> Any:
    vault = make_vault()
    import_document(vault.journal, _document(FIRST), source_name="chats.json")
    return vault


def _export(vault: Any, folder: Path, **options: Any) -> tuple[str, list[list[str]]]:
    """(the PDF's text, the CSV's rows) of one export."""
    text, rows, _ = _export_all(vault, folder, **options)
    return text, rows


def _export_all(vault: Any, folder: Path, **options: Any
                ) -> tuple[str, list[list[str]], list[list[Any]]]:
    """(the PDF's text, the CSV's rows, the signed manifest's chain records) of one export."""
    folder.mkdir(parents=True, exist_ok=True)
    result = export_chronology(vault, ChronologyOptions(**options), folder / "out.pdf",
                               csv_path=folder / "out.csv")
    assert result.csv_path is not None
    rows = list(csv.reader(io.StringIO(result.csv_path.read_bytes().decode("utf-8-sig"))))
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    return _pdf_text(folder / "out.pdf"), rows, manifest["statement"]["chain"]["records"]


def _pdf_citations(text: str, texts: list[str]) -> dict[str, str]:
    """Message text → the citation printed in front of it (the nearest one before it)."""
    out = {}
    for body in texts:
        at = text.find(f" {body} ")
        if at < 0:
            continue
        found = list(_CITATION.finditer(text, 0, at))
        assert found, f"no citation before {body}"
        out[body] = found[-1].group()
    return out


def _csv_citations(rows: list[list[str]], texts: list[str]) -> dict[str, str]:
    """Message text → the first column ("No.") of the CSV row that holds it."""
    return {body: row[0] for row in rows for body in texts if body in row}


def _conversation_heads(text: str) -> dict[str, str]:
    """Conversation title → the number its heading prints ("Conversation C2: Viktor T")."""
    return {m.group(2): m.group(1) for m in re.finditer(
        r"Conversation ([CС]\d+): (Viktor T|Viktor|\+375291112233)", text)}


def test_a_filtered_export_cites_every_message_by_the_same_number(make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    full_pdf, full_csv, full_chain = _export_all(vault, tmp_path / "full")
    full = _pdf_citations(full_pdf, TEXTS)
    assert sorted(full) == sorted(TEXTS)
    assert "Message numbers are permanent" in full_pdf  # a lawyer is told, in the document
    assert _csv_citations(full_csv, TEXTS) == full, "the CSV cites the messages differently"
    heads = _conversation_heads(full_pdf)
    for body, citation in full.items():  # a message's number starts with its conversation's
        title = next(m["conversation"] for m in FIRST if m["text"] == body)
        assert citation.startswith(heads[title] + "."), (body, citation, heads)
    person = {p.content["name"]: p.uid for p in vault.journal.list(Query(kinds=("person",)))}
    filters = {"date range": {"date_from": date(2024, 3, 4)},
               "one person": {"people": (person["Viktor"],)},
               "one conversation": {"people": (person["Oleg"],)}}
    for name, options in filters.items():
        pdf, rows, records = _export_all(vault, tmp_path / name.replace(" ", "-"), **options)
        part = _pdf_citations(pdf, TEXTS)
        assert part and len(part) < len(TEXTS), name
        assert part == {body: full[body] for body in part}, f"{name}: a message was renumbered"
        assert _csv_citations(rows, TEXTS) == part, f"{name}: the CSV differs from the PDF"
        shown = _conversation_heads(pdf)
        assert shown == {t: heads[t] for t in shown}, f"{name}: a conversation was renumbered"
        # the signed manifest names each message's record by the same citation (its receipts
        # and `safeplan verify` say which numbers a dated receipt covers)
        cited = [(i, ref) for i, (_, ref) in enumerate(records) if _CITATION.fullmatch(ref or "")]
        assert len(cited) == len(part), name
        assert all(full_chain[i][1] == ref for i, ref in cited), f"{name}: the manifest differs"


def test_russian_export_prints_the_same_numbers_in_cyrillic(make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    full = _pdf_citations(_export(vault, tmp_path / "en")[0], TEXTS)
    ru_text, ru_rows = _export(vault, tmp_path / "ru", lang="ru", date_from=date(2024, 3, 4))
    ru = _pdf_citations(ru_text, TEXTS)
    assert ru and ru == {body: Labels("ru").ref(full[body]) for body in ru}
    assert _csv_citations(ru_rows, TEXTS) == ru


def test_a_later_import_of_older_messages_renumbers_nothing(make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    before = {m.content["text"]: m.ref for m in vault.journal.list(Query(kinds=("message",)))}
    assert before["WAONE"] == "C1.0001" and before["WAFOUR"] == "C1.0004"
    assert before["TGONE"] == "C2.0001" and before["SMSTWO"] == "C3.0002"
    # the same file again adds nothing and uses up no number
    import_document(vault.journal, _document(FIRST), source_name="chats.json")
    import_document(vault.journal, _document(LATER), source_name="older.json")
    after = {m.content["text"]: m.ref for m in vault.journal.list(Query(kinds=("message",)))}
    assert {t: after[t] for t in before} == before
    # numbered in the order of the import (its source order), after the conversation's last
    assert after["WAOLDER"] == "C1.0005" and after["WALATER"] == "C1.0006"
    assert after["VIBERONE"] == "C4.0001"  # a new conversation gets the next number
    assert vault.journal.verify_chain().ok and vault.check().ok
    text, rows = _export(vault, tmp_path / "after")
    printed = _pdf_citations(text, [*TEXTS, "WAOLDER", "WALATER", "VIBERONE"])
    assert printed == after
    # printed in time order: the older message first, whatever its number
    assert text.index(" WAOLDER ") < text.index(" WAONE ") < text.index(" WALATER ")
    assert _csv_citations(rows, list(after)) == after


def test_the_open_format_carries_the_citation_and_a_document_without_it_numbers_1_to_n(
        make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    document = export_document(vault.journal, include_data=False)
    refs = {m["text"]: m.get("ref") for m in document["messages"]}
    assert refs["WATHREE"] == "C1.0003" and refs["SMSONE"] == "C3.0001"
    # another program's file (no "ref"): numbered 1…N in this export, as before
    from safeplan.core.export.data import build

    bare = {**document, "messages": [{k: v for k, v in m.items() if k != "ref"}
                                     for m in document["messages"]]}
    data = build(bare, ChronologyOptions(date_from=date(2024, 3, 4)), lambda _: [])
    assert [m.citation for m in data.conversations[0].messages] == ["C1.0001", "C1.0002"]
    # the file restored into a new vault: that vault numbers the messages itself, in the order
    # of their citations, so the numbers a lawyer holds come back (the file lists them by time)
    import_document(vault.journal, _document(LATER), source_name="older.json")
    backup = export_document(vault.journal, include_data=False)
    refs = {m["text"]: m.get("ref") for m in backup["messages"]}
    assert [m["text"] for m in backup["messages"]][:2] == ["VIBERONE", "WAOLDER"]
    other = make_vault("other/data.db")
    import_document(other.journal, backup, source_name="backup.json")
    restored = {m.content["text"]: m.ref for m in other.journal.list(Query(kinds=("message",)))}
    assert restored == refs and other.journal.verify_chain().ok
    # without citations (another program's file) the file's own order numbers them
    third = make_vault("third/data.db")
    import_document(third.journal, bare, source_name="other-program.json")
    plain = {m.content["text"]: m.ref for m in third.journal.list(Query(kinds=("message",)))}
    assert plain["WAONE"] == "C1.0001" and plain["WATWO"] == "C1.0002"
    assert plain["TGONE"] == "C2.0001" and plain["WATHREE"] == "C1.0003"


def test_verify_names_the_messages_a_receipt_covers_by_the_same_numbers(make_vault,
                                                                        tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`safeplan verify` with a dated receipt says which messages already existed: in a full and
    in a filtered export the same message is named by the same number."""
    from datetime import datetime

    from safeplan.core.export import verify
    from safeplan.core.journal import receipts as rc
    from safeplan.core.journal.receipts import ReceiptBook

    vault = _vault(make_vault)
    receipt = ReceiptBook(vault.journal).make(datetime(2024, 5, 2, 9, 0).astimezone())
    import_document(vault.journal, _document(LATER), source_name="older.json")
    said = {}
    for name, options in {"full": {}, "filtered": {"date_from": date(2024, 3, 4)}}.items():
        result = export_chronology(vault, ChronologyOptions(**options), tmp_path / f"{name}.pdf")
        report = verify(result.pdf_path, receipts=[rc.grouped(receipt.code).lower()])
        assert report.ok, report.lines()
        said[name] = next(c.message for c in report.checks if c.code == "RECEIPT_OK")
    full = set(_CITATION.findall(said["full"]))
    part = set(_CITATION.findall(said["filtered"]))
    assert ("1", "0003") in part and ("1", "0006") not in full  # WALATER came after the receipt
    assert part < full, (said["filtered"], said["full"])


def test_a_message_row_of_the_csv_column_by_column() -> None:
    """What a lawyer's case tool reads for a message (no PDF drawn: fast enough for the
    mutation audit of csv_export.py)."""
    from safeplan.core.export.csv_export import csv_bytes
    from safeplan.core.export.data import build

    sent = {**_msg("x1", "=cmd|' /C calc'!A0", "2024-03-05T09:00:00+03:00", "whatsapp", "Viktor",
                   "pv", position=3), "ref": "C7.0042", "sender_id": "+375290000000",
            "recipient": "Alena", "attachment_ids": ["a1"]}
    call = {**_msg("x2", "", "2024-03-06T09:00:00+03:00", "whatsapp", "Viktor", None,
                   "outgoing", position=4), "ref": "C7.0043", "service": "phone_call",
            "details": {"duration_seconds": 65}}
    document = {**_document([sent, call]), "attachments": [
        {"id": "a1", "file_name": "p.jpg", "sha256": "cd" * 32, "ref": "E-0005"}]}
    for lang in ("en", "ru"):
        labels = Labels(lang)
        raw = csv_bytes(build(document, ChronologyOptions(lang=lang), lambda _: []))
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        header, first, second = rows[0], rows[-2], rows[-1]
        assert len(first) == len(second) == len(header) == 24
        assert first == [
            labels.ref("C7.0042"), labels("Message"),
            first[2], "2024-03-05T09:00+03:00", labels("to the minute"), "", "", "", "", "",
            "Viktor", "",
            "", "", "'=cmd|' /C calc'!A0", "", "", "", "",
            " · ".join([labels("incoming"), f"{labels('from')}: Viktor +375290000000",
                        f"{labels('to')}: Alena"]),
            "", labels.ref("E-0005"), "Viktor.txt", ""]
        assert first[2].startswith("05.03.2024 09:00" if lang == "ru" else "5 Mar 2024 09:00")
        assert second[0] == labels.ref("C7.0043") and second[19].startswith(labels("outgoing"))
        assert second[14] == labels.service(call) != ""  # a call in words, never an empty cell
