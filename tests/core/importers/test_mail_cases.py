"""E-mail cases of issue 13 (items 1, 2, 3, 4, 7) and 14.8 on the project's own fixtures.

Every fixture is our own text in tests/fixtures/eml/, built like the real mails in
../shared/corpus/eml that showed each defect (those run too, in test_corpus_mail_sms.py).
"""

from __future__ import annotations

import email.message
import resource
from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput, LimitExceeded
from safeplan.core.importers import _mail_limits as limits
from safeplan.core.importers import parse_file
from tests.fixtures import fixture


def _one(path: Path, **kw: object) -> tuple[dict, object]:  # type: ignore[type-arg]
    batch = parse_file(path, "eml", **kw)  # type: ignore[arg-type]
    (msg,) = batch.document["messages"]
    return msg, batch


def test_html_part_followed_by_empty_plain_part_keeps_the_html_text() -> None:
    """13.1: the empty text/plain alternative used to win and the message imported empty."""
    msg, batch = _one(fixture("eml", "html_then_empty_plain.eml"))
    assert msg["text"] == ("Я знаю, где ты сейчас.\n\nВернись домой до десяти, иначе пожалеешь."
                           "\n\n[посмотри фото](https://example.by/photo)")
    assert msg["subject"] == "Ты меня услышишь"
    kept = [a for a in batch.document["attachments"] if a["id"] in msg["attachment_ids"]]
    assert [(a["file_name"], a["media_type"]) for a in kept] == [("body.html", "text/html")]
    html = batch.open_attachment(kept[0]["id"]).read()
    assert html.startswith(b"<html><head><style>") and "пожалеешь".encode() in html


def test_one_bad_byte_in_utf8_keeps_the_declared_charset_and_names_the_offset() -> None:
    """13.2: one invalid byte sent the whole body to KOI8-R mojibake."""
    path = fixture("eml", "utf8_one_bad_byte.eml")
    msg, batch = _one(path)
    body = "Ты думаешь, что можешь уйти? Я найду тебя в любом городе.\nПодпиши бумаги до пятницы.\n"
    raw = body.encode()
    expected = raw[:40].decode() + "\ufffd" + raw[40:].decode()
    assert msg["text"] == expected
    (repair,) = batch.summary.repairs
    assert repair.where == "message" and "1 invalid utf-8 byte sequence" in repair.what
    assert "offset(s) 40 " in repair.what
    assert batch.open_attachment("raw").read() == path.read_bytes()  # original bytes untouched


def test_unknown_label_iso_8859_8_i_maps_to_its_codec() -> None:
    msg, batch = _one(fixture("eml", "hebrew_iso_8859_8_i.eml"))
    assert msg["subject"] == "אני מחכה לתשובה"
    assert msg["text"] == "שלום, הכל בסדר.\r\n"
    assert not any("guess" in r.what for r in batch.summary.repairs)


def test_unlabelled_8bit_header_is_read_by_a_detector_not_as_latin1() -> None:
    msg, batch = _one(fixture("eml", "unlabelled_8bit_greek_subject.eml"))
    assert msg["subject"] == "Σε παρακαλώ απάντησε μου αμέσως, είναι σημαντικό"
    (repair,) = batch.summary.repairs
    assert repair.where == "message.Subject" and "(a guess)" in repair.what


def test_attachment_name_in_raw_8bit_bytes_does_not_crash() -> None:
    """13.3: ``'Header' object has no attribute 'lower'`` on a raw UTF-8 file name."""
    msg, batch = _one(fixture("eml", "raw_8bit_attachment_name.eml"))
    assert msg["text"] == "Смотри, что я про тебя нашёл."  # the CRLF before a boundary is the boundary's
    (att,) = [a for a in batch.document["attachments"] if a["id"] in msg["attachment_ids"]]
    assert att["file_name"] == "Справка_суд.pdf"
    assert batch.open_attachment(att["id"]).read() == b"%PDF-1.4\n% not a real pdf\n"


