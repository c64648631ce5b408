"""WhatsApp locales real phones write (issue 13.5): Arabic iOS (RLM marks, Arabic comma,
Arabic-Indic digits, م/ص 12-hour clock), Vietnamese (time before the date), Buddhist-era and
Japanese-era years. Fixtures are the project's own text in tests/fixtures/whatsapp."""

from __future__ import annotations

import pytest

from safeplan.core.importers import detect_format, parse_file
from tests.fixtures import FIXTURES, real

FIXTURES = FIXTURES / "whatsapp"


def times(batch) -> list[str]:  # type: ignore[no-untyped-def]
    return [m["sent_at"] for m in batch.document["messages"]]


def test_arabic_ios_rlm_marks_and_arabic_comma() -> None:
    path = FIXTURES / "arabic_ios_latin_digits.txt"
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Europe/Minsk")
    assert times(batch) == ["2024-03-14T21:05:10+03:00", "2024-03-14T21:06:00+03:00",
                            "2024-03-14T21:07:45+03:00", "2024-03-15T08:01:02+03:00"]
    assert [m["sender"] for m in batch.document["messages"]] == [
        "Сяргей", "Сяргей", "Ганна", "Сяргей"]
    assert batch.document["messages"][1]["text"] == "أين أنت؟"
    assert batch.summary.date_pattern.startswith("[DD/MM/YYYY")


def test_arabic_indic_digits_and_arabic_12_hour_clock() -> None:
    path = FIXTURES / "arabic_ios_indic_digits.txt"
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Europe/Minsk")
    # م (after noon) and ص (before noon): 12:30 م is half past noon, 12:10 ص ten past midnight
    assert times(batch) == ["2024-03-14T21:05:10+03:00", "2024-03-14T21:06:00+03:00",
                            "2024-03-14T12:30:00+03:00", "2024-03-15T00:10:00+03:00",
                            "2024-03-15T08:01:02+03:00"]
    first = batch.document["messages"][0]
    # the sender is a number wrapped in LTR embedding marks: matched without them, kept as id
    assert first["sender_id"] == "+375291112233"
    assert batch.document["messages"][1]["sender"] == "Сяргей"


def test_vietnamese_time_before_date() -> None:
    path = FIXTURES / "vietnamese_ios.txt"
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Asia/Ho_Chi_Minh")
    assert times(batch) == ["2024-03-14T21:05:10+07:00", "2024-03-14T21:06:00+07:00",
                            "2024-03-14T21:07:45+07:00", "2024-03-15T08:01:02+07:00"]
    assert batch.document["messages"][3]["text"] == "Trả lời ngay."
    assert batch.summary.date_pattern.startswith("[HH:mm:ss, DD/MM/YY")


def test_buddhist_era_years_are_converted() -> None:
    path = FIXTURES / "buddhist_ios.txt"
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Asia/Bangkok")
    # 2567 BE − 543 = 2024 CE
    assert times(batch) == ["2024-03-14T21:05:10+07:00", "2024-03-14T21:06:00+07:00",
                            "2024-03-15T08:01:02+07:00"]
    assert "Buddhist" in batch.summary.date_pattern


def test_japanese_era_years_are_converted() -> None:
    path = FIXTURES / "japanese_ios.txt"
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Asia/Tokyo")
    # H31 = Heisei 31 = 2019 (Heisei 1 = 1989); R6 = Reiwa 6 = 2024 (Reiwa 1 = 2019)
    assert times(batch) == ["2019-04-30T21:05:10+09:00", "2024-03-14T21:06:00+09:00",
                            "2024-03-15T08:01:02+09:00"]
    assert "Japanese" in batch.summary.date_pattern


CORPUS = {  # the real files of the shared corpus: (file, first time, last time) in UTC+3
    "WhatsApp Chat - Elon Musk (Arabic).txt": ("2022-03-18T14:56:01+03:00", None),
    "arabic_ios.txt": ("2022-03-18T14:56:00+03:00", None),
    "iOS Vietnamese.txt": ("2022-03-18T14:56:01+03:00", None),
    "Buddhist iOS.txt": ("2022-03-18T14:56:01+03:00", None),
    "Japanese iOS.txt": ("2022-03-18T14:56:01+03:00", None),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_real_locale_exports(name: str) -> None:
    path = real("corpus", "whatsapp", name)
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, tz="Europe/Moscow")
    assert batch.document["messages"][0]["sent_at"] == CORPUS[name][0]
    assert batch.summary.message_count >= 20
    assert all(m["sent_at"].startswith(("2022", "2023")) for m in batch.document["messages"])


@pytest.mark.parametrize("body,meaning", [
    ("\u200fلم يتم إدراج الصورة", "media-omitted"),           # Arabic: image not included
    ("Report.pdf لم يتم إدراج المستند", "media-omitted"),
    ("تم حذف الملصقات", "media-omitted"),                      # stickers omitted
    ("تم حذف هذه الرسالة", "deleted"),                         # this message was deleted
    ("đã bỏ qua hình ảnh", "media-omitted"),                   # Vietnamese: image skipped
    ("Report.pdf đã bỏ qua tài liệu", "media-omitted"),
    ("imagem não revelada", "media-omitted"),                  # Portuguese: image not shown
    ("ficheiro de áudio não revelado", "media-omitted"),
    ("imagen omitida", "media-omitted"),
    ("Bỏ qua thẻ liên lạc", "media-omitted"),                  # contact card skipped
    ("Report.pdf • 2 trang đã bỏ qua tài liệu", "media-omitted"),
    ("Bạn đã xoá tin nhắn này.", "deleted"),  # "you deleted" (xoá spelling)
    ("bỏ qua cho anh lần này", ""),                            # "forgive me this time": words
    ("تم حذف حسابي اليوم من فضلك", ""),                         # a sentence, not a placeholder
    ("\u200fالرسائل والمكالمات مشفرة تماما.", "system"),
    ("Tin nhắn và cuộc gọi được mã hóa đầu cuối.", "system"),
])
def test_placeholders_in_these_languages(body: str, meaning: str) -> None:
    from safeplan.core.importers._wa_text import classify, norm

    m = classify(norm(body))
    assert (m.missing_kind or m.service) == meaning
