"""Search and filters above every list: words (full-text), dates, form of abuse, person, files.

Issue 3: "search box (FTS) and filters (date range, form of abuse, person, has attachments) on
every list". The bar only builds a :class:`Query`; the list's model runs it, so searching never
loads more than one page. Typing waits a moment before searching (debounce) so the list does not
flicker on every key.

:class:`Words` holds the translated names of the fixed codes (forms of abuse, roles, precisions)
so every page shows the same plain words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.model import CATEGORIES, PRECISIONS, ROLES
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import date_pattern

SEARCH_DELAY_MS = 300


class Words(QObject):
    """Plain, translated names for the codes stored in entries."""

    def category(self, code: str) -> str:
        names = {
            "physical": self.tr("Physical"), "psychological": self.tr("Emotional / psychological"),
            "economic": self.tr("Money / economic"), "sexual": self.tr("Sexual"),
            "stalking": self.tr("Following / stalking"), "threat": self.tr("Threats"),
            "property": self.tr("Damage to things"), "child": self.tr("Involving children"),
            "digital": self.tr("Phone / online"), "other": self.tr("Other"),
        }
        return names.get(code, code)

    def role(self, code: str | None) -> str:
        names = {
            "perpetrator": self.tr("The person who hurt me"), "witness": self.tr("Witness"),
            "trusted": self.tr("Someone I trust"), "professional": self.tr("Professional"),
            "child": self.tr("Child"), "other": self.tr("Other"),
        }
        return names.get(code or "", self.tr("Not said"))

    def precision(self, code: str | None) -> str:
        names = {
            "exact": self.tr("Exact time"), "minute": self.tr("Date and time"),
            "day": self.tr("Only the day"), "month": self.tr("Only the month"),
            "year": self.tr("Only the year"), "approximate": self.tr("Approximate"),
        }
        return names.get(code or "", self.tr("Date and time"))

    def severity(self, value: object) -> str:
        names = {1: self.tr("1 — mild"), 2: self.tr("2 — moderate"), 3: self.tr("3 — serious"),
                 4: self.tr("4 — very serious"), 5: self.tr("5 — extreme")}
        if not isinstance(value, int) or not 1 <= value <= 5:
            return self.tr("Not rated")
        return names[value]

    def categories(self, codes: object) -> str:
        if not isinstance(codes, list):
            return ""
        return ", ".join(self.category(c) for c in codes if isinstance(c, str))


CATEGORY_CODES = CATEGORIES
ROLE_CODES = ROLES
PRECISION_CODES = PRECISIONS


class FilterBar(QWidget):
    """Search box and filters; ``apply_to(query)`` returns the query with the filters set."""

    query_changed = Signal()

    def __init__(self, journal: Any, *, categories: bool = True, people: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self._journal = journal
        self._words = Words(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.query_changed)

        self.search = QLineEdit()
        self.search.setObjectName("filter_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.search.returnPressed.connect(self._emit_now)

        # A tick box turns each date limit on: a date field showing "any date" as a special
        # value would swallow the Tab key (keyboard users could not leave it).
        today = QDate.currentDate()
        self.date_from = self._date_edit("filter_date_from", today.addMonths(-1))
        self.date_to = self._date_edit("filter_date_to", today)
        self.from_check = self._date_check("filter_use_from", self.date_from)
        self.to_check = self._date_check("filter_use_to", self.date_to)

        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.category.setVisible(categories)
        self.category.currentIndexChanged.connect(self._emit_now)

        self.person = QComboBox()
        self.person.setObjectName("filter_person")
        self.person.setVisible(people)
        self.person.setMinimumContentsLength(12)
        self.person.currentIndexChanged.connect(self._emit_now)

        self.attachments = QCheckBox()
        self.attachments.setObjectName("filter_attachments")
        self.attachments.toggled.connect(self._emit_now)

        self.reset_button = QPushButton()
        self.reset_button.setObjectName("filter_reset")
        self.reset_button.clicked.connect(self.reset)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.attachments)
        top.addWidget(self.reset_button)
        row = QHBoxLayout()
        for widget in (self.from_check, self.date_from, self.to_check, self.date_to,
                       self.category, self.person):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        self.retranslate_ui()
        self.reload_people()

    def _date_edit(self, name: str, initial: QDate) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        edit.setDate(initial)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._emit_now)
        return edit

    def _date_check(self, name: str, edit: QDateEdit) -> QCheckBox:
        check = QCheckBox()
        check.setObjectName(name)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._emit_now)
        return check

    # --- public API -------------------------------------------------------------------------
    def apply_to(self, query: Query) -> Query:
        category = None if self.category.isHidden() else self.category.currentData()
        person = None if self.person.isHidden() else self.person.currentData()
        return replace(
            query,
            text=self.search.text().strip(),
            date_from=self._date_value(self.from_check, self.date_from),
            date_to=self._date_value(self.to_check, self.date_to),
            categories=(category,) if category else (),
            person_uid=person or None,
            has_attachments=True if self.attachments.isChecked() else None,
        )

    def reload_people(self) -> None:
        """Refill the person list (after a person was added or renamed)."""
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Any person"), None)
        if self._journal is not None:
            for entry in self._journal.list(Query(kinds=("person",), limit=500)):
                self.person.addItem(str(entry.content.get("name") or self.tr("(no name)")),
                                    entry.uid)
        index = self.person.findData(current) if current else 0
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def reset(self) -> None:
        for widget in (self.search, self.from_check, self.to_check, self.category, self.person,
                       self.attachments):
            widget.blockSignals(True)
        self.search.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.category.setCurrentIndex(0)
        self.person.setCurrentIndex(0)
        self.attachments.setChecked(False)
        for widget in (self.search, self.from_check, self.to_check, self.category, self.person,
                       self.attachments):
            widget.blockSignals(False)
        self._emit_now()

    def clear_for_lock(self) -> None:
        """Forget typed words and names (lock)."""
        self._timer.stop()
        self.blockSignals(True)
        self.reset()
        self.person.clear()
        self.blockSignals(False)
        self._journal = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.search.setPlaceholderText(text)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(getattr(self, "_placeholder", "") or
                                       self.tr("Search words in your journal…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.from_check.setText(self.tr("From"))
        self.from_check.setAccessibleName(self.tr("Only from a date"))
        self.to_check.setText(self.tr("Until"))
        self.to_check.setAccessibleName(self.tr("Only until a date"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("Until date"))
        selected = self.category.currentIndex()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any form of abuse"), None)
        for code in CATEGORY_CODES:
            self.category.addItem(self._words.category(code), code)
        self.category.setCurrentIndex(max(selected, 0))
        self.category.blockSignals(False)
        self.category.setAccessibleName(self.tr("Form of abuse"))
        self.person.setAccessibleName(self.tr("Person"))
        self.attachments.setText(self.tr("Only with photos or files"))
        self.attachments.setAccessibleName(self.tr("Only entries with photos or files"))
        self.reset_button.setText(self.tr("Show all"))
        self.reset_button.setAccessibleName(self.tr("Clear the search and filters"))

    # --- slots ------------------------------------------------------------------------------
    def _on_search_textChanged(self, _text: str) -> None:
        self._timer.start()

    def _emit_now(self, *_args: object) -> None:
        self._timer.stop()
        self.query_changed.emit()

    @staticmethod
    def _date_value(check: QCheckBox, edit: QDateEdit) -> str | None:
        return edit.date().toString(Qt.DateFormat.ISODate) if check.isChecked() else None