def test_forwarded_mail_without_date_imports_with_an_approximate_time() -> None:
    """13.4: the inner part's missing Date refused the whole outer mail."""
    batch = parse_file(fixture("eml", "forwarded_without_date.eml"), "eml")
    outer, inner = batch.document["messages"]
    assert outer["text"] == "Он прислал мне это, сохрани."
    assert outer["sent_at"] == "2024-03-18T09:30:00+03:00" and outer["precision"] == "exact"
    assert inner["text"] == "Передай ей: я не остановлюсь."
    assert inner["sent_at"] == outer["sent_at"] and inner["precision"] == "approximate"
    assert inner["time_source"] == "forwarding" and inner["forwarded_from"] == "Sergei K"
    assert "not later than the forwarding mail" in batch.summary.date_pattern


def test_missing_date_uses_received_time_marked_approximate_and_says_so() -> None:
    """13.7: the Received time was stored as "exact" and the summary claimed the Date header."""
    msg, batch = _one(fixture("eml", "received_only_no_date.eml"))
    assert msg["sent_at"] == "2024-03-19T19:44:31+00:00"
    assert msg["precision"] == "approximate" and msg["time_source"] == "received"
    pattern = batch.summary.date_pattern
    assert pattern.startswith("first Received (provider's clock; no Date), approximate ×1")
    assert "RFC 5322 Date" not in pattern


def test_mail_with_no_time_at_all_imports_with_an_unknown_time(make_vault) -> None:  # type: ignore[no-untyped-def]
    from safeplan.core.interchange import import_document
    from safeplan.core.journal.search import Query

    msg, batch = _one(fixture("eml", "no_time_at_all.eml"))
    assert msg["sent_at"] is None and msg["time_source"] == "unknown"
    assert msg["text"] == "Это письмо без даты и без Received.\r\n"
    assert any("no time at all" in w for w in batch.summary.warnings)
    vault = make_vault("t/v.db")
    import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    (stored,) = vault.journal.list(Query(kinds=("message",)))
    assert stored.content["sent_at"] is None  # she can set it later; nothing was invented


def _nested_forwards(depth: int, filler: int = 0) -> bytes:
    inner = email.message.EmailMessage()
    inner["From"] = "s@example.by"
    inner["Date"] = "Tue, 12 Mar 2024 21:05:00 +0300"
    inner["Subject"] = "level 0"
    inner.set_content("x" * filler or "bottom")
    for level in range(1, depth + 1):
        outer = email.message.EmailMessage()
        outer["From"] = "s@example.by"
        outer["Date"] = "Tue, 12 Mar 2024 21:05:00 +0300"
        outer["Subject"] = f"level {level}"
        outer.set_content("see below")
        outer.add_attachment(inner)
        inner = outer
    return inner.as_bytes()


def test_forwards_nested_beyond_real_mail_are_refused_naming_the_limit(tmp_path: Path) -> None:
    """14.8: nested forwards are refused with the limit named, not parsed into gigabytes."""
    ok = tmp_path / "ok.eml"
    ok.write_bytes(_nested_forwards(limits.MAX_FORWARD_DEPTH))
    assert len(parse_file(ok, "eml").document["messages"]) == limits.MAX_FORWARD_DEPTH + 1
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_nested_forwards(limits.MAX_FORWARD_DEPTH + 1))
    with pytest.raises(LimitExceeded) as caught:
        parse_file(deep, "eml")
    err = caught.value
    assert err.limit == "email-forward-depth" and err.maximum == limits.MAX_FORWARD_DEPTH
    assert err.found == limits.MAX_FORWARD_DEPTH + 1 and isinstance(err, InvalidInput)
    assert err.file_name == "deep.eml"


