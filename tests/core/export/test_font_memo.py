"""Issue 17.1: a string drawn again in the same PDF is not mapped to the font subsets' codes
again (the codes never change once given), font ascent/descent are looked up once, and the PDF's
bytes stay exactly those made without the memo — Cyrillic, right-to-left, emoji, hostile text
and pages split included. Nothing is kept after the export."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph as paragraph_module

from safeplan.core.export import font_memo
from tests.core.export.sample_doc import sample_pdf_bytes


def _export(folder: Path, lang: str, memo: bool, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as patch:
        if memo:
            font_memo.install()
        else:  # the design before: every string drawn is mapped character by character
            patch.setattr(font_memo, "install", lambda: None)
            patch.setattr(ttfonts.TTFont, "splitString", font_memo._ORIGINAL_SPLIT)
            patch.setattr(paragraph_module, "getAscentDescent", font_memo._ORIGINAL_ASCENT)
            patch.setattr(ttfonts.TTFont, "getSubsetInternalName",
                          font_memo._ORIGINAL_SUBSET_NAME)
        return sample_pdf_bytes(folder, lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_memo_keeps_the_pdf_bytes(tmp_path: Path, lang: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    without = _export(tmp_path / "plain", lang, False, monkeypatch)
    with_memo = _export(tmp_path / "memo", lang, True, monkeypatch)
    assert with_memo == without
    assert font_memo._SPLITS == {}  # emptied at the end of the export
    assert font_memo._NAMES == {}


def test_codes_are_those_of_mapping_anew_in_each_document() -> None:
    from reportlab.pdfbase import pdfmetrics

    from safeplan.core.export.styles import SANS, register_fonts

    register_fonts()
    ttf = pdfmetrics.getFont(SANS)
    assert isinstance(ttf, ttfonts.TTFont)
    font_memo.install()
    try:
        class Doc:  # reportlab keys a font's subsets by the document object
            pass

        first, second = Doc(), Doc()
        words = ["Кухня", "door", "Кухня", "Дверь и door", "door"]
        got = [ttf.splitString(w, first) for w in words] + [ttf.splitString("Дверь и door", second)]
        font_memo.forget()
        ttf.state.pop(first, None)
        ttf.state.pop(second, None)
        a, b = Doc(), Doc()
        expected = [font_memo._ORIGINAL_SPLIT(ttf, w, a) for w in words] + [
            font_memo._ORIGINAL_SPLIT(ttf, "Дверь и door", b)]
        assert got == expected
    finally:
        font_memo.forget()


def test_subset_names_are_those_reportlab_gives() -> None:
    from reportlab.pdfbase import pdfmetrics

    from safeplan.core.export.styles import SANS, register_fonts

    register_fonts()
    fonts = [pdfmetrics.getFont(SANS), pdfmetrics.getFont(f"{SANS}-Bold")]

    class Doc:  # what getSubsetInternalName reads and writes of a document
        def __init__(self) -> None:
            self.fontMapping: dict[str, str] = {}
            self.delayedFonts: list[object] = []

    def names(lookup) -> list[str]:  # type: ignore[no-untyped-def]
        docs = [Doc(), Doc()]
        out = []
        for doc in docs:
            for font in fonts:
                font.splitString("".join(map(chr, sorted(font.face.charToGlyph)[:400])), doc)
                for subset in (0, 1, 0, 1):
                    out.append(lookup(font, subset, doc))
                with pytest.raises(IndexError):
                    lookup(font, 7, doc)  # no such subset: reportlab's error, not remembered
            out.append(repr(sorted(doc.fontMapping.items())))
        for doc in docs:
            for font in fonts:
                font.state.pop(doc, None)
        return out

    font_memo.install()
    try:
        assert names(font_memo._subset_name) == names(font_memo._ORIGINAL_SUBSET_NAME)
    finally:
        font_memo.forget()
