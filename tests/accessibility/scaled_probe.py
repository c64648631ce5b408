"""Run the screen tour on one simulated screen and print what a person would see, as JSON.

Started in a child process by test_scaled_screens.py, because the screen size, the scale factor
and the font DPI are fixed when Qt starts: ``QT_QPA_PLATFORM=offscreen:configfile=…`` gives the
screen (e.g. 1920×1080), ``QT_SCALE_FACTOR=2`` or ``QT_FONT_DPI=144`` the scaling. The window is
left at the size the app gives itself (not resized by the tour).

Usage: python -m tests.accessibility.scaled_probe SCRATCH_DIR LANG [SHOTS_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from safeplan.app import guard_pyside_refcount_bug
from tests.accessibility.screens import all_screens, settle
from tests.accessibility.widgets import controls, describe
from tests.i18n.clipping import any_text, clipped_texts


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scrolled_out(widget: QWidget) -> bool:
    """Inside a scroll area and outside its viewport: reachable by scrolling, not cut."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            view = _global(parent.viewport())
            if not view.contains(_global(widget)):
                return True
        parent = parent.parentWidget()
    return False


def _cut_controls(window: QWidget) -> list[str]:
    """Controls partly outside the window and not in a scroll area that could bring them in."""
    frame = _global(window)
    return [describe(w) for w in controls(window)
            if not frame.contains(_global(w)) and not _scrolled_out(w)]


def inspect(window: QWidget) -> dict[str, Any]:
    screen = window.screen()
    available = screen.availableGeometry()
    exit_button = getattr(window, "exit_button", None)
    exit_rect = (_rect(_global(exit_button))
                 if exit_button is not None and exit_button.isVisible() else None)
    return {
        "window": _rect(window.frameGeometry()),
        "available": _rect(available),
        "exit": exit_rect,
        "clipped": clipped_texts(window, any_text),
        "cut_controls": _cut_controls(window),
    }


def main(argv: list[str]) -> int:
    guard_pyside_refcount_bug()
    scratch, lang = Path(argv[0]), argv[1]
    shots = Path(argv[2]) if len(argv) > 2 else None
    app = QApplication.instance() or QApplication([])
    report: dict[str, Any] = {}
    for screen in all_screens(app, scratch, lang, size=None):
        settle(app, 6)
        report[screen.name] = inspect(screen.window)
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            screen.window.grab().save(str(shots / (screen.name.replace("/", "_") + ".png")))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
