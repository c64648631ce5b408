"""Incidents: the searchable list and, in the same place, the incident form.

The form opens inside the page (not a separate window) so it fits a 1366×768 screen, quick exit
has a single window to hide, and keyboard focus never jumps between windows. The list is an
:class:`EntryListModel`, so a journal with 10,000 incidents shows its first page at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import Column, EntryListModel, format_when, roomy_rows
from safeplan.ui.workspace.entry_numbers import column_title, number_tip, spoken_number
from safeplan.ui.workspace.filter_bar import FilterBar, Words
from safeplan.ui.workspace.history_dialog import HistoryDialog
from safeplan.ui.workspace.incident_editor import IncidentEditor, draft_key
from safeplan.ui.workspace.receipts_box import ReceiptSuggestion

BASE_QUERY = Query(kinds=("incident",), newest_first=True)


class IncidentsPage(QWidget):
    """List of incidents with search and filters; the editor in the same page."""

    lock_requested = Signal()
    entry_saved = Signal(str)
    editor_built = Signal(QWidget)  # the workspace sizes its fonts
    guided_requested = Signal()  # "Step by step": one question at a time (the workspace opens it)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents_page")
        self._vault = vault
        self._journal = vault.journal
        self._dialogs = dialogs
        self._words = Words(self)
        self._history: HistoryDialog | None = None
        self._easy_reading = False  # simpler words (Settings → easy reading), as the sections

        self.filter = FilterBar(self._journal)
        self.filter.search.setProperty("font_scale", 1.15)
        self.filter.query_changed.connect(self._on_filter_query_changed)
        self.model = EntryListModel(self._journal, BASE_QUERY, self._columns(), parent=self)
        self.model.query_applied.connect(self._update_count)
        self.table = QTableView()
        self.table.setObjectName("incidents_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the permanent number the PDF cites ("2026-0014"), first as in the PDF's summary; as
        # wide as its text at any font size, never squeezed by the stretching column
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 300)
        self.table.setProperty("font_scale", 1.1)
        roomy_rows(self.table)
        self.table.setColumnWidth(3, 270)
        self.table.setColumnWidth(4, 160)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        self.table.activated.connect(self._on_table_doubleClicked)

        self.count_label = QLabel()
        self.count_label.setObjectName("incidents_count")
        self.draft_banner = QLabel()
        self.draft_banner.setObjectName("incidents_draft_banner")
        self.draft_banner.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("incidents_continue_draft")
        self.continue_button.clicked.connect(self.new_incident)
        self.new_button = QPushButton()
        self.new_button.setObjectName("incidents_new")
        self.new_button.setProperty("role", "primary")
        self.new_button.setProperty("font_scale", 1.15)
        # The one thing she came to do stands out (palette colours: high contrast still works).
        self.new_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(dark); border-radius: 6px; padding: 6px 18px; }"
            " QPushButton:focus { border: 3px solid palette(text); }")
        self.new_button.clicked.connect(self.new_incident)
        self.guided_button = QPushButton()
        self.guided_button.setObjectName("incidents_guided")
        self.guided_button.clicked.connect(self.guided_requested)
        self.open_button = QPushButton()
        self.open_button.setObjectName("incidents_open")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.history_button = QPushButton()
        self.history_button.setObjectName("incidents_history")
        self.history_button.clicked.connect(self._on_history_clicked)
        self.trash_button = QPushButton()
        self.trash_button.setObjectName("incidents_trash")
        self.trash_button.clicked.connect(self._on_trash_clicked)

        banner = QHBoxLayout()
        banner.addWidget(self.draft_banner, 1)
        banner.addWidget(self.continue_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.guided_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.trash_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addLayout(banner)
        # after a save no receipt covers yet: suggest a dated receipt (issue 18)
        self.receipt_suggestion = ReceiptSuggestion(vault)
        list_layout.addWidget(self.receipt_suggestion)
        list_layout.addWidget(self.filter)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("incidents_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("font_scale", 1.15)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.table, 1)

        # The form is built the first time it is needed: the list must appear fast at unlock.
        self._editor: IncidentEditor | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setTabOrder(self.new_button, self.guided_button)
        self.setTabOrder(self.guided_button, self.filter.search)
        self.retranslate_ui()
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(34)  # easy to hit, also with a shaky hand
        self._update_draft_banner()
        self._update_count(self.model.total)

    # --- page interface ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self._journal is None:
            return
        self.filter.reload_people()
        self.model.refresh()
        self._update_draft_banner()

    def save_drafts(self) -> None:
        if self._editor is not None and self._journal is not None and \
                self.stack.currentWidget() is self._editor:
            self._editor.save_draft()

    def clear_for_lock(self) -> None:
        self.receipt_suggestion.clear()
        if self._history is not None:
            self._history.reject()
            self._history = None
        if self._editor is not None:
            self._editor.clear_for_lock()
        self.model.clear()
        self.filter.clear_for_lock()
        self.stack.setCurrentIndex(0)
        self._journal = None
        self._vault = None

    # --- actions ----------------------------------------------------------------------------
    @property
    def editor(self) -> IncidentEditor:
        if self._editor is None:
            editor = IncidentEditor(self._journal, self._dialogs)
            editor.saved.connect(self._on_editor_saved)
            editor.closed.connect(self.show_list)
            editor.history_requested.connect(self.show_history)
            editor.set_easy_reading(self._easy_reading)
            self.editor_built.emit(editor)  # before it inherits the page's font
            self.stack.addWidget(editor)
            self._editor = editor
        return self._editor

    def new_incident(self) -> None:
        self.editor.load(None)
        self._show_editor()

    def open_incident(self, uid: str) -> None:
        self.editor.load(uid)
        self._show_editor()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self._update_draft_banner()
        self.table.setFocus()

    def show_history(self, uid: str) -> None:
        self._history = HistoryDialog(self._journal, uid, self)
        self._history.restored.connect(self._on_history_restored)
        self._history.finished.connect(self._on_history_finished)
        self._history.open()

    def selected_uid(self) -> str | None:
        entry = self.model.entry(self.table.currentIndex().row())
        return entry.uid if entry else None

    # --- slots ------------------------------------------------------------------------------
    def _show_editor(self) -> None:
        """The form opens at its top with the cursor in its first field (issue 15: it opened
        scrolled to the bottom, the cursor in a title she could not see)."""
        self.stack.setCurrentWidget(self.editor)
        self._editor_to_top()
        # Once more after the form's layout has settled (chips reflow, attachments load).
        QTimer.singleShot(0, self, self._editor_to_top)

    def _editor_to_top(self) -> None:
        if self.stack.currentWidget() is not self.editor:
            return
        scroll = self.editor.findChild(QScrollArea, "incident_scroll")
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)
            scroll.horizontalScrollBar().setValue(0)
        self.editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:  # the workspace's own scroll area around the page
            holder.verticalScrollBar().setValue(0)

    def _on_editor_saved(self, uid: str) -> None:
        self.model.refresh()
        self.receipt_suggestion.entry_saved(uid)
        self.filter.reload_people()
        self.entry_saved.emit(uid)

    def _on_history_restored(self, uid: str) -> None:
        self.model.refresh()
        if self._editor is not None and self.stack.currentWidget() is self._editor and \
                self._editor.uid == uid:
            self.editor.load(uid, use_draft=False)
        self.entry_saved.emit(uid)

    def _on_history_finished(self, _code: int) -> None:
        if self._history is not None:
            self._history.deleteLater()
            self._history = None

    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.open_incident(entry.uid)

    def _on_open_clicked(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.open_incident(uid)

    def _on_history_clicked(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.show_history(uid)

    def _on_trash_clicked(self) -> None:
        uid = self.selected_uid()
        if uid and self._dialogs.confirm(
                self, self.tr("Move to trash?"),
                self.tr("The incident moves to the trash. You can bring it back from there."),
                confirm_label=self.tr("Move to trash")):
            self._journal.delete(uid)
            self.model.refresh()

    def _on_filter_query_changed(self) -> None:
        self.model.set_query(self.filter.apply_to(BASE_QUERY))

    def _update_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n incident(s)", "", total))
        # An empty list says what to do next (a first visit) or that nothing matched.
        searching = self.filter.apply_to(BASE_QUERY) != BASE_QUERY
        if total:
            self.empty_label.hide()
            return
        self.empty_label.setText(
            self.tr("Nothing matches this search. Press “Show all” to see every incident.")
            if searching else
            self.tr("Nothing is written down yet. Press “Write down what happened” to start — "
                    "what you type is kept safe as you go, even if you have to leave "
                    "suddenly."))
        self.empty_label.show()

    def _update_draft_banner(self) -> None:
        has_draft = self._journal is not None and self._journal.load_draft(
            draft_key(None)) is not None
        self.draft_banner.setVisible(has_draft)
        self.continue_button.setVisible(has_draft)

    # --- words ------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        def when(entry: Entry) -> str:
            c = entry.content
            return format_when(c.get("occurred_at"), c.get("precision"), c.get("date_hint"))

        def what(entry: Entry) -> str:
            c = entry.content
            text = str(c.get("title") or c.get("description") or "")
            files = len(c.get("attachment_ids") or [])
            clip = self.tr(" · %n file(s)", "", files) if files else ""
            return " ".join(text.split())[:200] + clip

        return [Column(column_title(), lambda e: e.ref, lambda e: number_tip(e.ref),
                       lambda e: spoken_number(e.ref)),
                Column(self.tr("When"), when, when),
                Column(self.tr("What happened"), what,
                       lambda e: str(e.content.get("description") or "")[:600]),
                Column(self.tr("Form of abuse"),
                       lambda e: self._words.categories(e.content.get("categories")),
                       lambda e: self._words.categories(e.content.get("categories"))),
                Column(self.tr("How serious"),
                       lambda e: self._words.severity(e.content.get("severity")))]

    def set_easy_reading(self, on: bool) -> None:
        """Easy reading promises simpler words: the workspace passes it on (issue 15)."""
        if on != self._easy_reading:
            self._easy_reading = on
            self.retranslate_ui()
        if self._editor is not None:
            self._editor.set_easy_reading(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.table.setAccessibleName(self.tr("Incidents, newest first"))
        font = QFont(self.new_button.font())
        font.setBold(True)
        self.new_button.setFont(font)
        easy = self._easy_reading
        for button, text, name in (
                (self.new_button, self.tr("+ Write down what happened"),
                 self.tr("Write down a new incident")),
                (self.guided_button, self.tr("Step by step"),
                 self.tr("Write down what happened, one question at a time")),
                (self.open_button, self.tr("Read or change") if easy else self.tr("Open"),
                 self.tr("Open the selected incident")),
                (self.history_button, self.tr("Earlier versions") if easy else self.tr("History"),
                 self.tr("Show every version of the selected incident")),
                (self.trash_button,
                 self.tr("Delete (you can bring it back)") if easy else self.tr("Move to trash"),
                 self.tr("Move the selected incident to the trash")),
                (self.continue_button, self.tr("Continue writing"),
                 self.tr("Continue the unsaved incident"))):
            button.setText(text)
            button.setAccessibleName(name)
        self.draft_banner.setText(self.tr("You have an incident you started but did not save. "
                                          "It is kept safe."))
        self._update_count(self.model.total)
