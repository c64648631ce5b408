"""Issue 17.1: the same short markup (labels, headings, table cells) is parsed once per export;
paragraphs made from it get fresh copies of the fragments, so splitting one across pages does
not change the next, and the PDF's bytes stay exactly those of parsing every paragraph anew —
hostile text, right-to-left, emoji, long texts split across pages and the summary table
included. Nothing parsed stays in memory after the export."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from safeplan.core.export import parse_memo
from tests.core.export.sample_doc import sample_pdf_bytes


def _export(folder: Path, lang: str, memo: bool, monkeypatch: pytest.MonkeyPatch,
            parses: list[int]) -> bytes:
    original = parse_memo._ORIGINAL_SETUP

    def counting(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]
        if frags is None:
            parses[0] += 1
        return original(self, text, style, bulletText, frags, cleaner)

    with monkeypatch.context() as patch:
        patch.setattr(parse_memo, "_ORIGINAL_SETUP", counting)
        if memo:
            parse_memo.install()
        else:  # the design before: every paragraph parses its markup
            patch.setattr(parse_memo, "install", lambda: None)
            patch.setattr(Paragraph, "_setup", counting)
        return sample_pdf_bytes(folder, lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_memo_keeps_the_pdf_bytes_and_parses_less(tmp_path: Path, lang: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    fresh, memo = [0], [0]
    without = _export(tmp_path / "plain", lang, False, monkeypatch, fresh)
    with_memo = _export(tmp_path / "memo", lang, True, monkeypatch, memo)
    assert with_memo == without
    assert memo[0] < 0.8 * fresh[0], (memo[0], fresh[0])
    assert parse_memo._PARSED == {}  # emptied at the end of the export


def test_splitting_a_paragraph_leaves_the_next_one_of_the_same_markup_whole() -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from safeplan.core.export.styles import make_styles

    parse_memo.install()
    style = make_styles("en").body
    markup = "<b>Where:</b> at home, " + "he shouted and blocked the door " * 8
    try:
        Paragraph(markup, style)
        Paragraph(markup, style)  # seen twice: remembered
        first, second = Paragraph(markup, style), Paragraph(markup, style)  # both remembered
        before = [dict(f.__dict__) for f in second.frags]
        first.wrap(120, 800)
        parts = first.split(120, 3 * style.leading)  # reportlab changes fragments here
        assert len(parts) == 2
        for part in parts:
            part.wrap(120, 800)
            part.drawOn(Canvas(io.BytesIO()), 0, 0)
        assert [dict(f.__dict__) for f in second.frags] == before
        parse_memo.forget()
        reference = Paragraph(markup, style)  # parsed anew
        assert [f.__dict__ for f in second.frags] == [f.__dict__ for f in reference.frags]
        assert second.wrap(120, 800) == reference.wrap(120, 800)
    finally:
        parse_memo.forget()


def test_long_text_is_not_held() -> None:
    from safeplan.core.export.styles import make_styles

    parse_memo.install()
    try:
        Paragraph("<i>her words</i> " * 100, make_styles("en").value)
        assert parse_memo._PARSED == {}
        style = make_styles("en").value
        Paragraph("<b>Who did it</b>", style)
        assert parse_memo._PARSED == {}  # seen once: only its hash is noted
        Paragraph("<b>Who did it</b>", style)
        assert len(parse_memo._PARSED) == 1
    finally:
        parse_memo.forget()


@pytest.mark.parametrize("text", ["abc", " lead", "trail ", "two  spaces", "line\nbreak",
                                  "tab\there", "Кухня и дверь", "שלום עליכם", "😡 x", "a" * 5000,
                                  "x\n\ny", "\u00a0nbsp", "quote \" ' ", "> gt", "a\r\nb"])
def test_plain_text_gets_exactly_the_fragment_the_html_parser_makes(text: str) -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from safeplan.core.export.styles import make_styles

    parse_memo.install()
    styles = make_styles("ru")
    try:
        for style in (styles.body, styles.value, styles.cell, styles.lead_in, styles.quote):
            fast = Paragraph(text, style)
            parsed = Paragraph.__new__(Paragraph)
            parsed.caseSensitive = 1
            parse_memo._ORIGINAL_SETUP(parsed, text, style, None, None, cleanBlockQuotedText)
            assert fast.text == parsed.text
            assert fast.style is parsed.style
            assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
            assert fast.frags[0].us_lines is not Paragraph(text, style).frags[0].us_lines
    finally:
        parse_memo.forget()


def test_text_taken_as_clean_is_what_reportlabs_cleaner_returns() -> None:
    """The plain-text path skips reportlab's cleaner only for text it would return unchanged:
    every white-space character reportlab or Python knows, at the ends, doubled or alone."""
    import random
    import sys

    from reportlab.platypus import paragraph as paragraph_module
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    odd = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    odd |= set(paragraph_module._wsc)
    odd.discard(" ")
    for char in odd:
        assert parse_memo._ODD_SPACE.search(f"a{char}b"), hex(ord(char))
    alphabet = ["a", "Я", "ש", "😡", "&", " ", " ", "\n", "\t", "\xa0", "\u200b", "\u2009",
                "\u3000", "\x1c", "\x85", "\u2028", "\ufeff", "\u00ad"]
    rng = random.Random(17)
    taken = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
        if parse_memo._clean_already(text):
            taken += 1
            assert cleanBlockQuotedText(text) == text, repr(text)
    assert taken > 1000
    for text in ("He shouted and took my phone.", "Он кричал", "a b", "x"):
        assert parse_memo._clean_already(text)
    for text in ("", " a", "a ", "a  b", "a\nb", "a\xa0b", "a\u200bb", "\u3000"):
        assert not parse_memo._clean_already(text)


def test_a_fragment_copy_is_a_clone_with_its_own_lists() -> None:
    from safeplan.core.export.styles import make_styles

    para = Paragraph('<b>Who:</b> <a href="https://x.org">Viktor</a> <u>K.</u>',
                     make_styles("en").facts)
    for frag in para.frags:
        fresh = parse_memo._copy(frag)
        assert type(fresh) is type(frag) and fresh is not frag
        assert fresh.__dict__ == frag.clone().__dict__
        for name, value in frag.__dict__.items():
            if isinstance(value, list):
                assert fresh.__dict__[name] is not value


def _original(text: str, style: object) -> Paragraph:
    para = Paragraph.__new__(Paragraph)
    para.caseSensitive = 1
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    parse_memo._ORIGINAL_SETUP(para, text, style, None, None, cleanBlockQuotedText)
    return para


def _random_markup(rng: object, depth: int = 0) -> str:
    import random

    assert isinstance(rng, random.Random)
    words = ["Where:", "Home", " Viktor K. ", "Он кричал", "שלום", "😡", " ", "  two  spaces ",
             "1 March 2024, 21:05", "line\nbreak", "\u3000", "a\xa0b", "x"]
    out = []
    for _ in range(rng.randrange(1, 5)):
        kind = rng.randrange(6 if depth < 3 else 2)
        if kind <= 1:
            out.append(rng.choice(words))
        elif kind == 2:
            out.append("<br/>")
        else:
            tag = rng.choice(['b', 'i', 'font name="SafePlanNoto"', 'font color="#aa0000"',
                              'font size="12"', 'font name="SafePlanSerif" size="9"'])
            out.append(f"<{tag}>{_random_markup(rng, depth + 1)}</{tag.split()[0]}>")
    return "".join(out)


def test_markup_parsed_by_its_tag_structure_gives_the_parsers_fragments() -> None:
    """Her text between simple tags takes the fragments of its tag structure, parsed once with
    slots: the same fragments (every attribute), text and style as reportlab's parser gives,
    for random nestings of b, i, br and font with Cyrillic, Hebrew, emoji and odd spaces."""
    import random

    from safeplan.core.export.styles import make_styles

    styles = make_styles("ru")
    parse_memo.install()
    parse_memo.forget()
    rng = random.Random(3)
    by_skeleton = 0
    try:
        for _ in range(1500):
            text = _random_markup(rng)
            style = rng.choice([styles.facts, styles.cell, styles.small, styles.h2])
            expected = _original(text, style)
            fresh = Paragraph.__new__(Paragraph)
            fresh.caseSensitive = 1
            from reportlab.platypus.paragraph import cleanBlockQuotedText

            if parse_memo._from_skeleton(fresh, text, style, None, cleanBlockQuotedText):
                by_skeleton += 1
                assert fresh.text == expected.text
                assert fresh.style is expected.style or fresh.style == expected.style
                assert [f.__dict__ for f in fresh.frags] == [f.__dict__ for f in expected.frags], text
            made = Paragraph(text, style)  # the whole path (memo, skeleton or parser)
            assert [f.__dict__ for f in made.frags] == [f.__dict__ for f in expected.frags], text
        assert by_skeleton > 1000
        parse_memo.forget()
        for number in range(50):  # one structure, parsed once
            Paragraph(f"<b>Incident — threat</b><br/>Incident {number}: shouting", style)
        assert len(parse_memo._SKELETONS) == 1
    finally:
        parse_memo.forget()
    assert parse_memo._SKELETONS == {}


def test_markup_the_slots_cannot_stand_for_goes_to_the_parser() -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from safeplan.core.export.styles import make_styles

    style = make_styles("en").facts
    for text in ("<b>a &amp; b</b>", "<u>under</u> x", '<a href="x">link</a>',
                 "<b>\ue000 0\ue001</b>", "<bullet>•</bullet>text", "<seq/> x",
                 "<greek>a</greek>", "<b>x</b><br>y"):
        para = Paragraph.__new__(Paragraph)
        para.caseSensitive = 1
        assert not parse_memo._from_skeleton(para, text, style, None, cleanBlockQuotedText)
    parse_memo.forget()
