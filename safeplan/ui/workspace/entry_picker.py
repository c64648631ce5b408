"""Pickers of journal entries with quick-add, and the one-line labels of entries.

Split out of people_page.py (issue 16: one module per job). :class:`EntryPicker` is the people
(and medical visit, linked incident) picker the incident form uses: a new name typed there
becomes a person at once, so she never has to leave the form she is filling in. An entry with a
permanent number is offered and listed with it first ("No. 2026-0009 · 12 Mar 2024 · Kitchen",
said "Number 2026-0009. …"), so "link it to incident 2026-0009" from a lawyer leads to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import format_when
from safeplan.ui.workspace.entry_numbers import numbered, with_number


def person_label(entry: Entry) -> str:
    return str(entry.content.get("name") or "").strip() or "—"


def medical_label(entry: Entry) -> str:
    content = entry.content
    return f"{format_when(content.get('visited_at'), content.get('precision'))} · " \
           f"{content.get('facility') or ''}".strip(" ·")


def incident_label(entry: Entry) -> str:
    content = entry.content
    when = format_when(content.get("occurred_at"), content.get("precision"),
                       content.get("date_hint"))
    title = " ".join(str(content.get("title") or content.get("description") or "").split())
    return f"{when} · {title[:80]}".strip(" ·")


class EntryPicker(QWidget):
    """Chosen entries (people or medical visits) with add, remove and optional quick-add."""

    changed = Signal()

    def __init__(self, journal: Any, kind: str, *, quick_add_role: str | None = None,
                 label: Callable[[Entry], str] = person_label, name: str = "picker",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._journal = journal
        self._kind = kind
        self._label = label
        self._role = quick_add_role
        self._excluded: str | None = None
        # the entries offered and chosen, so a language switch relabels them without reading
        # the journal again (dropped on lock with everything else shown)
        self._offered: list[Entry] = []
        self._shown: dict[str, Entry] = {}
        self.chosen = QListWidget()
        self.chosen.setObjectName(f"{name}_chosen")
        self.chosen.setMaximumHeight(self.chosen.fontMetrics().lineSpacing() * 3 + 12)
        self.choices = QComboBox()
        self.choices.setObjectName(f"{name}_choices")
        self.choices.setMinimumContentsLength(16)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.new_name = QLineEdit()
        self.new_name.setObjectName(f"{name}_new_name")
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{name}_new")
        self.new_button.clicked.connect(self.quick_add)
        self.new_name.returnPressed.connect(self.quick_add)
        row = QHBoxLayout()
        row.addWidget(self.choices, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        quick = QHBoxLayout()
        quick.addWidget(self.new_name, 1)
        quick.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        if quick_add_role is not None:
            layout.addLayout(quick)
        else:
            self.new_name.hide()
            self.new_button.hide()
        self.retranslate_ui()
        self.reload_choices()

    def ids(self) -> list[str]:
        return [str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.chosen.count())]

    def set_ids(self, ids: list[str]) -> None:
        self.chosen.clear()
        self._shown = {}
        for uid in ids:
            self._append(uid)

    def reload_choices(self) -> None:
        self._offered = []
        if self._journal is not None:
            query = Query(kinds=(self._kind,), limit=500, newest_first=self._kind != "person")
            self._offered = [entry for entry in self._journal.list(query)
                             if entry.uid != self._excluded]
        self._fill_choices()

    def _fill_choices(self) -> None:
        current = self.choices.currentData()
        self.choices.clear()
        if self._journal is None:
            return
        # A neutral first choice: "Add" must never add someone she did not pick.
        self.choices.addItem(self.tr("Choose from the list…"), None)
        for entry in self._offered:
            label = self._label(entry)
            self.choices.addItem(numbered(entry.ref, label), entry.uid)
            self.choices.setItemData(self.choices.count() - 1, with_number(entry.ref, label),
                                     Qt.ItemDataRole.AccessibleTextRole)
        if current:  # relabelled (a language switch): the one she had chosen stays chosen
            self.choices.setCurrentIndex(max(self.choices.findData(current), 0))

    def quick_add(self) -> str | None:
        name = self.new_name.text().strip()
        if not name or self._journal is None:
            return None
        uid: str = self._journal.save("person", {"name": name, "role": self._role,
                                                 "relationship": "", "contact": "", "notes": ""})
        self.new_name.clear()
        self.reload_choices()
        self._append(uid)
        self.changed.emit()
        return uid

    def exclude(self, uid: str | None) -> None:
        """Never offer this entry (an incident cannot be linked to itself)."""
        self._excluded = uid
        self._offered = [entry for entry in self._offered if entry.uid != uid]
        index = self.choices.findData(uid) if uid else -1
        if index >= 0:
            self.choices.removeItem(index)

    def set_accessible(self, what: str) -> None:
        self.chosen.setAccessibleName(self.tr("{what}: chosen").format(what=what))
        self.choices.setAccessibleName(self.tr("{what}: choose from the list").format(what=what))
        self.new_name.setAccessibleName(self.tr("{what}: new name").format(what=what))

    def clear_for_lock(self) -> None:
        self._offered = []
        self._shown = {}
        self.chosen.clear()
        self.choices.clear()
        self.new_name.clear()
        self._journal = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # dates and numbers in the new language's words ("No." / «№»)
            self._fill_choices()
            for row in range(self.chosen.count()):
                self._relabel(self.chosen.item(row))
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the chosen one"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected one"))
        self.new_name.setPlaceholderText(self.tr("Or type a new name"))
        self.new_button.setText(self.tr("Add new person"))
        self.new_button.setAccessibleName(self.tr("Add a new person with this name"))

    def _append(self, uid: str) -> None:
        if uid in self.ids() or self._journal is None or uid == self._excluded:
            return
        try:
            self._shown[uid] = self._journal.get(uid)
        except SafePlanError:
            self._shown.pop(uid, None)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, uid)
        self._relabel(item)
        self.chosen.addItem(item)

    def _relabel(self, item: QListWidgetItem) -> None:
        entry = self._shown.get(str(item.data(Qt.ItemDataRole.UserRole)))
        ref, label = (entry.ref, self._label(entry)) if entry else ("", self.tr("(removed)"))
        item.setText(numbered(ref, label))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, with_number(ref, label))

    def _on_add_clicked(self) -> None:
        uid = self.choices.currentData()
        if uid:
            before = len(self.ids())
            self._append(str(uid))
            if len(self.ids()) != before:
                self.changed.emit()

    def _on_remove_clicked(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()
