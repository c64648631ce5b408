"""The heading at the top of a workspace page: the page's own font, 1.4 times larger and bold
(the size a frightened reader with poor eyesight finds first; one rule for every page)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def title_font(owner: QWidget) -> QFont:
    font = QFont(owner.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    return font


def title_label(owner: QWidget) -> QLabel:
    """An empty heading label in the page's title font (the page sets its words)."""
    label = QLabel()
    label.setFont(title_font(owner))
    return label
