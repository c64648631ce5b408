"""The court copy read as a judge, a lawyer and the survivor read it (review of the demo export in
ru, be and en): what made a reader stumble, each pinned by a test that failed before the fix.

Real vault, real PDF read back with poppler (``pdftotext -layout``, page by page).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from safeplan.core.export.labels import Labels, T
from tests.core.export.conftest import pdftotext


def _pages(pdf: Any) -> list[str]:
    return pdftotext(pdf, "-layout").split("\f")


def _page_with(pages: list[str], heading: str) -> str:
    found = [p for p in pages if any(line.strip() == heading for line in p.splitlines())]
    assert found, f"no page has the heading {heading!r}"
    return found[0]


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_exhibit_numbers_are_not_broken_in_the_exhibit_list(export: Callable[..., Any],
                                                            lang: str) -> None:
    """The demo's list printed 'Е-000' on one line and '1' under it: the number column was
    narrower than one exhibit number, so a judge read exhibit 'Е-000'."""
    result = export(f"list-{lang}.pdf", lang=lang)
    labels = Labels(lang)
    page = _page_with(_pages(result.pdf_path), labels(T.EXHIBIT_LIST))
    numbers = [labels.ref(f"E-{n:04d}") for n in range(1, result.exhibits + 1)]
    assert result.exhibits >= 2
    for number in numbers:
        assert re.search(rf"(^|\s){re.escape(number)}(\s|$)", page, re.M), (number, page)
    assert not re.search(r"(^|\s)[EЕ]-\d{1,3}(\s|$)", page, re.M), page


def _integrity_page(result: Any, lang: str) -> str:
    return _page_with(_pages(result.pdf_path), Labels(lang)(T.INTEGRITY))


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_the_journal_hash_is_above_the_text_that_says_above(export: Callable[..., Any],
                                                             lang: str) -> None:
    """'the hash of the journal above' / «указанное выше хеш-значение» was printed above the
    table that holds it: the lawyer looked up the page for a hash that was not there."""
    result = export(f"integrity-{lang}.pdf", lang=lang)
    labels = Labels(lang)
    page = " ".join(_integrity_page(result, lang).split())
    intro = " ".join(labels(T.INTEGRITY_INTRO).split())
    head = " ".join(result.export_id.split())
    intro_at = page.find(intro[:40])
    assert intro_at > 0, page
    # the table (its document reference row) comes before the paragraph that refers to it
    assert 0 < page.find(head) < intro_at, page


def test_integrity_page_and_readme_name_the_check_file_one_way(export: Callable[..., Any],
                                                               tmp_path: Any) -> None:
    """The English page called the signed file 'check file' and then, in its key warning,
    'the manifest' — a word it never explained. The README named exhibits 'E1, E2 …' while the
    folder holds E-0001-…"""
    import zipfile

    result = export("words.pdf", lang="en", bundle_path=tmp_path / "exports" / "words.zip")
    page = " ".join(_integrity_page(result, "en").split())
    assert "check file" in page
    assert not re.findall(r"manifest(?!\.json)", page, re.I), page
    with zipfile.ZipFile(result.bundle_path) as archive:
        readme = archive.read("README.txt").decode()
        shipped = [n for n in archive.namelist() if n.startswith("exhibits/")]
    assert shipped and all(re.match(r"exhibits/E-\d{4}-", n) for n in shipped), shipped
    assert "E1, E2" not in readme and "E-0001, E-0002" in readme, readme
    assert not re.findall(r"the manifest\b", readme, re.I), readme


def test_forms_table_says_why_its_numbers_add_up_to_more_than_the_incidents(
        export: Callable[..., Any]) -> None:
    """The demo's cover said 4 incidents; the table 'Incidents by form of abuse' under it added
    up to 8 with no word why — a judge counting rows took it for an error or for padding."""
    result = export("forms.pdf", lang="en")
    text = " ".join(pdftotext(result.pdf_path).split())
    summary = text[text.index("Incidents by form of abuse"):text.index("Incidents per month")]
    numbers = [int(n) for n in re.findall(r"(?<![\d-])(\d+)(?![\d-])", summary)]
    incidents = int(re.search(r"Incidents (\d+)", text).group(1))  # the cover's count
    assert sum(numbers) > incidents, (summary, incidents)  # the sample has several forms each
    assert (f"One incident can be of several forms, so these numbers can add up to more than the "
            f"number of incidents ({incidents}).") in summary, summary


def test_legal_step_field_is_called_what_the_screen_calls_it(export: Callable[..., Any]) -> None:
    """The legal dates screen asks for a 'Number or name' (the demo typed 'Protection order
    (police)' there); the PDF printed it as 'Reference' / «Номер: Protection order (police)»,
    which a judge reads as a document number."""
    from pathlib import Path

    screen = Path(__file__).parents[3] / "safeplan" / "ui" / "plan" / "legal_page.py"
    assert 'self.tr("Number or name")' in screen.read_text(encoding="utf-8")
    assert Labels("en")(T.F_REFERENCE) == "Number or name"
    text = " ".join(pdftotext(export("legal.pdf", lang="en").pdf_path).split())
    assert "Number or name: PO-55" in text, text


def test_body_map_says_which_side_is_which(export: Callable[..., Any]) -> None:
    """The screen writes 'your right' / 'your left' under each figure; the PDF's body map had no
    side words at all, so a judge could not tell whether the bruise on the drawing's right (the
    demo's 'left forearm') was her left or the viewer's."""
    result = export("body.pdf", lang="en")
    labels = Labels("en")
    page = _page_with(_pages(result.pdf_path), labels(T.F_BODY_MAP))
    right, left = labels(T.SIDE_RIGHT), labels(T.SIDE_LEFT)
    # front view: the person's right side is on the drawing's left; back view: the other way
    rows = [line for line in page.splitlines() if right in line and left in line]
    assert rows, page
    words = re.findall(rf"{re.escape(right)}|{re.escape(left)}", rows[0])
    assert words == [right, left, left, right], rows[0]
    assert " ".join(labels(T.BODY_MAP_SIDES).split()) in " ".join(page.split()), page


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_entry_ranges_in_the_statement_cannot_be_read_as_one_number(export: Callable[..., Any],
                                                                     lang: str) -> None:
    """«№ 2026-0001–2026-0006»: an en dash between two references that contain hyphens reads as
    one odd reference; the statement names each end of a range with its own «№»."""
    from safeplan.core.export.labels_legal import TL

    result = export(f"statement-{lang}.pdf", lang=lang)
    labels = Labels(lang)
    pages = _pages(result.pdf_path)
    statement = " ".join(_page_with(pages, labels(T.CERTIFICATION)).split())
    ref = r"\d{4}-\d{4}"
    assert not re.search(rf"{ref}\s*[–-]\s*{ref}", statement), statement
    number = re.escape(labels(T.REF_NO, number="@")).replace("@", ref)
    assert re.search(rf"{number} – {number}", statement), statement
    assert labels(TL.ST_OWN)[:20] in statement


def test_every_page_of_a_working_copy_says_it_is_not_for_filing(export: Callable[..., Any]
                                                                 ) -> None:
    """A working copy prints 'evidence still needed' — the gaps in her case — yet only its
    cover said it was a working copy; a page taken from it looked like a page of the court copy."""
    from safeplan.core.export.labels_fidelity import TF

    labels = Labels("en")
    mark = labels(TF.WORKING_HEADER, title=labels(T.TITLE))
    working = _pages(export("working.pdf", lang="en", include_working_notes=True).pdf_path)
    working = [p for p in working if p.strip()]
    assert working and all(mark in p.splitlines()[0] for p in working), [
        p.splitlines()[0] for p in working]
    court = pdftotext(export("court.pdf", lang="en").pdf_path)
    assert mark not in court


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_signature_never_stands_alone_on_a_page(export: Callable[..., Any], lang: str) -> None:
    """The demo's last page held only the liability sentence and the signature lines: a page that
    could be stapled to any document. The list of appendices (what was signed, with its pages)
    now stays with the signature, as on a complaint."""
    from safeplan.core.export.labels_legal import TL

    labels = Labels(lang)
    pages = [p for p in _pages(export(f"sign-{lang}.pdf", lang=lang).pdf_path) if p.strip()]
    signed = [p for p in pages if any(line.strip().startswith(labels(T.SIGNATURE))
                                      and "____" in line for line in p.splitlines())]
    assert len(signed) == 1, [p[:200] for p in pages[-2:]]
    assert any(line.strip() == labels(TL.APPENDICES) for line in signed[0].splitlines()), signed[0]


def test_english_dates_are_never_broken_inside_in_the_summary_table(
        export: Callable[..., Any]) -> None:
    """The demo's table printed 'approximately 8' on one line and 'Sep 2026' under it: read as
    'about 8 (o'clock?)'. A date's day, month and year stay on one line."""
    from safeplan.core.export.labels_legal import TL

    result = export("dates.pdf", lang="en")
    page = _page_with(_pages(result.pdf_path), Labels("en")(T.TABLE))
    lines = page.splitlines()
    head = next(i for i, line in enumerate(lines)
                if Labels("en")(T.COL_WHEN) in line and Labels("en")(TL.COL_HAPPENED) in line)
    start = lines[head].index(Labels("en")(T.COL_WHEN))
    end = lines[head].index(Labels("en")(TL.COL_HAPPENED))
    column = [line[start:end].strip() for line in lines[head + 1:]]
    # a line of the date column ending in a bare day number: the month went to the next line
    broken = [text for text in column if re.search(r"(^|\s)\d{1,2}$", text)]
    assert not broken, page
    body = "\n".join(lines[head + 1:])
    days = re.findall(r"\b\d{1,2}\s[A-Z][a-z]{2}\s\d{4}\b", body)
    assert len(days) >= 3, page  # the sample's day-precision dates, each whole on a line


def test_no_text_smaller_than_8_pt(export: Callable[..., Any]) -> None:
    """A judge with poor eyesight: the note under each picture ('scaled to fit … the original
    file is unchanged') was 7.5 pt, the smallest type in the document. Every text run is read
    back from the PDF's content with its effective size."""
    from pypdf import PdfReader

    small: list[tuple[int, float, str]] = []
    reader = PdfReader(export("sizes.pdf", lang="en").pdf_path)
    for number, page in enumerate(reader.pages, start=1):
        def visit(text: str, cm: Any, tm: Any, font: Any, size: float,
                  number: int = number) -> None:
            effective = abs(size * (tm[3] or 1) * (cm[3] or 1))
            if text.strip() and effective < 7.99:
                small.append((number, round(effective, 2), text[:60]))
        page.extract_text(visitor_text=visit)
    assert not small, small


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_a_picture_and_its_description_share_a_page(export: Callable[..., Any],
                                                    lang: str) -> None:
    """In ru the sample's photo took two sheets: its description ('Left forearm, same evening')
    stood alone on the next page, away from the picture it describes."""
    pages = _pages(export(f"picture-{lang}.pdf", lang=lang).pdf_path)
    with_photo = [p for p in pages if "IMG_2024.jpg" in p and Labels(lang)(T.CAPTION) in p]
    assert with_photo, [p[:300] for p in pages if "IMG_2024.jpg" in p]
    assert "Left forearm, same evening" in with_photo[0]
