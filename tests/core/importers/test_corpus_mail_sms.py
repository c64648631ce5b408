"""The real e-mails and SMS backups of ../shared (corpus/ and samples/), when present.

Skipped with the way to enable them in a clone without the shared folder; the same cases run on
the project's own fixtures in test_mail_cases.py and test_sms_cases.py. Facts checked here were
read from the files themselves (issue 13).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import parse_file
from tests.fixtures import real, real_files

# Real files that are refused, and why (the refusal names the place).
REFUSED = {"malformed.xml": "line 5, column 2"}  # broken XML: no tag closes the first record
OPTIONS = {"sms_and_mms.xml": {"salvage": True}}  # cut off inside the 9th MMS by its authors


def _every(folder: str) -> list[object]:
    return real_files("corpus", folder) + real_files("samples", folder)


@pytest.mark.parametrize("path", _every("eml") + _every("sms-xml"))
def test_every_real_mail_and_backup_imports_or_names_the_damage(path: Path | None) -> None:
    assert path is not None
    fmt = "eml" if path.parent.name == "eml" else "sms-xml"
    if path.name in REFUSED:
        with pytest.raises(InvalidInput) as err:
            parse_file(path, fmt)
        assert err.value.where == REFUSED[path.name]
        return
    with parse_file(path, fmt, tz="Europe/Minsk", **OPTIONS.get(path.name, {})) as batch:
        s = batch.summary
        assert s.message_count >= 1
        # every unreadable item is an entry of its own, flagged in its provenance
        flagged = [m for m in batch.document["messages"] if m["source"].get("unreadable")]
        assert len(flagged) == s.unreadable_count
        for msg in batch.document["messages"]:
            assert "\ufffd" not in msg["text"] or any(
                "U+FFFD" in r.what or "guess" in r.what for r in s.repairs)


def test_mail_test_11_html_body_is_not_lost() -> None:
    batch = parse_file(real("corpus", "eml", "mail_test_11"), "eml")
    (msg,) = batch.document["messages"]
    assert msg["text"].startswith("Налогоплательщик!\nИнформируем Вас об имеющейся задолженности.")
    names = [a["file_name"] for a in batch.document["attachments"]]
    assert "body.html" in names
    assert msg["precision"] == "approximate" and msg["time_source"] == "received"


def test_mail_test_6_one_bad_byte_stays_utf8_with_its_offset() -> None:
    batch = parse_file(real("corpus", "eml", "mail_test_6"), "eml")
    (msg,) = batch.document["messages"]
    assert msg["subject"] == "Быстрее вкладывайте в золото!"
    assert "Не пересылайте данное письмо, \ufffdf.к. в нем содержатся ссылки" in msg["text"]
    assert msg["text"].count("\ufffd") == 1
    (repair,) = batch.summary.repairs
    assert "byte offset(s) 8312 " in repair.what and "utf-8" in repair.what


def test_mail_test_1_raw_8bit_attachment_name() -> None:
    batch = parse_file(real("corpus", "eml", "mail_test_1"), "eml")
    names = [a["file_name"] for a in batch.document["attachments"]]
    assert "ФНС_РФ558.zip" in names


def test_issue149_hebrew_label_iso_8859_8_i() -> None:
    (msg,) = parse_file(real("corpus", "eml", "issue149"), "eml").document["messages"]
    assert msg["subject"] == "מענה 'אני לא נמצא': Invoice 02722027"


def test_m4007_forwarded_parts_without_date_import() -> None:
    batch = parse_file(real("corpus", "eml", "m4007.txt"), "eml")
    texts = [(m["subject"], m["text"], m["precision"]) for m in batch.document["messages"]]
    assert texts[2:] == [("m1", "m1 body\n", "approximate"), ("m2", "m2 body\n", "approximate")]
    assert batch.document["messages"][0]["sent_at"] == "2016-07-10T15:29:52+00:00"


def test_m0124_mail_without_any_time_imports() -> None:
    (msg,) = parse_file(real("corpus", "eml", "m0124"), "eml").document["messages"]
    assert msg["sent_at"] is None and msg["time_source"] == "unknown"


def test_corrupt_attachments_backup_imports_with_two_unreadable_parts() -> None:
    batch = parse_file(real("corpus", "sms-xml", "corrupt_attachments.xml"), "sms-xml")
    s = batch.summary
    assert (s.message_count, s.unreadable_count) == (2, 2)
    texts = [m["text"] for m in batch.document["messages"] if not m["source"].get("unreadable")]
    assert texts == ["MMS with corrupted base64 image data", "MMS with unsupported attachment type"]
    assert [u.where for u in s.unreadable] == ["mms[0].parts[0]", "mms[1].parts[0]"]
    first = batch.open_attachment(s.unreadable[0].attachment_id or "").read()
    assert first == b"not-valid-base64-content!!"


def test_sms_small_keeps_milliseconds() -> None:
    doc = parse_file(real("corpus", "sms-xml", "sms_small.xml"), "sms-xml").document
    for msg in doc["messages"]:
        ms = msg["source"]["date_ms"]
        assert isinstance(ms, int) and msg["sent_at"].startswith("2017-12")


@pytest.mark.parametrize("path", real_files("corpus", "eml") + real_files("corpus", "sms-xml"))
def test_every_real_corpus_mail_and_backup_goes_into_a_vault_once(make_vault, path: Path | None
                                                                  ) -> None:  # type: ignore[no-untyped-def]
    from safeplan.core.interchange import import_document
    from safeplan.core.journal.search import Query

    assert path is not None
    if path.name in REFUSED:
        pytest.skip(f"{path.name} is refused by design (see the test above)")
    fmt = "eml" if path.parent.name == "eml" else "sms-xml"
    vault = make_vault("c/v.db")
    with parse_file(path, fmt, tz="Europe/Minsk") as batch:
        expected = batch.summary.message_count + batch.summary.unreadable_count
        report = import_document(vault.journal, batch.document,
                                 open_attachment=batch.open_attachment)
    assert report.added.get("message", 0) == expected
    assert vault.journal.count(Query(kinds=("message",))) == expected
    with parse_file(path, fmt, tz="Europe/Minsk") as again:
        assert import_document(vault.journal, again.document,
                               open_attachment=again.open_attachment).total_added == 0
    assert vault.journal.verify_chain().ok
