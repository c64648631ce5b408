"""WhatsApp .txt samples: counts, first/last times, senders and placeholders as the files hold them."""

from __future__ import annotations

from collections import Counter

import pytest

from safeplan.core.importers import TimezoneNeeded, detect_format, parse_file
from tests.core.importers.conftest import by_location

RU_ANDROID = "Chat WhatsApp s kontaktom Dmitry S RU Android.txt"
RU_IOS = "WhatsApp Chat - Elon Musk (RU).txt"
GROUP = "WhatsApp Chat - Group_NoMedia 2019 RU.txt"
EN = "englishandroidampm.txt"
DE = "germanios24h.txt"


@pytest.mark.parametrize("name", [RU_ANDROID, RU_IOS, GROUP, EN, DE])
def test_no_zone_in_file_means_the_user_must_choose(sample, name: str) -> None:
    path = sample("whatsapp", name)
    assert detect_format(path) == "whatsapp"
    with pytest.raises(TimezoneNeeded):
        parse_file(path, "whatsapp")


def senders(batch) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(m["sender"] for m in batch.document["messages"])


def test_ru_android(sample) -> None:
    batch = parse_file(sample("whatsapp", RU_ANDROID), "whatsapp", tz="Europe/Moscow")
    s, doc = batch.summary, batch.document
    assert s.message_count == 60  # 62 lines, one three-line venue message
    assert senders(batch) == {"Dmitry S": 51, "Elon": 8, "": 1}
    assert s.date_pattern == "DD.MM.YYYY, HH:mm - "
    assert (s.tz, s.tz_source, s.tz_known) == ("Europe/Moscow", "user", False)
    assert s.first_at == "2022-03-18T14:56:00+03:00"
    assert s.last_at == "2023-01-07T23:32:00+03:00"
    # The encryption notice on line 1 is dated after line 2: file order kept, fact logged.
    assert by_location(doc, "line 1").get("service", "") == "system"
    assert by_location(doc, "line 1")["sent_at"] == "2022-03-23T13:31:00+03:00"
    assert any(r.where == "line 2" and "earlier" in r.what for r in s.repairs)
    assert "\u00a0" in by_location(doc, "line 1")["text"]  # original bytes kept
    venue = by_location(doc, "lines 39-41")
    assert venue["text"] == ("Pimlico Gardens\nLondon, United Kingdom\n"
                             "https://foursquare.com/v/4e89af95e5fa82ad4c0aa03b")
    kinds = Counter(m.kind for m in s.missing_media)
    assert kinds == {"media-omitted": 27, "file-not-in-export": 2, "null-body": 2}
    assert {m.detail for m in s.missing_media if m.kind == "file-not-in-export"} == {
        "Alex.vcf", "TR.vcf"}
    services = Counter(m.get("service", "") for m in doc["messages"] if m.get("service", ""))
    assert services == {"deleted": 8, "missed_call": 2, "system": 1}
    assert by_location(doc, "line 19")["text"] == "null"  # kept as written, flagged as absence
    # "Вы удалили данное сообщение" ("You deleted…") is written by the exporting phone: Elon.
    assert s.survivor_key == "Elon"
    assert by_location(doc, "line 28")["direction"] == "outgoing"
    assert by_location(doc, "line 2")["direction"] == "incoming"


def test_ru_ios(sample) -> None:
    batch = parse_file(sample("whatsapp", RU_IOS), "whatsapp", tz="Europe/Moscow")
    s, doc = batch.summary, batch.document
    assert s.message_count == 25
    assert senders(batch) == {"Dmitry S": 21, "Elon Musk": 4}
    assert s.date_pattern == "[MM/DD/YY, HH:mm:ss] "
    assert s.first_at == "2022-03-18T14:56:00+03:00"
    assert s.last_at == "2023-01-07T23:32:30+03:00"  # [1/7/23 …] is 7 January
    assert by_location(doc, "line 2")["text"] == "Hello World"  # CRLF record end not in text
    assert by_location(doc, "line 3")["text"] == "\u200eизображение отсутствует"
    assert len(s.missing_media) == 14
    assert all(m.kind == "media-omitted" for m in s.missing_media)
    services = Counter(m.get("service", "") for m in doc["messages"] if m.get("service", ""))
    assert services == {"system": 3, "deleted": 2}
    assert by_location(doc, "line 24")["sender"] == "Elon Musk"  # iOS notices carry a sender
    assert s.survivor_key == "Dmitry S"
    assert all(m["precision"] == "exact" for m in doc["messages"])  # iOS has seconds


