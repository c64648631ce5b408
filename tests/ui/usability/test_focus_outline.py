"""Issue 15: focus outlines were faint 1-px lines; now ≥ 2 px in a high-contrast colour."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.shell.focus_style import FOCUS_COLOUR, install_focus_style


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _thick_runs(image: QImage) -> int:
    """How many pixels of the focus colour have another one right below them (2-px lines)."""
    target = FOCUS_COLOUR.rgb()
    count = 0
    for y in range(image.height() - 1):
        for x in range(image.width()):
            if image.pixel(x, y) == target and image.pixel(x, y + 1) == target:
                count += 1
    return count


@pytest.mark.parametrize("kind", ["button", "line", "check", "combo"])
def test_the_focused_control_has_a_thick_clear_outline(qtbot: Any, kind: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_focus_style(app)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = QLineEdit()
    control = {"button": lambda: QPushButton("Save and next"), "line": QLineEdit,
               "check": lambda: QCheckBox("I know the signs"),
               "combo": lambda: QComboBox()}[kind]()
    if isinstance(control, QComboBox):
        control.addItems(["Русский", "English"])
    layout.addWidget(other)
    layout.addWidget(control)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    other.setFocus()
    QApplication.processEvents()
    before = _thick_runs(control.grab().toImage())
    control.setFocus()
    QApplication.processEvents()
    after = _thick_runs(control.grab().toImage())
    assert after - before >= 40, f"{kind}: no thick outline ({before} → {after})"
    assert _contrast(FOCUS_COLOUR, QColor("white")) >= 4.5
    assert _contrast(FOCUS_COLOUR, QColor("#efefef")) >= 3.0
