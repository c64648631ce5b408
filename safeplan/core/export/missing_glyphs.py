"""The integrity page's list of characters no bundled font could draw (issue 12).

Each such character is printed in place as ``[U+XXXX]`` (glyphs.py). This note names every one of
them — code, Unicode name, how often — so a reader knows the placeholder stands for a character of
the original, which the CSV and the original files keep. The list is built at layout time, when
the whole story (every entry, message and name) has been turned into markup, so sections that
come after the integrity page are counted too.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from safeplan.core.export import glyphs
from safeplan.core.export.labels import Labels
from safeplan.core.i18n import QT_TRANSLATE_NOOP


class G:
    HEADING = QT_TRANSLATE_NOOP("ChronologyPdf", "Characters that could not be printed")
    NONE = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "Every character of the recorded text and of the imported messages is "
                         "printed in this document.")
    INTRO = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "The fonts of this document have no picture for the characters below. "
                         "Each one is printed in its place as [U+code]; the original files and the "
                         "CSV table keep the character itself.")


class MissingCharactersNote(Flowable):
    """A heading and the list, as one Paragraph made when first laid out."""

    def __init__(self, labels: Labels, missing: glyphs.Missing | None, heading_style: Any,
                 body_style: Any) -> None:
        super().__init__()
        self._labels = labels
        self._missing = missing
        self._heading_style = heading_style
        self._body_style = body_style
        self._parts: list[Paragraph] | None = None

    def _build(self) -> list[Paragraph]:
        if self._parts is None:
            L = self._labels
            lines = self._missing.lines() if self._missing is not None else []
            body = ([escape(L(G.INTRO)), *(escape(line) for line in lines)] if lines
                    else [escape(L(G.NONE))])
            self._parts = [Paragraph(escape(L(G.HEADING)), self._heading_style),
                           Paragraph("<br/>".join(body), self._body_style)]
        return self._parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights = [p.wrap(availWidth, availHeight)[1] for p in self._build()]
        self.width, self.height = availWidth, sum(heights) + self._heading_style.spaceAfter
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Near the foot of a page even the heading may not fit: then move whole to the next page
        # ([]); returning parts that cannot be placed is reportlab's "Splitting error".
        parts = self._build()
        heading = parts[0].wrap(availWidth, availHeight)[1] + self._heading_style.spaceAfter
        if self.height <= availHeight or heading + 2 * self._body_style.leading > availHeight:
            return []
        return list(parts)

    def draw(self) -> None:
        y = self.height
        for index, part in enumerate(self._build()):
            _w, h = part.wrap(self.width, y)
            y -= h
            if index == 0:
                y -= self._heading_style.spaceAfter
            part.drawOn(self.canv, 0, y)
