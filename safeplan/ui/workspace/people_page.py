"""People: who did it, who saw it, who helps — and every incident and message linked to each.

COURT_EXPORT.md fields 4 and 7: who did it and who was present. A person's page lists the
incidents and messages that name them, which is how a pattern against one person becomes visible.
The people picker with quick-add the incident form uses is :class:`EntryPicker`
(entry_picker.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import Column, EntryListModel, format_when, roomy_rows
from safeplan.ui.workspace.entry_picker import (
    EntryPicker,
    incident_label,
    medical_label,
    person_label,
)
from safeplan.ui.workspace.filter_bar import ROLE_CODES, FilterBar, Words
from safeplan.ui.workspace.history_dialog import HistoryDialog

DRAFT_NEW = "person:new"


# The picker and the labels live in entry_picker.py; re-exported for older imports.
__all__ = ["DRAFT_NEW", "EntryPicker", "PeoplePage", "incident_label", "medical_label",
           "person_label"]



class PeoplePage(QWidget):
    """List of people, the person form, and what is linked to the chosen person."""

    lock_requested = Signal()
    entry_saved = Signal(str)
    open_requested = Signal(str, str)  # kind, uid: the workspace opens it on its own page

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_page")
        self._vault = vault
        self._journal = vault.journal
        self._dialogs = dialogs
        self._words = Words(self)
        self._uid: str | None = None
        self._dirty = False
        self._history: HistoryDialog | None = None

        self.filter = FilterBar(self._journal, categories=False, people=False)
        self.filter.date_from.hide()
        self.filter.date_to.hide()
        self.filter.from_check.hide()
        self.filter.to_check.hide()
        self.filter.attachments.hide()
        self.filter.query_changed.connect(self._on_filter_query_changed)
        self.model = EntryListModel(self._journal, Query(kinds=("person",)), self._columns(),
                                    parent=self)
        self.table = self._table("people_table", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_currentRowChanged)
        self.new_button = QPushButton()
        self.new_button.setObjectName("people_new")
        self.new_button.clicked.connect(self.new_person)

        self.name = QLineEdit()
        self.name.setObjectName("person_name")
        self.role = QComboBox()
        self.role.setObjectName("person_role")
        self.relationship = QLineEdit()
        self.relationship.setObjectName("person_relationship")
        self.contact = QLineEdit()
        self.contact.setObjectName("person_contact")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("person_notes")
        self.notes.setMaximumHeight(110)
        self.notes.setTabChangesFocus(True)
        for edit in (self.name, self.relationship, self.contact):
            edit.textEdited.connect(self._on_form_changed)
        self.notes.textChanged.connect(self._on_form_changed)
        self.role.activated.connect(self._on_form_changed)
        self.save_button = QPushButton()
        self.save_button.setObjectName("person_save")
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton()
        self.history_button.setObjectName("person_history")
        self.history_button.clicked.connect(self.show_history)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("person_delete")
        self.delete_button.clicked.connect(self.delete_person)
        self.form_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.form_labels, (self.name, self.role, self.relationship,
                                                   self.contact, self.notes), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.history_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.linked_title = QLabel()
        self.linked_title.setObjectName("person_linked_title")
        self.incidents_model = EntryListModel(None, Query(kinds=("incident",)),
                                              self._linked_columns(), parent=self)
        self.messages_model = EntryListModel(None, Query(kinds=("message",)),
                                             self._linked_columns(), parent=self)
        self.incidents_table = self._table("person_incidents", self.incidents_model)
        self.messages_table = self._table("person_messages", self.messages_model)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.linked_title)
        self.incidents_label = QLabel()
        self.incidents_label.setBuddy(self.incidents_table)
        self.messages_label = QLabel()
        self.messages_label.setBuddy(self.messages_table)
        right_layout.addWidget(self.incidents_label)
        right_layout.addWidget(self.incidents_table, 1)
        right_layout.addWidget(self.messages_label)
        right_layout.addWidget(self.messages_table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1500)
        self._autosave.timeout.connect(self.save_drafts)
        self.retranslate_ui()
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(34)  # easy to hit, also with a shaky hand
        if self.model.total:
            self.table.selectRow(0)  # show someone's page at once, not an empty form
        else:
            self.new_person()

    # --- page interface ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self._journal is None:
            return
        self.model.refresh()
        if self._uid:
            self._show_linked(self._uid)

    def save_drafts(self) -> None:
        if self._dirty and self._journal is not None:
            self._journal.save_draft(self._draft_key(), {"uid": self._uid,
                                                         "content": self.content()})

    def clear_for_lock(self) -> None:
        self._autosave.stop()
        if self._history is not None:
            self._history.reject()
            self._history = None
        for edit in (self.name, self.relationship, self.contact):
            edit.clear()
        self.notes.clear()
        for model in (self.model, self.incidents_model, self.messages_model):
            model.clear()
        self.filter.clear_for_lock()
        self._journal = None
        self._vault = None
        self._uid = None
        self._dirty = False

    # --- actions ----------------------------------------------------------------------------
    def content(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "role": self.role.currentData(),
                "relationship": self.relationship.text().strip(),
                "contact": self.contact.text().strip(), "notes": self.notes.toPlainText()}

    def new_person(self) -> None:
        self.table.clearSelection()
        self._load(None, {})

    def open_person(self, uid: str) -> None:
        self._load(uid, self._journal.get(uid).content)

    def save(self) -> str | None:
        if self._journal is None:
            return None
        content = self.content()
        if not content["name"]:
            self._dialogs.show_info(self, self.tr("Please write a name first (a nickname is "
                                                  "fine)."))
            return None
        self._autosave.stop()
        uid: str = self._journal.save("person", content, self._uid)
        self._journal.drop_draft(self._draft_key())
        self._uid, self._dirty = uid, False
        self.model.refresh()
        self.filter.reload_people()
        self._select(uid)
        self.entry_saved.emit(uid)
        return uid

    def delete_person(self) -> None:
        if self._uid is None:
            return
        if self._dialogs.confirm(self, self.tr("Move to trash?"),
                                 self.tr("This person moves to the trash. You can bring them "
                                         "back from the trash later."),
                                 confirm_label=self.tr("Move to trash")):
            self._journal.delete(self._uid)
            self.model.refresh()
            self.new_person()

    def show_history(self) -> None:
        if self._uid is None:
            return
        self._history = HistoryDialog(self._journal, self._uid, self)
        self._history.restored.connect(lambda _uid: self.open_person(_uid))
        self._history.open()

    # --- internals --------------------------------------------------------------------------
    def _load(self, uid: str | None, content: dict[str, Any]) -> None:
        self._uid = uid
        draft = self._journal.load_draft(self._draft_key()) if self._journal else None
        if draft and isinstance(draft.get("content"), dict):
            content = draft["content"]
        self.name.setText(str(content.get("name") or ""))
        self.role.setCurrentIndex(max(self.role.findData(content.get("role")), 0))
        self.relationship.setText(str(content.get("relationship") or ""))
        self.contact.setText(str(content.get("contact") or ""))
        self.notes.blockSignals(True)
        self.notes.setPlainText(str(content.get("notes") or ""))
        self.notes.blockSignals(False)
        self._dirty = bool(draft)
        self.history_button.setEnabled(uid is not None)
        self.delete_button.setEnabled(uid is not None)
        self._show_linked(uid)

    def _show_linked(self, uid: str | None) -> None:
        for model, kind in ((self.incidents_model, "incident"), (self.messages_model, "message")):
            model.set_source(self._journal if uid else None,
                             Query(kinds=(kind,), person_uid=uid or "-", newest_first=True))
        self._show_linked_count()

    def _show_linked_count(self) -> None:
        self.linked_title.setText(self.tr("Linked to this person: %n incident(s)", "",
                                          self.incidents_model.total) + " · " +
                                  self.tr("%n message(s)", "", self.messages_model.total))

    def _select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)

    def _draft_key(self) -> str:
        return f"person:{self._uid}" if self._uid else DRAFT_NEW

    def _table(self, name: str, model: EntryListModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        roomy_rows(table)
        table.doubleClicked.connect(lambda index, t=table: self._on_linked_doubleClicked(t, index))
        return table

    def _columns(self) -> list[Column]:
        def role(entry: Entry) -> str:
            return self._words.role(entry.content.get("role"))

        def relationship(entry: Entry) -> str:
            return str(entry.content.get("relationship") or "")

        # Tooltips carry the whole text when a narrow column cuts it short.
        return [Column(self.tr("Name"), person_label, person_label),
                Column(self.tr("Who they are"), role, role),
                Column(self.tr("Relationship"), relationship, relationship)]

    def _linked_columns(self) -> list[Column]:
        def when(entry: Entry) -> str:
            c = entry.content
            return format_when(c.get("occurred_at") or c.get("sent_at"), c.get("precision"),
                               c.get("date_hint"))

        def what(entry: Entry) -> str:
            c = entry.content
            return " ".join(str(c.get("title") or c.get("description") or c.get("text") or "")
                            .split())[:160]

        return [Column(self.tr("When"), when), Column(self.tr("What"), what)]

    def _on_table_currentRowChanged(self, current: Any, _previous: Any) -> None:
        entry = self.model.entry(current.row())
        if entry is not None:
            self.save_drafts()
            self._load(entry.uid, entry.content)

    def _on_linked_doubleClicked(self, table: QTableView, index: Any) -> None:
        if table is self.table:
            return
        model = table.model()
        assert isinstance(model, EntryListModel)
        entry = model.entry(index.row())
        if entry is not None:
            self.open_requested.emit(entry.kind, entry.uid)

    def _on_form_changed(self, *_args: object) -> None:
        self._dirty = True
        self._autosave.start()

    def _on_filter_query_changed(self) -> None:
        self.model.set_query(self.filter.apply_to(Query(kinds=("person",))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("Add a person"))
        self.new_button.setAccessibleName(self.tr("Add a new person"))
        self.table.setAccessibleName(self.tr("People"))
        current_role = self.role.currentData()
        self.role.clear()
        self.role.addItem(self._words.role(None), None)
        for code in ROLE_CODES:
            self.role.addItem(self._words.role(code), code)
        self.role.setCurrentIndex(max(self.role.findData(current_role), 0))
        names = (self.tr("Name"), self.tr("Who they are"), self.tr("Relationship to you"),
                 self.tr("Phone, e-mail or address"), self.tr("Notes"))
        for label, field, text in zip(self.form_labels, (self.name, self.role, self.relationship,
                                                         self.contact, self.notes), names,
                                      strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.contact.setPlaceholderText(self.tr("Their phone number helps match messages to "
                                                "them"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save this person"))
        self.history_button.setText(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("Show every earlier version"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setAccessibleName(self.tr("Move this person to the trash"))
        self.filter.set_placeholder(self.tr("Search people…"))
        self.incidents_label.setText(self.tr("Incidents naming this person (double-click to "
                                             "open)"))
        self.messages_label.setText(self.tr("Messages from or to this person"))
        self.incidents_table.setAccessibleName(self.tr("Incidents naming this person"))
        self.messages_table.setAccessibleName(self.tr("Messages from or to this person"))
        self.model.set_columns(self._columns())
        for model in (self.incidents_model, self.messages_model):
            model.set_columns(self._linked_columns())
        self._show_linked_count()
