"""Small shared pieces of the plan pages: the content language, readable fonts, calm boxes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CONTENT_LANGUAGES = ("en", "ru", "be")


def current_language() -> str:
    """The interface language (LanguageSwitcher sets the default QLocale), for resource texts."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in CONTENT_LANGUAGES else "en"


def vault_is_open(vault: object) -> bool:
    """False once the journal is locked (quick exit, idle lock): a page still waiting to be
    deleted must not touch the vault, e.g. when the language is switched in that moment."""
    return bool(getattr(vault, "is_open", True))


def scaled_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The system font made larger (poor eyesight), never smaller than the system's own size."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * max(factor, 1.0))
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget, factor: float = 1.5) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent, factor, bold=True))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def body(text: str, parent: QWidget, factor: float = 1.15) -> QLabel:
    """Plain text only: resource and user texts are never interpreted as rich text."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent, factor))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NoteBox(QFrame):
    """A framed, calm note (not red, not alarming) used for reminders and honest limits."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("NoteBox { border: 2px solid palette(mid); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.label = body(text, self)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))
