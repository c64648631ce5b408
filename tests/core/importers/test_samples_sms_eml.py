"""SMS Backup & Restore and e-mail samples: facts as the files hold them."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import detect_format, parse_file
from tests.core.importers.conftest import by_location


def test_sms_edge_cases(sample) -> None:
    path = sample("sms-xml", "edge_cases.xml")
    assert detect_format(path) == "sms-xml"
    batch = parse_file(path, "sms-xml")
    s, doc = batch.summary, batch.document
    assert s.message_count == 4
    assert s.first_at == "2021-01-01T00:00:00+00:00"
    assert s.last_at == "2021-01-01T03:00:00+00:00"
    assert s.tz_known and s.direction_from_file
    minimal = by_location(doc, "sms[0]")
    assert (minimal["sender"], minimal["direction"]) == ("+15551112222", "incoming")
    special = by_location(doc, "sms[1]")
    assert special["text"] == "Hello 🌍 — this has «special» chars & symbols < > \" '"
    assert special["direction"] == "outgoing" and special["recipient"] == "Charlie Unicode"
    assert by_location(doc, "sms[2]")["text"] == ""
    mms = by_location(doc, "mms[0]")
    assert (mms["text"], mms["sender"], mms.get("attachment_ids", [])) == ("", "Eve NoParts", [])


def test_truncated_backup_is_refused_by_default(sample) -> None:
    path = sample("sms-xml", "sms_and_mms.xml")
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "sms-xml")
    assert err.value.where == "line 136, column 6"
    assert err.value.file_name == "sms_and_mms.xml"


def test_truncated_backup_salvage(sample) -> None:
    path = sample("sms-xml", "sms_and_mms.xml")
    batch = parse_file(path, "sms-xml", salvage=True, tz="America/Los_Angeles")
    s, doc = batch.summary, batch.document
    kinds = [m["source"]["location"].split("[")[0] for m in doc["messages"]]
    assert kinds.count("sms") == 41 and kinds.count("mms") == 8  # the 9th <mms> is cut off
    assert s.first_at == "2017-12-02T06:49:27-08:00"   # 1512226167463 ms
    assert s.last_at == "2024-07-17T14:37:26-07:00"    # 1721252246000 ms
    assert any(r.where == "line 136, column 6" for r in s.repairs) and s.warnings
    assert by_location(doc, "sms[9]")["text"] == "Body text 10\nBody text 11\nBody text 12"
    assert by_location(doc, "sms[23]")["text"] == "Body text 26\n\nBody text 27"
    assert by_location(doc, "sms[4]")["direction"] == "outgoing"
    assert by_location(doc, "sms[0]")["sender"] == "Contact A"
    # MMS date_sent is in seconds: 1720997593 is the same instant as date 1720997593000 ms.
    first_mms = by_location(doc, "mms[0]")
    assert first_mms["date_sent_at"] == first_mms["sent_at"] == "2024-07-14T15:53:13-07:00"
    assert by_location(doc, "mms[2]")["conversation"] == "group_8@rcs.google.com"
    photo = by_location(doc, "mms[6]")
    assert photo["text"] == "Body text 54" and len(photo.get("attachment_ids", [])) == 1
    att = next(a for a in doc["attachments"] if a["id"] == photo.get("attachment_ids", [])[0])
    assert (att["file_name"], att["media_type"], att["size"]) == ("image_8.png", "image/png", 70)
    data = batch.open_attachment(att["id"]).read()
    with Image.open(io.BytesIO(data)) as img:
        assert img.size == (1, 1)
    numbers = {p.key for p in s.participants}
    assert {"+15550000003", "+15550000005"} <= numbers  # Contact B has two numbers
    assert {p.name for p in s.participants if p.key in ("+15550000003", "+15550000005")} == {
        "Contact B"}


@pytest.mark.parametrize("name,charset", [("sample04.eml", "koi8-r"),
                                          ("sample05.eml", "windows-1251")])
def test_cyrillic_mails(sample, name: str, charset: str) -> None:
    path = sample("eml", name)
    assert detect_format(path) == "eml"
    batch = parse_file(path, "eml")
    (msg,) = batch.document["messages"]
    assert msg["subject"] == "Алфавит\n"  # the LF inside the encoded word is kept
    assert msg["text"] == "Вопрос\n"
    assert msg["sent_at"] == "2001-05-27T21:23:35+01:00"
    assert "tz_known" not in msg  # the zone is known: the flag is only written when false
    assert (msg["sender"], msg.get("sender_id", "")) == ("Bug Reporter", "new@thunderbird.bug")
    assert msg["source"]["original_id"] == f"<{name[6:8]}.eml@mime.sample>"
    assert batch.summary.repairs == []  # labels were right: nothing guessed


def test_spam_mail_with_removed_attachment_notice(sample) -> None:
    path = sample("eml", "mail_test_3")
    assert detect_format(path) == "eml"
    batch = parse_file(path, "eml")
    s = batch.summary
    (msg,) = batch.document["messages"]
    assert msg["sent_at"] == "2016-08-22T16:56:09+03:00"
    assert msg["received_at"] == "2016-08-22T13:56:15+00:00"  # first Received hop, -0000
    assert msg["text"] == ("I am sending you the bills of the goods we delivered to you in the "
                           "attachment\n")
    assert msg["sender"] == "Ava Oneil" and msg["recipient"] == "kalinokyra@thismail.it"
    assert s.survivor_key == "kalinokyra@thismail.it" and msg["direction"] == "incoming"
    (att_id,) = msg.get("attachment_ids", [])
    notice = batch.open_attachment(att_id).read().decode("latin-1")
    assert "The Firebox deleted export_pdf_ 65acf801~.js." in notice
    assert s.warnings == []  # Date is 6 s before Received: no clock warning
