"""SMS Backup & Restore cases of issue 13 (items 4 and 8) on the project's own fixture.

tests/fixtures/sms/mms_damaged_part.xml (our own text) holds an SMS with milliseconds, an MMS whose
picture's base64 is damaged next to a readable text part, an MMS with a good picture, an SMS whose
date is not a time, and an outgoing SMS. The real corpus file with the same damage
(corrupt_attachments.xml) runs in test_corpus_mail_sms.py.
"""

from __future__ import annotations

import hashlib
from typing import Any

from safeplan.core.importers import parse_file
from safeplan.core.interchange import import_document
from safeplan.core.journal.search import Query
from tests.fixtures import fixture

DAMAGED = "/9j/4AAQSkZJRgABAQ=!!broken-here##"


def _by_location(doc: dict[str, Any], location: str) -> dict[str, Any]:
    (msg,) = [m for m in doc["messages"] if m["source"]["location"] == location]
    return msg


def test_damaged_mms_part_is_an_entry_and_the_rest_of_the_backup_imports() -> None:
    """13.4: one invalid base64 part used to refuse the whole backup."""
    batch = parse_file(fixture("sms", "mms_damaged_part.xml"), "sms-xml")
    doc, s = batch.document, batch.summary
    assert s.message_count == 5 and s.unreadable_count == 1
    mms = _by_location(doc, "mms[0]")
    assert mms["text"] == "Это твоя машина. Я знаю, где ты."  # the readable part still imports
    assert mms["sent_at"] == "2024-03-14T18:06:00+00:00" and mms["direction"] == "incoming"
    lost = _by_location(doc, "mms[0].parts[1]")
    assert lost["source"]["unreadable"] is True
    assert lost["text"].startswith(
        "Part 2 of 3 of an MMS (the picture IMG_0412.jpg) from Сергей (+375291112233), "
        "2024-03-14 18:06: could not be read (the picture is damaged: its data is not valid "
        "base64). The original bytes are kept unchanged as the attachment "
        "\u201cIMG_0412.jpg.base64.txt\u201d")
    (att_id,) = lost["attachment_ids"]
    assert batch.open_attachment(att_id).read() == DAMAGED.encode()
    good = _by_location(doc, "mms[1]")
    (png_id,) = good["attachment_ids"]
    assert batch.open_attachment(png_id).read().startswith(b"\x89PNG\r\n\x1a\n")
    assert _by_location(doc, "sms[2]")["text"] == "Не пиши мне больше."


def test_sms_with_a_date_that_is_not_a_time_imports_with_an_unknown_time() -> None:
    batch = parse_file(fixture("sms", "mms_damaged_part.xml"), "sms-xml")
    msg = _by_location(batch.document, "sms[1]")
    assert msg["text"] == "Это сообщение с испорченной датой." and msg["sent_at"] is None
    assert any(r.where == "sms[1].date" and "unknown time" in r.what
               for r in batch.summary.repairs)


def test_milliseconds_are_kept_in_the_source_record() -> None:
    """13.8: ``date="1710439500123"`` was stored to the second only."""
    doc = parse_file(fixture("sms", "mms_damaged_part.xml"), "sms-xml").document
    first = _by_location(doc, "sms[0]")
    assert first["sent_at"] == "2024-03-14T18:05:00+00:00"
    assert first["source"]["date_ms"] == 1710439500123
    assert first["source"]["date_sent_raw"] == 1710439499000
    assert _by_location(doc, "mms[0]")["source"]["date_ms"] == 1710439560456
    assert _by_location(doc, "sms[2]")["source"]["date_ms"] == 1710439680999
    positions = [m["source"]["position"] for m in doc["messages"]]
    assert positions == sorted(positions) == list(range(len(positions)))


def test_damaged_part_reaches_the_vault_with_its_bytes(make_vault: Any) -> None:
    vault = make_vault("s/v.db")
    with parse_file(fixture("sms", "mms_damaged_part.xml"), "sms-xml") as batch:
        report = import_document(vault.journal, batch.document,
                                 open_attachment=batch.open_attachment)
    assert report.added["message"] == 6
    stored = vault.journal.list(Query(kinds=("message",)))
    assert sum(1 for m in stored if m.content["source"].get("unreadable")) == 1
    assert vault.journal.attachment_by_sha256(hashlib.sha256(DAMAGED.encode()).hexdigest())


def test_cli_summary_counts_the_unreadable_item(make_vault: Any) -> None:
    import io

    from safeplan.cli import main
    from safeplan.commands.common import EXIT_OK, CliIO
    from safeplan.core.i18n import Catalogue

    vault = make_vault("c/v.db", passphrase="pw")
    vault.lock()
    cli = CliIO(stdin=io.StringIO("pw\n"), stdout=io.StringIO(), stderr=io.StringIO(),
                catalogue=Catalogue.load("en"))
    path = fixture("sms", "mms_damaged_part.xml")
    assert main(["import", str(vault.path), str(path), "--format", "sms-xml"], cli) == EXIT_OK
    out = cli.stdout.getvalue()  # type: ignore[attr-defined]
    assert "Could not be read (each imported as an entry saying so, original bytes kept): 1" in out


def test_gui_preview_says_how_many_items_could_not_be_read(qapp: Any) -> None:
    from safeplan.ui.workspace.import_preview import ImportPreview

    batch = parse_file(fixture("sms", "mms_damaged_part.xml"), "sms-xml")
    text = ImportPreview().summary_text(batch.summary)
    assert "1 item(s) could not be read. Each is imported as an entry that says what it was" in text
