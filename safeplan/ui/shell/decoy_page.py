"""First-run pages 5–7: decoy and door code, the optional second (duress) passphrase, done.

Threat A1. The door code is what turns the calculator into the passphrase screen; it is stored
only as a hash (settings.py). The second passphrase (requirement 11) opens a separate, harmless
journal if she is forced to open the program; it is explained here, at set-up, and nowhere in the
journal it opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLabel, QLineEdit, QRadioButton

from safeplan.core.settings import valid_door_code
from safeplan.ui.shell.wizard_pages import WizardPage, big_font, text_label


def _field(name: str, *, password: bool = True, digits: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setFont(big_font(field, 1.3))
    field.setMinimumHeight(field.fontMetrics().height() + 14)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    if digits:
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setMaxLength(12)
    return field


class DecoyPage(WizardPage):
    """Calculator or notes, and the door code (4–12 digits, typed twice)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard_decoy")
        layout = self.page_layout()
        self.intro = text_label(name="wizard_decoy_intro")
        self.calculator = QRadioButton()
        self.calculator.setObjectName("wizard_decoy_calculator")
        self.calculator.setChecked(True)
        self.notes = QRadioButton()
        self.notes.setObjectName("wizard_decoy_notes")
        self.group = QButtonGroup(self)
        for option in (self.calculator, self.notes):
            option.setFont(big_font(option, 1.2))
            self.group.addButton(option)
            option.toggled.connect(self._on_changed)
        self.code_label = QLabel()
        self.code = _field("wizard_door_code", password=False, digits=True)
        self.repeat_label = QLabel()
        self.repeat = _field("wizard_door_code_repeat", password=False, digits=True)
        for label, field in ((self.code_label, self.code), (self.repeat_label, self.repeat)):
            label.setFont(big_font(label, 1.1))
            label.setBuddy(field)
            field.textChanged.connect(self._on_changed)
        self.how = text_label(name="wizard_decoy_how")
        for widget in (
            self.intro,
            self.calculator,
            self.notes,
            self.code_label,
            self.code,
            self.repeat_label,
            self.repeat,
            self.how,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.calculator)
        self.retranslate_ui()

    @property
    def decoy_kind(self) -> str:
        return "notes" if self.notes.isChecked() else "calculator"

    @property
    def door_code(self) -> str:
        return self.code.text()

    def is_complete(self) -> bool:
        return valid_door_code(self.code.text()) and self.code.text() == self.repeat.text()

    def problem(self) -> str:
        if not valid_door_code(self.code.text()):
            return self.tr("The code must be 4 to 12 digits.")
        if self.code.text() != self.repeat.text():
            return self.tr("The two codes are not the same yet.")
        return ""

    def title(self) -> str:
        return self.tr("How it hides")

    def _on_changed(self) -> None:
        self._explain()
        self.changed.emit()

    def _explain(self) -> None:
        code = self.code.text() if valid_door_code(self.code.text()) else "1234"
        if self.decoy_kind == "notes":
            text = self.tr(
                "To open SafePlan, type your code on a new line followed by = (for example "
                "{code}=). Anything else is just a note."
            )
        else:
            text = self.tr(
                "To open SafePlan, type your code on the calculator and press = (for example "
                "{code} =). Any other number is just a sum."
            )
        self.how.setText(text.format(code=code))

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "When SafePlan starts, and whenever you leave it, it shows an ordinary screen. "
                "Which one would you like?"
            )
        )
        self.calculator.setText(self.tr("A calculator"))
        self.notes.setText(self.tr("A plain notes page"))
        self.code_label.setText(self.tr("Secret &code (4 to 12 digits):"))
        self.code.setAccessibleName(self.tr("Secret code"))
        self.repeat_label.setText(self.tr("Type the code &again:"))
        self.repeat.setAccessibleName(self.tr("Type the secret code again"))
        self._explain()


