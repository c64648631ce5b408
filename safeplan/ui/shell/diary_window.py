"""The journal a second (duress) passphrase opens, shown as a plain everyday diary (issue 14.4).

Someone who forces her to open the program must find something ordinary: a diary with dated
notes, a page to write on and a search box. None of the evidence app's screens exist here — no
incidents, safety plan, court export, import, people or medical pages — and no word hints at
them (requirement 11). The shell around it is the same (Exit and Shift ×3, Lock, idle lock, the
door code, the failed-attempt notice with the same counts and look), only its name is not shown.

Notes are real entries of the duress journal (see ``diary_notes``; their list: ``diary_list``).
What she is writing is saved when she moves to another note, starts a new one, and on lock or
quick exit (UX principle 3: nothing is lost; drafts are encrypted like everything else).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import StorageFull
from safeplan.core.journal.search import Query
from safeplan.ui.shell.diary_list import DiaryNoteList
from safeplan.ui.shell.diary_notes import NOTE_KIND, note_content, note_day, note_text
from safeplan.ui.shell.diary_notice import DiaryAccessNotice
from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.font_scale import apply_fonts, remember_ratios

log = logging.getLogger(__name__)

LARGER_TEXT_SCALE = 1.25  # as the workspace's easy reading
LIST_LIMIT = 1000  # a diary kept for years; the list never loads more than this at once


def _scaled(widget: QWidget, ratio: float, bold: bool = False) -> None:
    widget.setProperty("font_scale", ratio)
    if bold:
        font = QFont(widget.font())
        font.setBold(True)
        widget.setFont(font)


class DiaryPage(QWidget):
    """Notes on the left (newest first), the open note on the right. The shell's workspace
    interface: ``save_drafts``, ``clear_for_lock``, ``lock_requested``, easy reading."""

    lock_requested = Signal()
    easy_reading_changed = Signal(float)
    notice_class = DiaryAccessNotice  # the shell's access notice, worded for a diary
    plain_shell = True  # the shell does not show the program's name above the diary

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diary_page")
        self._vault = vault
        self._dialogs = dialogs
        self._uid: str | None = None  # the note being edited; None: a new one
        self._content: dict[str, Any] | None = None
        self._shown_text = ""
        self._shown_day = date.today()
        self._larger = False

        self.heading = QLabel()
        self.heading.setObjectName("diary_heading")
        _scaled(self.heading, 1.6, bold=True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("diary_new")
        self.new_button.clicked.connect(self.new_note)
        self.today_button = QPushButton()
        self.today_button.setObjectName("diary_today")
        self.today_button.clicked.connect(self.open_today)
        self.larger_text = QCheckBox()
        self.larger_text.setObjectName("diary_larger_text")
        self.larger_text.toggled.connect(self._on_larger_text_toggled)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.larger_text)
        top.addWidget(self.today_button)
        top.addWidget(self.new_button)

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("diary_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.search_label.setBuddy(self.search)
        self.notes_label = QLabel()
        _scaled(self.notes_label, 1.1, bold=True)
        self.notes = DiaryNoteList()
        _scaled(self.notes, 1.2)
        self.notes.currentRowChanged.connect(self._on_notes_currentRowChanged)
        self.notes_label.setBuddy(self.notes)
        left = QVBoxLayout()
        left.addWidget(self.search_label)
        left.addWidget(self.search)
        left.addWidget(self.notes_label)
        left.addWidget(self.notes, 1)

        self.date_label = QLabel()
        self.date = QDateEdit()
        self.date.setObjectName("diary_date")
        self.date.setCalendarPopup(True)
        self.date_label.setBuddy(self.date)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("diary_editor")
        self.editor.setTabChangesFocus(True)
        _scaled(self.editor, 1.3)
        self.status = QLabel()
        self.status.setObjectName("diary_status")
        self.status.setWordWrap(True)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("diary_delete")
        self.delete_button.clicked.connect(self.delete_note)
        self.save_button = QPushButton()
        self.save_button.setObjectName("diary_save")
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save_note)
        day_row = QHBoxLayout()
        day_row.addWidget(self.date_label)
        day_row.addWidget(self.date)
        day_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(day_row)
        right.addWidget(self.editor, 1)
        right.addLayout(buttons)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        for widget in (self.new_button, self.today_button, self.larger_text, self.search_label,
                       self.search, self.date_label, self.date, self.status, self.delete_button,
                       self.save_button):
            _scaled(widget, 1.1)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_note),
                           (QKeySequence.StandardKey.Find, self._focus_search),
                           (QKeySequence.StandardKey.Save, self.save_note)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Keyboard order follows the page: write first, then the list, then the rest.
        order = [self.new_button, self.today_button, self.search, self.notes, self.date,
                 self.editor, self.save_button, self.delete_button, self.larger_text]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        remember_ratios(self)
        self.retranslate_ui()
        larger = False
        try:
            larger = bool(vault.get_setting("easy_reading", False))
        except Exception:  # a setting must never keep the diary from opening
            log.warning("diary setting unreadable")
        self.larger_text.blockSignals(True)
        self.larger_text.setChecked(larger)
        self.larger_text.blockSignals(False)
        self.apply_larger_text(larger)
        self.refresh()
        self._show_note(None)

    # --- the shell's interface ------------------------------------------------------------
    @property
    def header_scale(self) -> float:
        return LARGER_TEXT_SCALE if self._larger else 1.0

    def save_drafts(self) -> None:
        """Lock or quick exit: what she was writing becomes (or updates) a note, quietly."""
        self._save_current(tell=False)

    def clear_for_lock(self) -> None:
        """Forget every note shown (requirement 7)."""
        self._vault = None  # first: clearing the search must not list the notes again
        self.notes.forget()
        self.editor.clear()
        self.search.clear()
        self.status.clear()
        self._uid, self._content, self._shown_text = None, None, ""

    def apply_larger_text(self, on: bool) -> None:
        self._larger = on
        base = QGuiApplication.font().pointSizeF()
        apply_fonts(self, base * (LARGER_TEXT_SCALE if on else 1.0))
        self.easy_reading_changed.emit(self.header_scale)

    # --- actions --------------------------------------------------------------------------
    def new_note(self) -> None:
        if not self._save_current():
            return
        self.notes.select(None)
        self._show_note(None)
        self.editor.setFocus()

    def open_today(self) -> None:
        """Today's note if there is one, else a new note for today."""
        if not self._save_current():
            return
        today = date.today()
        if self.search.text():
            self.search.clear()
        row = self.notes.row_of_day(today)
        if row >= 0:
            self.notes.setCurrentRow(row)
            self.editor.setFocus()
            return
        self.new_note()

    def save_note(self) -> None:
        if self._save_current():
            self.status.setText(self.tr("Saved."))

    def delete_note(self) -> None:
        if self._vault is None:
            return
        if self._uid is None:
            self._show_note(None)
            return
        if not self._dialogs.confirm(self, self.tr("Delete this note?"),
                                     self.tr("The note will be deleted from the diary."),
                                     confirm_label=self.tr("Delete"), destructive=True):
            return
        if self._vault is None:  # locked while she was asked
            return
        self._vault.journal.delete(self._uid)
        self._uid = None
        self.refresh()
        self._show_note(None)
        self.status.setText(self.tr("The note was deleted."))

    def refresh(self) -> None:
        """The list, newest first, filtered by the search words."""
        if self._vault is None:
            return
        entries = self._vault.journal.list(Query(kinds=(NOTE_KIND,), text=self.search.text(),
                                                 newest_first=True, limit=LIST_LIMIT))
        self.notes.show_notes(entries, self._uid, self.tr("(empty note)"))
        if self.search.text() and not entries:
            self.status.setText(self.tr("No notes with these words."))

    # --- internals ------------------------------------------------------------------------
    def _dirty(self) -> bool:
        text = self.editor.toPlainText()
        if self._uid is None:
            return bool(text.strip())
        return text != self._shown_text or self._day() != self._shown_day

    def _save_current(self, tell: bool = True) -> bool:
        """Save the note if it changed. False when it could not be saved: she is told, except
        while the diary locks (no dialog may stop a lock or a quick exit)."""
        if self._vault is None or not self._dirty():
            return True
        day = self._day()
        content = note_content(self.editor.toPlainText(), day, self._content,
                               datetime.now().astimezone())
        try:
            self._uid = self._vault.journal.save(NOTE_KIND, content, self._uid)
        except Exception as exc:
            log.error("diary note not saved: %s", type(exc).__name__)
            if isinstance(exc, StorageFull):
                text = self.tr("The disk is full, so the note was not saved. Your text is still "
                               "here: free some space, then press Save again.")
            else:
                text = self.tr("The note could not be saved. Your text is still here: press "
                               "Save again.")
            if tell:
                self._dialogs.show_error(self, text)
            return False
        self._content = content
        self._shown_text = self.editor.toPlainText()
        self._shown_day = day
        self.delete_button.setEnabled(True)  # a saved note can be deleted
        self.refresh()
        return True

    def _show_note(self, uid: str | None) -> None:
        content = self.notes.contents.get(uid) if uid is not None else None
        self._uid = uid if content is not None else None
        self._content = content
        self._shown_text = note_text(content) if content is not None else ""
        day = note_day(content) if content is not None else None
        self._shown_day = day or date.today()
        self.editor.setPlainText(self._shown_text)
        self.date.setDate(QDate(self._shown_day.year, self._shown_day.month, self._shown_day.day))
        self.delete_button.setEnabled(self._uid is not None)
        self.status.clear()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The shell focuses the page it shows: she can start writing at once. (Not a focus
        # proxy: Qt would then put the editor in place of the page in the Tab order the shell
        # builds, and Tab would skip every control before the editor.)
        super().focusInEvent(event)
        self.editor.setFocus(event.reason())

    def _day(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_textChanged(self, _text: str) -> None:
        self.status.clear()
        self.refresh()

    def _on_notes_currentRowChanged(self, row: int) -> None:
        if self.notes.filling or row < 0:
            return
        uid = self.notes.uid_at(row)
        if uid == self._uid:
            return
        if not self._save_current():
            self.notes.select(self._uid)  # the unsaved note stays open, and chosen in the list
            return
        self.notes.select(uid)  # saving refreshed the list: find her choice again by its note
        self._show_note(uid)

    def _on_larger_text_toggled(self, on: bool) -> None:
        if self._vault is not None:
            try:
                self._vault.set_setting("easy_reading", on)
            except Exception as exc:  # the size still changes for now
                log.error("diary setting not saved: %s", type(exc).__name__)
        self.apply_larger_text(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()  # dates follow the language
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("My diary"))
        self.new_button.setText(self.tr("&New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.today_button.setText(self.tr("&Today"))
        self.today_button.setAccessibleName(self.tr("Today's note"))
        self.larger_text.setText(self.tr("Lar&ger text"))
        self.larger_text.setAccessibleName(self.tr("Larger text"))
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search.setPlaceholderText(self.tr("Words from a note"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.notes_label.setText(self.tr("N&otes"))
        self.notes.setAccessibleName(self.tr("Notes, newest first"))
        self.date_label.setText(self.tr("&Day:"))
        self.date.setAccessibleName(self.tr("Day of this note"))
        self.date.setDisplayFormat(date_pattern())
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Write here. The first line is the note's title."))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the note"))
        self.delete_button.setText(self.tr("Delete note"))
        self.delete_button.setAccessibleName(self.tr("Delete this note"))
