"""Body map: front and back outlines; click to place a numbered mark with a note (issue 3).

Marks are stored as ``body_marks`` ``{view, x, y, note}`` with x/y as fractions of the figure's box
(y from the top) — the same box and outline the PDF draws (safeplan/core/export/body_map.py), so a
mark lands on the same spot on screen and on paper. The figure is drawn from the *viewer's* side:
on the front view her right side is on the left (labelled "your right"), which the map says in words.

Keyboard (UX principle 10): the drawing (body_map_canvas.py) takes focus; arrow keys move a
cross-hair, Page Up/Down switches front/back, Space or Enter places a mark there; the list beside
it holds every mark with its note, and Delete removes the selected one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.body_map_canvas import BodyMapCanvas

VIEWS = ("front", "back")
ASPECT = 110.0 / 230.0  # figure width / height, as in the PDF

_POLYGONS: tuple[tuple[tuple[float, float], ...], ...] = (
    ((0.45, 0.115), (0.55, 0.115), (0.56, 0.14), (0.44, 0.14)),
    ((0.30, 0.15), (0.70, 0.15), (0.68, 0.30), (0.64, 0.48), (0.36, 0.48), (0.32, 0.30)),
    ((0.30, 0.15), (0.22, 0.17), (0.14, 0.34), (0.10, 0.50), (0.15, 0.51), (0.21, 0.36),
     (0.31, 0.24)),
    ((0.70, 0.15), (0.78, 0.17), (0.86, 0.34), (0.90, 0.50), (0.85, 0.51), (0.79, 0.36),
     (0.69, 0.24)),
    ((0.36, 0.48), (0.49, 0.50), (0.47, 0.74), (0.45, 0.97), (0.37, 0.97), (0.37, 0.74)),
    ((0.64, 0.48), (0.51, 0.50), (0.53, 0.74), (0.55, 0.97), (0.63, 0.97), (0.63, 0.74)),
)


def outline_path(box: QRectF) -> QPainterPath:
    """The human outline inside ``box``: head, neck, torso, arms, legs as closed subpaths.

    The parts are drawn as they are (like the PDF), not merged: Qt's path simplifier has
    crashed on degenerate shapes while a widget is being laid out at a tiny size.
    """
    path = QPainterPath()
    w, h = box.width(), box.height()
    if w < 4 or h < 4:
        return path
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addEllipse(QPointF(box.left() + 0.5 * w, box.top() + 0.065 * h), 0.09 * w, 0.055 * h)
    for points in _POLYGONS:
        polygon = QPolygonF([QPointF(box.left() + x * w, box.top() + y * h) for x, y in points])
        polygon.append(polygon.first())
        path.addPolygon(polygon)
        path.closeSubpath()
    return path


def clean_marks(marks: Iterable[Any]) -> list[dict[str, Any]]:
    """Marks as stored: view front/back, x/y clamped to 0..1, note as text."""
    cleaned: list[dict[str, Any]] = []
    for mark in marks:
        if not isinstance(mark, Mapping):
            continue
        try:
            x = min(max(float(mark.get("x", 0.5)), 0.0), 1.0)
            y = min(max(float(mark.get("y", 0.5)), 0.0), 1.0)
        except (TypeError, ValueError):
            continue
        view = mark.get("view") if mark.get("view") in VIEWS else "front"
        cleaned.append({"view": view, "x": round(x, 4), "y": round(y, 4),
                        "note": str(mark.get("note") or "")})
    return cleaned


class BodyMapWidget(QWidget):
    """Front/back outline with numbered marks and a list of their notes beside it."""

    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("body_map")
        self._marks: list[dict[str, Any]] = []
        self.canvas = BodyMapCanvas(self)
        self.canvas.placed.connect(self._on_canvas_placed)
        self.canvas.removed.connect(self.remove_selected)
        self.help = QLabel()
        self.help.setObjectName("body_map_help")
        self.help.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("body_map_list")
        self.list.currentRowChanged.connect(self._on_list_currentRowChanged)
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("body_map_note")
        self.note_label.setBuddy(self.note)
        self.note.textEdited.connect(self._on_note_textEdited)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("body_map_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(self.help)
        side.addWidget(self.list, 1)
        side.addWidget(self.note_label)
        side.addWidget(self.note)
        side.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 3)
        layout.addLayout(side, 2)
        self.setTabOrder(self.canvas, self.list)
        self.setTabOrder(self.list, self.note)
        self.setTabOrder(self.note, self.remove_button)
        self.retranslate_ui()
        self._update_side()

    # --- data --------------------------------------------------------------------------------
    def marks(self) -> list[dict[str, Any]]:
        return [dict(m) for m in self._marks]

    def set_marks(self, marks: Iterable[Any]) -> None:
        self._marks = clean_marks(marks)
        self._rebuild_list()
        self.canvas.update()

    def add_mark(self, view: str, x: float, y: float, note: str = "") -> int:
        """Add a mark; returns its number (1-based, as drawn)."""
        self._marks.extend(clean_marks([{"view": view, "x": x, "y": y, "note": note}]))
        self._rebuild_list()
        self.list.setCurrentRow(len(self._marks) - 1)
        self.canvas.update()
        self.marks_changed.emit()
        return len(self._marks)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._marks):
            del self._marks[row]
            self._rebuild_list()
            self.list.setCurrentRow(min(row, len(self._marks) - 1))
            self.canvas.update()
            self.marks_changed.emit()

    def clear(self) -> None:
        self.set_marks([])

    # --- slots -------------------------------------------------------------------------------
    def _on_canvas_placed(self, view: str, x: float, y: float) -> None:
        self.add_mark(view, x, y)
        self.note.setFocus()  # the next thing to do is say what the mark is

    def _on_list_currentRowChanged(self, row: int) -> None:
        self._update_side()
        self.canvas.update()

    def _on_note_textEdited(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._marks):
            self._marks[row]["note"] = text
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(row))
            self.marks_changed.emit()

    # --- list --------------------------------------------------------------------------------
    def _item_text(self, row: int) -> str:
        mark = self._marks[row]
        side = self.tr("front") if mark["view"] == "front" else self.tr("back")
        note = mark["note"] or self.tr("(no note yet)")
        return f"{row + 1}. {side}: {note}"

    def _rebuild_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in range(len(self._marks)):
            item = QListWidgetItem(self._item_text(row))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._item_text(row))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_side()

    def _update_side(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self._marks)
        self.note.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.note.setText(self._marks[row]["note"] if has else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.help.setText(self.tr(
            "Click on the body where you were hurt. A numbered mark appears; write what it is "
            "beside it. Keyboard: arrows move, Page Up/Down switches front and back, Space "
            "places a mark."))
        self.canvas.setAccessibleName(self.tr("Body map, front and back"))
        self.canvas.setAccessibleDescription(self.tr(
            "Arrow keys move the cross, Page Up or Page Down switches front and back, Space "
            "places a mark, Delete removes the selected mark."))
        self.list.setAccessibleName(self.tr("Marks on the body map"))
        self.note_label.setText(self.tr("What is at this mark (e.g. bruise, 3 cm):"))
        self.note.setAccessibleName(self.tr("Note for the selected mark"))
        self.remove_button.setText(self.tr("Remove this mark"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected mark"))
        self._rebuild_list()

    # --- geometry and drawing ----------------------------------------------------------------
    def figure_boxes(self, area: QRectF) -> dict[str, QRectF]:
        line = self.fontMetrics().height()
        top = area.top() + line * 1.6
        bottom = area.bottom() - line * 2.6  # two lines for "your right" / "your left"
        height = max(10.0, bottom - top)
        width = max(4.0, min(height * ASPECT, (area.width() - 3 * 12) / 2))
        height = width / ASPECT
        gap = (area.width() - 2 * width) / 3
        return {"front": QRectF(area.left() + gap, top, width, height),
                "back": QRectF(area.left() + 2 * gap + width, top, width, height)}

    def side_labels(self, area: QRectF) -> tuple[QFont, list[tuple[QRectF, str,
                                                                      Qt.AlignmentFlag]]]:
        """Where "your right"/"your left" go under each figure, and in what font: each on its
        own line, as wide as its words (they were cut to "равая сторо" in a fixed 100-px box),
        from the figure's outer edge inwards; the font shrinks (a little) before two run into
        each other on a small screen."""
        font = QFont(self.font())
        line = QFontMetricsF(font).height()
        boxes = self.figure_boxes(area)
        found: list[tuple[QRectF, str, Qt.AlignmentFlag]] = []
        for _attempt in range(6):
            metrics = QFontMetricsF(font)
            found = []
            for view, box in boxes.items():
                right, left = self.tr("your right"), self.tr("your left")
                # front: her right on the viewer's left; back: her left on the viewer's left.
                on_left, on_right = (right, left) if view == "front" else (left, right)
                # The outer word on the first line, the inner one on the second, so the words
                # of the two figures meet only across the gap between them.
                rows = ((on_left, True), (on_right, False)) if view == "front" else (
                    (on_right, False), (on_left, True))
                for row, (text, at_left) in enumerate(rows):
                    width = metrics.horizontalAdvance(text) + 6
                    top = box.bottom() + 2 + row * line
                    if at_left:
                        rect = QRectF(max(area.left(), box.left() - 4), top, width, line)
                        rect.moveRight(min(rect.right(), area.right()))
                    else:
                        rect = QRectF(min(area.right(), box.right() + 4) - width, top, width, line)
                        rect.moveLeft(max(rect.left(), area.left()))
                    align = Qt.AlignmentFlag.AlignLeft if at_left else Qt.AlignmentFlag.AlignRight
                    found.append((rect, text, align | Qt.AlignmentFlag.AlignVCenter))
            clash = any(a[0].intersects(b[0]) for i, a in enumerate(found) for b in found[i + 1:])
            if not clash or font.pointSizeF() <= 6:
                break
            font.setPointSizeF(font.pointSizeF() * 0.88)
        return font, found

    def locate(self, area: QRectF, point: QPointF) -> tuple[str, float, float] | None:
        """Which figure and where (fractions) a point of the canvas falls on, if any."""
        for view, box in self.figure_boxes(area).items():
            if box.contains(point):
                return (view, (point.x() - box.left()) / box.width(),
                        (point.y() - box.top()) / box.height())
        return None

    def draw(self, painter: QPainter, area: QRectF,
             cursor: tuple[str, float, float] | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(area, QColor("white"))
        font = QFont(self.font())
        line = self.fontMetrics().height()
        boxes = self.figure_boxes(area)
        selected = self.list.currentRow()
        for view, box in boxes.items():
            painter.setPen(QPen(QColor("black"), 2))
            painter.setBrush(QColor(244, 244, 244))
            outline = outline_path(box)  # held in a name for the whole call
            if not outline.isEmpty():
                painter.drawPath(outline)
            if view == "back":  # the spine tells back from front at a glance
                painter.setPen(QPen(QColor(110, 110, 110), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(box.center().x(), box.top() + 0.16 * box.height()),
                                 QPointF(box.center().x(), box.top() + 0.47 * box.height()))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("black"))
            title = self.tr("Front") if view == "front" else self.tr("Back")
            painter.drawText(QRectF(box.left() - 40, area.top() + 2, box.width() + 80, line),
                             Qt.AlignmentFlag.AlignCenter, title)
            painter.setFont(font)
        label_font, labels = self.side_labels(area)
        painter.setFont(label_font)
        for rect, text, align in labels:
            painter.drawText(rect, align, text)
        painter.setFont(font)
        radius = max(9.0, line * 0.62)
        for number, mark in enumerate(self._marks, start=1):
            box = boxes[mark["view"]]
            centre = QPointF(box.left() + mark["x"] * box.width(),
                             box.top() + mark["y"] * box.height())
            chosen = number - 1 == selected
            painter.setPen(QPen(QColor("black"), 3 if chosen else 2))
            painter.setBrush(QColor("black") if chosen else QColor("white"))
            painter.drawEllipse(centre, radius, radius)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("white") if chosen else QColor("black"))
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter, str(number))
            painter.setFont(font)
        if cursor is not None:
            view, x, y = cursor
            box = boxes[view]
            at = QPointF(box.left() + x * box.width(), box.top() + y * box.height())
            painter.setPen(QPen(QColor("black"), 2, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(at.x() - 14, at.y()), QPointF(at.x() + 14, at.y()))
            painter.drawLine(QPointF(at.x(), at.y() - 14), QPointF(at.x(), at.y() + 14))

    def render_image(self, width: int = 800, height: int = 840) -> QImage:
        """Both figures with the numbered marks, white background (for export and checks)."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image
