"""First-run page 4: the passphrase, a strength meter, and the warning that nobody can recover it.

Strength comes from the one passphrase policy (safeplan/core/storage/passphrase_policy.py:
zxcvbn taught Russian and Belarusian words, transliterations and keyboard layouts; the same
policy guards Settings and the CLI). zxcvbn's own hints are English only, so the page shows
translated sentences chosen by the score. A weak passphrase is refused (score below
``MIN_SCORE``): Argon2id slows guessing, but cannot save a passphrase in every guessing list.
The optional recovery code is a second key for a trusted person, shown once at the end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar

from safeplan.core.storage.passphrase_policy import MIN_SCORE, strength
from safeplan.ui.shell.wizard_pages import WizardPage, big_font, text_label

_COLOURS = ("#b00020", "#c0392b", "#b7791f", "#2e7d32", "#1b5e20")
__all__ = ["MIN_SCORE", "PassphrasePage", "strength"]


class PassphrasePage(WizardPage):
    """Passphrase + repeat, meter, warning, optional recovery code."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard_passphrase")
        layout = self.page_layout()
        self.intro = text_label(name="wizard_passphrase_intro")
        self.first_label = QLabel()
        self.first = QLineEdit()
        self.first.setObjectName("wizard_passphrase_first")
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        self.repeat.setObjectName("wizard_passphrase_repeat")
        for label, field in ((self.first_label, self.first), (self.repeat_label, self.repeat)):
            label.setFont(big_font(label, 1.1))
            label.setBuddy(field)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setFont(big_font(field, 1.3))
            field.setMinimumHeight(field.fontMetrics().height() + 14)
            field.textChanged.connect(self._on_text_changed)
        self.show_text = QCheckBox()
        self.show_text.setObjectName("wizard_passphrase_show")
        self.show_text.setFont(big_font(self.show_text, 1.1))
        self.show_text.toggled.connect(self._on_show_text_toggled)
        self.meter = QProgressBar()
        self.meter.setObjectName("wizard_passphrase_meter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(14)
        self.verdict = text_label(name="wizard_passphrase_verdict", factor=1.1)
        self.warning = text_label(name="wizard_passphrase_warning", factor=1.1)
        self.warning.setStyleSheet(
            "QLabel { background: #fff3cd; color: #3d2c00; border: 1px solid #b7791f; "
            "border-radius: 4px; padding: 8px; }"
        )
        self.recovery = QCheckBox()
        self.recovery.setObjectName("wizard_recovery_code")
        self.recovery.setFont(big_font(self.recovery, 1.1))
        self.recovery.setChecked(True)
        for widget in (
            self.intro,
            self.first_label,
            self.first,
            self.repeat_label,
            self.repeat,
            self.show_text,
            self.meter,
            self.verdict,
            self.warning,
            self.recovery,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._score = 0
        self.setFocusProxy(self.first)
        self.retranslate_ui()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def wants_recovery_code(self) -> bool:
        return self.recovery.isChecked()

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()

    def is_complete(self) -> bool:
        return self._score >= MIN_SCORE and self.first.text() == self.repeat.text()

    def problem(self) -> str:
        if not self.first.text():
            return self.tr("Type a passphrase.")
        if self._score < MIN_SCORE:
            return self.tr("This passphrase is too easy to guess. Add more words.")
        if self.first.text() != self.repeat.text():
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def title(self) -> str:
        return self.tr("Your passphrase")

    def _on_text_changed(self) -> None:
        self._score = strength(self.first.text())
        self.meter.setValue(self._score if self.first.text() else 0)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[self._score]}; }}"
        )
        self._show_verdict()
        self.changed.emit()

    def _on_show_text_toggled(self, checked: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _show_verdict(self) -> None:
        if not self.first.text():
            self.verdict.setText("")
            self.meter.setAccessibleDescription("")
            return
        verdicts = (
            self.tr("Strength: very weak — easy to guess."),
            self.tr("Strength: weak — add more words."),
            self.tr("Strength: fair — good enough; more words make it better."),
            self.tr("Strength: strong."),
            self.tr("Strength: very strong."),
        )
        self.verdict.setText(verdicts[self._score])
        self.meter.setAccessibleDescription(verdicts[self._score])

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose a passphrase: several words that you will remember and others will not "
                "guess, for example four unrelated words."
            )
        )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.repeat_label.setText(self.tr("&Type it again:"))
        self.repeat.setAccessibleName(self.tr("Type the passphrase again"))
        self.show_text.setText(self.tr("&Show what I type"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.warning.setText(
            self.tr(
                "Important: nobody can recover a forgotten passphrase — not us, not the police, "
                "not a technician. Without it, what you saved cannot be opened."
            )
        )
        self.recovery.setText(
            self.tr("Make a recovery code that I can write down and give to someone I trust")
        )
        self.recovery.setAccessibleName(self.tr("Make a recovery code"))
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self._show_verdict()
