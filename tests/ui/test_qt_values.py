"""The ints the decoy's start uses instead of PySide's ``Qt`` enums are Qt's own values, and
setting them through the property system has the typed setter's effect (issue 17.2)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from safeplan.ui import qt_values
from safeplan.ui.qt_values import set_enum_property


def test_values_are_qts_own() -> None:
    assert qt_values.ALIGN_RIGHT_VCENTER == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    assert qt_values.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert qt_values.STRONG_FOCUS == Qt.FocusPolicy.StrongFocus.value
    assert qt_values.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    for name, value in qt_values.KEY.items():
        assert Qt.Key[f"Key_{name}"].value == value, name


def test_set_through_the_property_system(qtbot: Any) -> None:
    label = QLabel("1")
    qtbot.addWidget(label)
    set_enum_property(label, "alignment", qt_values.ALIGN_RIGHT_VCENTER)
    set_enum_property(label, "focusPolicy", qt_values.STRONG_FOCUS)
    set_enum_property(label, "textFormat", qt_values.PLAIN_TEXT)
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert label.textFormat() == Qt.TextFormat.PlainText
    with pytest.raises(ValueError, match="no property"):
        set_enum_property(label, "focusPolicyy", qt_values.NO_FOCUS)
