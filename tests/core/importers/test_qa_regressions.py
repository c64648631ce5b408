"""QA regressions: a message dated at the very end of the calendar with a negative offset
(9999-12-31T23:59-12:00) cannot be ordered in UTC. It used to pass the importer and stop the
journal write with "Something unexpected went wrong"; now it is bad input naming its place, and
nothing is written (threat A5: the abuser controls these files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import parse_file
from safeplan.core.importers._time import in_utc_range


def test_in_utc_range() -> None:
    assert in_utc_range("2024-03-12T21:05:00+03:00")
    assert in_utc_range(None)
    assert not in_utc_range("9999-12-31T23:59:59-12:00")
    assert not in_utc_range("0001-01-01T00:00:00+05:00")


def test_eml_dated_after_year_9999_in_utc_imports_with_an_unknown_time(tmp_path: Path) -> None:
    """Was: refused as bad input (never an unexpected error, threat A5). Issue 13.4/13.7: the
    mail is evidence, so it imports; the unusable Date is named in the repair log and the time
    stays unknown until she sets it."""
    path = tmp_path / "late.eml"
    path.write_bytes(b"From: a@example.invalid\nDate: Fri, 31 Dec 9999 23:59:59 -1200\n"
                     b"Subject: x\n\nbody\n")
    batch = parse_file(path, "eml")
    (msg,) = batch.document["messages"]
    assert msg["text"] == "body\n" and msg["sent_at"] is None
    assert any(r.where == "message.Date" and "out of range" in r.what
               for r in batch.summary.repairs)


def test_whatsapp_line_out_of_range_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("01.01.2024, 10:00 - A: hi\n31.12.9999, 23:59 - B: late\n", "utf-8")
    with pytest.raises(InvalidInput) as caught:
        parse_file(path, "whatsapp", tz="America/Los_Angeles")
    assert caught.value.where == "line 2"


def test_photo_with_out_of_range_exif_date_keeps_the_photo(tmp_path: Path) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif[0x0132] = "9999:12:31 23:59:59"
    exif.get_ifd(0x8769)[0x9003] = "9999:12:31 23:59:59"
    path = tmp_path / "late.jpg"
    Image.new("RGB", (8, 8)).save(path, exif=exif)
    batch = parse_file(path, "image", tz="America/Los_Angeles")
    photos = [a for a in batch.document["attachments"] if a["file_name"] == "late.jpg"]
    assert photos and all(a["taken_at"] is None for a in photos)
    assert any("out of range" in r.what for r in batch.summary.repairs)


def test_cut_short_telegram_export_says_so_in_words(tmp_path: Path) -> None:
    """The detail line used to read "Unterminated string starting at (file ends early)"."""
    path = tmp_path / "result.json"
    path.write_text('{"name": "Ivan", "type": "personal_chat", "id": 1, "messages": ['
                    '{"id": 1, "type": "message", "date": "2024-03-12T21:05:00", '
                    '"from": "Ivan", "text": "You will regr', "utf-8")
    with pytest.raises(InvalidInput) as caught:
        parse_file(path, "telegram", tz="Europe/Minsk")
    assert "cut short" in str(caught.value) and "Unterminated" not in str(caught.value)
    assert caught.value.where.startswith("messages[0]")


def test_damaged_picture_message_names_no_python_class(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"GIF89a")
    with pytest.raises(InvalidInput) as caught:
        parse_file(path, "image", tz="Europe/Minsk")
    assert "Error" not in str(caught.value) and "not a readable picture" in str(caught.value)


def test_same_whatsapp_chat_as_txt_and_as_renamed_zip_is_one_conversation(
        tmp_path: Path) -> None:
    """The zip's own name used to become the conversation, and the conversation is part of the
    duplicate check: the same chat sent as .txt and as "attachment.zip" was imported twice."""
    import zipfile

    chat = "12.03.24, 21:05 - Сяргей: Адкажы!\n12.03.24, 21:06 - Ганна: Не\n".encode()
    txt = tmp_path / "WhatsApp Chat with Сяргей.txt"
    txt.write_bytes(chat)
    renamed = tmp_path / "attachment (1).zip"
    with zipfile.ZipFile(renamed, "w") as zf:
        zf.writestr("WhatsApp Chat with Сяргей.txt", chat)
    ios = tmp_path / "WhatsApp Chat - Сяргей.zip"
    with zipfile.ZipFile(ios, "w") as zf:
        zf.writestr("_chat.txt", chat)
    names = set()
    for path in (txt, renamed, ios):
        with parse_file(path, "whatsapp", tz="Europe/Minsk") as batch:
            names |= {m["conversation"] for m in batch.document["messages"]}
    assert names == {"Сяргей"}
