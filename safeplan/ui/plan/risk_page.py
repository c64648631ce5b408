"""Danger signs: today's checklist and the history of earlier checks, side by side.

No score and no level (issue 7): the page shows which signs were ticked on which date and what
changed since last time, with the note that this is not a prediction and a specialist can help.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.plan.plan import format_date
from safeplan.core.plan.risk import RISK_ITEM_IDS, RiskLog, changes, load_risk_texts
from safeplan.ui.plan.common import NoteBox, body, current_language, heading, scaled_font, vault_is_open
from safeplan.ui.strings import ErrorText

MAX_HISTORY_COLUMNS = 8
TICK = "✓"


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """A tick box whose long text wraps (QCheckBox cannot); clicking the text ticks it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 4, 2, 4)
        self.box = QCheckBox(self)
        self.label = _ClickLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.clicked.connect(self.box.toggle)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def isChecked(self) -> bool:
        return self.box.isChecked()


class RiskPage(QWidget):
    check_saved = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_page")
        self._vault = vault
        self._dialogs = dialogs
        self._clock = clock or (lambda: datetime.now(UTC))
        self._log = RiskLog(vault.journal)
        self._lang = current_language()
        self.boxes: dict[str, WrapCheck] = {}
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.intro = body("", self)
        outer.addWidget(self.intro)
        self.note = NoteBox("", self)
        self.note.setObjectName("risk_note")
        self.note.label.setFont(scaled_font(self, 1.15, bold=True))
        outer.addWidget(self.note)
        row = QHBoxLayout()
        left = QWidget(self)
        col = QVBoxLayout(left)
        for item_id in RISK_ITEM_IDS:
            box = WrapCheck(left)
            box.setObjectName(f"risk_{item_id}")
            box.label.setFont(scaled_font(self, 1.15))
            self.boxes[item_id] = box
            col.addWidget(box)
        self.notes_label = QLabel(left)
        self.notes = QPlainTextEdit(left)
        self.notes.setObjectName("risk_notes")
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab moves on: no keyboard trap (UX 10)
        self.notes_label.setBuddy(self.notes)
        self.save_button = QPushButton(left)
        self.save_button.setObjectName("risk_save")
        self.save_button.clicked.connect(self._on_save_clicked)
        col.addWidget(self.notes_label)
        col.addWidget(self.notes)
        col.addWidget(self.save_button)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        # Not a Tab stop of its own: every tick box in it takes focus and the area scrolls to it;
        # an extra unnamed stop after "Save" only confused keyboard and screen-reader users.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        self.history_title = heading("", right, 1.25)
        self.change_label = body("", right)
        self.change_label.setObjectName("risk_changes")
        self.history = QTableWidget(right)
        self.history.setObjectName("risk_history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFont(scaled_font(self, 1.1))
        # Tab leaves the table instead of walking its cells (UX 10: no keyboard trap);
        # arrow keys still move inside it.
        self.history.setTabKeyNavigation(False)
        rcol.addWidget(self.history_title)
        rcol.addWidget(self.change_label)
        rcol.addWidget(self.history, 1)
        # Takes the room only while the table is hidden (no check saved yet), so the heading and
        # its sentence stay together at the top instead of being spread down the column.
        rcol.addStretch(0)
        row.addWidget(scroll, 1)
        row.addWidget(right, 1)
        outer.addLayout(row, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and vault_is_open(self._vault):
            self._lang = current_language()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        texts = load_risk_texts(self._lang)
        self.title.setText(texts.title)
        self.intro.setText(texts.intro)
        self.note.set_text(texts.note)
        for item in texts.items:
            self.boxes[item.id].setText(item.text)
        self.notes_label.setText(self.tr("Notes (optional)"))
        self.notes.setAccessibleName(self.tr("Notes (optional)"))
        self.save_button.setText(self.tr("Save today's answers"))
        self.history_title.setText(self.tr("Earlier answers"))
        self.history.setAccessibleName(self.tr("Earlier answers"))
        history = self._log.history()
        latest = history[-1] if history else None
        for item_id, box in self.boxes.items():
            box.setChecked(bool(latest and latest.answers.get(item_id)))
        self._fill_history(history, {i.id: i.text for i in texts.items})

    def _fill_history(self, history: list[Any], texts: dict[str, str]) -> None:
        shown = list(reversed(history))[:MAX_HISTORY_COLUMNS]  # newest first
        self.history.clear()
        self.history.setRowCount(len(RISK_ITEM_IDS))
        self.history.setColumnCount(len(shown) + 1)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Sign")] + [format_date(c.answered_at, self._lang) for c in shown])
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        for row, item_id in enumerate(RISK_ITEM_IDS):
            self.history.setItem(row, 0, QTableWidgetItem(_short(texts[item_id], 60)))
            for col, check in enumerate(shown, 1):
                cell = QTableWidgetItem(TICK if check.answers.get(item_id) else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.history.setItem(row, col, cell)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(shown) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Two lines per sign: long enough to read, short enough to see several dates at once.
        self.history.verticalHeader().setDefaultSectionSize(
            self.history.fontMetrics().lineSpacing() * 2 + 10)
        # With no saved check the table would only repeat the signs on the left, with no date
        # column: a second copy of the list that looks like answers (found in QA).
        self.history.setVisible(bool(history))
        if not history:
            self.change_label.setText(self.tr("No answers saved yet. When you save, the date is "
                                              "kept so you can see changes over time."))
        elif len(history) == 1:
            self.change_label.setText(self.tr("Saved once, on {date}.").format(
                date=format_date(history[0].answered_at, self._lang)))
        else:
            moved = changes(history[-2], history[-1])
            if not moved:
                self.change_label.setText(self.tr("No change since the time before."))
            else:
                lines = [(self.tr("now ticked: ") if c.after else self.tr("no longer ticked: "))
                         + _short(texts[c.item_id]) for c in moved]
                self.change_label.setText(self.tr("Since the time before:") + "\n"
                                          + "\n".join(lines))

    def _on_save_clicked(self) -> None:
        answers = {item_id: box.isChecked() for item_id, box in self.boxes.items()}
        try:
            self._log.record(answers, self.notes.toPlainText(), now=self._clock())
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))
            return
        self.notes.clear()
        self.refresh()
        self.check_saved.emit()


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
