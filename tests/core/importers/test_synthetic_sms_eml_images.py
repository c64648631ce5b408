"""Synthetic SMS backups with +375 numbers, koi8-r/windows-1251 e-mails, and photos."""

from __future__ import annotations

import base64
import io
import struct
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from PIL import Image

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import TimezoneNeeded, detect_format, parse_file
from safeplan.core.importers._builder import normalise_number
from tests.core.importers.conftest import by_location

PNG_1PX = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
           "AAAABJRU5ErkJggg==")

SMS_BY = "\n".join([
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    '<smses count="5">',
    '  <sms protocol="0" address="+375 29 111-22-33" date="1710266700000" type="1"'
    ' subject="null" body="Ты где? &#55357;&#56832; Адкажы!" read="1"'
    ' date_sent="1710266699000" contact_name="Сергей" />',
    '  <sms protocol="0" address="80291112233" date="1710266760000" type="2" subject="null"'
    ' body="Не пиши -> мне.\nБольше никогда." read="1" date_sent="0"'
    ' contact_name="Сергей" />',
    '  <sms protocol="0" address="MTS" date="1710266800000" type="1" subject="null"'
    ' body="null" read="1" contact_name="(Unknown)" />',
    '  <sms protocol="0" address="+375 29 111-22-33" date="1710266900000" type="1"'
    ' body="&#xD83D;&#xDD2A; &#55357; одинокий" read="1" contact_name="Сергей" />',
    '  <mms date="1710267000000" msg_box="2" address="+375291112233~+375 33 444-55-66"'
    ' date_sent="0" m_id="null" sub="null" contact_name="Сергей, Ольга">',
    "    <parts>",
    '      <part seq="-1" ct="application/smil" text="&lt;smil/&gt;" />',
    '      <part seq="0" ct="image/png" name="photo.png" cl="photo.png" text="null"'
    f' data="{PNG_1PX}" />',
    '      <part seq="0" ct="text/plain" text="Вот фото" />',
    "    </parts>",
    "    <addrs>",
    '      <addr address="+375291112233" type="151" charset="106" />',
    '      <addr address="+375334445566" type="151" charset="106" />',
    "    </addrs>",
    "  </mms>",
    "</smses>", ""])


def test_normalised_numbers() -> None:
    assert normalise_number("+375 29 111-22-33") == "+375291112233"
    assert normalise_number("80 29 111 22 33") == "+375291112233"
    assert normalise_number("8 (916) 123-45-67") == "+79161234567"
    assert normalise_number("00375291112233") == "+375291112233"
    assert normalise_number("MTS") == "MTS"
    assert normalise_number("900") == "900"


def test_belarusian_sms_backup(tmp_path: Path) -> None:
    path = tmp_path / "sms-20240320.xml"
    path.write_text(SMS_BY, encoding="utf-8")
    assert detect_format(path) == "sms-xml"
    batch = parse_file(path, "sms-xml", tz="Europe/Minsk")
    s, doc = batch.summary, batch.document
    assert s.message_count == 5
    first = by_location(doc, "sms[0]")
    assert first["text"] == "Ты где? 😀 Адкажы!"  # split surrogate references joined
    assert first.get("sender_id", "") == "+375291112233" and first["address_raw"] == "+375 29 111-22-33"
    assert first["sent_at"] == "2024-03-12T21:05:00+03:00"
    assert first["date_sent_at"] == "2024-03-12T21:04:59+03:00"
    second = by_location(doc, "sms[1]")
    assert second["text"] == "Не пиши -> мне.\nБольше никогда."  # newline kept, not a space
    assert second["conversation"] == first["conversation"] == "+375291112233"  # 80 29 … = +375
    assert second["direction"] == "outgoing"
    short_code = by_location(doc, "sms[2]")
    assert (short_code["sender"], short_code["text"]) == ("MTS", "")
    assert by_location(doc, "sms[3]")["text"] == "🔪 \ufffd одинокий"
    mms = by_location(doc, "mms[0]")
    assert mms["text"] == "Вот фото" and mms["direction"] == "outgoing"
    assert mms["conversation"] == "+375291112233, +375334445566"
    (att,) = mms.get("attachment_ids", [])
    with Image.open(batch.open_attachment(att)) as img:
        assert img.size == (1, 1)
    whats = " | ".join(r.what for r in s.repairs)
    assert "2 split surrogate" in whats and "1 lone surrogate" in whats
    assert "1 raw line break" in whats
    assert [(m.where, m.kind) for m in s.missing_media] == [("sms[2]", "null-body")]
    ids = [m["source"]["original_id"] for m in doc["messages"]]
    assert len(set(ids)) == 5
    again = parse_file(path, "sms-xml", tz="UTC")
    assert ids == [m["source"]["original_id"] for m in again.document["messages"]]