def test_group_2019_two_digit_years(sample) -> None:
    batch = parse_file(sample("whatsapp", GROUP), "whatsapp", tz="Europe/Moscow")
    s, doc = batch.summary, batch.document
    assert s.message_count == 13
    assert s.date_pattern == "DD.MM.YY, HH:mm - "
    assert s.first_at == "2019-02-17T12:28:00+03:00"
    assert s.last_at == "2019-02-17T19:50:00+03:00"
    assert len(s.participants) == 9
    assert senders(batch)["+7 903 444-44-44"] == 3
    assert senders(batch)["Петр П (И В)"] == 2
    first = by_location(doc, "line 1")  # formatted numbers become platform ids
    assert (first["sender"], first.get("sender_id", "")) == ("+7 982 111-11-11", "+79821111111")
    assert by_location(doc, "line 9").get("sender_id", "") == ""
    system = by_location(doc, "line 7")
    assert system["sender"] == "" and system.get("service", "") == "system"
    assert system["text"].startswith("\u200eОльга Р Х (МСК) добавил(-а)")
    last = by_location(doc, "lines 13-15")
    assert last["sender"] == "+7 926 888-88-88"
    assert last["text"].startswith("А, косметолог, мама. \nИскала")
    assert last["text"].endswith("🌈")  # no final newline in the file
    assert s.survivor_key is None


def test_english_android_12_hour(sample) -> None:
    batch = parse_file(sample("whatsapp", EN), "whatsapp", tz="Europe/Berlin")
    s, doc = batch.summary, batch.document
    assert s.message_count == 50
    assert senders(batch) == {"Bob": 19, "Alice": 13, "Carol": 5, "Dave": 4, "Mallory": 1,
                              "": 8}
    assert s.date_pattern == "MM/DD/YY, hh:mm AM/PM - "
    assert s.first_at == "2018-01-29T12:24:00+01:00"
    assert s.last_at == "2018-01-30T00:23:00+01:00"
    impossible = [r for r in s.repairs if "impossible 12-hour" in r.what]
    assert len(impossible) == 14  # 23:59 PM twice, 00:04–00:23 AM twelve times
    assert by_location(doc, "line 35")["sent_at"] == "2018-01-29T23:59:00+01:00"
    assert by_location(doc, "line 11")["sent_at"] == "2018-01-29T23:33:00+01:00"  # 11:33 PM
    assert any(r.where == "line 7" and "earlier" in r.what for r in s.repairs)
    assert by_location(doc, "line 36")["text"] == ""  # "Carol:" with no space
    assert by_location(doc, "line 36")["sender"] == "Carol"
    assert [(m.where, m.kind, m.detail) for m in s.missing_media] == [
        ("line 15", "file-not-in-export", "PTT-20180129-WA0025.opus"),
        ("line 20", "media-omitted", "<Media omitted>")]
    assert by_location(doc, "line 9").get("service", "") == "system"  # stray U+FEFF before the date
    assert any("blank line" in r.what for r in s.repairs)


def test_german_ios_24_hour(sample) -> None:
    batch = parse_file(sample("whatsapp", DE), "whatsapp", tz="Europe/Berlin")
    s, doc = batch.summary, batch.document
    assert s.message_count == 50
    assert senders(batch) == {"Bob": 19, "Alice": 13, "Carol": 5, "Dave": 4, "Mallory": 1,
                              "": 8}
    assert s.date_pattern == "[DD.MM.YY, HH:mm:ss] "
    assert s.first_at == "2018-01-29T12:24:03+01:00"
    assert s.last_at == "2018-01-30T00:23:03+01:00"
    earlier = sorted(r.where for r in s.repairs if "earlier" in r.what)
    assert earlier == ["line 50", "line 7"]
    assert by_location(doc, "line 28")["text"] == "https://github.com/JuKo00\ufeff7"
    assert [(m.where, m.kind, m.detail) for m in s.missing_media] == [
        ("line 15", "file-not-in-export", "PTT-20180129-WA0025.opus"),
        ("line 20", "media-omitted", "Bild weggelassen")]
    assert by_location(doc, "line 36")["sent_at"] == "2018-01-29T23:59:04+01:00"


def test_original_ids_are_unique_and_stable(sample) -> None:
    path = sample("whatsapp", RU_ANDROID)
    one = parse_file(path, "whatsapp", tz="Europe/Moscow")
    two = parse_file(path, "whatsapp", tz="Asia/Tokyo")  # zone choice must not change identity
    ids = [m["source"]["original_id"] for m in one.document["messages"]]
    assert len(set(ids)) == len(ids)
    assert ids == [m["source"]["original_id"] for m in two.document["messages"]]
