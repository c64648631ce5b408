"""The passphrase screen, reached only through the decoy's door code.

Neutral words only (threat A1: someone may see this screen over her shoulder) — it asks for a
passphrase and names nothing. The KDF runs in a worker (``core_task.py``); meanwhile a busy
indicator moves and the field is disabled. A wrong passphrase gets a calm sentence, and the core's
growing delay after repeated failures is explained rather than felt as a freeze. The field is
cleared whenever the screen is hidden (issue 3), so a quick exit leaves no passphrase behind.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.qt_values import KEY, PLAIN_TEXT, set_enum_property


class UnlockScreen(QWidget):
    """Emits :attr:`unlock_requested` with the passphrase typed."""

    unlock_requested = Signal(str)
    back_requested = Signal()  # Esc: back to the decoy, as if nothing happened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_screen")
        self.heading = QLabel()
        self.heading.setObjectName("unlock_heading")
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)

        self.field_label = QLabel()
        self.field_label.setFont(self._scaled(1.15))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.passphrase.setFont(big)
        self.passphrase.setMinimumHeight(self.passphrase.fontMetrics().height() + 16)
        self.field_label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self._on_submit)

        self.show_text = QCheckBox()
        self.show_text.setObjectName("unlock_show")
        self.show_text.setFont(self._scaled(1.1))
        self.show_text.toggled.connect(self._on_show_text_toggled)

        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.setFont(big)
        self.unlock_button.clicked.connect(self._on_submit)

        self.busy = QProgressBar()
        self.busy.setObjectName("unlock_busy")
        self.busy.setRange(0, 0)  # indeterminate: Argon2id gives no progress
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.busy.hide()

        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setFont(big)
        set_enum_property(self.message, "textFormat", PLAIN_TEXT)
        self.message.hide()

        self.hint = QLabel()
        self.hint.setObjectName("unlock_hint")
        self.hint.setWordWrap(True)
        self.hint.setFont(self._scaled(1.1))

        row = QHBoxLayout()
        row.addWidget(self.show_text)
        row.addStretch(1)
        row.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.field_label)
        column.addWidget(self.passphrase)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addWidget(self.hint)
        column.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(560)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 48, 24, 24)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_tick)
        self._remaining = 0
        self._busy = False
        self.wrong_tries = 0  # wrong passphrases on this screen since it was opened (hers)
        self.setTabOrder(self.passphrase, self.show_text)
        self.setTabOrder(self.show_text, self.unlock_button)
        self.setFocusProxy(self.passphrase)
        self.retranslate_ui()

    def _scaled(self, factor: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        return font

    # --- state from the session ------------------------------------------------------------
    def set_busy(self, busy: bool, wait_seconds: float = 0.0) -> None:
        """Show the busy indicator; ``wait_seconds`` > 0 explains the growing delay."""
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._countdown.stop()
        if busy:
            self._remaining = round(wait_seconds)
            if self._remaining > 0:
                self._countdown.start()
            self._show_progress_text()
        else:
            self.passphrase.setFocus()

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.message.setVisible(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def clear(self) -> None:
        """Forget the typed passphrase and any message (hide, lock, quick exit)."""
        self.passphrase.clear()
        self.message.clear()
        self.message.hide()
        self._countdown.stop()
        self._busy = False
        self.passphrase.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.busy.hide()

    @property
    def is_busy(self) -> bool:
        return self._busy

    # --- internals -------------------------------------------------------------------------
    def _on_submit(self) -> None:
        text = self.passphrase.text()
        if self._busy or not text:
            return
        self.passphrase.clear()  # the worker holds the only copy from here
        self.unlock_requested.emit(text)

    def _on_show_text_toggled(self, checked: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def _on_countdown_tick(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        if self._remaining == 0:
            self._countdown.stop()
        self._show_progress_text()

    def _show_progress_text(self) -> None:
        if self._remaining > 0:
            text = self.tr(
                "After several wrong tries, each new try waits a little longer. "
                "Seconds left: %n.",
                "",
                self._remaining,
            )
        else:
            text = self.tr("Opening… this takes a few seconds.")
        self.message.setText(text)
        self.message.setVisible(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == KEY["Escape"] and not event.modifiers():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not self._busy:
            self.clear()
        else:
            self.passphrase.clear()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Enter your passphrase"))
        self.field_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_text.setText(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.unlock_button.setText(self.tr("&Open"))
        self.unlock_button.setAccessibleName(self.tr("Open"))
        self.busy.setAccessibleName(self.tr("Opening, please wait"))
        self.hint.setText(self.tr("A recovery code also works here, typed with its dashes."))
        if self._busy:
            self._show_progress_text()
