"""Telegram Desktop JSON samples: facts read from the files themselves (see SOURCES.md)."""

from __future__ import annotations

import hashlib

import pytest

from safeplan.core.importers import TimezoneNeeded, detect_format, parse_file
from tests.core.importers.conftest import by_location


def test_dm_needs_a_zone_and_suggests_the_pcs_offset(sample) -> None:
    path = sample("telegram", "DM_2A_7M.json")
    assert detect_format(path) == "telegram"
    with pytest.raises(TimezoneNeeded) as err:
        parse_file(path, "telegram")
    # messages[0] has only "date"; the last entry pairs 23:11:02 local with 02:11:02 UTC.
    assert err.value.where == "messages[0].date"
    assert err.value.suggestion == "UTC-03:00"
    assert err.value.file_name == "DM_2A_7M.json"


def test_dm_facts(sample) -> None:
    path = sample("telegram", "DM_2A_7M.json")
    batch = parse_file(path, "telegram", tz="America/Sao_Paulo")
    s, doc = batch.summary, batch.document
    assert s.message_count == 8 and s.service_count == 2
    assert s.first_at == "2019-07-05T16:55:32-03:00"
    assert s.last_at == "2023-08-10T23:11:02-03:00"
    assert s.conversations == ["Bob"]
    assert {p.key: (p.name, p.message_count) for p in s.participants} == {
        "user700000000": ("Bob", 3), "user300000000": ("Alice", 5)}
    # A personal_chat export is named after the other side: Bob (id 700000000) → survivor Alice.
    assert s.survivor_key == "user300000000"
    assert [m["source"]["original_id"] for m in doc["messages"]] == [
        "2675", "3644", "3645", "3662", "3663", "3672", "3673", "3674"]
    joined = by_location(doc, "messages[0]")
    assert joined.get("service", "") == "joined_telegram" and joined["sender"] == "Bob"
    assert joined["tz_known"] is False  # local time read in the zone the user chose
    mixed = by_location(doc, "messages[1]")
    assert mixed["text"] == "https://google.com 👀"
    assert by_location(doc, "messages[3]")["sent_at"] == "2022-05-09T19:23:53-03:00"
    assert by_location(doc, "messages[3]").get("tz_known", True) is True  # date_unixtime wins
    call = by_location(doc, "messages[7]")
    assert call.get("service", "") == "phone_call" and call.get("sender_id", "") == "user300000000"
    assert call["details"]["duration_seconds"] == 56
    assert call["details"]["discard_reason"] == "hangup"
    assert call["direction"] == "outgoing"
    assert [(m.where, m.kind) for m in s.missing_media] == [
        ("messages[5]", "photo"), ("messages[6]", "photo")]
    assert "File not included" in s.missing_media[0].detail
    raw = hashlib.sha256(path.read_bytes()).hexdigest()
    assert s.file_sha256 == raw
    assert all(m["source"]["file_sha256"] == raw and m["source"]["file_name"] == path.name
               and m["source"]["kind"] == "telegram-json" for m in doc["messages"])
    kept = [a for a in doc["attachments"] if a["id"] == "raw"]
    assert kept and kept[0]["sha256"] == raw
    assert batch.open_attachment("raw").read() == path.read_bytes()


def test_dm_zone_disagreeing_with_the_file_is_warned(sample) -> None:
    batch = parse_file(sample("telegram", "DM_2A_7M.json"), "telegram", tz="Europe/Minsk")
    assert any("UTC-03:00" in w for w in batch.summary.warnings)
    # The instant from date_unixtime is unchanged; only its display zone follows the choice.
    assert by_location(batch.document, "messages[7]")["sent_at"] == "2023-08-11T05:11:02+03:00"


@pytest.mark.parametrize("name,conversation,location", [
    ("test_single_export.json", "(unnamed chat)", "messages[1]"),
    ("test_batch_export.json", "Chatname", "chats.list[0].messages[1]"),
])
def test_minimal_exports(sample, name: str, conversation: str, location: str) -> None:
    path = sample("telegram", name)
    assert detect_format(path) == "telegram"
    batch = parse_file(path, "telegram")  # date_unixtime everywhere: no zone needed
    s = batch.summary
    assert s.message_count == 2 and s.service_count == 0
    assert s.first_at == "2018-12-05T10:39:10+00:00"
    assert s.last_at == "2018-12-05T10:49:24+00:00"
    assert s.conversations == [conversation]
    assert [p.name for p in s.participants] == ["Author 1", "Author 2"]
    assert by_location(batch.document, location)["text"] == "Link:https://telegram.org/"


def test_messages_without_ids_get_the_same_ids_in_both_export_shapes(sample) -> None:
    single = parse_file(sample("telegram", "test_single_export.json"), "telegram")
    batch = parse_file(sample("telegram", "test_batch_export.json"), "telegram")
    ids = [m["source"]["original_id"] for m in single.document["messages"]]
    assert ids == [m["source"]["original_id"] for m in batch.document["messages"]]
    assert len(set(ids)) == 2 and all(len(i) == 64 for i in ids)
