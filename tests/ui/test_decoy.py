"""The decoy works as a calculator (and as a notes pad) and opens only on the right door code."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.ui.shell.calc_engine import CalcEngine
from safeplan.ui.shell.calculator import CalculatorDecoy
from tests.ui.conftest import DOOR_CODE, type_door_code


def run(keys: str) -> tuple[str, str | None]:
    engine = CalcEngine()
    typed = None
    for key in keys:
        if key.isdigit():
            engine.digit(key)
        elif key == ".":
            engine.point()
        elif key in "+-*/":
            engine.operator(key)
        elif key == "%":
            engine.percent()
        elif key == "=":
            typed = engine.equals()
        elif key == "C":
            engine.clear()
        elif key == "<":
            engine.backspace()
        elif key == "~":
            engine.negate()
    return engine.display, typed


@pytest.mark.parametrize(
    ("keys", "shown"),
    [
        ("0.1+0.2=", "0.3"),
        ("12+3*2=", "30"),  # pocket-calculator order: left to right
        ("7/2=", "3.5"),
        ("9-12=", "-3"),
        ("2+3==", "8"),  # "=" again repeats the last operation
        ("200+10%=", "220"),
        ("50*10%=", "5"),
        ("1/0=", "Error"),
        ("1/0=5", "5"),  # a digit after an error starts again
        ("123<<", "1"),
        ("5~", "-5"),
        ("99C", "0"),
        ("1.5.5", "1.55"),
        ("7/3=", "2.33333333333333"),
    ],
)
def test_arithmetic(keys: str, shown: str) -> None:
    assert run(keys)[0] == shown


def test_equals_reports_only_bare_numbers() -> None:
    assert run("2468=")[1] == "2468"
    assert run("24+68=")[1] == ""
    assert run("2468%=")[1] == ""


def test_keyboard_input(qtbot: Any) -> None:
    calc = CalculatorDecoy()
    qtbot.addWidget(calc)
    calc.show()
    qtbot.keyClicks(calc, "12*3")
    qtbot.keyClick(calc, Qt.Key.Key_Return)
    assert calc.display.text() == "36"
    qtbot.keyClick(calc, Qt.Key.Key_Escape)
    assert calc.display.text() == "0"
    qtbot.keyClicks(calc, "1,5+1")
    qtbot.keyClick(calc, Qt.Key.Key_Equal)
    assert calc.display.text() == "2.5"


def test_buttons_have_accessible_names(qtbot: Any) -> None:
    calc = CalculatorDecoy()
    qtbot.addWidget(calc)
    for button in calc.buttons.values():
        assert button.accessibleName(), button.objectName()
    qtbot.mouseClick(calc.buttons["7"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.buttons["+"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.buttons["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.buttons["equals"], Qt.MouseButton.LeftButton)
    assert calc.display.text() == "8"


def test_wrong_codes_just_calculate(ready_shell: Any) -> None:
    shell = ready_shell
    for code in ("1234", "24680", "246", "8642"):
        type_door_code(shell, code)
        assert shell.session.state == "decoy"
        assert shell.window.showing() is shell.window.decoy
        assert shell.window.decoy.display.text() == code
    # The code as part of a sum is a sum, not the code.
    for key in "2468+0":
        shell.window.decoy.press("+" if key == "+" else key)
    shell.window.decoy.press("equals")
    assert shell.session.state == "decoy"


def test_right_code_reveals_unlock_and_is_not_left_on_screen(ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell, DOOR_CODE)
    assert shell.session.state == "unlock"
    assert shell.window.showing() is shell.session.unlock_screen
    assert shell.window.decoy.display.text() == "0"
    assert shell.window.windowTitle() == "Calculator"


def test_door_code_typed_on_the_keyboard(qtbot: Any, ready_shell: Any) -> None:
    decoy = ready_shell.window.decoy
    qtbot.keyClicks(decoy, DOOR_CODE)
    qtbot.keyClick(decoy, Qt.Key.Key_Enter)
    assert ready_shell.session.state == "unlock"


def test_notes_decoy_opens_on_code_line(qtbot: Any, build: Any, prepared: Any) -> None:
    prepared(decoy_kind="notes")
    shell = build()
    assert shell.window.windowTitle() == "Notes"
    editor = shell.window.decoy.editor
    qtbot.keyClicks(editor, "milk, bread")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "1234=")
    assert shell.session.state == "decoy"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, f"{DOOR_CODE}=")
    assert shell.session.state == "unlock"
    assert DOOR_CODE not in editor.toPlainText()  # the code is taken back out
    assert "milk, bread" in editor.toPlainText()
