"""The body map's drawing surface: it takes the focus, the mouse and the keys, and leaves the
painting and the geometry to the map (:class:`body_map.BodyMapWidget`), which the court PDF's
figure matches.

Keyboard (UX principle 10): arrow keys move a cross-hair, Page Up/Down switches front/back, Space
or Enter places a mark there, Delete removes the selected one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:  # the map creates its canvas; only the type is needed here
    from safeplan.ui.workspace.body_map import BodyMapWidget

_STEP = 0.02  # one arrow-key press moves the cross-hair by this fraction of the figure


class BodyMapCanvas(QWidget):
    """The two figures; reports clicks (view, x, y) to the map."""

    placed = Signal(str, float, float)
    removed = Signal()

    def __init__(self, owner: BodyMapWidget) -> None:
        super().__init__(owner)
        self.setObjectName("body_map_canvas")
        self._owner = owner
        self.cursor_at: tuple[str, float, float] = ("front", 0.5, 0.3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 300)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(420, 440)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._owner.draw(painter, QRectF(self.rect()),
                             cursor=self.cursor_at if self.hasFocus() else None)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._owner.locate(QRectF(self.rect()), event.position())
        if hit is not None:
            self.cursor_at = hit
            self.placed.emit(*hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        view, x, y = self.cursor_at
        key = event.key()
        moves = {Qt.Key.Key_Left: (-_STEP, 0.0), Qt.Key.Key_Right: (_STEP, 0.0),
                 Qt.Key.Key_Up: (0.0, -_STEP), Qt.Key.Key_Down: (0.0, _STEP)}
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            self.cursor_at = (view, min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.cursor_at = ("back" if view == "front" else "front", x, y)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.placed.emit(view, x, y)
        elif key == Qt.Key.Key_Delete:
            self.removed.emit()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def focusInEvent(self, event: Any) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)
