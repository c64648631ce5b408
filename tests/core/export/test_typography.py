"""Issue 18, typography: hyphenation in ru, be and en, no mid-word break without a hyphen, no false
paragraph breaks, boxes inside the margins, roles beside names. Real exports read back with
pdftotext (``-raw`` keeps the hyphens poppler would otherwise join) and rendered with PDFium."""

from __future__ import annotations

import itertools
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.export.hyphens import Hyphenator
from safeplan.core.export.text import paragraphs_markup
from safeplan.core.interchange import import_document
from tests.core.export.conftest import flat, pdftotext, tool
from tests.core.export.sample_doc import document

TEXTS = {
    "ru": ("Он снова пришёл поздно ночью, разбудил детей и начал кричать, что я никуда от него "
           "не денусь, что заберёт сына и что никто мне не поверит. Неприкосновенность жилища, "
           "взаимоотношения, ответственность, удостоверение, правоохранительные органы. "),
    "be": ("Ён зноў прыйшоў позна ўначы, пабудзіў дзяцей і пачаў крычаць, што я нікуды ад яго "
           "не дзенуся. Недатыкальнасць жытла, узаемаадносіны, адказнасць, пасведчанне, "
           "праваахоўныя органы, непаўналетнія, абставіны, распараджэнне, пацярпелая. "),
    "en": ("He came back late at night, woke the children and started shouting that I would "
           "never get away from him. Responsibility, relationships, incomprehensible "
           "circumstances, documentation, notwithstanding. "),
}


@pytest.fixture
def export_long(make_vault: Callable[..., Any], tmp_path: Path) -> Callable[[str], Path]:
    def run(lang: str) -> Path:
        from safeplan.core.export import ChronologyOptions, export_chronology

        vault = make_vault(f"{lang}/v.db")
        import_document(vault.journal, document(description=TEXTS[lang] * 12))
        out = tmp_path / f"{lang}.pdf"
        export_chronology(vault, ChronologyOptions(lang=lang), out)
        return out

    return run


def _paragraph_lines(pdf: Path, lang: str) -> list[str]:
    """The raw lines of the long description (hyphens kept), read from the body frame only so
    the page header and footer do not come between two lines of it."""
    from tests.core.export.test_every_character_files import BODY_FRAME

    first = TEXTS[lang].split()[0]
    lines = [line for line in pdftotext(pdf, "-raw", "-enc", "UTF-8", *BODY_FRAME).splitlines()
             if line.strip("\f ")]
    start = next(i for i, line in enumerate(lines) if line.startswith(first + " "))
    return lines[start:start + 60]


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_long_paragraph_is_hyphenated_and_never_cut_without_a_hyphen(
        export_long: Callable[[str], Path], lang: str) -> None:
    source_words = {w.strip(".,") for w in TEXTS[lang].split()}
    lines = _paragraph_lines(export_long(lang), lang)
    hyphenated = 0
    for line, following in itertools.pairwise(lines):
        last = line.split()[-1]
        if not following.strip() or following.split()[0] not in TEXTS[lang] + " ":
            break  # end of the paragraph
        if last.endswith("-") and re.search(r"\w-$", last):
            joined = last[:-1] + following.split()[0]
            assert joined.strip(".,") in source_words, (last, following.split()[0])
            hyphenated += 1
        else:
            assert last.strip(".,") in source_words, f"cut without a hyphen: {last!r}"
    assert hyphenated >= 2, lines[:12]


def test_hyphenation_rules_for_russian_and_belarusian() -> None:
    ru, be = Hyphenator("ru"), Hyphenator("be")
    assert be.pairs("недатыкальнасць") and ru.pairs("неприкосновенность")
    assert Hyphenator("en").pairs("incomprehensible")  # an English word in any export
    for hyphenator, word in ((ru, "подъезд"), (ru, "большой"), (be, "сям'я"), (be, "пакінуўшы"),
                             (be, "раздзел"), (be, "ураджай"), (ru, "разъяснение")):
        for head, tail in hyphenator.pairs(word):
            assert tail[0] not in "ьъйўы'", (word, head, tail)
            assert len(head) >= 2 and len(tail) >= 2
            assert re.search("[аеёиоуыэюяі]", tail) and re.search("[аеёиоуыэюяі]", head)
            if hyphenator is be:
                assert not (head.endswith("д") and tail[0] in "жз"), (word, head, tail)


def test_a_long_paragraph_stays_one_paragraph() -> None:
    text = TEXTS["ru"] * 40  # ~8,000 characters, one paragraph as she wrote it
    pieces, left_out = paragraphs_markup(text)
    assert len(pieces) == 1 and not left_out


def test_roles_beside_names_in_the_table(export: Callable[..., Any]) -> None:
    text = flat(pdftotext(export(lang="en").pdf_path))
    # the narrow column wraps, and pdftotext interleaves it with its neighbours
    assert re.search(r"Who did it: Ivan\b.{0,80}?Petrovich Sidorov;.{0,80}?Witnesses: Maria",
                     text), text[:2000]


