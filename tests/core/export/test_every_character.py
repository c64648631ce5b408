"""Issue 12, item 1: every character of her text and of imported messages reaches the page.

Real exports of a real vault, read back with pdftotext / pdffonts: emoji, Arabic, Hebrew and the
scripts survivors' contacts write in come back in the text layer; an emoji-only message is not
empty; a character no bundled font can draw is printed as a named placeholder and listed on the
integrity page; every font is embedded. pdftotext rebuilds the reading order of right-to-left
runs by its own rules, so mixed-direction lines are compared word by word (each word, emoji and
punctuation mark exactly once, letters in their order) and single-direction phrases whole.
"""

from __future__ import annotations

import collections
import re
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.interchange import import_document
from tests.core.export.conftest import flat, pdftotext, tool
from tests.core.export.sample_doc import document

QUOTE = "Я тебя 🔪 ночью ⚰️ найду. أعرف أين تعيشين. אני יודע איפה את 👀🔫"
EMOJI_ONLY = "😡😡🔪"
PRIVATE_USE = "\ue123"  # no font has it: must print as [U+E123] and be listed
SCRIPTS = "Грузинский: გამარჯობა. Армянский: Բարեւ։ Греческий: Καλημέρα. Ўсё і ёсць."
# Unicode's bidi controls pdftotext inserts around right-to-left runs
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def words(text: str) -> collections.Counter[str]:
    """Words, numbers, emoji and punctuation marks of a text, each once per occurrence."""
    text = unicodedata.normalize("NFC", _BIDI_MARKS.sub("", text))
    # invisible format characters (variation selectors, joiners, BOM) are kept in the PDF but
    # pdftotext drops some of them: they are not compared
    text = "".join(c for c in text if unicodedata.category(c) != "Cf" and c != "\ufe0f")
    return collections.Counter(re.findall(r"\w+|[^\w\s]", text))


def missing_words(expected: str, pdf_text: str) -> collections.Counter[str]:
    """Words of ``expected`` not found in the PDF text. A word longer than a line (a URL, a hash)
    is broken across lines without a hyphen, and a hyphenated word may be split over two pages:
    it counts as found when it is there once the line breaks (and a line-end hyphen) are taken
    out."""
    lost = words(expected) - words(pdf_text)
    if lost:
        # a word hyphenated at the end of a page (pdftotext joins hyphenated lines only within
        # a page) reads "среднего-" + "довыми": the line-end hyphen goes with the break
        pdf_text = re.sub(r"-\s+", "", pdf_text)
        joined = "".join(c for c in "".join(pdf_text.split())
                         if unicodedata.category(c) != "Cf" and c != "\ufe0f")
        lost = collections.Counter({w: n for w, n in lost.items() if w not in joined})
    return lost


def _document() -> dict[str, Any]:
    doc = document()
    doc["incidents"][0]["words_said"] = QUOTE
    doc["incidents"][0]["impact"] = SCRIPTS
    doc["incidents"][1]["words_said"] = "Знак " + PRIVATE_USE + " здесь"
    doc["messages"].append(
        {"id": "m9", "sent_at": "2024-03-16T08:00:00+03:00", "precision": "exact",
         "channel": "sms", "direction": "incoming", "sender": "+375291111111",
         "conversation": "+375291111111", "text": EMOJI_ONLY})
    doc["messages"].append(
        {"id": "m10", "sent_at": "2024-03-16T08:01:00+03:00", "precision": "exact",
         "channel": "sms", "direction": "incoming", "sender": "+375291111111",
         "conversation": "+375291111111", "text": "מחר בשמונה. غدا في الثامنة."})
    return doc


@pytest.fixture
def export_quote(make_vault: Callable[..., Any], tmp_path: Path) -> Callable[[str], Path]:
    vault = make_vault()
    import_document(vault.journal, _document())

    def run(lang: str) -> Path:
        from safeplan.core.export import ChronologyOptions, export_chronology

        out = tmp_path / f"quote-{lang}.pdf"
        export_chronology(vault, ChronologyOptions(lang=lang), out)
        return out

    return run


@pytest.mark.parametrize("lang", ["be", "ru", "en"])
def test_quote_comes_back_from_the_text_layer(export_quote: Callable[[str], Path],
                                              lang: str) -> None:
    text = pdftotext(export_quote(lang), "-enc", "UTF-8")
    plain = _BIDI_MARKS.sub("", text)
    assert not missing_words(QUOTE, text), missing_words(QUOTE, text)
    # each single-direction phrase in its own reading order
    for phrase in ("Я тебя 🔪 ночью ⚰️ найду.", "أعرف أين تعيشين", "אני יודע איפה את"):
        assert phrase in plain, phrase
    assert "👀" in plain and "🔫" in plain
    assert not missing_words(SCRIPTS, text), missing_words(SCRIPTS, text)
    assert not missing_words("מחר בשמונה. غدا في الثامنة.", text)


def test_emoji_only_message_is_not_empty(export_quote: Callable[[str], Path]) -> None:
    text = flat(pdftotext(export_quote("ru"), "-enc", "UTF-8"))
    assert EMOJI_ONLY in text


