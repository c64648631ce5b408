"""Find translated text that a screen cuts off: labels, buttons, tabs, list rows.

A widget clips when the space it got is smaller than the space its text needs — ``sizeHint``
for one-line labels and buttons, ``heightForWidth`` for wrapped labels, ``tabSizeHint`` for tabs,
the text's advance for list rows. By default only pseudo-translated strings are judged (they
carry ⟦ ⟧), so journal data and numbers never count; ``any_text`` judges every text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)

from tests.i18n.pseudo import CLOSE, OPEN, is_pseudo

TOLERANCE = 2  # pixels of rounding between a hint and a geometry


def _name(widget: QWidget) -> str:
    """objectName, or the nearest named parent's (the owner can find it either way)."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and (not parent.objectName() or parent.objectName().startswith("qt_")):
        parent = parent.parentWidget()
    return f"(unnamed, in {parent.objectName() if parent is not None else 'window'})"


def _skip(widget: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 1:
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


Judge = Callable[[str], bool]


def any_text(text: str) -> bool:
    """Judge every visible text (large-font checks, where nothing is pseudo)."""
    return bool(text.strip())


def _label(label: QLabel, judge: Judge) -> str | None:
    text = label.text()
    if not judge(text):
        return None
    if OPEN in text and CLOSE not in text:
        return f"label {_name(label)} shows {text[:40]!r}… (cut before the end)"
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return (f"label {_name(label)} needs {needed}px height, has {label.height()}px: "
                    f"{text[:40]!r}")
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + TOLERANCE or hint.height() > label.height() + TOLERANCE:
        return (f"label {_name(label)} needs {hint.width()}×{hint.height()}, has "
                f"{room.width()}×{room.height()}: {text[:40]!r}")
    return None


def _button(button: QAbstractButton, judge: Judge) -> str | None:
    if not judge(button.text()):
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE:
        return (f"{type(button).__name__} {_name(button)} needs {hint.width()}px, has "
                f"{button.width()}px: {button.text()[:40]!r}")
    return None


def _tabs(bar: QTabBar, judge: Judge) -> list[str]:
    found = []
    for index in range(bar.count()):
        text = bar.tabText(index)
        if judge(text) and bar.tabRect(index).width() + TOLERANCE < bar.tabSizeHint(index).width():
            found.append(f"tab {text[:40]!r} in {_name(bar)} is cut")
    return found


def _rows(view: QListWidget, judge: Judge) -> list[str]:
    found = []
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        if item is None or item.isHidden() or not judge(item.text()):
            continue
        rect = view.visualItemRect(item)
        if rect.isEmpty() or not rect.intersects(view.viewport().rect()):
            continue
        # The row is as wide as the viewport (uniform item sizes make visualItemRect narrower).
        room = view.viewport().width()
        needed = max(metrics.horizontalAdvance(line) for line in item.text().splitlines() or [""])
        if needed > room + TOLERANCE and not view.wordWrap():
            found.append(f"row {item.text()[:40]!r} of {_name(view)} needs {needed}px, has {room}px")
    return found


def clipped_texts(window: QWidget, judge: Judge = is_pseudo) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if _skip(widget):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget, judge)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget, judge)
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget, judge))
        elif isinstance(widget, QListWidget):
            found.extend(_rows(widget, judge))
        if problem:
            found.append(problem)
    return found


def pseudo_share(window: QWidget) -> tuple[int, int]:
    """(texts in pseudo, all non-empty texts) among visible labels and buttons."""
    texts = [w.text() for w in window.findChildren(QWidget)
             if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text().strip()]
    return sum(is_pseudo(t) for t in texts), len(texts)
