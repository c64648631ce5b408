"""Legal dates: protection orders, hearings, deadlines, evidence to collect — and their reminders.

Reminders are words on this page (and ``ReminderText`` for the unlock screen and Timeline), never
an OS notification that could reveal the app (threat A1). The clock is injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.journal.model import LEGAL_KINDS
from safeplan.core.journal.search import Query
from safeplan.core.plan.legal import LegalItem, LegalStore, Reminder, protection_order_end
from safeplan.core.plan.plan import format_date
from safeplan.ui.plan.common import NoteBox, current_language, heading, scaled_font, vault_is_open
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.entry_numbers import (
    column_title,
    number_text,
    number_tip,
    spoken_number,
)


class ReminderText(QObject):
    """Turns a core ``Reminder`` into a calm sentence (shared with the unlock screen/Timeline)."""

    def kind_name(self, kind: str) -> str:
        return {
            "protection-order": self.tr("Protection order"),
            "court-hearing": self.tr("Court hearing"),
            "deadline": self.tr("Deadline"),
            "evidence-to-collect": self.tr("Evidence to collect"),
            "other": self.tr("Other date"),
        }.get(kind, kind)

    def sentence(self, reminder: Reminder, lang: str) -> str:
        on = format_date(reminder.on, lang) if reminder.on else ""
        ref = f" ({reminder.reference})" if reminder.reference else ""
        days = reminder.days if reminder.days is not None else 0
        if reminder.event == "order-ends":
            if days == 0:
                return self.tr("Your protection order{ref} ends today. Think about what you "
                               "need for the days after it.").format(ref=ref)
            return self.tr("Your protection order{ref} ends in %n day(s), on {on}. You can ask "
                           "about extending it.", "", days).format(ref=ref, on=on)
        if reminder.event == "order-ended":
            return self.tr("Your protection order{ref} ended on {on}. The days after it can be "
                           "risky — look at your safety plan.").format(ref=ref, on=on)
        if reminder.event == "hearing":
            if days == 0:
                return self.tr("Court hearing{ref} today.").format(ref=ref)
            return self.tr("Court hearing{ref} in %n day(s), on {on}.", "", days).format(
                ref=ref, on=on)
        if reminder.event == "overdue":
            return self.tr("{what}{ref}: the date {on} has passed and it is not marked done."
                           ).format(what=self.kind_name(reminder.kind), ref=ref, on=on)
        if reminder.event == "evidence":
            if on:
                return self.tr("Evidence to collect{ref}, by {on}.").format(ref=ref, on=on)
            return self.tr("Evidence still to collect{ref}.").format(ref=ref)
        return self.tr("{what}{ref} on {on}.").format(what=self.kind_name(reminder.kind),
                                                      ref=ref, on=on)


def reminder_lines(vault: Any, clock: Callable[[], datetime] | None = None) -> list[str]:
    """Reminder sentences for the shell to show right after unlock and on the Timeline."""
    store = LegalStore(vault.journal, clock or (lambda: datetime.now(UTC)))
    words = ReminderText()
    lang = current_language()
    return [words.sentence(r, lang) for r in store.reminders()]


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


class LegalPage(QWidget):
    changed = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legal_page")
        self._vault = vault
        self._dialogs = dialogs
        self._store = LegalStore(vault.journal, clock or (lambda: datetime.now(UTC)))
        self._words = ReminderText(self)
        self._items: list[LegalItem] = []
        self._refs: dict[str, str] = {}  # uid → the permanent number the court PDF cites
        self._editing: str | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.reminders = NoteBox("", self)
        self.reminders.setObjectName("legal_reminders")
        self.reminders.label.setFont(scaled_font(self, 1.2, bold=True))
        outer.addWidget(self.reminders)
        self.table = QTableWidget(self)
        self.table.setObjectName("legal_table")
        self.table.setColumnCount(6)  # No. (the PDF's number), what, date, end, case no., done
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFont(scaled_font(self, 1.1))
        # Tab leaves the table instead of walking its cells (UX 10: no keyboard trap).
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        outer.addWidget(self.table, 1)

        # The selected date's number the court PDF cites ("No. 2026-0016"), above its form.
        self.number_label = QLabel(self)
        self.number_label.setObjectName("legal_entry_number")
        self.number_label.setFont(scaled_font(self, 1.1))
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.hide()
        outer.addWidget(self.number_label)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("legal_kind")
        for kind in LEGAL_KINDS:
            self.kind.addItem("", kind)
        self.start = QDateEdit(self)
        self.start.setObjectName("legal_start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_pattern())  # four-digit year: no guessing the century
        self.has_end = QCheckBox(self)
        self.has_end.setObjectName("legal_has_end")
        self.end = QDateEdit(self)
        self.end.setObjectName("legal_end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(date_pattern())
        self.has_end.toggled.connect(self.end.setEnabled)
        end_row = QHBoxLayout()
        self.order_15 = QPushButton(self)
        self.order_15.setObjectName("legal_order_15")
        self.order_15.clicked.connect(lambda: self._set_order_end(False))
        self.order_30 = QPushButton(self)
        self.order_30.setObjectName("legal_order_30")
        self.order_30.clicked.connect(lambda: self._set_order_end(True))
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        end_row.addWidget(self.order_15)
        end_row.addWidget(self.order_30)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("legal_reference")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("legal_notes")
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)  # Tab moves on: no keyboard trap (UX 10)
        self.done = QCheckBox(self)
        self.done.setObjectName("legal_done")
        self.form_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.form_labels, (self.kind, self.start, end_row,
                                                   self.reference, self.notes), strict=True):
            label.setFont(scaled_font(self, 1.1, bold=True))
            if isinstance(field, QWidget):
                form.addRow(label, field)
                label.setBuddy(field)
            elif isinstance(field, QHBoxLayout):
                form.addRow(label, field)
                label.setBuddy(self.end)
        form.addRow("", self.done)
        self._form = form
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("legal_new")
        self.new_button.clicked.connect(self.clear_form)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("legal_save")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("legal_delete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QWidget.setTabOrder(self.delete_button, self.save_button)  # Tab follows the screen order
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.clear_form()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Legal dates"))
        for i, kind in enumerate(LEGAL_KINDS):
            self.kind.setItemText(i, self._words.kind_name(kind))
        labels = [self.tr("What"), self.tr("Date (or start)"), self.tr("End"),
                  self.tr("Number or name"), self.tr("Notes")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.has_end.setText(self.tr("has an end date"))
        self.order_15.setText(self.tr("Order: 15 days"))
        self.order_30.setText(self.tr("Extended: 30 days"))
        self.done.setText(self.tr("Done"))
        self.new_button.setText(self.tr("New date"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.table.setAccessibleName(self.tr("Saved dates"))
        self.table.setHorizontalHeaderLabels([column_title(), self.tr("What"), self.tr("Date"),
                                              self.tr("End"), self.tr("Number or name"),
                                              self.tr("Done")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and vault_is_open(self._vault):
            self.refresh()
        super().changeEvent(event)

    def reminder_texts(self) -> list[str]:
        lang = current_language()
        return [self._words.sentence(r, lang) for r in self._store.reminders()]

    def refresh(self) -> None:
        self._retranslate()
        lang = current_language()
        texts = self.reminder_texts()
        self.reminders.set_text("\n".join(texts))
        self._items = self._store.items()
        # the items carry no number: one look-up of the (few) legal entries' numbers
        self._refs = {e.uid: e.ref for e in self._vault.journal.list(Query(kinds=("legal",)))}
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            ref = self._refs.get(item.uid, "")
            cells = [ref, self._words.kind_name(item.kind), format_date(item.starts_at, lang),
                     format_date(item.ends_at, lang), item.reference,
                     self.tr("yes") if item.done else ""]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 0:  # said "Number 2026-0016.", with why it is there
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole, spoken_number(ref))
                    cell.setToolTip(number_tip(ref))
                self.table.setItem(row, col, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if self._editing is not None:  # a language switch: «№» for "No." above the form too
            self._show_number(self._refs.get(self._editing, ""))

    def _show_number(self, ref: str) -> None:
        self.number_label.setText(number_text(ref))
        self.number_label.setAccessibleName(spoken_number(ref))
        self.number_label.setToolTip(number_tip(ref))
        self.number_label.setVisible(bool(ref))

    def clear_form(self) -> None:
        self._editing = None
        self._show_number("")  # a new date gets its number when it is saved
        self.kind.setCurrentIndex(0)
        self.start.setDate(QDate.currentDate())
        self.end.setDate(QDate.currentDate())
        self.has_end.setChecked(False)
        self.end.setEnabled(False)
        self.reference.clear()
        self.notes.clear()
        self.done.setChecked(False)
        self.delete_button.setEnabled(False)
        self.table.clearSelection()

    def _on_kind_changed(self) -> None:
        is_order = self.kind.currentData() == "protection-order"
        self.order_15.setVisible(is_order)
        self.order_30.setVisible(is_order)

    def _set_order_end(self, extended: bool) -> None:
        start = self.start.date().toPython()
        self.has_end.setChecked(True)
        self.end.setDate(_qdate(protection_order_end(start, extended=extended)))  # type: ignore[arg-type]

    def _on_table_selection_changed(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return
        item = self._items[min(rows)]
        self._editing = item.uid
        self._show_number(self._refs.get(item.uid, ""))
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.start.setDate(_qdate(item.start_date))
        self.has_end.setChecked(item.end_date is not None)
        self.end.setDate(_qdate(item.end_date))
        self.reference.setText(item.reference)
        self.notes.setPlainText(item.notes)
        self.done.setChecked(item.done)
        self.delete_button.setEnabled(True)

    def _on_save_clicked(self) -> None:
        content = {
            "kind": self.kind.currentData(),
            "starts_at": self.start.date().toString("yyyy-MM-dd"),
            "ends_at": self.end.date().toString("yyyy-MM-dd") if self.has_end.isChecked()
            else None,
            "reference": self.reference.text().strip(),
            "notes": self.notes.toPlainText(),
            "done": self.done.isChecked(),
        }
        try:
            self._store.save(content, self._editing)
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))
            return
        self.clear_form()
        self.refresh()
        self.changed.emit()

    def _on_delete_clicked(self) -> None:
        if self._editing is None:
            return
        if not self._dialogs.confirm(self, self.tr("Move to trash"),
                                     self.tr("Move this date to the trash? You can restore it "
                                             "from the trash later.")):
            return
        self._vault.journal.delete(self._editing)
        self.clear_form()
        self.refresh()
        self.changed.emit()