def test_undrawable_character_is_named_and_listed(export_quote: Callable[[str], Path]) -> None:
    text = flat(pdftotext(export_quote("en"), "-enc", "UTF-8"))
    assert "Знак [U+E123] здесь" in text
    listing = text[text.index("Characters that could not be printed"):]
    assert "[U+E123] PRIVATE USE × 1" in listing
    # only the one character no font has
    assert re.findall(r"\[U\+[0-9A-F]{4,6}\]", listing) == ["[U+E123]"]


def test_nothing_missing_says_so(export: Callable[..., Any]) -> None:
    result = export(lang="en")
    text = flat(pdftotext(result.pdf_path))
    assert "Every character of the recorded text and of the imported messages is printed" in text
    assert not re.findall(r"\[U\+[0-9A-F]{4,6}\]", text)


def test_every_font_is_embedded(export_quote: Callable[[str], Path]) -> None:
    out = subprocess.run([tool("pdffonts"), str(export_quote("be"))], capture_output=True,
                         text=True, check=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in out}
    assert {"NotoEmoji-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"} <= names
    for line in out:
        assert line.split()[-5] == "yes", line  # emb
        assert line.split()[-3] == "yes", line  # ToUnicode present


def test_header_case_reference_keeps_every_character(make_vault: Callable[..., Any],
                                                     tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology

    vault = make_vault()
    import_document(vault.journal, document())
    out = tmp_path / "case.pdf"
    export_chronology(vault, ChronologyOptions(lang="ru", case_ref="Дело 🔪 № 2-1 " + PRIVATE_USE),
                      out)
    first_page = flat(pdftotext(out, "-enc", "UTF-8", "-l", "2"))
    assert "Дело 🔪 № 2-1 [U+E123]" in first_page
    assert re.search(r"\[U\+E123\] PRIVATE USE × \d", flat(pdftotext(out, "-enc", "UTF-8")))


def test_safety_plan_pdf_keeps_every_character(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from safeplan.core.export.plan_pdf import write_plan_pdf
    from safeplan.core.plan.plan import SafetyPlan

    plan = SafetyPlan.new("ru")
    plan.add_item("safe_people", "Соседка: " + QUOTE)
    plan.sections["warning_signs"].notes = EMOJI_ONLY + "\n" + SCRIPTS
    out = write_plan_pdf(plan, "ru", tmp_path / "plan.pdf",
                         printed_at=datetime(2026, 11, 25, tzinfo=UTC))
    text = pdftotext(out, "-enc", "UTF-8")
    assert not missing_words(QUOTE + " " + SCRIPTS, text), missing_words(QUOTE + SCRIPTS, text)
    assert EMOJI_ONLY in text
    fonts = subprocess.run([tool("pdffonts"), str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert all(line.split()[-5] == "yes" for line in fonts)


def test_preview_renderer_draws_the_characters(export_quote: Callable[[str], Path]) -> None:
    """The GUI preview rasterises the same PDF with PDFium (export_preview.rasterise): the emoji-only
    message is drawn with ink in each character's box. (PDFium's character boxes are used only
    on that single-direction line: on mixed-direction lines its text order is its own.)"""
    pypdfium2 = pytest.importorskip("pypdfium2")
    pdf = pypdfium2.PdfDocument(str(export_quote("be")))
    checked = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            start = textpage.get_text_range().find(EMOJI_ONLY)
            if start < 0:
                continue
            scale = 2.0
            image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
            height = page.get_height()
            for i in range(start, start + len(EMOJI_ONLY)):
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                box = image.crop((int(left * scale), int((height - top) * scale),
                                  int(right * scale) + 1, int((height - bottom) * scale) + 1))
                assert box.getextrema()[0] < 128, f"no ink for character {i - start}"
                checked += 1
    finally:
        pdf.close()
    assert checked == len(EMOJI_ONLY)


def test_visual_order_keeps_every_character_and_ignores_overrides() -> None:
    from safeplan.core.export.rtl import visual_order

    for text in ("Я тебя найду. אני (יודע) 12 שם", "a\u200db אב \ufeff", "x\u202eabc\u202c אב",
                 "\u2067שלום\u2069 ok"):
        order = visual_order(text)
        assert sorted(i for i, _c in order) == list(range(len(text))), text
    drawn = "".join(c for _i, c in visual_order("ok אני (יודע) 12"))
    assert drawn == "ok 12 (עדוי) ינא"  # Hebrew reversed, brackets mirrored, number kept
    # an override in a message cannot make Latin or Cyrillic words print backwards
    assert "".join(c for _i, c in visual_order("x\u202eabc где\u202c")) == "x\u202eabc где\u202c"


def test_every_bundled_fallback_font_has_its_licence() -> None:
    from safeplan.core.export.glyphs import FALLBACKS
    from safeplan.core.resources import resource

    notice = resource("fonts", "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert resource("fonts", "OFL-1.1.txt").is_file()
    for _name, regular, bold in FALLBACKS:
        for file_name in filter(None, (regular, bold)):
            assert resource("fonts", file_name).is_file()
            assert file_name in notice, f"{file_name} is not named in LICENSE-Noto.txt"


def test_fallback_fonts_keep_exports_byte_identical(export_quote: Callable[[str], Path],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = export_quote("ru").read_bytes()
    assert export_quote("ru").read_bytes() == first
