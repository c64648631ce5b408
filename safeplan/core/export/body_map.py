"""The body map of a medical note, drawn as vector graphics (COURT_EXPORT.md, "Medical notes").

``body_marks`` hold ``view`` (front/back) and x/y as fractions of the outline's width and height
(y from the top, as the editor stores them). Each mark is a numbered circle; the numbers refer to
the list of notes printed under the drawing. Plain outlines, black on white.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from safeplan.core.export.labels import Labels, T
from safeplan.core.export.styles import SANS

FIGURE_W = 110.0
FIGURE_H = 230.0
_GAP = 40.0


def _outline(drawing: Drawing, ox: float, oy: float) -> None:
    """A neutral human outline in a FIGURE_W × FIGURE_H box whose lower-left corner is (ox, oy)."""
    w, h = FIGURE_W, FIGURE_H
    grey = colors.Color(0.96, 0.96, 0.96)

    def pt(fx: float, fy: float) -> tuple[float, float]:  # fractions, y from the top
        return ox + fx * w, oy + (1 - fy) * h

    def poly(points: Sequence[tuple[float, float]]) -> None:
        flat: list[float] = []
        for fx, fy in points:
            flat.extend(pt(fx, fy))
        drawing.add(Polygon(flat, fillColor=grey, strokeColor=colors.black, strokeWidth=0.8))

    cx, cy = pt(0.5, 0.065)
    drawing.add(Ellipse(cx, cy, 0.09 * w, 0.055 * h, fillColor=grey, strokeColor=colors.black,
                        strokeWidth=0.8))
    poly([(0.45, 0.115), (0.55, 0.115), (0.56, 0.14), (0.44, 0.14)])  # neck
    poly([(0.30, 0.15), (0.70, 0.15), (0.68, 0.30), (0.64, 0.48), (0.36, 0.48), (0.32, 0.30)])
    poly([(0.30, 0.15), (0.22, 0.17), (0.14, 0.34), (0.10, 0.50), (0.15, 0.51), (0.21, 0.36),
          (0.31, 0.24)])  # arm (viewer's left)
    poly([(0.70, 0.15), (0.78, 0.17), (0.86, 0.34), (0.90, 0.50), (0.85, 0.51), (0.79, 0.36),
          (0.69, 0.24)])
    poly([(0.36, 0.48), (0.49, 0.50), (0.47, 0.74), (0.45, 0.97), (0.37, 0.97), (0.37, 0.74)])
    poly([(0.64, 0.48), (0.51, 0.50), (0.53, 0.74), (0.55, 0.97), (0.63, 0.97), (0.63, 0.74)])


def body_map(marks: Sequence[Any], labels: Labels) -> tuple[Drawing, list[str]]:
    """The drawing and the legend lines ("1 (front): bruise, 3 cm"); legend text is not escaped."""
    width = 2 * FIGURE_W + _GAP + 20
    height = FIGURE_H + 36  # 12 pt under the figures for the side words
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    origins = {"front": (10.0, 16.0), "back": (10.0 + FIGURE_W + _GAP, 16.0)}
    for view, (ox, oy) in origins.items():
        _outline(drawing, ox, oy)
        title = labels(T.FRONT) if view == "front" else labels(T.BACK)
        drawing.add(String(ox + FIGURE_W / 2, oy + FIGURE_H + 8, title, fontName=SANS,
                           fontSize=9, textAnchor="middle"))
        # the person's own sides, as the screen shows them: on the front view the right side
        # is on the drawing's left, on the back view on its right
        right, left = labels(T.SIDE_RIGHT), labels(T.SIDE_LEFT)
        first, second = (right, left) if view == "front" else (left, right)
        both = stringWidth(first, SANS, 8) + stringWidth(second, SANS, 8)
        size = min(8.0, 8.0 * (FIGURE_W - 8) / both) if both else 8.0  # never touching
        drawing.add(String(ox, 4, first, fontName=SANS, fontSize=size, textAnchor="start"))
        drawing.add(String(ox + FIGURE_W, 4, second, fontName=SANS, fontSize=size,
                           textAnchor="end"))
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=colors.Color(.7, .7, .7),
                     strokeWidth=0.5))
    legend: list[str] = []
    for number, mark in enumerate((m for m in marks if isinstance(m, dict)), start=1):
        view = str(mark.get("view")) if mark.get("view") in origins else "front"
        try:
            fx = min(max(float(mark.get("x", 0.5)), 0.0), 1.0)
            fy = min(max(float(mark.get("y", 0.5)), 0.0), 1.0)
        except (TypeError, ValueError):
            fx = fy = 0.5
        ox, oy = origins[view]
        x, y = ox + fx * FIGURE_W, oy + (1 - fy) * FIGURE_H
        drawing.add(Circle(x, y, 6.5, fillColor=colors.white, strokeColor=colors.black,
                           strokeWidth=1.2))
        drawing.add(String(x, y - 2.8, str(number), fontName=f"{SANS}-Bold", fontSize=8,
                           textAnchor="middle"))
        side = labels(T.FRONT) if view == "front" else labels(T.BACK)
        legend.append(f"{number} ({side}): {mark.get('note') or ''}")
    return drawing, legend
