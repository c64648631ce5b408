"""Dated receipts on screen (issue 18): make a short code of the journal's state, copy it, send
it yourself to someone outside; after a new incident, a plain-words suggestion to do so.

The app sends nothing. The code (five groups of four, journal/receipts.py) proves only that the
entries existed when it was made, and only once it sits in a message with its own date — the
texts say so. ``ReceiptsBox`` (Settings) lists the receipts made; ``ReceiptSuggestion`` appears
on the incident list after a save that no receipt covers yet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.receipts import ReceiptBook, grouped


class _CodeRow(QWidget):
    """The code, large and selectable, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setBold(True)
        self.code = QLabel()
        self.code.setObjectName("receipt_code")
        self.code.setFont(mono)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("receipt_copy")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)
        self.setVisible(False)

    def show_code(self, code: str) -> None:
        self.code.setText(grouped(code))
        self.code.setAccessibleName(" ".join(grouped(code)))
        self.setVisible(True)

    def _on_copy_button_clicked(self) -> None:
        # the clipboard guard adopts the copy (secret hints, cleared after a while)
        QGuiApplication.clipboard().setText(self.code.text())


def _maker_texts() -> tuple[str, str, str]:
    # One context for both boxes: widget.tr() would look the words up under each box's own class
    # name, while lupdate files them under "widget", so they were never translated.
    return (QCoreApplication.translate("ReceiptsBox", "Make a receipt now"),
            QCoreApplication.translate("ReceiptsBox", "Copy"),
            QCoreApplication.translate(
                "ReceiptsBox", "Send this code yourself to someone you trust — your lawyer, a friend, "
                "or your own e-mail. Their message keeps the date. SafePlan sends nothing."))


class ReceiptsBox(QGroupBox):
    """Settings: what a receipt is, "Make a receipt now", the code, and the receipts made."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipts_box")
        self._book = ReceiptBook(vault.journal)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setObjectName("receipt_make")
        self.make_button.clicked.connect(self._on_make_button_clicked)
        self.row = _CodeRow()
        self.send_text = QLabel()
        self.send_text.setWordWrap(True)
        self.send_text.setVisible(False)
        self.made = QLabel()
        self.made.setObjectName("receipts_made")
        self.made.setWordWrap(True)
        self.made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.row)
        layout.addWidget(self.send_text)
        layout.addWidget(self.made)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dated receipts"))
        self.text.setText(self.tr(
            "A receipt is a short code of your journal as it is right now. If you send it to "
            "someone outside, their message shows the date, and later anyone can check that the "
            "entries you had then were not written afterwards."))
        make, copy, send = _maker_texts()
        self.make_button.setText(make)
        self.row.copy_button.setText(copy)
        self.send_text.setText(send)
        self.refresh()

    def refresh(self) -> None:
        try:
            receipts = self._book.all()
        except Exception:  # a language switch after lock: the journal is closed, show nothing
            self.made.clear()
            return
        if not receipts:
            self.made.setText(self.tr("No receipts made yet."))
            return
        locale = QLocale()
        lines = [self.tr("Receipts made:")]
        for receipt in reversed(receipts[-10:]):
            lines.append(f"{grouped(receipt.code)}  —  {locale.toString(_parse(receipt.made_at))}")
        self.made.setText("\n".join(lines))

    def _on_make_button_clicked(self) -> None:
        receipt = self._book.make()
        self.row.show_code(receipt.code)
        self.send_text.setVisible(True)
        self.refresh()


class ReceiptSuggestion(QFrame):
    """On the incident list after a save no receipt covers: the suggestion, in plain words."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_suggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._book = ReceiptBook(vault.journal)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setObjectName("receipt_suggestion_make")
        self.make_button.clicked.connect(self._on_make_button_clicked)
        self.row = _CodeRow()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.row)
        self.setVisible(False)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        make, copy, send = _maker_texts()
        self.make_button.setText(make)
        self.row.copy_button.setText(copy)
        self._send = send
        if not self.row.isVisible():
            self.text.setText(self.tr(
                "Saved. To be able to show later that this was written today, make a receipt and "
                "send the code to someone you trust."))
        else:
            self.text.setText(send)

    def entry_saved(self, _uid: str = "") -> None:
        """Show the suggestion unless the newest receipt already covers everything."""
        if self._book.current_is_covered():
            self.setVisible(False)
            return
        self.row.setVisible(False)
        self.make_button.setVisible(True)
        self.retranslate_ui()
        self.setVisible(True)

    def _on_make_button_clicked(self) -> None:
        receipt = self._book.make()
        self.row.show_code(receipt.code)
        self.make_button.setVisible(False)
        self.text.setText(self._send)

    def clear(self) -> None:
        self.setVisible(False)
        self.row.code.clear()


def _parse(stamp: str) -> Any:
    from PySide6.QtCore import QDateTime

    return QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
