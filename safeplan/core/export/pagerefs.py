"""Page references in one layout pass: "see page 14" and "на 3 л." before the page is known.

The summary table at the front cites the page of each full entry, and the list of appendices at
the back gives each part's page count — numbers only known once everything is laid out. A second
layout pass would double the export time, so instead:

- an ``Anchor`` (zero size) marks where something begins or ends; the document template records
  the page it lands on (``record``, called from ``afterFlowable``);
- a ``LateText`` reserves one line of fixed height wherever the number goes (a table cell) and
  remembers where on which page it was placed; the canvas draws its text at ``save()``, after
  the last page, when every anchor is known (``draw_page``, wired in through page.Furniture).

Pure functions of the layout, so the output stays byte-identical under SOURCE_DATE_EPOCH. The text
drawn late is real text in the page's content stream: pdftotext and a search find it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

TextFor = Callable[["PageMarks"], str]


@dataclass
class _Placed:
    x: float
    y: float
    width: float
    item: LateText


@dataclass
class PageMarks:
    """Pages of anchors (key → first page it landed on) and the late texts placed on each page."""

    pages: dict[str, int] = field(default_factory=dict)
    total: int = 0
    placed: dict[int, list[_Placed]] = field(default_factory=dict)

    def record(self, flowable: Flowable, page: int) -> None:
        key = getattr(flowable, "page_key", None)
        if isinstance(key, str) and key not in self.pages:
            self.pages[key] = page

    def page(self, key: str) -> int | None:
        return self.pages.get(key)

    def span(self, start: str, end: str) -> tuple[int, int] | None:
        """First and last page of a part marked by two anchors (None if it was not laid out)."""
        first, last = self.pages.get(start), self.pages.get(end)
        if first is None or last is None:
            return None
        return first, max(first, last)

    def draw_page(self, canvas: Canvas, number: int, total: int) -> None:
        self.total = total
        for placed in self.placed.get(number, []):
            placed.item.draw_late(canvas, placed, self)


class Anchor(Flowable):
    """Takes no room; its ``page_key`` is recorded with the page it is laid out on."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.page_key = key
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:  # nothing to draw: the template records the page
        return None


class LateText(Flowable):
    """One line whose text is computed from the finished page map, drawn at save()."""

    def __init__(self, marks: PageMarks, text_for: TextFor, *, font: str, size: float,
                 align: str = "left") -> None:
        super().__init__()
        self.marks = marks
        self.text_for = text_for
        self.font = font
        self.size = size
        self.align = align
        self.width = 0.0
        self.height = size * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        # absolute position of this flowable's origin: tables only translate, never scale
        matrix = canvas._currentMatrix
        page = canvas.page_number_now() if hasattr(canvas, "page_number_now") else 1
        self.marks.placed.setdefault(page, []).append(
            _Placed(float(matrix[4]), float(matrix[5]), self.width, self))

    def draw_late(self, canvas: Canvas, placed: _Placed, marks: PageMarks) -> None:
        text = self.text_for(marks)
        size = self.size
        while size > 5 and canvas.stringWidth(text, self.font, size) > placed.width:
            size -= 0.5  # a long count still fits its cell instead of running over the rule
        canvas.saveState()
        canvas.setFont(self.font, size)
        baseline = placed.y + (self.height - size) / 2 + size * 0.2
        if self.align == "right":
            canvas.drawRightString(placed.x + placed.width, baseline, text)
        else:
            canvas.drawString(placed.x, baseline, text)
        canvas.restoreState()
