"""Issue 15: the decoy calculator's tells — a decimal point in Russian/Belarusian, wrong last
digits for big results."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.ui.shell.calc_engine import CalcEngine
from safeplan.ui.shell.calculator import CalculatorDecoy


def run(keys: str) -> str:
    engine = CalcEngine()
    for key in keys:
        if key.isdigit():
            engine.digit(key)
        elif key == ".":
            engine.point()
        elif key == "=":
            engine.equals()
        else:
            engine.operator(key)
    return engine.display


@pytest.mark.parametrize(("keys", "shown"), [
    ("99999999*99999999=", "9999999800000001"),
    ("123456789012345*1000=", "123456789012345000"),
    ("999999999999999+1=", "1000000000000000"),
    ("1/3=", "0.333333333333333"),
    ("0.1+0.2=", "0.3"),
])
def test_big_results_are_exact(keys: str, shown: str) -> None:
    assert run(keys) == shown


@pytest.mark.parametrize(("lang", "comma"), [("ru", ","), ("be", ","), ("en", ".")])
def test_decimal_separator_follows_the_language(qtbot: Any, qapp: Any, lang: str,
                                                comma: str) -> None:
    from safeplan.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.switch(lang)
    try:
        calc = CalculatorDecoy()
        qtbot.addWidget(calc)
        calc.show()
        qtbot.keyClicks(calc, "1,5+1")
        qtbot.keyClick(calc, Qt.Key.Key_Equal)
        assert calc.display.text() == f"2{comma}5"
        assert calc.buttons["point"].text() == comma
        qtbot.keyClicks(calc, "99999999*99999999")
        qtbot.keyClick(calc, Qt.Key.Key_Equal)
        assert calc.display.text() == "9999999800000001"
        metrics = calc.display.fontMetrics()
        assert metrics.horizontalAdvance(calc.display.text()) <= calc.display.contentsRect().width()
    finally:
        switcher.switch("en")
        switcher.uninstall()
