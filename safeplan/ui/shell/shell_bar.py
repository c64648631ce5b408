"""The bar above every page but the decoy: the program's name, the Shift count, Privacy, Lock
and the always-visible Exit (UX principle 2; GOV.UK's "Exit this page").

The widgets and their sizes: ShellWindow (main_window.py) builds the bar when a page first
needs it, wires its buttons, says how large it should be and writes its words (in its own
translation context). The decoy
never shows the bar, so the calculator's start does not wait for it (issue 17.2).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ShellBar(QWidget):
    """Name, Shift count, Privacy, Lock, Exit — in that order, left to right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell_bar")
        self.name_label = QLabel()
        self.name_label.setObjectName("shell_name")
        self.name_label.setProperty("header_ratio", 1.2)
        name_font = QFont(self.font())
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        # GOV.UK "Exit this page": each Shift press shows how many are left.
        self.shift_hint = QLabel()
        self.shift_hint.setObjectName("shell_shift_hint")
        self.shift_hint.setStyleSheet(
            "#shell_shift_hint { background: #f6d32d; color: #1a1a1a; font-weight: bold;"
            " padding: 4px 10px; border-radius: 4px; }")
        self.shift_hint.hide()
        self.privacy_button = QPushButton()
        self.privacy_button.setObjectName("shell_privacy")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("shell_lock")
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("shell_exit")
        self.exit_button.setMinimumHeight(36)
        self.exit_button.setStyleSheet(
            "QPushButton { background: #8a1c1c; color: white; font-weight: bold; "
            "padding: 4px 18px; border-radius: 4px; }"
            "QPushButton:focus { border: 3px solid #f6d32d; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.name_label)
        layout.addStretch(1)
        layout.addWidget(self.shift_hint)
        layout.addWidget(self.privacy_button)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.exit_button)

    def apply_scale(self, scale: float) -> None:
        """Easy reading enlarges the bar too (its Exit button above all): ``scale`` times the
        application's font, times each control's own ``header_ratio``."""
        base = QGuiApplication.font().pointSizeF()
        if base <= 0:
            return
        for widget in (self.name_label, self.shift_hint, self.privacy_button, self.lock_button,
                       self.exit_button):
            ratio = widget.property("header_ratio")
            font = QFont(widget.font())
            font.setPointSizeF(base * scale * (float(ratio) if ratio else 1.0))
            widget.setFont(font)
        self.exit_button.setMinimumHeight(int(36 * scale))
