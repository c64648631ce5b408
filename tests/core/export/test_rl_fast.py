"""Issue 17.1: reportlab's fragment comparison and frame copy replaced by faster exact
equivalents (rl_fast): the same answers as reportlab's own for every kind of fragment the
exports make (bold, italic, colours, fonts, sizes, links, underlines, rises, back colours,
no-break, line breaks, images) and the PDF's bytes exactly those made without them."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

import pytest
from reportlab.lib import rl_accel
from reportlab.lib.abag import ABag
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Frame, Paragraph
from reportlab.platypus import paragraph as paragraph_module

from safeplan.core.export import rl_fast
from tests.core.export.sample_doc import sample_pdf_bytes

MARKUP = [
    "<b>Where:</b> Home<br/><b>Who did it:</b> Viktor K.",
    "plain words <i>italic</i> and <b><i>both</i></b>",
    '<font color="red">red</font> <font color="#ff0000">also red</font> <font color="blue">b</font>',
    '<font name="Courier">mono</font> <font size="14">big</font> <font size="14.0">big</font>',
    '<a href="https://example.org">link</a> <u>under</u> <strike>gone</strike> <u>again</u>',
    'x<super>2</super> y<sub>i</sub> <span backColor="yellow">marked</span>',
    '<nobr>do not break</nobr> <span rise="2">up</span> &amp; &lt;tag&gt;',
    'an image <img src="" width="4" height="4"/> in text',
]


def _fragments() -> list[object]:
    style = getSampleStyleSheet()["Normal"]
    frags: list[object] = []
    for text in MARKUP:
        try:
            para = Paragraph(text, style)
        except (ValueError, OSError):  # an <img> reportlab cannot open: skip that markup
            continue
        frags += para.frags
        para.wrap(80, 1000)  # line breaking makes clones with other texts
        lines = getattr(para.blPara, "lines", [])
        for line in lines:
            frags += [w for w in getattr(line, "words", []) if hasattr(w, "__dict__")]
    clones = []
    for frag in frags[:40]:
        clone = frag.clone()  # type: ignore[attr-defined]
        clone.text = "other"
        clones.append(clone)
    return frags + clones


def test_same_frag_answers_as_reportlab_for_every_pair() -> None:
    frags = _fragments()
    assert len(frags) > 60
    python_version = getattr(rl_accel, "_py_sameFrag", None)
    pairs = 0
    for f, g in itertools.product(frags, repeat=2):
        expected = bool(rl_fast._ORIGINAL_SAME_FRAG(f, g))
        assert rl_fast.same_frag(f, g) is expected, (f, g)
        if python_version is not None:
            assert bool(python_version(f, g)) is expected
        pairs += expected
    assert pairs > len(frags)  # both answers occur (not only each fragment with itself)


def test_frame_copy_is_the_generic_deep_copy() -> None:
    rl_fast.install()
    frame = Frame(10, 20, 400, 700, id="body", leftPadding=1, rightPadding=2, topPadding=3,
                  bottomPadding=4)
    frame._frameBGs = [("x", [1, 2])]  # a container: copied, not shared
    frame.add_generated_content = None
    mine = copy.deepcopy(frame)
    assert type(mine) is Frame and mine is not frame
    del Frame.__deepcopy__  # type: ignore[attr-defined]
    try:
        generic = copy.deepcopy(frame)
    finally:
        rl_fast.install()
    assert mine.__dict__ == generic.__dict__
    assert mine._frameBGs is not frame._frameBGs and mine._frameBGs[0][1] is not frame._frameBGs[0][1]
    assert (mine.x1, mine.width, mine._aH) == (frame.x1, frame.width, frame._aH)
    mine.x1 = 50  # geometry set through __setattr__ still recomputes the copy only
    assert frame.x1 == 10 and mine._x2 == 50 + 400


def _originals(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(rl_fast, "install", lambda: None)
    patch.setattr(paragraph_module, "sameFrag", rl_fast._ORIGINAL_SAME_FRAG)
    if "__deepcopy__" in Frame.__dict__:
        patch.delattr(Frame, "__deepcopy__")
    patch.setattr(PDFTextObject, "_formatText", rl_fast._ORIGINAL_FORMAT_TEXT)
    patch.setattr(ABag, "clone", rl_fast._ORIGINAL_CLONE)
    if "_generated_content" in Frame.__dict__:
        patch.delattr(Frame, "_generated_content")
    patch.setattr(Canvas, "drawText", rl_fast._ORIGINAL_DRAW_TEXT)


def _export(folder: Path, lang: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as patch:
        if fast:
            rl_fast.install()
        else:  # reportlab's own helpers
            _originals(patch)
        return sample_pdf_bytes(folder, lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_fast_helpers_keep_the_pdf_bytes(tmp_path: Path, lang: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    without = _export(tmp_path / "plain", lang, False, monkeypatch)
    with_fast = _export(tmp_path / "fast", lang, True, monkeypatch)
    assert with_fast == without


def test_text_operators_are_reportlabs_across_fonts_and_subsets() -> None:
    """Runs of text in embedded fonts (switching between font subsets once more than 256
    characters are used), a fallback font and a standard font give reportlab's operators."""
    import io

    from safeplan.core.export.styles import SANS, make_styles

    make_styles("en")  # registers the embedded fonts
    letters = [chr(c) for c in [*range(0x21, 0x7F), *range(0xC0, 0x180), *range(0x410, 0x450)]]
    texts = ["".join(letters[i:i + 7]) for i in range(0, len(letters), 7)]
    texts += ["(x) \\ y", "Он кричал", "", "a" * 300, *texts[:5]]
    fonts = [SANS, f"{SANS}-Bold", "SafePlanNoto", "Helvetica"]

    def run(format_text) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
        canvas = Canvas(io.BytesIO(), invariant=1)
        out = []
        for number, text in enumerate(texts):
            tx = canvas.beginText(10, 10)
            font = SANS if number < 50 else fonts[number % len(fonts)]  # > 256: two subsets
            tx.setFont(font, 10 + number % 3, 12)
            out.append((format_text(tx, text), tx._curSubset))
        return out

    fast = run(rl_fast._format_text)
    assert fast == run(rl_fast._ORIGINAL_FORMAT_TEXT)
    assert {subset for _, subset in fast} >= {0, 1}


