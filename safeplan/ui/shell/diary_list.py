"""The diary's list of notes (issue 14.4): newest first, each row its day and title.

The list knows which note each row is and holds the listed notes' contents; the page
(diary_window.py) decides what is listed and what opening a note means. Rows change both when she
chooses a note and when the list is filled again: ``filling`` tells the page which it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from safeplan.ui.shell.diary_notes import note_day, note_title
from safeplan.ui.workspace.entry_list_model import local_date

_UID = Qt.ItemDataRole.UserRole + 1


class DiaryNoteList(QListWidget):
    """One row per note; :meth:`uid_at` and :meth:`select` work by the note's uid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diary_notes")
        self.setMinimumWidth(300)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.filling = False  # rows change because the list is being (re)filled, not chosen
        self.contents: dict[str, dict[str, Any]] = {}  # the listed notes, by uid

    def show_notes(self, entries: Iterable[Any], current: str | None, empty_title: str) -> None:
        """List ``entries`` (journal entries, in order), ``current``'s row chosen if listed."""
        entries = list(entries)
        self.contents = {entry.uid: entry.content for entry in entries}
        self.filling = True
        self.clear()
        for entry in entries:
            day = note_day(entry.content)
            title = note_title(entry.content) or empty_title
            label = f"{local_date(day)}   {title}" if day is not None else title
            item = QListWidgetItem(label)
            item.setData(_UID, entry.uid)
            self.addItem(item)
            if entry.uid == current:
                self.setCurrentItem(item)
        self.filling = False

    def forget(self) -> None:
        """Lock: no note stays listed or held (requirement 7)."""
        self.filling = True
        self.clear()
        self.contents = {}
        self.filling = False

    def uid_at(self, row: int) -> str:
        uid: str = self.item(row).data(_UID)
        return uid

    def row_of_day(self, day: date) -> int:
        """The first listed note of ``day``, or -1."""
        for row in range(self.count()):
            content = self.contents.get(self.uid_at(row))
            if content is not None and note_day(content) == day:
                return row
        return -1

    def select(self, uid: str | None) -> None:
        """Mark ``uid``'s row as chosen (none for a new note) without opening anything."""
        self.filling = True
        self.setCurrentRow(-1)
        for index in range(self.count()):
            if self.uid_at(index) == uid:
                self.setCurrentRow(index)
        self.filling = False
