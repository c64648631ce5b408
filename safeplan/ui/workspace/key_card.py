"""Her signing key's fingerprint as a card to hand or send to a lawyer (issue 14.3).

Every export is signed with the journal's own key; a lawyer can only tell a forged, re-signed
copy from hers by comparing the key with one she gave them separately. This box shows that
fingerprint in letters and digits (and as 5-digit groups, easier to read aloud) and saves a
printable one-page card as PDF through the dialogs seam. It shows only a fingerprint: nothing
of the journal, safe on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from safeplan.core.export.keycard import card_pdf, fingerprint_digits


class KeyCardBox(QGroupBox):
    """The fingerprint, both forms, and "Save the card as PDF…"."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_card")
        self._dialogs = dialogs
        self.fingerprint = str(vault.public_key_fingerprint())
        self.text = QLabel()
        self.text.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setBold(True)
        self.hex_label, self.digits_label = QLabel(), QLabel()
        self.hex_value = self._value(self.fingerprint, mono, "key_card_hex")
        self.digits_value = self._value(fingerprint_digits(self.fingerprint), mono,
                                        "key_card_digits")
        self.save_button = QPushButton()
        self.save_button.setObjectName("key_card_save")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.hex_label, self.hex_value, self.digits_label,
                       self.digits_value):
            layout.addWidget(widget)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        self.retranslate_ui()

    @staticmethod
    def _value(text: str, font: Any, name: str) -> QLabel:
        groups = text.split()
        label = QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        label.setObjectName(name)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setAccessibleName(text)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your key card (for your lawyer)"))
        self.text.setText(self.tr(
            "Every court document you make is signed with a key kept in this journal. Give your "
            "lawyer this key's fingerprint yourself — on paper, in person or by your own message. "
            "With it they can tell your documents from a copy someone changed and signed again."))
        self.hex_label.setText(self.tr("Key fingerprint (letters and digits):"))
        self.digits_label.setText(self.tr("The same in digits (easier to read aloud):"))
        self.save_button.setText(self.tr("Save the card as PDF to print…"))
        self.status.clear()

    def card_lines(self) -> list[str]:
        return [self.tr("Key card"), self.text.text(), self.hex_label.text(),
                self.digits_label.text(), self.tr(
                    "To check a document: safeplan verify --key \"{fingerprint}\" FILE, or type "
                    "the fingerprint into verify.html in the evidence bundle. It must match this "
                    "card exactly.").replace("{fingerprint}", self.fingerprint)]

    def _on_save_button_clicked(self) -> None:
        path = self._dialogs.choose_path(self, self.tr("Save the key card"),
                                         file_name="key-card.pdf",
                                         name_filter=self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            path.write_bytes(card_pdf(self.fingerprint, self.card_lines()))
        except OSError:
            self.status.setText(self.tr("The card could not be saved there. Try another place."))
            return
        self.status.setText(self.tr("The card was saved. It holds only the key fingerprint."))