def _ink_outside_margins(pdf: Path) -> list[tuple[int, str]]:
    """Pages with ink left or right of the body frame (header and footer rows excluded)."""
    pypdfium2 = pytest.importorskip("pypdfium2")
    from safeplan.core.export.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP

    scale = 1.0  # 72 dpi: one pixel per point
    bad = []
    document_ = pypdfium2.PdfDocument(str(pdf))
    try:
        for index in range(len(document_)):
            image = document_[index].render(scale=scale, grayscale=True).to_pil().convert("L")
            width, height = image.size
            top, bottom = int(MARGIN_TOP) + 2, height - int(MARGIN_BOTTOM) - 2
            for name, x0, x1 in (("left", 0, int(MARGIN_LEFT) - 2),
                                 ("right", width - int(MARGIN_RIGHT) + 2, width)):
                box = image.crop((x0, top, x1, bottom))
                if box.getextrema()[0] < 200:
                    bad.append((index + 1, name))
    finally:
        document_.close()
    return bad


def test_boxes_stay_inside_the_margins(export: Callable[..., Any]) -> None:
    # the sample has a damaged and a non-image exhibit: boxed placeholders
    assert _ink_outside_margins(export(lang="ru").pdf_path) == []


def test_plan_warning_box_inside_the_margins(tmp_path: Path) -> None:
    """The plan's boxed warning keeps inside the margins (its frame's 6 pt padding holds the
    6 pt border padding): a guard for the printed plan."""
    from datetime import UTC, datetime

    from safeplan.core.export.plan_pdf import write_plan_pdf
    from safeplan.core.plan.plan import SafetyPlan

    pypdfium2 = pytest.importorskip("pypdfium2")
    out = write_plan_pdf(SafetyPlan.new("ru"), "ru", tmp_path / "plan.pdf",
                         printed_at=datetime(2026, 11, 25, tzinfo=UTC))
    document_ = pypdfium2.PdfDocument(str(out))
    try:
        image = document_[0].render(scale=1.0, grayscale=True).to_pil().convert("L")
    finally:
        document_.close()
    left_margin = round(20 * 72 / 25.4)  # plan_pdf: 20 mm
    assert image.crop((0, 0, left_margin - 2, image.size[1])).getextrema()[0] >= 200
    subprocess.run([tool("qpdf"), "--check", str(out)], capture_output=True, check=True)


def test_long_plan_item_is_not_cut_inside_a_word(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from safeplan.core.export.plan_pdf import write_plan_pdf
    from safeplan.core.plan.plan import SafetyPlan

    plan = SafetyPlan.new("ru")
    plan.add_item("safe_people", TEXTS["ru"] * 20)  # ~3,400 characters in one item
    out = write_plan_pdf(plan, "ru", tmp_path / "plan.pdf",
                         printed_at=datetime(2026, 11, 25, tzinfo=UTC))
    source_words = {w.strip(".,") for w in TEXTS["ru"].split()}
    lines = [line for line in pdftotext(out, "-raw", "-enc", "UTF-8").splitlines()
             if line.strip("\f ")]
    start = next(i for i, line in enumerate(lines) if line.startswith("Он снова"))
    body = [line for line in lines[start:] if line.split()[0].strip(".,") in source_words
            or line.split()[0] in TEXTS["ru"]][:60]
    for line, following in itertools.pairwise(body):
        last = line.split()[-1]
        if last.endswith("-"):
            assert (last[:-1] + following.split()[0]).strip(".,") in source_words
        else:
            assert last.strip(".,") in source_words, f"cut without a hyphen: {last!r}"


def test_a_pasted_run_of_letters_is_not_hyphenated() -> None:
    """120,000 letters without a space (threat A5) must not make the hyphenator produce (and
    reportlab measure) a break point per letter."""
    assert Hyphenator("en").pairs("H" * 120_000) == []
    assert Hyphenator("ru").pairs("Ж" * 5_000) == []


def test_chunks_keep_every_character_and_cut_only_unbroken_runs_short() -> None:
    from safeplan.core.export.text import CHUNK_CHARS, UNBROKEN_CHARS, chunks

    for text in ("H" * 5_000, "hello " + "ab\xad" * 2_000 + " tail", TEXTS["be"] * 100,
                 "a\n\nb", ""):
        pieces = list(chunks(text))
        assert "\n".join(pieces) == text or "".join(pieces) == text.replace("\n", "")
        assert all(len(p) <= CHUNK_CHARS for p in pieces)
        assert all(len(p) <= UNBROKEN_CHARS for p in pieces if " " not in p)
    # normal text is cut only where a sentence ends
    assert all(p.endswith(". ") for p in list(chunks(TEXTS["be"] * 100))[:-1])
