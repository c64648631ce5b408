"""What a judge reads: every entry, every field, dates as recorded, localised labels, options."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.core.export.conftest import flat, pdftotext
from tests.core.export.sample_doc import HOSTILE


def test_every_entry_and_field_is_in_the_text(export) -> None:
    result = export(case_ref="Case 2-123/2024")
    text = flat(pdftotext(result.pdf_path))
    for needle in ("Пакінуў сінякі на руцэ — ўсё", "Took my salary card", "Ты нікуды не пойдзеш",
                   "I could not sleep.", "Kitchen, 12 Lenina street", "KUSP-1234",
                   "City hospital No. 2", "certificate No. 77", "bruise, 3 cm", "PO-55",
                   "You will regret it", "Where are you?", "+375290000000", "result.json",
                   "Son cried", "Called my sister", "IMG_2024.jpg",
                   "Left forearm, same evening", "Ivan Petrovich Sidorov", "Maria Ivanova"):
        assert needle in text, needle
    # sections and furniture
    for label in ("Chronology of events", "Summary", "Summary table of events", "Full entries",
                  "Message transcripts", "List of exhibits", "Integrity and how to check",
                  "Statement of truth", "Signature", "Case 2-123/2024", result.export_id):
        assert label in text, label
    # "Evidence still needed" is a working note: left out of the court copy (issue 12.4)
    assert "medical certificate" not in text
    pages = text.count("Page ")
    assert "Page 1 of" in text and pages >= 8
    assert result.entries == 5 and result.messages == 3 and result.exhibits == 3


def test_markup_in_user_text_prints_literally(export) -> None:
    text = flat(pdftotext(export().pdf_path))
    for hostile in HOSTILE:
        assert flat(hostile) in text, hostile


def test_dates_keep_their_precision_and_recorded_times(export) -> None:
    text = flat(pdftotext(export().pdf_path))
    assert "approximately 31 Dec 2023" in text
    assert "“around New Year, old flat”" in text
    assert "Jan 2024" in text and "15 Jan 2024" not in text  # month precision is not invented
    # imported from a file: the file's time is shown as the file's, not as "Recorded on"
    assert "Time of recording stated in the file: 12 Mar 2024 23:40:11 (UTC+03:00)" in text
    assert "Amended on: 14 Mar 2024 09:00:00 (UTC+03:00)" in text  # imported earlier revision
    assert re.search(r"Linked to earlier entries: No\. \d{4}-0001", text)  # i1, imported first


def test_amendment_in_the_vault_is_shown(sample_vault, export) -> None:
    from safeplan.core.journal.search import Query

    entry = next(e for e in sample_vault.journal.list(Query(kinds=("incident",)))
                 if e.content.get("title") == "Took my salary card")
    sample_vault.journal.save("incident", {**entry.content, "impact": "No money for a month"},
                              uid=entry.uid)
    text = flat(pdftotext(export().pdf_path))
    assert "No money for a month" in text
    heading = text.split(f"No. {entry.ref} · Incident · Jan 2024")[1][:300]
    assert "never amended" not in heading
    assert re.search(r"Amended on: \d+ \w{3} \d{4} \d\d:\d\d:\d\d \(UTC", heading)


def test_trash_and_restore_is_not_an_amendment(sample_vault, export) -> None:
    from safeplan.core.journal.search import Query

    entry = next(e for e in sample_vault.journal.list(Query(kinds=("incident",)))
                 if e.content.get("title") == "Took my salary card")
    sample_vault.journal.delete(entry.uid)
    assert "Took my salary card" not in pdftotext(export("gone.pdf").pdf_path)  # trash left out
    sample_vault.journal.restore(entry.uid)
    text = flat(pdftotext(export().pdf_path))
    heading = text.split(f"No. {entry.ref} · Incident · Jan 2024")[1][:300]
    assert "Amended on: never amended" in heading and "Took my salary card" in heading


def test_sensitive_notes_only_when_asked(export) -> None:
    assert "SECRET-NOTE" not in pdftotext(export().pdf_path)
    assert "SECRET-NOTE" in pdftotext(export("s.pdf", include_sensitive=True).pdf_path)


def _person(vault, name: str) -> str:
    from safeplan.core.journal.search import Query

    return next(p.uid for p in vault.journal.list(Query(kinds=("person",)))
                if p.content.get("name") == name)


def test_initials_and_no_addresses(sample_vault, export) -> None:
    ivan = _person(sample_vault, "Ivan Petrovich Sidorov")
    text = flat(pdftotext(export(initials=(ivan,), leave_out_addresses=True).pdf_path))
    assert "Ivan Petrovich Sidorov" not in text and "Sidorov" not in text
    assert "I. P. S." in text
    assert "Maria Ivanova" in text  # only the chosen person
    assert "Lenina" not in text
    assert "addresses left out" in text


def test_people_filter(sample_vault, export) -> None:
    maria = _person(sample_vault, "Maria Ivanova")
    text = flat(pdftotext(export(people=(maria,)).pdf_path))
    assert "Пакінуў" in text and "Took my salary card" not in text
    assert "Where are you?" not in text  # messages from other people are left out


@pytest.mark.parametrize(("lang", "labels"), [
    ("ru", ("Хронология событий", "Страница 1 из", "Полные записи", "Список доказательств")),
    ("be", ("Храналогія падзей", "Старонка 1 з", "Поўныя запісы", "Спіс доказаў")),
])
def test_localised_labels(export, lang: str, labels: tuple[str, ...]) -> None:
    text = flat(pdftotext(export(lang=lang).pdf_path))
    for label in labels:
        assert label in text, label
    assert "Page 1 of" not in text and "Full entries" not in text


def test_date_range_and_forms_filter(export) -> None:
    text = flat(pdftotext(export(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)).pdf_path))
    assert "Пакінуў" in text and "Took my salary card" not in text and "PO-55" not in text
    text = flat(pdftotext(export("f.pdf", categories=("economic",)).pdf_path))
    assert "Took my salary card" in text and "Пакінуў" not in text


def test_letter_paper(export) -> None:
    from pypdf import PdfReader

    reader = PdfReader(export(paper="letter").pdf_path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_preview_is_in_memory_and_short(sample_vault, tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, preview_pdf

    before = set(tmp_path.rglob("*"))
    data = preview_pdf(sample_vault, ChronologyOptions(lang="ru"), max_entries=2)
    assert data.startswith(b"%PDF") and set(tmp_path.rglob("*")) == before
    pdf = tmp_path / "preview.pdf"
    pdf.write_bytes(data)
    text = flat(pdftotext(pdf))
    assert "Хронология событий" in text and "PREVIEW" in text
    assert "№ 3 ·" not in text  # only the first two entries are laid out
