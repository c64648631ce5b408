"""What the shell window adds once the decoy's first frame is on screen (issue 17.2): the drawn
neutral icon and Enter-presses-buttons. Neither has anything to do on the calculator, so this
module is loaded with the first frame (ShellWindow.complete_start, app.py), not before it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QPushButton, QToolButton

from safeplan.ui.qt_values import KEY


def neutral_icon() -> QIcon:
    """A plain calculator glyph drawn at run time (no asset that could be named or searched).
    Painting builds PySide's ``Qt`` namespace (safeplan/ui/qt_values.py): after the frame."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#5f6b7a"))
        radius = size * 0.1
        body = QRectF(size * 0.1, size * 0.04, size * 0.8, size * 0.92)
        painter.drawRoundedRect(body, radius, radius)
        painter.setBrush(QColor("#d8e3ea"))
        painter.drawRect(int(size * 0.2), int(size * 0.12), int(size * 0.6), int(size * 0.2))
        painter.setBrush(QColor("#f2f4f6"))
        step = size * 0.2
        for row in range(3):
            for column in range(3):
                x = size * 0.2 + column * step
                y = size * 0.42 + row * step
                painter.drawRect(int(x), int(y), int(step * 0.7), int(step * 0.7))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class EnterClicksButtons(QObject):
    """Enter or Return on a focused button presses it, as Space does (issue 15: people who
    learnt that Enter means "do it" pressed Enter on a focused button and nothing happened).
    A dialog's push buttons are left to the dialog, which already presses the focused one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        # Push and tool buttons only: a tick box or a choice keeps Space (Enter there would
        # flip an answer she did not mean to change).
        if not isinstance(watched, QPushButton | QToolButton):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in (KEY["Return"], KEY["Enter"]):
            return False
        if not (watched.hasFocus() and watched.isEnabled() and watched.isVisible()):
            return False
        if isinstance(watched, QPushButton) and watched.window().inherits("QDialog"):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        watched.click()
        return True
