"""Medical visits: what a doctor saw and wrote, with a body map of the injuries (issue 3).

A forensic examination or a doctor's certificate is often the strongest evidence in a case, so
the form asks for the certificate numbers and links the visit to the incidents it documents.
Mental-health notes can be marked *sensitive*: the court export leaves them out unless she asks
(COURT_EXPORT.md "Options"). Typing is kept as an encrypted draft (UX principle 3).
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from safeplan.core.journal.journal import Entry
from safeplan.core.journal.model import MEDICAL_KINDS
from safeplan.core.journal.search import Query
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.entry_list_model import ENTRY_ROLE, Column, EntryListModel, format_when
from safeplan.ui.workspace.entry_numbers import (
    number_text,
    number_tip,
    spoken_number,
    with_number,
)
from safeplan.ui.workspace.medical_form import MedicalForm
from safeplan.ui.workspace.message_editor import read_wall_clock, show_wall_clock

DRAFT_KEY = "workspace/medical_editor"
_PRECISIONS = ("minute", "day", "month", "approximate")


class MedicalPage(MedicalForm):
    """List of visits on the left; the visit form with the body map on the right. This class
    fills, reads and saves the form and says its words; :class:`MedicalForm` builds it."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(vault, dialogs, parent)
        self.setObjectName("medical_page")
        self._vault = vault
        self._dialogs = dialogs
        self._uid: str | None = None
        self._ref = ""  # the open visit's permanent number; none before its first save
        self._offset: tzinfo | None = None
        self._base: dict[str, Any] = {}
        self.new_button.clicked.connect(self.new_visit)
        self.save_button.clicked.connect(self.save)
        self.model = EntryListModel(vault.journal, Query(kinds=("medical",), newest_first=True),
                                    [Column("", self._row_text,
                                            spoken=lambda e: with_number(
                                                e.ref, self._row_text(e, numbered=False)))])
        self.list.setModel(self.model)
        self.list.clicked.connect(self._on_list_clicked)
        self.list.activated.connect(self._on_list_clicked)
        self.retranslate_ui()
        self.new_visit()
        self.list.resizeRowsToContents()

    # --- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._vault is None:
            return
        self.model.refresh()
        self.list.resizeRowsToContents()
        self._load_incidents(self._checked_incidents())

    def show_entry(self, uid: str) -> bool:
        """Open visit ``uid`` in the form (from the timeline or an incident)."""
        if self._vault is None:
            return False
        try:
            self.load(uid)
        except Exception:  # deleted meanwhile
            return False
        return True

    def save_drafts(self) -> None:
        if self._vault is None or not self.has_typed():
            return
        self._vault.journal.save_draft(DRAFT_KEY, {"uid": self._uid, "content": self.content()})

    def clear_for_lock(self) -> None:
        self._clear_form()
        self.model.clear()
        self.incidents.clear()
        self.attachments.clear_for_lock()
        self._vault = None

    # --- form --------------------------------------------------------------------------------
    def new_visit(self) -> None:
        self._clear_form()
        if self._vault is None:
            return
        self._load_incidents([])
        draft = self._vault.journal.load_draft(DRAFT_KEY)
        if draft and draft.get("uid") is None:
            self.set_content(draft.get("content") or {})
        self.retranslate_ui()

    def load(self, uid: str) -> None:
        entry = self._vault.journal.get(uid)
        self._clear_form()
        self._uid = uid
        self._ref = entry.ref
        self._base = dict(entry.content)
        self.set_content(entry.content)
        self.retranslate_ui()

    def _clear_form(self) -> None:
        self._uid = None
        self._ref = ""
        self._offset = None
        self._base = {}
        for edit in (self.facility, self.practitioner, self.documents):
            edit.clear()
        self.findings.clear()
        self.treatment.clear()
        self.sensitive.setChecked(False)
        self.body_map.clear()
        self.attachments.set_ids([])
        self.when.setDateTime(QDateTime.currentDateTime())
        self.kind.setCurrentIndex(0)
        self.precision.setCurrentIndex(0)

    def _load_incidents(self, checked: list[str]) -> None:
        self.incidents.clear()
        if self._vault is None:
            return
        for entry in self._vault.journal.list(Query(kinds=("incident",), newest_first=True,
                                                    limit=300)):
            c = entry.content
            text = f"{format_when(c.get('occurred_at'), c.get('precision'), c.get('date_hint'))}"\
                   f" — {c.get('title') or self.tr('(no title)')}"
            item = QListWidgetItem(f"{number_text(entry.ref)} · {text}" if entry.ref else text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, with_number(entry.ref, text))
            item.setData(Qt.ItemDataRole.UserRole, entry.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.uid in checked
                               else Qt.CheckState.Unchecked)
            self.incidents.addItem(item)

    def _checked_incidents(self) -> list[str]:
        found = []
        for row in range(self.incidents.count()):
            item = self.incidents.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_content(self, c: dict[str, Any]) -> None:
        self._offset = show_wall_clock(self.when, c.get("visited_at"))
        self.precision.setCurrentIndex(max(self.precision.findData(c.get("precision")), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(c.get("kind")), 0))
        self.facility.setText(str(c.get("facility") or ""))
        self.practitioner.setText(str(c.get("practitioner") or ""))
        self.findings.setPlainText(str(c.get("findings") or ""))
        self.treatment.setPlainText(str(c.get("treatment") or ""))
        self.documents.setText(str(c.get("documents") or ""))
        self.sensitive.setChecked(bool(c.get("sensitive")))
        self.body_map.set_marks(c.get("body_marks") or [])
        self.attachments.set_ids([str(a) for a in c.get("attachment_ids") or []])
        self._load_incidents([str(i) for i in c.get("incident_ids") or []])

    def content(self) -> dict[str, Any]:
        content = dict(self._base)
        content.update({
            "visited_at": read_wall_clock(self.when, self._offset),
            "precision": self.precision.currentData(), "kind": self.kind.currentData(),
            "facility": self.facility.text().strip(),
            "practitioner": self.practitioner.text().strip(),
            "findings": self.findings.toPlainText(), "treatment": self.treatment.toPlainText(),
            "documents": self.documents.text().strip(), "body_marks": self.body_map.marks(),
            "incident_ids": self._checked_incidents(), "sensitive": self.sensitive.isChecked(),
        })
        content["attachment_ids"] = self.attachments.ids()
        return content

    def has_typed(self) -> bool:
        return bool(self.facility.text().strip() or self.findings.toPlainText().strip()
                    or self.treatment.toPlainText().strip() or self.documents.text().strip()
                    or self.body_map.marks() or self.attachments.ids())

    def save(self) -> str | None:
        if self._vault is None:
            return None
        if not self.has_typed():
            self._dialogs.show_error(self, self.tr(
                "Write at least where you were seen or what the doctor found."))
            self.facility.setFocus()
            return None
        journal = self._vault.journal
        try:
            with journal.transaction():
                uid = journal.save("medical", self.content(), self._uid)
                journal.drop_draft(DRAFT_KEY)
        except Exception as exc:  # plain words; the transaction left nothing half-saved
            self._dialogs.show_error(self, ErrorText().message(exc))
            return None
        self.model.refresh()
        self.list.resizeRowsToContents()
        self.load(uid)
        return uid

    def _on_list_clicked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, Entry):
            self.load(entry.uid)

    # --- words -------------------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {"emergency": self.tr("Emergency / ambulance"), "gp": self.tr("Family doctor"),
                "forensic": self.tr("Forensic examination"),
                "mental-health": self.tr("Mental health / psychologist"),
                "other": self.tr("Other")}

    def _row_text(self, entry: Entry, numbered: bool = True) -> str:
        c = entry.content
        parts = [format_when(c.get("visited_at"), c.get("precision")),
                 self.kind_names().get(str(c.get("kind") or ""), ""),
                 str(c.get("facility") or "")]
        text = " — ".join(p for p in parts if p)
        if c.get("body_marks"):
            text += " " + self.tr("(%n mark(s) on the body map)", "", len(c["body_marks"]))
        if c.get("sensitive"):
            text += " " + self.tr("[private]")
        # its number on a line of its own: never run into a clinic's "hospital No. 2"
        number = number_text(entry.ref) if numbered else ""
        return f"{number}\n{text}" if number else text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Medical visits"))
        self.heading.setFont(self._bold())
        self.heading.setText(self.tr("Change this visit") if self._uid
                             else self.tr("New visit"))
        ref = self._ref if self._uid else ""
        self.number_label.setText(number_text(ref))
        self.number_label.setAccessibleName(spoken_number(ref))
        self.number_label.setToolTip(number_tip(ref))
        self.number_label.setVisible(bool(ref))
        self.new_button.setText(self.tr("New visit"))
        self.new_button.setAccessibleName(self.tr("Start a new medical visit"))
        self.save_button.setText(self.tr("Save visit"))
        self.save_button.setAccessibleName(self.tr("Save this medical visit"))
        self.list.setAccessibleName(self.tr("Medical visits, newest first"))
        kind, precision = self.kind.currentData(), self.precision.currentData()
        self.kind.clear()
        for code in MEDICAL_KINDS:
            self.kind.addItem(self.kind_names()[code], code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.precision.clear()
        names = {"minute": self.tr("Date and time"), "day": self.tr("Only the day"),
                 "month": self.tr("Only the month"), "approximate": self.tr("Approximate")}
        for code in _PRECISIONS:
            self.precision.addItem(names[code], code)
        self.precision.setCurrentIndex(max(self.precision.findData(precision), 0))
        texts = {
            "when": self.tr("When:"), "kind": self.tr("Kind of visit:"),
            "facility": self.tr("Hospital or clinic:"), "practitioner": self.tr("Doctor:"),
            "findings": self.tr("What the doctor found:"),
            "treatment": self.tr("Treatment given:"),
            "documents": self.tr("Certificate or examination numbers:"),
            "incidents": self.tr("Incidents this visit is about:"),
            "attachments": self.tr("Photos or scans (certificate, injuries):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        names_a11y: dict[QWidget, str] = {
            self.when: self.tr("Date and time of the visit"),
            self.precision: self.tr("How exact the date is"), self.kind: self.tr("Kind of visit"),
            self.facility: self.tr("Hospital or clinic"), self.practitioner: self.tr("Doctor"),
            self.findings: self.tr("What the doctor found"),
            self.treatment: self.tr("Treatment given"),
            self.documents: self.tr("Certificate or examination numbers"),
            self.incidents: self.tr("Incidents this visit is about"),
            self.sensitive: self.tr("Private note: leave out of court exports unless I ask"),
        }
        for widget, name in names_a11y.items():
            widget.setAccessibleName(name)
        self.documents.setPlaceholderText(self.tr("e.g. certificate No. 1182"))
        self.documents.setToolTip(self.tr(
            "A court can ask the hospital for the record by this number."))
        self.sensitive.setText(self.tr(
            "Private (e.g. mental-health notes): leave out of court exports unless I ask"))
        self.map_label.setText(self.tr("Body map of injuries"))
        self.attachments.retranslate_ui()  # it has no changeEvent of its own
