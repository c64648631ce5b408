"""Trash: entries moved here can be brought back; emptying it is the only way content is removed.

UX principle 3 (nothing is lost by accident): deleting moves to the trash, and emptying asks
first through the dialogs seam with the safe answer focused. Even after emptying, the revision
chain keeps each removed revision's hash, so the integrity check still verifies.

Each entry's permanent number comes first (as in the court PDF, whose appendix lists deleted
entries by number), and the search box finds one by it: a lawyer's "entry 2026-0009 was deleted
on 5 December" typed or pasted leads her to the entry, to bring it back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal import model as core_model
from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import Column, EntryListModel, local_date, roomy_rows
from safeplan.ui.workspace.entry_numbers import (
    column_title,
    number_text,
    number_tip,
    shown_ref,
    spoken_number,
)

TRASH_QUERY = Query(in_trash=True, newest_first=True)


class TrashPage(QWidget):
    """Trashed entries of every kind; restore one, or empty the trash after a confirmation."""

    lock_requested = Signal()
    restored = Signal(str)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_page")
        self._journal = vault.journal
        self._dialogs = dialogs
        self.explain = QLabel()
        self.explain.setObjectName("trash_explain")
        self.explain.setWordWrap(True)
        # Find by number or words (the journal's search reads "2026-9", «С1.3», «Е-31» too).
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("trash_search")
        self.search.setClearButtonEnabled(True)
        self.search.setProperty("font_scale", 1.15)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("trash_empty_note")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        self.status = QLabel()
        self.status.setObjectName("trash_status")
        self.status.setWordWrap(True)
        self.model = EntryListModel(self._journal, TRASH_QUERY, self._columns(), parent=self)
        self.model.query_applied.connect(self._update_buttons)
        self.table = QTableView()
        self.table.setObjectName("trash_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        roomy_rows(self.table)
        header = self.table.horizontalHeader()
        # the number, the kind and the date as wide as their text at any font size, never
        # squeezed or cut; the summary (what she recognises an entry by) gets the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("trash_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("trash_empty")
        self.empty_button.clicked.connect(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        find = QHBoxLayout()
        find.addWidget(self.search_label)
        find.addWidget(self.search, 1)
        layout.addLayout(find)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()
        for button in (self.restore_button, self.empty_button):
            button.setMinimumHeight(34)
        self._update_buttons()

    # --- page interface ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self._journal is not None:
            self.model.refresh()

    def save_drafts(self) -> None:
        """Nothing is typed on this page."""

    def clear_for_lock(self) -> None:
        self.model.clear()
        self._journal = None
        self.search.blockSignals(True)  # what she searched for is gone too, and nothing re-runs
        self.search.clear()
        self.search.blockSignals(False)
        self.status.clear()
        self.empty_note.hide()

    # --- actions ----------------------------------------------------------------------------
    def restore_selected(self) -> str | None:
        entry = self.model.entry(self.table.currentIndex().row())
        if entry is None or self._journal is None:
            return None
        self._journal.restore(entry.uid)
        self.model.refresh()
        # which one came back, by the number the court document cites it by
        name = number_text(entry.ref) or self._kind(entry.kind)
        self.status.setText(self.tr("Brought back: {entry}.").format(entry=name))
        self.restored.emit(entry.uid)
        return entry.uid

    def empty(self) -> int:
        if self._journal is None:
            return 0
        total = int(self._journal.count(TRASH_QUERY))  # all of it, not what the search shows
        if total == 0:
            return 0
        if not self._dialogs.confirm(
                self, self.tr("Empty the trash?"),
                self.tr("%n entry(ies) in the trash will be removed for good. This cannot be "
                        "undone.", "", total),
                confirm_label=self.tr("Remove for good"), destructive=True):
            return 0
        removed = int(self._journal.empty_trash())
        self.model.refresh()
        return removed

    # --- words ------------------------------------------------------------------------------
    def _kind(self, kind: str) -> str:
        names = {"incident": self.tr("Incident"), "message": self.tr("Message"),
                 "medical": self.tr("Medical visit"), "person": self.tr("Person"),
                 "attachment": self.tr("Photo or file"), "legal": self.tr("Legal date"),
                 "risk_check": self.tr("Danger check"), "safety_plan": self.tr("Safety plan")}
        return names.get(kind, kind)

    def _columns(self) -> list[Column]:
        def moved(entry: Entry) -> str:
            try:
                moment = datetime.fromisoformat(entry.updated_at)
            except ValueError:
                return entry.updated_at
            return local_date(moment.date()) + moment.strftime(" %H:%M")

        return [Column(column_title(), lambda e: shown_ref(e.ref), lambda e: number_tip(e.ref),
                       lambda e: spoken_number(e.ref)),
                Column(self.tr("What"), lambda e: self._kind(e.kind)),
                Column(self.tr("Moved to trash"), moved),
                Column(self.tr("Summary"),
                       lambda e: core_model.summary_of(e.kind, e.content)[:160])]

    def _on_search_textChanged(self, text: str) -> None:
        self.status.clear()
        self.model.set_query(replace(TRASH_QUERY, text=text.strip()))

    def _update_buttons(self, *_args: object) -> None:
        has_rows = self.model.total > 0
        searching = bool(self.model.query.text)
        self.restore_button.setEnabled(has_rows)
        # emptying removes everything, not only what a search shows
        self.empty_button.setEnabled(has_rows or (searching and self._journal is not None
                                                  and self._journal.count(TRASH_QUERY) > 0))
        self.empty_note.setVisible(searching and not has_rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.explain.setText(self.tr("Things you moved to the trash stay here until you empty "
                                     "it. You can bring any of them back."))
        self.table.setAccessibleName(self.tr("Entries in the trash"))
        self.search_label.setText(self.tr("&Find by number or words:"))
        self.search.setPlaceholderText(self.tr("For example: 2026-0009"))
        self.search.setAccessibleName(self.tr("Find in the trash by number or words"))
        self.empty_note.setText(self.tr(
            "Nothing in the trash has this number or these words. An entry brought back is in "
            "its list again; an entry removed when the trash was emptied is gone for good."))
        self.restore_button.setText(self.tr("Bring back"))
        self.restore_button.setAccessibleName(self.tr("Bring back the selected entry"))
        self.empty_button.setText(self.tr("Empty the trash…"))
        self.empty_button.setAccessibleName(self.tr("Remove everything in the trash for good"))
        self.model.set_columns(self._columns())