def test_too_many_parts_and_too_large_are_refused(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\n{i}\r\n" for i in range(60))
    path = tmp_path / "parts.eml"
    path.write_bytes((f"From: a@b.c\r\nDate: Tue, 12 Mar 2024 21:05:00 +0300\r\n"
                      f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n").encode())
    monkeypatch.setattr(limits, "MAX_PARTS", 50)
    with pytest.raises(LimitExceeded) as caught:
        parse_file(path, "eml")
    assert caught.value.limit == "email-parts" and caught.value.maximum == 50
    monkeypatch.setattr(limits, "MAX_SIZE", 100)
    with pytest.raises(LimitExceeded) as caught:
        parse_file(path, "eml")
    assert caught.value.limit == "email-size"


def test_nested_forwards_do_not_multiply_memory(tmp_path: Path) -> None:
    """14.8: every level used to be copied again as forwarded.eml (a 42.5 MB mail took 3.4 GB).
    Eight levels around 4 MB: the copies alone would be ~36 MB more; measured on this process's
    peak (ru_maxrss only grows, so the bound is on the increase over what it was before)."""
    path = tmp_path / "fwd.eml"
    path.write_bytes(_nested_forwards(limits.MAX_FORWARD_DEPTH, filler=4 << 20))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with parse_file(path, "eml") as batch:
        copies = [a for a in batch.document["attachments"] if a["file_name"] == "forwarded.eml"]
        assert len(copies) == 1  # only the first level: the raw file holds the rest
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 8 * path.stat().st_size / (1 << 20) + 40


def test_boundaries_are_counted_while_streaming_even_across_chunks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The raw file is fed in chunks; a marker split between two chunks still counts once."""
    from safeplan.core.importers import eml

    monkeypatch.setattr(eml, "_CHUNK", 7)  # split every marker somewhere
    monkeypatch.setattr(limits, "MAX_MARKERS", 3)
    body = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n" for i in range(4))
    path = tmp_path / "m.eml"
    path.write_bytes(f"From: a@b.c\r\nDate: Tue, 12 Mar 2024 21:05:00 +0300\r\n\r\n{body}".encode())
    with pytest.raises(LimitExceeded) as caught:
        parse_file(path, "eml")
    assert caught.value.found == 4 and caught.value.limit == "email-parts"
    monkeypatch.setattr(limits, "MAX_MARKERS", 4)
    assert len(parse_file(path, "eml").document["messages"]) == 1


def _forward(inner_date: str) -> bytes:
    return ("From: olga@example.by\r\nTo: anna@example.by\r\nDate: Mon, 18 Mar 2024 09:30:00 +0300\r\n"
            "Subject: Fwd\r\nContent-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\n"
            "Content-Type: text/plain\r\n\r\nsee\r\n--o\r\nContent-Type: message/rfc822\r\n\r\n"
            f"From: s@example.by\r\nDate: {inner_date}\r\nSubject: inner\r\n\r\nthreat\r\n--o--\r\n"
            ).encode()


def test_forwarded_mail_without_zone_asks_for_one_instead_of_hiding_it(tmp_path: Path) -> None:
    from safeplan.core.importers import TimezoneNeeded

    path = tmp_path / "z.eml"
    path.write_bytes(_forward("18 Mar 2024 01:00:00"))
    with pytest.raises(TimezoneNeeded):
        parse_file(path, "eml")
    _outer, inner = parse_file(path, "eml", tz="Europe/Minsk").document["messages"]
    assert inner["sent_at"] == "2024-03-18T01:00:00+03:00" and inner["tz_known"] is False


def test_date_out_of_range_is_not_used_and_nothing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.eml"
    path.write_bytes(_forward("Fri, 31 Dec 9999 23:59:59 -1200"))
    batch = parse_file(path, "eml")
    outer, inner = batch.document["messages"]
    assert inner["text"] == "threat" and inner["precision"] == "approximate"
    assert inner["sent_at"] == outer["sent_at"]
    assert any("out of range" in r.what for r in batch.summary.repairs)


def test_attachment_with_cut_off_base64_is_an_entry_with_its_encoded_bytes() -> None:
    """13.4 for e-mail: a cut-off base64 attachment was decoded into a shorter, different file
    presented as the original; now the mail imports and the attachment is an unreadable item."""
    batch = parse_file(fixture("eml", "damaged_base64_attachment.eml"), "eml")
    msg, lost = batch.document["messages"]
    assert msg["text"] == "Посмотри на фото своей двери." and "attachment_ids" not in msg
    assert lost["source"]["unreadable"] is True and lost["source"]["location"] == "message.part[1]"
    assert lost["text"].startswith("The attachment door.jpg (image/jpeg) of the e-mail “Фото” "
                                   "from Sergei K, 2024-03-20 22:10: could not be read (its "
                                   "base64 data is damaged")
    (att,) = lost["attachment_ids"]
    kept = batch.open_attachment(att).read()
    assert kept.startswith(b"/9j/4AAQSkZJRgABAQEASABIAAD") and kept.endswith(b"GBIUFRT")
    assert batch.summary.unreadable_count == 1 and batch.summary.message_count == 1
