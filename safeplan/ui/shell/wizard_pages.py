"""First-run pages 1–3: language, what SafePlan can and cannot do, where it keeps its data.

UX "First run" and principle 7 (honest about limits): the second page says plainly what the app
cannot protect against — spyware already on the computer, someone seeing an unlocked screen —
and suggests a safer device when the computer may be watched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.paths import VAULT_FILE_NAME
from safeplan.ui.dialogs import Dialogs
from safeplan.ui.i18n import LANGUAGES


def big_font(widget: QWidget, factor: float = 1.2, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def text_label(text: str = "", *, name: str = "", factor: float = 1.15) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(big_font(label, factor))
    if name:
        label.setObjectName(name)
    return label


class WizardPage(QWidget):
    """A step: a title, a completeness check and a sentence saying what is missing."""

    changed = Signal()

    def page_layout(self) -> QVBoxLayout:
        """A column aligned with the wizard's heading, spaced for large text."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(10)
        return layout

    def title(self) -> str:
        return ""

    def is_complete(self) -> bool:
        return True

    def problem(self) -> str:
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Subclasses set their texts here."""


class LanguagePage(WizardPage):
    """Native language names as large radio buttons; the choice applies at once."""

    def __init__(self, current: str, on_choose: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("wizard_language")
        self._on_choose = on_choose
        self.group = QButtonGroup(self)
        layout = self.page_layout()
        self.intro = text_label()
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for code, native in LANGUAGES.items():
            button = QRadioButton(native)
            button.setObjectName(f"wizard_language_{code}")
            button.setFont(big_font(button, 1.4))
            button.setAccessibleName(native)
            button.setChecked(code == current)
            button.toggled.connect(lambda on, c=code: on and self._on_choose(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            if code == current:
                self.setFocusProxy(button)
        layout.addStretch(1)
        self.retranslate_ui()

    @property
    def language(self) -> str:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return "en"

    def title(self) -> str:
        return self.tr("Language")

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Choose the language for the screens. You can change it later."))


class LimitsPage(WizardPage):
    """What the program does, and honestly what it cannot protect against."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard_limits")
        layout = self.page_layout()
        self.does_heading = text_label(name="wizard_does_heading", factor=1.3)
        self.does = text_label(name="wizard_does")
        self.cannot_heading = text_label(name="wizard_cannot_heading", factor=1.3)
        self.cannot = text_label(name="wizard_cannot")
        for label in (self.does_heading, self.cannot_heading):
            label.setFont(big_font(label, 1.3, bold=True))
        for widget in (self.does_heading, self.does, self.cannot_heading, self.cannot):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("What SafePlan does")

    def retranslate_ui(self) -> None:
        self.does_heading.setText(self.tr("What it does"))
        self.does.setText(
            self.tr(
                "SafePlan keeps a private record of what happened to you: incidents, messages, "
                "medical visits and the people involved, with dates and photos. Everything is "
                "locked with your passphrase. It looks like a calculator until you type your "
                "secret code. When you need it, it makes a PDF for a lawyer or a court.\n\n"
                "Press Shift three times, or the red Exit button, and the screen goes back to "
                "the calculator at once. Your unfinished writing is kept."
            )
        )
        self.cannot_heading.setText(self.tr("What it cannot protect against"))
        self.cannot.setText(
            self.tr(
                "• Spying programs already on this computer can see what you type.\n"
                "• Anyone who sees the screen while it is open can read it.\n"
                "• Someone who knows this program well may recognise it.\n"
                "• The computer itself may keep traces we cannot remove.\n\n"
                "If you think this computer or phone is being watched, use a safer device — for "
                "example a friend's computer, a library computer, or a computer at a support "
                "service."
            )
        )


class LocationPage(WizardPage):
    """Per-user data folder (default) or a folder she picks, e.g. on a USB stick."""

    def __init__(self, default_vault: Path, dialogs: Dialogs, *, portable: bool) -> None:
        super().__init__()
        self.setObjectName("wizard_location")
        self._default = default_vault
        self._dialogs = dialogs
        self._portable = portable
        self._chosen: Path | None = None
        layout = self.page_layout()
        self.intro = text_label()
        self.default_option = QRadioButton()
        self.default_option.setObjectName("wizard_location_default")
        self.default_option.setChecked(True)
        self.custom_option = QRadioButton()
        self.custom_option.setObjectName("wizard_location_custom")
        for option in (self.default_option, self.custom_option):
            option.setFont(big_font(option, 1.2))
            option.toggled.connect(self._on_option_toggled)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("wizard_location_choose")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.path_label = text_label(name="wizard_location_path", factor=1.0)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.existing_note = text_label(name="wizard_location_existing")
        row = QHBoxLayout()
        row.addSpacing(28)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addWidget(self.intro)
        layout.addWidget(self.default_option)
        layout.addWidget(self.custom_option)
        layout.addLayout(row)
        layout.addWidget(self.path_label)
        layout.addWidget(self.existing_note)
        layout.addStretch(1)
        self.setFocusProxy(self.default_option)
        self.retranslate_ui()
        self._on_option_toggled()

    @property
    def vault_path(self) -> Path:
        if self.custom_option.isChecked() and self._chosen is not None:
            return self._chosen / VAULT_FILE_NAME
        return self._default

    @property
    def existing(self) -> bool:
        """Data is already there (a volunteer starting from her stick): use it, don't create."""
        return self.vault_path.exists()

    def choose_folder(self, folder: Path) -> None:
        self._chosen = folder
        self.custom_option.setChecked(True)
        self._on_option_toggled()

    def _on_choose_clicked(self) -> None:
        folder = self._dialogs.choose_path(self, self.tr("Choose a folder"), folder=True)
        if folder is not None:
            self.choose_folder(folder)

    def _on_option_toggled(self) -> None:
        self.choose_button.setEnabled(self.custom_option.isChecked())
        self.retranslate_ui()
        self.changed.emit()

    def is_complete(self) -> bool:
        return not (self.custom_option.isChecked() and self._chosen is None)

    def problem(self) -> str:
        return "" if self.is_complete() else self.tr("Choose a folder first.")

    def title(self) -> str:
        return self.tr("Where to keep it")

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Where should your locked data be kept? A USB stick lets you take it with you "
                "and leaves less on this computer."
            )
        )
        if self._portable:
            self.default_option.setText(self.tr("In the folder this program runs from"))
        else:
            self.default_option.setText(self.tr("On this computer, in my user folder"))
        self.custom_option.setText(self.tr("In a folder I choose (for example a USB stick)"))
        self.choose_button.setText(self.tr("Choose &folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose folder"))
        self.path_label.setText(self.tr("It will be kept in: {folder}").format(
            folder=str(self.vault_path.parent)))
        self.existing_note.setText(
            self.tr("Saved data was found there. It will be used; nothing new is created.")
            if self.existing
            else ""
        )
