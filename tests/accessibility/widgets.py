"""Which widgets are controls a person operates, and what a screen reader calls them (UX 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

_CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
             QAbstractSlider, QAbstractItemView, QTabBar, QCalendarWidget)
# Parts of a compound control that the control itself names and focuses (a spin box's editor,
# a combo box's list, a tab bar's scroll arrows, a calendar's buttons).
_COMPOUND = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget)


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    """A visible widget a person clicks, types into or moves through."""
    if not isinstance(widget, _CONTROLS) or isinstance(widget, QHeaderView | QScrollBar):
        return False
    if not widget.isVisible() or widget.width() <= 1 or widget.height() <= 1:
        return False
    if widget.objectName().startswith("qt_"):
        return False  # Qt's own parts (a table's corner button): the parent control names them
    return not _inside_compound(widget)


def controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if is_control(w)]


def is_tab_stop(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return (is_control(widget) and widget.isEnabled()
            and bool(policy.value & Qt.FocusPolicy.TabFocus.value))


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets: accessibleName, else the text or the buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return (interface.text(QAccessible.Text.Name) or "").strip()


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "(no objectName)"
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {parent.objectName()}" if parent is not None else ""
    return f"{type(widget).__name__} {name}{where}"
