"""The workspace's font sizes: every widget keeps its size relative to the system font.

Easy reading (and a large system font) scale one base size; explicit per-widget fonts are needed
because Qt does not pass a parent's font down through widgets that carry a style sheet, and the
remembered ratio keeps every page's own headings larger than its text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget


def remember_ratios(root: QWidget) -> None:
    """Note each widget's size relative to the system font before the workspace's sizes reach
    it (a ``font_scale`` property, when set, is the ratio wanted)."""
    system = QGuiApplication.font().pointSizeF()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("font_ratio") is not None:
            continue
        scale = widget.property("font_scale")
        size = widget.font().pointSizeF()
        if isinstance(scale, (int, float)):
            ratio = float(scale)
        else:
            ratio = size / system if size > 0 and system > 0 else 1.0
        widget.setProperty("font_ratio", ratio)


def apply_fonts(root: QWidget, base: float) -> None:
    """Give every widget under ``root`` its remembered ratio of ``base`` points."""
    if base <= 0:
        return  # pixel-sized system font: leave sizes to the system
    for widget in [root, *root.findChildren(QWidget)]:
        ratio = widget.property("font_ratio")
        if not isinstance(ratio, float):
            continue
        font = QFont(widget.font())
        font.setPointSizeF(base * ratio)
        widget.setFont(font)