# A record whose date is not a time no longer refuses the backup: it imports with an unknown
# time (issue 13.4/13.7; tests/core/importers/test_sms_cases.py).
@pytest.mark.parametrize("xml,where", [
    ("<html><body/></html>", "<html>"),
    ('<!DOCTYPE s [<!ENTITY a "aaaa">]><smses/>', "DOCTYPE"),
    ("<smses><sms address='1' date='1' type='1' body='a'></smses>", "line 1"),
])
def test_bad_sms_backups(tmp_path: Path, xml: str, where: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(xml)
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "sms-xml")
    assert err.value.where.startswith(where) and err.value.file_name == "bad.xml"


def _mail(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_windows_1251_body_labelled_koi8r_is_flagged(tmp_path: Path) -> None:
    body = "Я знаю, где ты живёшь. Вернись домой.".encode("cp1251")
    raw = (b"From: =?koi8-r?B?" + base64.b64encode("Сергей".encode("koi8-r")) + b"?= <s@mail.by>\r\n"
           b"To: anna@mail.by\r\nDate: Tue, 12 Mar 2024 21:05:00 +0300\r\n"
           b"Subject: =?windows-1251?B?" + base64.b64encode("Привет".encode("cp1251")) + b"?=\r\n"
           b"Message-ID: <1@mail.by>\r\nContent-Type: text/plain; charset=koi8-r\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body)
    batch = parse_file(_mail(tmp_path, "m.eml", raw), "eml")
    (msg,) = batch.document["messages"]
    assert msg["text"] == "Я знаю, где ты живёшь. Вернись домой."
    assert msg["sender"] == "Сергей" and msg["subject"] == "Привет"
    assert any("labelled koi8-r" in r.what for r in batch.summary.repairs)
    assert batch.summary.survivor_key == "anna@mail.by" and msg["direction"] == "incoming"


def test_unlabelled_8bit_header_and_html_only_body(tmp_path: Path) -> None:
    raw = ("Subject: Паведамленне\nFrom: s@mail.by\nDate: Tue, 12 Mar 2024 21:05:00 +0300\n"
           "Content-Type: text/html; charset=utf-8\n\n"
           "<html><head><style>p{}</style></head><body><p>Я цябе <b>знайду</b>.</p>"
           "<img src='https://tracker.example/p.gif'><p>Заўтра &amp; заўсёды</p></body></html>"
           ).encode()
    batch = parse_file(_mail(tmp_path, "h.eml", raw), "eml")
    (msg,) = batch.document["messages"]
    assert msg["subject"] == "Паведамленне"
    assert msg["text"] == "Я цябе знайду.\n\nЗаўтра & заўсёды"
    assert any("charset missing" in r.what for r in batch.summary.repairs)


def test_forwarded_message_and_attachment(tmp_path: Path) -> None:
    inner = MIMEText("Ты пожалеешь.", "plain", "koi8-r")
    inner["From"] = "Сергей <s@mail.by>"
    inner["Date"] = "Mon, 11 Mar 2024 23:00:00 +0300"
    inner["Subject"] = "угроза"
    inner["Message-ID"] = "<inner@mail.by>"
    outer = MIMEMultipart()
    outer["From"] = "friend@mail.by"
    outer["To"] = "anna@mail.by"
    outer["Date"] = "Tue, 12 Mar 2024 09:00:00 +0300"
    outer["Subject"] = "Fwd: угроза"
    outer.attach(MIMEText("Пересылаю, сохрани.", "plain", "utf-8"))
    outer.attach(MIMEMessage(inner))
    pdf = MIMEApplication(b"%PDF-1.4 fake", "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="справка.pdf")
    outer.attach(pdf)
    batch = parse_file(_mail(tmp_path, "f.eml", outer.as_bytes()), "eml")
    first, forwarded = batch.document["messages"]
    assert first["text"] == "Пересылаю, сохрани." and first["conversation"] == "угроза"
    names = {a["file_name"] for a in batch.document["attachments"] if a["id"] in
             first.get("attachment_ids", [])}
    assert names == {"forwarded.eml", "справка.pdf"}
    assert forwarded["text"] == "Ты пожалеешь." and forwarded.get("sender_id", "") == "s@mail.by"
    assert forwarded["forwarded_from"] == "Сергей"
    assert forwarded["sent_at"] == "2024-03-11T23:00:00+03:00"
    assert forwarded["source"]["original_id"] == "<inner@mail.by>"


def test_mail_without_zone_needs_one(tmp_path: Path) -> None:
    raw = b"From: a@b.c\nDate: 12 Mar 2024 21:05:00\nSubject: x\n\nhello\n"
    path = _mail(tmp_path, "z.eml", raw)
    with pytest.raises(TimezoneNeeded):
        parse_file(path, "eml")
    (msg,) = parse_file(path, "eml", tz="Europe/Minsk").document["messages"]
    assert msg["sent_at"] == "2024-03-12T21:05:00+03:00" and msg["tz_known"] is False


def test_not_an_email(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        parse_file(_mail(tmp_path, "n.eml", b"just some words\nand more\n"), "eml")


def _photo(path: Path, *, offset: str | None = "+03:00", gps: bool = True) -> bytes:
    img = Image.new("RGB", (32, 24), (120, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Xiaomi"
    exif.get_ifd(0x8769)[0x9003] = "2024:03:12 21:05:00"
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset
    if gps:
        g = exif.get_ifd(0x8825)
        g[1], g[2], g[3], g[4] = "N", (53.0, 54.0, 12.5), "E", (27.0, 33.0, 5.0)
    img.save(path, exif=exif)
    return path.read_bytes()


def test_photo_gps_removed_unless_kept(tmp_path: Path) -> None:
    path = tmp_path / "IMG_2024.jpg"
    original = _photo(path)
    assert detect_format(path) == "image"
    batch = parse_file(path, "image")
    (att,) = batch.document["attachments"]
    assert att["taken_at"] == "2024-03-12T21:05:00+03:00" and att["orientation"] == 6
    assert "gps" not in att and att["original_sha256"] == batch.summary.file_sha256
    stored = batch.open_attachment(att["id"]).read()
    assert len(stored) == len(original) and stored != original
    endian = ">" if b"Exif\x00\x00MM" in original else "<"
    for degrees in (53, 54, 27, 33):  # latitude/longitude rationals written by Pillow as n/1
        rational = struct.pack(endian + "II", degrees, 1)
        assert rational in original and rational not in stored
    app1_end = original.index(b"\xff\xdb")  # first segment after EXIF: image data untouched
    assert stored[app1_end:] == original[app1_end:]
    with Image.open(io.BytesIO(stored)) as img:
        assert dict(img.getexif().get_ifd(0x8825)) == {}
        assert img.getexif().get_ifd(0x8769)[0x9003] == "2024:03:12 21:05:00"
        assert img.size == (32, 24)
    kept = parse_file(path, "image", keep_gps=True)
    (att,) = kept.document["attachments"]
    assert att["gps"] == {"lat": 53.9034722, "lon": 27.5513889}
    assert kept.open_attachment(att["id"]).read() == original


def test_photo_without_offset_needs_a_zone(tmp_path: Path) -> None:
    path = tmp_path / "p.jpg"
    _photo(path, offset=None, gps=False)
    with pytest.raises(TimezoneNeeded):
        parse_file(path, "image")
    (att,) = parse_file(path, "image", tz="Europe/Minsk").document["attachments"]
    assert att["taken_at"] == "2024-03-12T21:05:00+03:00" and att["tz_known"] is False


def test_screenshot_without_exif(tmp_path: Path) -> None:
    path = tmp_path / "Screenshot.png"
    Image.new("RGB", (10, 10)).save(path)
    (att,) = parse_file(path, "image").document["attachments"]
    assert att["taken_at"] is None and att["media_type"] == "image/png"


def test_heic_without_plugin_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    try:
        import pillow_heif  # type: ignore[import-not-found]  # noqa: F401
        pytest.skip("pillow-heif installed")
    except ImportError:
        pass
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    assert detect_format(path) == "image"
    with pytest.raises(InvalidInput) as err:
        parse_file(path, "image")
    assert "pillow-heif" in str(err.value)


def test_broken_image(tmp_path: Path) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really")
    with pytest.raises(InvalidInput):
        parse_file(path, "image")


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251"])
def test_unlabelled_cyrillic_body_is_guessed_and_flagged(tmp_path: Path, codec: str) -> None:
    text = "Если уйдёшь, я заберу детей. Подумай хорошо."
    raw = (b"From: s@mail.by\r\nTo: anna@mail.by\r\nDate: Tue, 12 Mar 2024 21:05:00 +0300\r\n"
           b"Subject: test\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n"
           b"\r\n" + text.encode(codec))
    batch = parse_file(_mail(tmp_path, "u.eml", raw), "eml")
    (msg,) = batch.document["messages"]
    assert msg["text"] == text
    guessed = "koi8-r" if codec == "koi8-r" else "windows-1251"
    assert any(f"decoded as {guessed} (a guess)" in r.what for r in batch.summary.repairs)
    assert batch.open_attachment("raw").read() == raw  # the raw bytes stay as they were


def test_koi8r_attachment_name_and_inline_image(tmp_path: Path) -> None:
    outer = MIMEMultipart("related")
    outer["From"] = "s@mail.by"
    outer["Date"] = "Tue, 12 Mar 2024 21:05:00 +0300"
    outer["Subject"] = "фото"
    outer.attach(MIMEText("<p>Смотри <img src='cid:img1'></p>", "html", "koi8-r"))
    image = MIMEApplication(b"\x89PNG fake", "png")
    image.replace_header("Content-Type", "image/png")
    image.add_header("Content-ID", "<img1>")
    image.add_header("Content-Disposition", "inline",
                     filename=("koi8-r", "", "двор.png"))
    outer.attach(image)
    batch = parse_file(_mail(tmp_path, "i.eml", outer.as_bytes()), "eml")
    (msg,) = batch.document["messages"]
    assert msg["text"] == "Смотри"
    kept = [a for a in batch.document["attachments"] if a["id"] in msg.get("attachment_ids", [])]
    (att,) = [a for a in kept if a["file_name"] != "body.html"]
    assert [a["media_type"] for a in kept if a["file_name"] == "body.html"] == ["text/html"]
    assert att["file_name"] == "двор.png" and att["caption"] == "inline image cid:img1"
    assert batch.open_attachment(att["id"]).read() == b"\x89PNG fake"


def test_sms_progress_and_cancel(tmp_path: Path) -> None:
    from safeplan.core.errors import Cancelled

    row = ('  <sms protocol="0" address="+375291112233" date="{d}" type="1" body="{b}" '
           'contact_name="Сергей" />\n')
    body = "Ты где? " * 40
    path = tmp_path / "big.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n<smses>\n")
        for i in range(6000):
            out.write(row.format(d=1710266700000 + i * 1000, b=body))
        out.write("</smses>\n")
    assert path.stat().st_size > 2 << 20
    seen: list[int] = []
    batch = parse_file(path, "sms-xml", progress=lambda d, t: seen.append(d))
    assert batch.summary.message_count == 6000
    assert len(seen) >= 3 and seen[-1] == path.stat().st_size
    with pytest.raises(Cancelled):
        parse_file(path, "sms-xml", cancelled=lambda: True)
