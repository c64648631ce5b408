"""The alternative decoy: a plain notes pad (UX principle 1).

A scratch pad that keeps nothing on disk: a saved file could capture a door code typed slowly
(threat A2 reads every file), so notes live only in memory for the session. The door code is
typed on a line of its own followed by ``=``; the shell checks it and the code is taken back out
of the text so it is not left on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

_CODE_LINE = re.compile(r"(?:^|\n)(\d{4,12})=$")


class _NotesEdit(QPlainTextEdit):
    """Plain text editor that reports ``digits=`` typed at the end of a line."""

    code_typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.text() == "=":
            cursor = self.textCursor()
            line = cursor.block().text()[: cursor.positionInBlock()]
            match = _CODE_LINE.search(line)
            if match:
                self.code_typed.emit(match.group(1))


class NotesDecoy(QWidget):
    """A notes pad; ``number_entered(digits)`` mirrors the calculator's signal."""

    number_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes")
        self.editor = _NotesEdit()
        self.editor.setObjectName("notes_editor")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.editor.setFont(font)
        self.editor.setTabChangesFocus(True)
        self.editor.code_typed.connect(self._on_editor_code_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)
        self.retranslate_ui()

    def remove_code_line(self, code: str) -> None:
        """Take ``code=`` back out of the text so it is not left on screen."""
        text = self.editor.toPlainText()
        suffix = f"{code}="
        index = text.rfind(suffix)
        if index >= 0:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text[:index] + text[index + len(suffix) :])
            self.editor.blockSignals(False)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def reset(self) -> None:
        """Nothing to reset on a pad; present for symmetry with the calculator."""

    def _on_editor_code_typed(self, digits: str) -> None:
        self.number_entered.emit(digits)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.editor.setAccessibleName(self.tr("Notes"))
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.setAccessibleName(self.tr("Notes"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
