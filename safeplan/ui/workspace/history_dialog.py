"""Every revision of an entry, when it was recorded, and what changed field by field.

Requirement 17 / UX principle 3: nothing is overwritten. A lawyer asked "was this written at the
time?" can see the first recorded time and every amendment; restoring an old version appends a
new revision (``journal.save`` with the old content), so the history itself is never rewritten.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.journal.journal import Revision
from safeplan.ui.workspace.entry_list_model import format_when, local_date
from safeplan.ui.workspace.entry_numbers import number_text, number_tip, spoken_number
from safeplan.ui.workspace.filter_bar import Words


class HistoryDialog(QDialog):
    """Revisions on the left, the field-by-field changes of the selected one on the right."""

    restored = Signal(str)

    def __init__(self, journal: Any, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of this entry"))
        self.resize(980, 560)
        self._journal = journal
        self._uid = uid
        entry = journal.get(uid)
        self._kind = entry.kind
        self._revisions: list[Revision] = []
        self._names: dict[str, str] = {}

        # whose history: the number the PDF's amendments appendix lists it by ("No. 2026-0014")
        self.number_label = QLabel(number_text(entry.ref))
        self.number_label.setObjectName("history_number")
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setAccessibleName(spoken_number(entry.ref))
        self.number_label.setToolTip(number_tip(entry.ref))
        self.number_label.setVisible(bool(entry.ref))
        self.explain = QLabel(self.tr(
            "Every change is kept. The time shown is when it was written down on this "
            "computer — courts give more weight to notes written soon after the events."))
        self.explain.setWordWrap(True)
        self.revisions = QListWidget()
        self.revisions.setObjectName("history_revisions")
        self.revisions.setAccessibleName(self.tr("Versions"))
        self.revisions.currentRowChanged.connect(self._on_revisions_currentRowChanged)
        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("history_changes")
        self.changes.setAccessibleName(self.tr("What changed in this version"))
        self.changes.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                                self.tr("After")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.setTabKeyNavigation(False)
        self.changes.verticalHeader().hide()
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("Bring back this version"))
        self.restore_button.setObjectName("history_restore")
        self.restore_button.setAccessibleName(self.tr(
            "Bring back the selected version as a new version"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("history_close")
        self.close_button.setAccessibleName(self.tr("Close the history"))
        self.close_button.clicked.connect(self.accept)

        splitter = QSplitter()
        splitter.addWidget(self.revisions)
        splitter.addWidget(self.changes)
        splitter.setSizes([300, 680])
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number_label)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    # --- public API -------------------------------------------------------------------------
    def reload(self) -> None:
        self._revisions = self._journal.history(self._uid)
        self.revisions.clear()
        for revision in self._revisions:
            item = QListWidgetItem(self.tr("Version {n} · {action}\n{when}").format(
                n=revision.seq, action=self._action(revision.action),
                when=self._when(revision.recorded_at)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))
            self.revisions.addItem(item)
        self.revisions.setCurrentRow(len(self._revisions) - 1)

    def changes_of(self, index: int) -> list[tuple[str, str, str]]:
        """(field label, before, after) for every field that differs from the version before."""
        revision = self._revisions[index]
        before: dict[str, Any] = {}
        for earlier in reversed(self._revisions[:index]):
            if earlier.content is not None:
                before = earlier.content
                break
        after = revision.content or {}
        rows = []
        for field in list(dict.fromkeys([*before.keys(), *after.keys()])):
            old, new = before.get(field), after.get(field)
            if old != new and not (_empty(old) and _empty(new)):
                rows.append((self._field(field), self._value(field, old),
                             self._value(field, new)))
        return rows

    def restore_selected(self) -> str | None:
        index = self.revisions.currentRow()
        if not 0 <= index < len(self._revisions):
            return None
        content = self._revisions[index].content
        if content is None:
            return None
        self._journal.save(self._kind, content, self._uid)
        self.reload()
        self.restored.emit(self._uid)
        return self._uid

    # --- internals --------------------------------------------------------------------------
    def _on_revisions_currentRowChanged(self, index: int) -> None:
        if not 0 <= index < len(self._revisions):
            return
        rows = self.changes_of(index)
        self.changes.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.changes.resizeRowsToContents()
        revision = self._revisions[index]
        self.restore_button.setEnabled(revision.content is not None
                                       and index != len(self._revisions) - 1)

    def _when(self, stamp: str) -> str:
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
        return local_date(moment.date()) + moment.strftime(" %H:%M")

    def _action(self, action: str) -> str:
        names = {"create": self.tr("first written"), "update": self.tr("changed"),
                 "delete": self.tr("moved to trash"), "restore": self.tr("taken back from trash"),
                 "purge": self.tr("removed for good")}
        return names.get(action, action)

    def _field(self, field: str) -> str:
        names = {
            "occurred_at": self.tr("When"), "precision": self.tr("How exact the date is"),
            "date_hint": self.tr("Date as remembered"), "title": self.tr("Short title"),
            "description": self.tr("What happened"), "words_said": self.tr("Exact words said"),
            "impact": self.tr("How it affected me"), "location": self.tr("Where"),
            "categories": self.tr("Forms of abuse"), "severity": self.tr("How serious"),
            "injuries": self.tr("Injuries"), "property_damage": self.tr("Damage to things"),
            "weapons": self.tr("Weapons or objects used"),
            "perpetrator_ids": self.tr("Who did it"), "witness_ids": self.tr("Witnesses"),
            "children_present": self.tr("Children present"),
            "children_reaction": self.tr("How the children reacted"),
            "police": self.tr("Police"), "medical_ids": self.tr("Medical visits"),
            "actions_after": self.tr("What I did afterwards"),
            "linked_incident_ids": self.tr("Linked earlier incidents"),
            "evidence_needed": self.tr("Evidence still needed"), "tags": self.tr("Tags"),
            "attachment_ids": self.tr("Photos and files"), "name": self.tr("Name"),
            "role": self.tr("Who they are"), "relationship": self.tr("Relationship"),
            "contact": self.tr("Contact"), "notes": self.tr("Notes"),
        }
        return names.get(field, field)

    def _part(self, key: str) -> str:
        """Names of the parts of a grouped field (the police contact)."""
        names = {"contacted": self.tr("contacted"), "when": self.tr("when"),
                 "station": self.tr("station"), "report_number": self.tr("report number"),
                 "officer": self.tr("officer"), "outcome": self.tr("what they did")}
        return names.get(key, key)

    def _value(self, field: str, value: Any) -> str:
        if _empty(value):
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        # Stored codes and times in her words and her language's dates (issue 15: the history
        # showed "physical", "minute" and ISO timestamps in Russian and Belarusian).
        words = Words()
        if field in _TIME_FIELDS and isinstance(value, str):
            return format_when(value, "minute")
        if field == "precision" and isinstance(value, str):
            return words.precision(value)
        if field == "categories" and isinstance(value, list):
            return ", ".join(words.category(str(code)) for code in value)
        if field == "role" and isinstance(value, str):
            return words.role(value)
        if field == "severity" and isinstance(value, int):
            return words.severity(value)
        if field.endswith("_ids") and isinstance(value, list):
            return ", ".join(self._name_of(v) for v in value)
        if isinstance(value, list):
            return "\n".join(self._item(v) for v in value)
        if isinstance(value, dict):
            return "\n".join(f"{self._part(k)}: {self._value(k, v)}" for k, v in value.items()
                             if not _empty(v))
        return str(value)

    def _item(self, value: Any) -> str:
        if isinstance(value, dict) and "text" in value:
            mark = "☑" if value.get("done") else "☐"
            return f"{mark} {value.get('text')}"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)

    def _name_of(self, uid: object) -> str:
        key = str(uid)
        if key not in self._names:
            try:
                content = self._journal.get(key).content
                self._names[key] = str(content.get("name") or content.get("file_name")
                                       or content.get("facility") or content.get("title")
                                       or key)
            except SafePlanError:
                self._names[key] = self.tr("(removed)")
        return self._names[key]


_TIME_FIELDS = {"occurred_at", "ended_at", "recorded_at", "when", "sent_at", "visited_at",
                "starts_at", "ends_at", "taken_at", "edited_at"}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}
