"""Where the one window sits and how large it is (issue 15).

Whatever a screen needs, the window never outgrows the screen and never hangs off it: at 2×
scaling the journal's window kept the calculator's corner and its bottom, with Exit, went off
the screen. The page inside scrolls instead (main_window.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DECOY_SIZE = QSize(380, 520)
FULL_SIZE = QSize(1280, 820)


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` made no larger than ``available`` and moved (not resized further) so that
    every edge is inside it: a window never keeps the calculator's corner with its bottom off
    the screen (issue 15, 2× scaling)."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    x = min(max(wanted.x(), available.left()), available.left() + available.width() - width)
    y = min(max(wanted.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def available_geometry(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, FULL_SIZE.width(), FULL_SIZE.height())
    return screen.availableGeometry()


def room(window: QWidget) -> QRect:
    """The available screen area less the window manager's frame (title bar, borders)."""
    frame = window.frameGeometry()
    inner = window.geometry()
    return available_geometry(window).adjusted(
        max(0, inner.left() - frame.left()), max(0, inner.top() - frame.top()),
        -max(0, frame.right() - inner.right()), -max(0, frame.bottom() - inner.bottom()))


def fit_to_screen(window: QWidget) -> None:
    """As large as FULL_SIZE allows, never larger than the screen, wholly on it."""
    if window.isMaximized() or window.isFullScreen():
        return
    inner = window.geometry()
    space = room(window)
    window.setMinimumSize(QSize(min(640, space.width()), min(480, space.height())))
    width = space.width() - 40 if space.width() > 700 else space.width()
    height = space.height() - 40 if space.height() > 560 else space.height()
    size = QSize(min(FULL_SIZE.width(), width), min(FULL_SIZE.height(), height))
    window.setGeometry(fit_rect(QRect(inner.topLeft(), size), space))


def fit_decoy(window: QWidget, size: QSize) -> None:
    """The decoy at ``size``, moved (and shrunk) only as far as the screen demands."""
    window.setGeometry(fit_rect(QRect(window.geometry().topLeft(), size), room(window)))
