"""Guided entry: one question at a time instead of the long incident form (issue 15, like
VictimsVoice). Plain words, "Skip" on every question, and at the end a normal incident.

The questions follow what a court asks, in the order she remembers it: what happened, when,
where, who was there, what he said (word for word), injuries, whom she told. Facts, his words
and what she did afterwards stay in their own fields (UX principle 5). Lock and quick exit save
the answers given so far as an incident, so an interruption loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.quick_note import wall_clock_iso

STEPS = ("what", "when", "where", "who", "words", "injuries", "told")


@dataclass
class _Step:
    page: QWidget
    question: QLabel
    hint: QLabel
    field: QWidget


class GuidedEntryPage(QWidget):
    """Seven questions, one on screen; ``finished(uid)`` after saving, ``("")`` if left empty."""

    finished = Signal(str)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guided_entry_page")
        self._vault = vault
        self.progress = QLabel()
        self.progress.setObjectName("guided_progress")
        self.stack = QStackedWidget()
        self.steps: dict[str, _Step] = {}
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.4)
        for key in STEPS:
            page = QWidget()
            question = QLabel()
            question.setWordWrap(True)
            question.setFont(big)
            hint = QLabel()
            hint.setWordWrap(True)
            field = self._make_field(key)
            question.setBuddy(field)
            column = QVBoxLayout(page)
            column.addWidget(question)
            column.addWidget(hint)
            column.addWidget(field)
            if key == "when":
                self.not_sure = QCheckBox()
                self.not_sure.setObjectName("guided_when_not_sure")
                self.date_hint = QLineEdit()
                self.date_hint.setObjectName("guided_date_hint")
                column.addWidget(self.not_sure)
                column.addWidget(self.date_hint)
            column.addStretch(1)
            self.stack.addWidget(page)
            self.steps[key] = _Step(page, question, hint, field)
        self.back_button = QPushButton()
        self.back_button.setObjectName("guided_back")
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("guided_skip")
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.next_button = QPushButton()
        self.next_button.setObjectName("guided_next")
        self.next_button.setDefault(True)
        self.next_button.setMinimumHeight(40)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()
        self.start()

    def _make_field(self, key: str) -> QWidget:
        field: QWidget
        if key == "when":
            field = QDateTimeEdit()
            field.setCalendarPopup(True)
        elif key == "where":
            field = QLineEdit()
        else:
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * 5)
        field.setObjectName(f"guided_{key}")
        return field

    # --- the workspace's interface -----------------------------------------------------------
    def start(self) -> None:
        for step in self.steps.values():
            if isinstance(step.field, QPlainTextEdit | QLineEdit):
                step.field.clear()
            elif isinstance(step.field, QDateTimeEdit):
                step.field.setDisplayFormat(date_pattern() + " HH:mm")
                step.field.setDateTime(QDateTime.currentDateTime())
        self.not_sure.setChecked(False)
        self.date_hint.clear()
        self.status.clear()
        self.go(0)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(STEPS) - 1))
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self._retranslate_buttons()
        self.steps[STEPS[index]].field.setFocus()

    def current_key(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def answer(self, key: str) -> str:
        field = self.steps[key].field
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText().strip()
        if isinstance(field, QLineEdit):
            return field.text().strip()
        return ""

    def content(self) -> dict[str, Any]:
        """The answers as a normal incident's fields."""
        what = self.answer("what")
        description = what
        if self.answer("who"):
            description += ("\n\n" if description else "") + self.tr(
                "Who was there: {who}").format(who=self.answer("who"))
        when = self.steps["when"].field
        assert isinstance(when, QDateTimeEdit)
        title = what.splitlines()[0][:60] if what else self.tr("Incident (step by step)")
        return {
            "occurred_at": wall_clock_iso(when.dateTime()),
            "precision": "approximate" if self.not_sure.isChecked() else "minute",
            "date_hint": self.date_hint.text().strip(), "tz_known": True, "title": title,
            "description": description, "location": self.answer("where"),
            "words_said": self.answer("words"), "injuries": self.answer("injuries"),
            "actions_after": (self.tr("Whom I told: {told}").format(told=self.answer("told"))
                              if self.answer("told") else ""),
        }

    def has_answers(self) -> bool:
        return any(self.answer(key) for key in STEPS) or bool(self.date_hint.text().strip())

    def save(self) -> str:
        if self._vault is None or not self.has_answers():
            self.status.setText(self.tr("Nothing written yet: answer at least one question."))
            return ""
        uid: str = self._vault.journal.save("incident", self.content())
        self.start()
        self.finished.emit(uid)
        return uid

    def save_drafts(self) -> None:
        if self._vault is not None and self.has_answers():
            self.save()

    def clear_for_lock(self) -> None:
        for step in self.steps.values():
            if isinstance(step.field, QPlainTextEdit | QLineEdit):
                step.field.clear()
        self.date_hint.clear()
        self._vault = None

    def refresh(self) -> None:
        """Nothing to reload."""

    # --- internals ---------------------------------------------------------------------------
    def _on_next_clicked(self) -> None:
        if self.stack.currentIndex() == len(STEPS) - 1:
            self.save()
        else:
            self.go(self.stack.currentIndex() + 1)

    def _on_skip_clicked(self) -> None:
        field = self.steps[self.current_key()].field
        if isinstance(field, QPlainTextEdit | QLineEdit):
            field.clear()
        self._on_next_clicked()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_buttons(self) -> None:
        last = self.stack.currentIndex() == len(STEPS) - 1
        self.next_button.setText(self.tr("Save") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.skip_button.setText(self.tr("Skip and save") if last else self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this question"))
        self.progress.setText(self.tr("Question {n} of {total}").format(
            n=self.stack.currentIndex() + 1, total=len(STEPS)))

    def retranslate_ui(self) -> None:
        texts = {
            "what": (self.tr("What happened?"),
                     self.tr("In your own words, as you remember it. Short is fine.")),
            "when": (self.tr("When did it happen?"),
                     self.tr("If you are not sure, tick the box and write what you remember.")),
            "where": (self.tr("Where did it happen?"),
                      self.tr("Which room, street or place. Courts ask where.")),
            "who": (self.tr("Who was there?"),
                    self.tr("Children, neighbours, anyone who saw or heard it.")),
            "words": (self.tr("What was said?"),
                      self.tr("Write the exact words if you can — courts give weight to them.")),
            "injuries": (self.tr("Were you hurt?"),
                         self.tr("Bruises, cuts, pain — where on the body. Photos help later.")),
            "told": (self.tr("Whom did you tell?"),
                     self.tr("A friend, a doctor, the police — and when.")),
        }
        for key, (question, hint) in texts.items():
            step = self.steps[key]
            step.question.setText(question)
            step.hint.setText(hint)
            step.field.setAccessibleName(question)
        self.not_sure.setText(self.tr("I am not sure of the exact date"))
        self.date_hint.setPlaceholderText(self.tr("For example: around New Year"))
        self.date_hint.setAccessibleName(self.tr("The date in your own words"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Previous question"))
        self._retranslate_buttons()