class DuressPage(WizardPage):
    """Optional second passphrase that opens a separate, harmless journal."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard_duress")
        layout = self.page_layout()
        self.intro = text_label(name="wizard_duress_intro")
        self.enable = QCheckBox()
        self.enable.setObjectName("wizard_duress_enable")
        self.enable.setFont(big_font(self.enable, 1.2))
        self.enable.toggled.connect(self._on_changed)
        self.first_label = QLabel()
        self.first = _field("wizard_duress_first")
        self.repeat_label = QLabel()
        self.repeat = _field("wizard_duress_repeat")
        for label, field in ((self.first_label, self.first), (self.repeat_label, self.repeat)):
            label.setFont(big_font(label, 1.1))
            label.setBuddy(field)
            field.textChanged.connect(self._on_changed)
        self.limits = text_label(name="wizard_duress_limits", factor=1.0)
        for widget in (
            self.intro,
            self.enable,
            self.first_label,
            self.first,
            self.repeat_label,
            self.repeat,
            self.limits,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.enable)
        self.main_passphrase = ""
        self._on_changed()
        self.retranslate_ui()

    @property
    def passphrase(self) -> str:
        return self.first.text() if self.enable.isChecked() else ""

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()

    def is_complete(self) -> bool:
        return not self.problem()

    def problem(self) -> str:
        if not self.enable.isChecked():
            return ""
        if len(self.first.text()) < 4:
            return self.tr("Type the second passphrase (at least 4 characters).")
        if self.first.text() != self.repeat.text():
            return self.tr("The two passphrases are not the same yet.")
        if self.first.text() == self.main_passphrase:
            return self.tr("The second passphrase must be different from your real one.")
        return ""

    def title(self) -> str:
        return self.tr("If someone forces you")

    def _on_changed(self) -> None:
        on = self.enable.isChecked()
        for widget in (self.first_label, self.first, self.repeat_label, self.repeat):
            widget.setEnabled(on)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "You can set a second passphrase. If someone forces you to open SafePlan, type "
                "it instead: a separate journal opens, with a few ordinary entries you can "
                "change. Nothing in it mentions your real journal. This step is optional."
            )
        )
        self.enable.setText(self.tr("Set a second passphrase"))
        self.first_label.setText(self.tr("Second &passphrase:"))
        self.first.setAccessibleName(self.tr("Second passphrase"))
        self.repeat_label.setText(self.tr("Type it &again:"))
        self.repeat.setAccessibleName(self.tr("Type the second passphrase again"))
        self.limits.setText(
            self.tr(
                "Limits: someone who copies the computer's disk several times could notice that "
                "saved files change in size when you use your real journal."
            )
        )


class DonePage(WizardPage):
    """The recovery code (if made) and a short tour of how to leave and come back."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard_done")
        layout = self.page_layout()
        self.recovery_intro = text_label(name="wizard_done_recovery_intro")
        self.recovery_code = QLabel()
        self.recovery_code.setObjectName("wizard_done_recovery_code")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(big_font(self).pointSizeF() * 1.5)
        self.recovery_code.setFont(mono)
        self.recovery_code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.recovery_code.setStyleSheet(
            "QLabel { border: 2px dashed palette(mid); padding: 12px; }"
        )
        self.tour = text_label(name="wizard_done_tour")
        for widget in (self.recovery_intro, self.recovery_code, self.tour):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._code = ""
        self._door_hint = ""
        self.retranslate_ui()

    def set_result(self, recovery_code: str, door_hint: str) -> None:
        self._code = recovery_code
        self._door_hint = door_hint
        self.recovery_code.setText(recovery_code)
        self.recovery_code.setAccessibleName(recovery_code)
        self.recovery_intro.setVisible(bool(recovery_code))
        self.recovery_code.setVisible(bool(recovery_code))
        self.retranslate_ui()

    def clear(self) -> None:
        self.set_result("", "")

    def title(self) -> str:
        return self.tr("Ready")

    def retranslate_ui(self) -> None:
        self.recovery_intro.setText(
            self.tr(
                "Your recovery code. Write it on paper now and give it to someone you trust. "
                "It opens SafePlan if you forget your passphrase. It is shown only once."
            )
        )
        self.tour.setText(
            self.tr(
                "A short tour:\n"
                "• To leave at once: press Shift three times, or the red Exit button. The "
                "ordinary screen comes back and your unfinished writing is kept.\n"
                "• After some minutes without use, SafePlan locks itself.\n"
                "• To come back: {door}\n"
                "• Everything you write is saved as you go; old versions are kept."
            ).format(door=self._door_hint)
        )
