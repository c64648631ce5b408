"""Page furniture: header (title, case reference) and footer (export id, "Page X of Y").

"Page X of Y" needs the total before any page is written, so the canvas keeps each finished
page's state and draws the furniture on all of them at ``save()`` — one layout pass instead of
two. The canvas starts in our embedded font (initialFontName), so no Helvetica resource appears.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.pdfgen.canvas import Canvas

from safeplan.core.export import glyphs, rtl
from safeplan.core.export.styles import (
    GREY_RULE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    SANS,
)


@dataclass(frozen=True)
class Furniture:
    title: str
    case_ref: str
    export_line: str  # e.g. "Export ID: SP-…"
    page_of: Callable[[int, int], str]  # localised "Page X of Y"
    # drawn on each page at save(), when every page number is known (pagerefs.PageMarks)
    late: Callable[[Canvas, int, int], None] | None = None


class _PageStore:
    """The waiting pages' drawing operators, deflated ``BATCH`` pages at a time. One compression
    call per page let the picture worker take the interpreter each time, and the layout waited
    about a millisecond to get it back: 5,000 pages cost seconds. A batch is unpacked once, when
    save() reaches its first page (pages are furnished in order), and let go."""

    BATCH = 32

    def __init__(self) -> None:
        self._open: list[str] = []
        self._packed: list[tuple[bytes, list[int]] | None] = []
        self._unpacked: tuple[int, list[str]] = (-1, [])

    def add(self, text: str) -> _PackedCode:
        index = len(self._packed) * self.BATCH + len(self._open)
        self._open.append(text)
        if len(self._open) == self.BATCH:
            joined = "".join(self._open).encode("utf-8", "surrogatepass")
            self._packed.append((zlib.compress(joined, 1), [len(t) for t in self._open]))
            self._open = []
        return _PackedCode(self, index)

    def text(self, index: int) -> str:
        batch, position = divmod(index, self.BATCH)
        if batch == len(self._packed):
            return self._open[position]
        if self._unpacked[0] != batch:
            packed = self._packed[batch]
            assert packed is not None, "each batch is unpacked once, in page order"
            joined = zlib.decompress(packed[0]).decode("utf-8", "surrogatepass")
            texts, start = [], 0
            for length in packed[1]:
                texts.append(joined[start:start + length])
                start += length
            self._packed[batch] = None
            self._unpacked = (batch, texts)
        return self._unpacked[1][position]


class _PackedCode:
    """A page's drawing operators, joined with newlines (as reportlab joins them) and kept in
    the canvas's page store."""

    __slots__ = ("_index", "_store")

    def __init__(self, store: _PageStore, index: int) -> None:
        self._store = store
        self._index = index

    def unpack(self) -> str:
        return self._store.text(self._index)


def canvas_class(furniture: Furniture) -> type[Canvas]:
    """A Canvas subclass bound to this export's header and footer texts."""
    # Header text is drawn only at save(), after the integrity page was laid out: note any
    # character no font has now, so that page lists it (glyphs.begin_export).
    glyphs.canvas_runs(furniture.case_ref, SANS)

    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", SANS)
            kwargs.setdefault("initialFontSize", 10)
            kwargs.setdefault("initialLeading", 12)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._store = _PageStore()

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # Issue 17.1: thousands of pages wait here for their "of Y". Their drawing
            # operators (a list of many small strings) are kept joined and compressed a batch
            # of pages at a time — a fraction of the memory — and unpacked at save() into the
            # same single string reportlab would have joined them to: the same PDF bytes.
            code = state.get("_code")
            if code:
                state["_code"] = self._store.add("\n".join(code))
            self._pages.append(state)
            self._startPage()

        def page_number_now(self) -> int:
            """The number the page being drawn will have (pages are added at save())."""
            return len(self._pages) + 1

        def bookmark_here(self, key: str, title: str, level: int) -> None:
            """An outline (bookmark) entry for the page being drawn. Pages are only added to the
            document at save(), so the destination names the page by its coming number."""
            dest = self._bookmarkReference(key)
            dest.fit()
            dest.setPage(PDFObjectReference(f"Page{len(self._pages) + 1}"))
            self.addOutlineEntry(title, key, level=level, closed=level > 0)

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                packed = state.get("_code")
                if isinstance(packed, _PackedCode):
                    self.__dict__["_code"] = [packed.unpack()]
                self._furnish(number, total)
                if furniture.late is not None:
                    furniture.late(self, number, total)
                Canvas.showPage(self)
            self._pages = []
            self._store = _PageStore()
            Canvas.save(self)

        def _furnish(self, number: int, total: int) -> None:
            width, height = self._pagesize
            right = width - MARGIN_RIGHT
            self.saveState()
            self.setFillColor(colors.black)
            self.setStrokeColor(GREY_RULE)
            self.setLineWidth(0.5)
            top = height - MARGIN_TOP + 8
            draw_text(self, MARGIN_LEFT, top + 4, furniture.title, SANS, 8,
                      right - MARGIN_LEFT - 150)
            if furniture.case_ref:
                # her own words: emoji, Arabic, Hebrew … through the same fallback as the body
                draw_text(self, right, top + 4, furniture.case_ref, f"{SANS}-Bold", 8, 145,
                          align_right=True)
            self.line(MARGIN_LEFT, top, right, top)
            bottom = MARGIN_BOTTOM - 10
            self.line(MARGIN_LEFT, bottom + 9, right, bottom + 9)
            self.setFont(SANS, 8)
            self.drawString(MARGIN_LEFT, bottom, furniture.export_line)
            self.setFont(f"{SANS}-Bold", 9)
            self.drawRightString(right, bottom, furniture.page_of(number, total))
            self.restoreState()

    return FurnishedCanvas


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """(font, text) runs in drawing order: fallback fonts and placeholders as in the body,
    Arabic joined, right-to-left runs in visual order."""
    shaped = glyphs.shape_arabic(text)
    if rtl.has_rtl(shaped):
        shaped = "".join(ch for _i, ch in rtl.visual_order(shaped, rtl.base_is_rtl(shaped)))
    return glyphs.canvas_runs(shaped, font, shaped_already=True)


def _width(runs: list[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              width: float, *, align_right: bool = False) -> None:
    """Draw one line of header/footer text, shortened with an ellipsis to ``width`` so it never
    runs into the other side; every character drawn in a font that has it."""
    runs = _runs(text, font)
    if _width(runs, size) > width:
        while text and _width(_runs(text + "…", font), size) > width:
            text = text[:-1]
        runs = _runs(text + "…", font)
    if align_right:
        x -= _width(runs, size)
    for run_font, piece in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, run_font, size)
