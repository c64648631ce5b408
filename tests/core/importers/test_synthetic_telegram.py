"""Synthetic Russian and Belarusian Telegram exports (none exist publicly), built in each test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.errors import Cancelled, InvalidInput
from safeplan.core.importers import TimezoneNeeded, parse_file
from tests.core.importers.conftest import by_location


def message(mid: int, unix: int | None, sender: str, uid: str, text: Any, **extra: Any
            ) -> dict[str, Any]:
    m: dict[str, Any] = {"id": mid, "type": "message", "from": sender, "from_id": uid,
                         "text": text}
    if unix is not None:
        m["date_unixtime"] = str(unix)
    m.update(extra)
    return m


def whole_account(tmp_path: Path) -> Path:
    folder = tmp_path / "DataExport_2024-03-20"
    (folder / "chats" / "chat_001" / "photos").mkdir(parents=True)
    photo = folder / "chats" / "chat_001" / "photos" / "photo_1@12-03-2024_21-05-00.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fake jpeg bytes\xff\xd9")
    chat = {"name": "Сергей", "type": "personal_chat", "id": 5550001, "messages": [
        message(10, 1710266700, "Сергей", "user5550001", "Ты где? Отвечай немедленно.",
                date="2024-03-12T21:05:00"),
        message(11, 1710266760, "Сергей", "user5550001",
                [{"type": "bold", "text": "Я знаю"}, ", где ты живёшь."],
                edited="2024-03-12T21:07:00", edited_unixtime="1710266820"),
        message(12, 1710266800, "Анна", "user777", "Не пиши мне.", reply_to_message_id=11),
        message(13, 1710266900, "Сергей", "user5550001", "",
                photo="chats/chat_001/photos/photo_1@12-03-2024_21-05-00.jpg",
                width=800, height=600),
        message(14, 1710267000, "Сергей", "user5550001", "", file="(File not included. "
                "Change data exporting settings to download.)", media_type="voice_message",
                duration_seconds=31),
        message(15, 1710267100, "Сергей", "user5550001", "Пересланное",
                forwarded_from="Мама Сергея"),
        {"id": 16, "type": "service", "date": "2024-03-12T21:20:00",
         "date_unixtime": "1710267600", "actor": "Сергей", "actor_id": "user5550001",
         "action": "phone_call", "duration_seconds": 0, "discard_reason": "missed",
         "text": ""},
    ]}
    group = {"name": "Суседзі", "type": "private_group", "id": 42, "messages": [
        message(1, 1710000000, "Алесь", "user9", "Добры вечар, суседзі!"),
    ]}
    doc = {"about": "…", "personal_information": {"user_id": 777, "first_name": "Анна"},
           "contacts": {"about": "", "list": [{"first_name": "Сергей"}]},
           "chats": {"about": "", "list": [chat, group]},
           "left_chats": {"about": "", "list": []}}
    path = folder / "result.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_russian_whole_account_export(tmp_path: Path) -> None:
    path = whole_account(tmp_path)
    batch = parse_file(path, "telegram", tz="Europe/Moscow")
    s, doc = batch.summary, batch.document
    assert s.message_count == 8 and s.conversations == ["Сергей", "Суседзі"]
    assert s.survivor_key == "user777"  # personal_information names the exporting account
    first = by_location(doc, "chats.list[0].messages[0]")
    assert first["sent_at"] == "2024-03-12T21:05:00+03:00" and first["direction"] == "incoming"
    edited = by_location(doc, "chats.list[0].messages[1]")
    assert edited["text"] == "Я знаю, где ты живёшь."
    assert edited["edited_at"] == "2024-03-12T21:07:00+03:00"
    reply = by_location(doc, "chats.list[0].messages[2]")
    assert reply["reply_to"] == "11" and reply["direction"] == "outgoing"
    photo = by_location(doc, "chats.list[0].messages[3]")
    (att_id,) = photo.get("attachment_ids", [])
    assert batch.open_attachment(att_id).read() == b"\xff\xd8\xff\xe0fake jpeg bytes\xff\xd9"
    att = next(a for a in doc["attachments"] if a["id"] == att_id)
    assert att["media_type"] == "image/jpeg" and att["size"] == 21
    assert [(m.where, m.kind) for m in s.missing_media] == [
        ("chats.list[0].messages[4]", "voice_message")]
    assert by_location(doc, "chats.list[0].messages[5]")["forwarded_from"] == "Мама Сергея"
    call = by_location(doc, "chats.list[0].messages[6]")
    assert call.get("service", "") == "phone_call" and call["details"]["discard_reason"] == "missed"
    assert by_location(doc, "chats.list[1].messages[0]")["text"] == "Добры вечар, суседзі!"


def test_media_path_outside_the_export_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not part of the export")
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "result.json"
    path.write_text(json.dumps({"name": "X", "messages": [
        message(1, 1710000000, "X", "user1", "", file="../secret.txt")]}))
    batch = parse_file(path, "telegram")
    assert batch.document["messages"][0].get("attachment_ids", []) == []
    assert "out of the export folder" in batch.summary.missing_media[0].detail


def test_belarusian_old_export_uses_the_iana_history_of_minsk(tmp_path: Path) -> None:
    # Old exports have only "date" (local). Minsk was UTC+2 in winter until 2011, UTC+3 since.
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Сяргей", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2010-01-15T12:00:00", "from": "Сяргей",
         "from_id": "user1", "text": "Я цябе знайду."},
        {"id": 2, "type": "message", "date": "2012-01-15T12:00:00", "from": "Сяргей",
         "from_id": "user1", "text": "Чуеш?"},
    ]}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TimezoneNeeded) as err:
        parse_file(path, "telegram")
    assert err.value.suggestion == ""  # no date/date_unixtime pair to learn from
    batch = parse_file(path, "telegram", tz="Europe/Minsk")
    sent = [m["sent_at"] for m in batch.document["messages"]]
    assert sent == ["2010-01-15T12:00:00+02:00", "2012-01-15T12:00:00+03:00"]
    assert all(m["tz_known"] is False for m in batch.document["messages"])
    assert (batch.summary.tz, batch.summary.tz_source) == ("Europe/Minsk", "user")


def test_invalid_x_escapes_and_unquoted_ids_are_repaired_and_logged(tmp_path: Path) -> None:
    raw = ('{"name": "Сергей", "messages": [\n'
           ' {"id": 1, "type": "message", "date_unixtime": "1710000000", "from": "Сергей",\n'
           '  "from_id": user5550001, "text": "бип\\x07 и \\\\x41 остаётся"}\n]}')
    path = tmp_path / "result.json"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(ValueError):
        json.loads(raw)  # really invalid JSON
    batch = parse_file(path, "telegram")
    (msg,) = batch.document["messages"]
    assert msg["text"] == "бип\x07 и \\x41 остаётся"  # an escaped backslash is left alone
    assert msg.get("sender_id", "") == "user5550001"
    whats = " ".join(r.what for r in batch.summary.repairs)
    assert "1 invalid \\xHH escape" in whats and "1 unquoted id" in whats


def test_streams_a_file_larger_than_the_read_buffer(tmp_path: Path) -> None:
    # ~3 MB: messages and escapes straddle the 1 MB read boundaries.
    msgs = [message(i, 1700000000 + i, "Сергей", "user1", f"сообщение {i} \\x0b" + "я" * 400)
            for i in range(3500)]
    text = json.dumps({"name": "Сергей", "messages": msgs}, ensure_ascii=False)
    text = text.replace("\\\\x0b", "\\x0b")  # write Telegram's invalid escape
    path = tmp_path / "result.json"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 3 * (1 << 20)
    seen: list[tuple[int, int]] = []
    batch = parse_file(path, "telegram", progress=lambda d, t: seen.append((d, t)))
    assert batch.summary.message_count == 3500
    assert by_location(batch.document, "messages[3499]")["text"].startswith("сообщение 3499 \x0b")
    assert "3500 invalid" in batch.summary.repairs[0].what
    assert seen and seen[-1][0] == seen[-1][1] == path.stat().st_size


def test_cancel_stops_the_parse(tmp_path: Path) -> None:
    msgs = [message(i, 1700000000 + i, "A", "user1", "x" * 600) for i in range(3000)]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "A", "messages": msgs}))
    with pytest.raises(Cancelled):
        parse_file(path, "telegram", cancelled=lambda: True)


@pytest.mark.parametrize("raw,where", [
    ('{"name": "A", "messages": [{"id": 1, "date_unixtime": "1", "text": "a"}, ', "messages"),
    ('{"name": "A", "messages": [17]}', "messages[0]"),
    ('{"name": "A"}', "$"),
    ('[1, 2]', "$"),
])
def test_malformed_exports_name_the_json_path(tmp_path: Path, raw: str, where: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(raw)
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "telegram")
    assert err.value.where.startswith(where)
    assert err.value.file_name == "result.json"


@pytest.mark.parametrize("raw", [
    '{"name": "A", "messages": [{"id": 1, "date_unixtime": "abc", "text": "a"}]}',
    '{"name": "A", "messages": [{"id": 1, "date_unixtime": "1", "text": 5}]}',
])
def test_a_message_with_an_unreadable_field_is_an_entry_saying_so(tmp_path: Path,
                                                                  raw: str) -> None:
    # issue 13.4: the rest of the chat imports; this one is kept as its JSON, visibly
    path = tmp_path / "result.json"
    path.write_text(raw)
    batch = parse_file(path, "telegram")
    assert [u.where for u in batch.summary.unreadable] == ["messages[0]"]


def test_whole_account_listing_and_choosing_chats(tmp_path: Path) -> None:
    from safeplan.core.importers.telegram import list_chats

    path = whole_account(tmp_path)
    assert list_chats(path) == {"Сергей": 7, "Суседзі": 1}
    batch = parse_file(path, "telegram", tz="UTC", conversations=["Сергей"])
    assert batch.summary.message_count == 7 and batch.summary.conversations == ["Сергей"]
    assert batch.summary.available_conversations == {"Сергей": 7, "Суседзі": 1}
