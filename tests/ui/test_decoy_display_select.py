"""Issue 17.2: the calculator's result line becomes selectable only when the mouse reaches it
(building Qt's text control was ~6 ms of the decoy's start) — and can then be selected to copy
a result, as before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from safeplan.ui.shell.calculator import CalculatorDecoy


def test_result_can_be_selected_once_the_mouse_is_on_it(qapp: Any) -> None:
    calc = CalculatorDecoy()
    calc.resize(380, 520)
    calc.show()
    QTest.qWaitForWindowExposed(calc)
    for key in "12345":
        QTest.keyClick(calc, key)
    display = calc.display
    assert display.text().replace(" ", "").replace("\u00a0", "") == "12345"
    inside = QPointF(display.rect().center())
    QApplication.sendEvent(display, QEnterEvent(inside, inside, QPointF(display.mapToGlobal(
        display.rect().center()))))
    assert display.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    QTest.mouseDClick(display, Qt.MouseButton.LeftButton, pos=QPoint(
        display.width() - 20, display.height() // 2))
    assert display.hasSelectedText()
    assert display.selectedText().replace(" ", "").replace("\u00a0", "") == "12345"
    calc.close()