def test_a_clone_is_reportlabs_clone() -> None:
    from reportlab.platypus.paragraph import FragLine, ParaLines
    from reportlab.platypus.paraparser import ParaFrag

    class OwnInit(ABag):
        def __init__(self, **attr: object) -> None:
            super().__init__(**attr)
            self.made = True

    bags = [ABag(a=1, b=[2]), ParaFrag(text="x", fontName="F", fontSize=9, link=[]),
            ParaLines(kind=0, lines=[]), FragLine(words=[], fontSize=9), OwnInit(z=3)]
    for bag in bags:
        for extra in ({}, {"text": "other", "kind": 1}):
            mine = rl_fast._clone(bag, **extra)
            theirs = rl_fast._ORIGINAL_CLONE(bag, **extra)
            assert type(mine) is type(theirs) and mine is not bag
            assert mine.__dict__ == theirs.__dict__
            assert mine.__dict__ is not bag.__dict__
    assert rl_fast._clone(bags[0]).b is bags[0].b  # shallow, as reportlab's


def test_a_frames_generated_content_reads_as_before() -> None:
    from reportlab.platypus.doctemplate import _addGeneratedContent
    from reportlab.platypus.flowables import Spacer

    rl_fast.install()
    frame = Frame(0, 0, 100, 100)
    assert getattr(frame, "_generated_content", None) is None
    spacer = Spacer(1, 1)
    frame.add_generated_content(spacer)
    assert frame._generated_content == [spacer]
    story: list[object] = ["next"]
    _addGeneratedContent(story, frame)  # inserted first, and the frame's own list deleted
    assert story == [spacer, "next"]
    assert "_generated_content" not in frame.__dict__
    assert getattr(frame, "_generated_content", None) is None
    copy.deepcopy(frame)._generated_content = None  # as KeepTogether does on its copy


def test_a_drawn_paragraph_is_freed_without_the_cycle_collector(monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """A paragraph of several fragments bound a method to its text object (a reference cycle):
    once drawn, its text object, lines and fragments now go at once, not at the next cycle
    collection; what is drawn is the same."""
    import gc
    import io
    import weakref

    from safeplan.core.export.styles import make_styles

    style = make_styles("en").facts
    markup = "<b>Where:</b> Home<br/><b>Who did it:</b> Viktor K. <u>underlined</u> words"

    def draw(fast: bool) -> tuple[bool, bytes]:
        with monkeypatch.context() as patch:
            if fast:
                rl_fast.install()
            else:
                _originals(patch)
            made: list[weakref.ref[object]] = []
            original = Canvas.beginText

            def begin(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                tx = original(self, *args, **kwargs)
                made.append(weakref.ref(tx))
                return tx

            patch.setattr(Canvas, "beginText", begin)
            buffer = io.BytesIO()
            canvas = Canvas(buffer, invariant=1)
            para = Paragraph(markup, style)
            para.wrap(300, 800)
            gc.disable()
            try:
                para.drawOn(canvas, 50, 500)
                alive = any(ref() is not None for ref in made)
            finally:
                gc.enable()
            canvas.showPage()
            canvas.save()
            return alive, buffer.getvalue()

    alive_fast, pdf_fast = draw(True)
    alive_plain, pdf_plain = draw(False)
    assert alive_plain  # reportlab's: kept alive by its own method until a collection
    assert not alive_fast
    assert pdf_fast == pdf_plain
