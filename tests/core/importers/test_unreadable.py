"""Issue 13.4: an unreadable item becomes a visible entry of its own; the rest still imports.

The shared mechanism (``DocumentBuilder.add_unreadable``) is tested here once, through a real vault
and a real PDF; each importer's tests show that its damaged parts use it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from safeplan.core.importers._builder import DocumentBuilder
from safeplan.core.interchange import import_document
from safeplan.core.journal.search import Query


def _batch(tmp_path: Path) -> Any:
    src = tmp_path / "backup.xml"
    src.write_bytes(b"<smses/>")
    b = DocumentBuilder("sms-xml", "sms", "sms-backup-xml", src,
                        hashlib.sha256(b"<smses/>").hexdigest(), 8)
    b.add_message(ts=1710439500.0, sent_at="2024-03-14T21:05:00+03:00", precision="exact",
                  tz_known=True, sender="+375291112233", sender_id="+375291112233",
                  conversation="+375291112233", text="Readable words", original_id="one",
                  location="sms[0]")
    b.add_unreadable(where="mms[0].parts[2]", item="Part 2 of an MMS", reason="the picture is "
                     "damaged: its base64 text is invalid", data=b"iVBOR!!not-base64",
                     file_name="IMG_0001.jpg.base64.txt", media_type="text/plain",
                     ts=1710439500.0, sent_at="2024-03-14T21:05:00+03:00",
                     sender="+375291112233", sender_id="+375291112233",
                     conversation="+375291112233")
    b.add_raw_source(src)
    return b.finish()


def test_unreadable_item_is_an_entry_with_its_bytes_and_is_counted(tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    s = batch.summary
    assert s.message_count == 1 and s.unreadable_count == 1
    item = s.unreadable[0]
    assert item.where == "mms[0].parts[2]" and item.attachment_id
    msg = next(m for m in batch.document["messages"] if m["id"] == item.message_id)
    assert msg["source"]["unreadable"] is True and msg["source"]["location"] == item.where
    assert msg["text"].startswith("Part 2 of an MMS from +375291112233, 2024-03-14 21:05: "
                                  "could not be read (the picture is damaged")
    assert "IMG_0001.jpg.base64.txt" in msg["text"] and "original bytes are kept" in msg["text"]
    assert msg["attachment_ids"] == [item.attachment_id]
    with batch.open_attachment(item.attachment_id) as fh:
        assert fh.read() == b"iVBOR!!not-base64"
    assert batch.document["import_summary"]["unreadable"] == [
        ["mms[0].parts[2]", "Part 2 of an MMS", item.reason]]
    assert any("could not be read" in w for w in s.warnings)
    # messages are numbered in file order for a deterministic sort of same-minute messages
    assert [m["source"]["position"] for m in batch.document["messages"]] == [0, 1]


def test_unreadable_entry_reaches_the_journal_and_the_pdf(make_vault: Any, tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology
    from tests.core.export.conftest import flat, pdftotext

    vault = make_vault("u/v.db")
    with _batch(tmp_path) as batch:
        report = import_document(vault.journal, batch.document,
                                 open_attachment=batch.open_attachment)
    assert report.added["message"] == 2
    stored = vault.journal.list(Query(kinds=("message",)))
    damaged = [m for m in stored if m.content["source"].get("unreadable")]
    assert len(damaged) == 1
    found = vault.journal.attachment_by_sha256(hashlib.sha256(b"iVBOR!!not-base64").hexdigest())
    assert found is not None
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "u.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert "Part 2 of an MMS from +375291112233, 2024-03-14 21:05: could not be read" in text
    assert "Readable words" in text


def test_import_larger_than_the_free_disk_is_refused_before_writing(make_vault: Any,
                                                                    tmp_path: Path) -> None:
    """14.8: check free space first. The document honestly declares an attachment larger than
    the real free space of the vault's disk (no file of that size is needed to test it)."""
    import shutil

    import pytest

    from safeplan.core.errors import StorageFull
    from safeplan.core.importers import check_free_space

    vault = make_vault("f/v.db")
    batch = _batch(tmp_path)
    check_free_space(batch.document, vault.path.parent)  # a small import fits
    free = shutil.disk_usage(vault.path.parent).free
    batch.document["attachments"][0]["size"] = free + (1 << 30)
    with pytest.raises(StorageFull) as caught:
        check_free_space(batch.document, vault.path.parent)
    assert caught.value.details["needed"] > caught.value.details["free"]
    before = vault.journal.count(Query(kinds=("message",)))
    assert before == 0
