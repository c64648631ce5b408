"""The settings page's widgets: the backup, security and reading boxes, the key card and the
receipts, the status line and the progress bar, laid out once.

No words and no actions live here: :class:`settings_page.SettingsPage` gives every widget its
words (``retranslate_ui``, so a language change reaches them all) and connects the buttons to what
they do. Split so that the page's behaviour reads without 130 lines of layout in front of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.export_options import EXPORT_LANGUAGES
from safeplan.ui.workspace.key_card import KeyCardBox
from safeplan.ui.workspace.page_title import title_label
from safeplan.ui.workspace.receipts_box import ReceiptsBox


class SettingsForm(QWidget):
    """The settings page's boxes and fields (the base of :class:`SettingsPage`)."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label(self)

        self.backup_box = QGroupBox()
        self.backup_text = self._words()
        self.backup_button = self._button("settings_backup")
        self.restore_text = self._words()
        self.restore_passphrase = self._secret("settings_restore_passphrase")
        self.restore_button = self._button("settings_restore")
        backup_layout = QVBoxLayout(self.backup_box)
        backup_layout.addWidget(self.backup_text)
        backup_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        backup_layout.addWidget(self.restore_text)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_passphrase, 1)
        restore_row.addWidget(self.restore_button)
        backup_layout.addLayout(restore_row)

        self.security_box = QGroupBox()
        self.current = self._secret("settings_current_passphrase")
        self.new = self._secret("settings_new_passphrase")
        self.repeat = self._secret("settings_repeat_passphrase")
        self.change_button = self._button("settings_change_passphrase")
        self.recovery_text = self._words()
        self.recovery_button = self._button("settings_recovery")
        self.recovery_code = QLabel()
        self.recovery_code.setObjectName("settings_recovery_code")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.8)
        mono.setBold(True)
        self.recovery_code.setFont(mono)
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.recovery_code.setVisible(False)
        self.security_form = QFormLayout()
        self.security_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.security_labels, (self.current, self.new, self.repeat),
                                strict=True):
            label.setBuddy(field)
            self.security_form.addRow(label, field)
        security_layout = QVBoxLayout(self.security_box)
        security_layout.addLayout(self.security_form)
        security_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        security_layout.addWidget(self.recovery_text)
        security_layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        security_layout.addWidget(self.recovery_code)
        # Issue 15: the second (duress) passphrase was never explained here.
        self.duress_text = self._words()
        self.duress_text.setObjectName("settings_duress_text")
        security_layout.addWidget(self.duress_text)

        self.comfort_box = QGroupBox()
        self.easy_reading = QCheckBox()
        self.easy_reading.setObjectName("settings_easy_reading")
        self.app_language = QComboBox()
        self.app_language.setObjectName("settings_app_language")
        for code, name in EXPORT_LANGUAGES.items():  # native names: findable in any language
            self.app_language.addItem(name, code)
        self.app_language_label = QLabel()
        self.app_language_label.setBuddy(self.app_language)
        self.export_language = QComboBox()
        self.export_language.setObjectName("settings_export_language")
        for code, name in EXPORT_LANGUAGES.items():
            self.export_language.addItem(name, code)
        self.export_language_label = QLabel()
        self.export_language_label.setBuddy(self.export_language)
        comfort_layout = QFormLayout(self.comfort_box)
        comfort_layout.addRow(self.app_language_label, self.app_language)
        comfort_layout.addRow(self.easy_reading)
        comfort_layout.addRow(self.export_language_label, self.export_language)

        self.progress = QProgressBar()
        self.progress.setObjectName("settings_progress")
        self.progress.setRange(0, 1)
        self.status = QLabel()
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        # her key's fingerprint for a lawyer: the trust anchor of every export (issue 14.3)
        self.key_card = KeyCardBox(vault, dialogs)
        self.receipts = ReceiptsBox(vault)  # dated receipts (issue 18)
        for box in (self.backup_box, self.security_box, self.key_card, self.receipts,
                    self.comfort_box):
            inner_layout.addWidget(box)
        inner_layout.addStretch(1)
        inner.setMaximumWidth(self.fontMetrics().averageCharWidth() * 120)  # short lines read easier
        for box in (self.backup_box, self.security_box, self.comfort_box):
            heading = QFont(box.font())
            heading.setBold(True)
            heading.setPointSizeF(heading.pointSizeF() * 1.15)
            box.setFont(heading)
            for child in box.findChildren(QWidget):
                if child is not self.recovery_code:
                    plain = QFont(child.font())
                    plain.setBold(False)  # explicit, so the title's bold is not inherited
                    plain.setPointSizeF(self.font().pointSizeF())
                    child.setFont(plain)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

    def _words(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        return label

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setMinimumHeight(self.fontMetrics().height() * 2)
        return button

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field
