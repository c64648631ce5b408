"""Synthetic WhatsApp exports: a be-BY Android phone, an iOS zip with media, ambiguous dates."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import detect_format, parse_file
from tests.core.importers.conftest import by_location

BE_LINES = [
    "12.03.24, 21:05 - Паведамленні і званкі абаронены скразным шыфраваннем.",
    "12.03.24, 21:05 - Сяргей: Дзе ты? Адкажы зараз жа.",
    "12.03.24, 21:06 - Сяргей: Я ведаю, дзе ты жывеш.",
    "Калі не вернешся — пашкадуеш.",
    "12.03.24, 21:07 - Ганна: Не пішы мне.",
    "12.03.24, 21:08 - Сяргей: <Медыяфайлы прапушчаны>",
    "12.03.24, 21:09 - Сяргей: \u200eIMG-20240312-WA0001.jpg (файл далучаны)",
    "12.03.24, 21:10 - Сяргей: Гэта паведамленне выдалена",
    "12.03.24, 21:11 - Ганна: Вы выдалілі гэта паведамленне",
    "13.03.24, 02:14 - Сяргей: Прапушчаны аўдыязванок",
    "13.03.24, 02:15 - Сяргей: 13.03.24, 02:15 - гэта не новы радок, а цытата",
]


def write(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return path


def test_belarusian_android_export(tmp_path: Path) -> None:
    path = write(tmp_path / "WhatsApp Chat with Сяргей.txt", BE_LINES)
    assert detect_format(path) == "whatsapp"
    batch = parse_file(path, "whatsapp", tz="Europe/Minsk")
    s, doc = batch.summary, batch.document
    assert s.message_count == 10
    assert s.conversations == ["Сяргей"]
    assert s.first_at == "2024-03-12T21:05:00+03:00" and s.last_at == "2024-03-13T02:15:00+03:00"
    assert by_location(doc, "line 1").get("service", "") == "system"
    assert by_location(doc, "lines 3-4")["text"] == (
        "Я ведаю, дзе ты жывеш.\nКалі не вернешся — пашкадуеш.")
    assert [(m.where, m.kind) for m in s.missing_media] == [
        ("line 6", "media-omitted"), ("line 7", "file-not-in-export")]
    assert by_location(doc, "line 8").get("service", "") == "deleted"
    assert by_location(doc, "line 10").get("service", "") == "missed_call"
    # "Вы выдалілі…" was written by the exporting phone; the file also names the other side.
    assert s.survivor_key == "Ганна"
    assert by_location(doc, "line 2")["direction"] == "incoming"
    assert by_location(doc, "line 5")["direction"] == "outgoing"
    quoted = by_location(doc, "line 11")
    assert quoted["sender"] == "Сяргей" and quoted["text"].startswith("13.03.24, 02:15 - гэта")


def test_ios_zip_with_media_and_crlf_records(tmp_path: Path) -> None:
    lines = ["[12.03.24, 21:05:33] Сяргей: Першы радок\nдругі радок",
             "[12.03.24, 21:06:00] Сяргей: \u200e<прымацавана: 00000012-PHOTO-2024-03-12-21-06-00.jpg>",
             "[12.03.24, 21:07:10] Ганна: Добра"]
    chat = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    photo = b"\xff\xd8\xff\xe0 photo bytes \xff\xd9"
    path = tmp_path / "WhatsApp Chat - Сяргей.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", chat)
        zf.writestr("00000012-PHOTO-2024-03-12-21-06-00.jpg", photo)
    assert detect_format(path) == "whatsapp"
    with parse_file(path, "whatsapp", tz="Europe/Minsk") as batch:
        doc = batch.document
        assert batch.summary.message_count == 3
        assert by_location(doc, "lines 1-2")["text"] == "Першы радок\nдругі радок"
        (att_id,) = by_location(doc, "line 3").get("attachment_ids", [])
        assert batch.open_attachment(att_id).read() == photo
        assert batch.open_attachment("raw").read() == path.read_bytes()
        assert batch.summary.missing_media == []


def test_longer_export_keeps_ids_of_older_messages(tmp_path: Path) -> None:
    short = parse_file(write(tmp_path / "a.txt", BE_LINES[:6]), "whatsapp", tz="Europe/Minsk")
    longer = parse_file(write(tmp_path / "b.txt", BE_LINES), "whatsapp", tz="Europe/Minsk")
    old = {m["source"]["original_id"] for m in short.document["messages"]}
    new = [m["source"]["original_id"] for m in longer.document["messages"]]
    assert old < set(new) and len(set(new) - old) == 5


def test_identical_lines_get_distinct_ids(tmp_path: Path) -> None:
    lines = ["12.03.24, 21:05 - Сяргей: Адкажы!"] * 3
    batch = parse_file(write(tmp_path / "c.txt", lines), "whatsapp", tz="Europe/Minsk")
    assert len({m["source"]["original_id"] for m in batch.document["messages"]}) == 3


def test_ambiguous_day_month_is_decided_from_the_whole_file(tmp_path: Path) -> None:
    # Every field is ≤ 12, so no single line decides. Read D/M the dates run forwards
    # (5 Jan → 6 Jan → 1 Feb); read M/D they would run backwards (1 Jun → 2 Jan).
    lines = ["05.01.24, 10:00 - A: x", "06.01.24, 10:00 - A: y", "01.02.24, 10:00 - A: z"]
    path = write(tmp_path / "d.txt", lines)
    batch = parse_file(path, "whatsapp", tz="UTC")
    assert batch.summary.date_pattern.startswith("DD.MM.YY")
    assert batch.summary.last_at == "2024-02-01T10:00:00+00:00"
    assert any("ambiguous" in r.what for r in batch.summary.repairs)
    lines = ["01.05.24, 10:00 - A: x", "01.06.24, 10:00 - A: y", "02.01.24, 10:00 - A: z"]
    batch = parse_file(write(tmp_path / "e.txt", lines), "whatsapp", tz="UTC")
    assert batch.summary.date_pattern.startswith("MM.DD.YY")
    forced = parse_file(path, "whatsapp", tz="UTC", date_order="MDY")
    assert forced.document["messages"][0]["sent_at"] == "2024-05-01T10:00:00+00:00"


def test_dst_gap_is_logged(tmp_path: Path) -> None:
    path = write(tmp_path / "f.txt", ["31.03.24, 02:30 - A: x"])
    batch = parse_file(path, "whatsapp", tz="Europe/Berlin")
    assert any("does not exist" in r.what for r in batch.summary.repairs)


# (text before the first dated line no longer refuses the chat: issue 13.4, test_wa_unreadable)
@pytest.mark.parametrize("content", [b"hello world\n", b"\xff\xfe\x00garbage"])
def test_not_a_chat(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "whatsapp", tz="UTC")
    assert err.value.file_name == "chat.txt"


def test_unknown_zone_is_bad_input(tmp_path: Path) -> None:
    path = write(tmp_path / "g.txt", BE_LINES)
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "whatsapp", tz="Europe/Nowhere")
    assert err.value.where == "--tz"


def test_survivor_shown_as_a_number_is_keyed_by_it(tmp_path: Path) -> None:
    lines = ["12.03.24, 21:05 - Сяргей: Дзе ты?",
             "12.03.24, 21:06 - +375 29 111-22-33: Вы выдалілі гэта паведамленне"]
    batch = parse_file(write(tmp_path / "WhatsApp Chat with Сяргей.txt", lines), "whatsapp",
                       tz="Europe/Minsk")
    assert batch.summary.survivor_key == "+375291112233"
    assert by_location(batch.document, "line 2")["direction"] == "outgoing"
    batch.set_survivor("Сяргей")  # the user corrects the guess in the preview
    assert by_location(batch.document, "line 2")["direction"] == "incoming"
    assert by_location(batch.document, "line 1")["direction"] == "outgoing"
    pid = batch.link_person("Сяргей", {"name": "Сяргей К.", "role": "perpetrator"})
    assert by_location(batch.document, "line 1")["person_id"] == pid
    assert batch.document["people"] == [{"name": "Сяргей К.", "role": "perpetrator", "id": pid}]


def test_edited_marker_is_recognised_and_text_kept(tmp_path: Path) -> None:
    lines = ["12.03.24, 21:05 - Сяргей: Я прыйду заўтра <Гэта паведамленне зменена>",
             "12.03.24, 21:06 - Сяргей: Sorry <This message was edited>",
             "12.03.24, 21:07 - Сяргей: <Медыяфайлы прапушчаны>"]
    batch = parse_file(write(tmp_path / "h.txt", lines), "whatsapp", tz="Europe/Minsk")
    first, second, third = batch.document["messages"]
    assert first["edited"] is True and first["text"].endswith("<Гэта паведамленне зменена>")
    assert second["edited"] is True and "edited" not in third
    assert [m.where for m in batch.summary.missing_media] == ["line 3"]


def test_sentences_ending_in_an_omission_word_are_not_placeholders(tmp_path: Path) -> None:
    lines = ["[12.03.24, 21:05:33] A: Я думаю, что здесь ничего не отсутствует",
             "[12.03.24, 21:05:34] A: \u200eвидео отсутствует",
             "[12.03.24, 21:05:35] A: Doc.pdf • \u200e3 pages \u200edocument omitted"]
    batch = parse_file(write(tmp_path / "i.txt", lines, "\r\n"), "whatsapp", tz="UTC")
    assert [m.where for m in batch.summary.missing_media] == ["line 2", "line 3"]
