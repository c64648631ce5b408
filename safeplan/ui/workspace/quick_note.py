"""The 30-second note (issue 15, like Tella / Hollie Guard: evidence captured in seconds).

From anywhere in the journal (the "+ Quick note" button above the navigation, Ctrl+N) she writes
what happened, keeps or changes when (now by default), may add a photo, and saves: the note is
at once a real incident in the journal, titled as a quick note to complete, which she can open
and finish later in the full form. Lock and quick exit save a started note the same way, so an
interruption loses nothing (UX principle 3).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.attachments_widget import AttachmentsWidget
from safeplan.ui.workspace.entry_list_model import date_pattern

QUICK_NOTE_TAG = "quick-note"


def wall_clock_iso(moment: QDateTime) -> str:
    """A local time with its offset, as the journal stores times (minutes)."""
    python = moment.toPython()
    assert isinstance(python, datetime)
    return python.astimezone().isoformat(timespec="minutes")


class QuickNotePage(QWidget):
    """What happened, when, an optional photo; ``finished(uid)`` after saving, ``("")`` when
    she goes back without writing anything."""

    finished = Signal(str)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_note_page")
        self._vault = vault
        self._dialogs = dialogs
        self.heading = QLabel()
        self.heading.setObjectName("quick_note_heading")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.what_label = QLabel()
        self.what = QPlainTextEdit()
        self.what.setObjectName("quick_note_what")
        self.what.setTabChangesFocus(True)
        self.what.setMinimumHeight(self.what.fontMetrics().lineSpacing() * 5)
        self.what_label.setBuddy(self.what)
        self.when_label = QLabel()
        self.when = QDateTimeEdit()
        self.when.setObjectName("quick_note_when")
        self.when.setCalendarPopup(True)
        self.when_label.setBuddy(self.when)
        self.photo_label = QLabel()
        self.attachments = AttachmentsWidget(vault.journal, dialogs)
        self.save_button = QPushButton()
        self.save_button.setObjectName("quick_note_save")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("quick_note_cancel")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.status = QLabel()
        self.status.setObjectName("quick_note_status")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # "Save now" right under the two questions: the photo is optional and comes after, so
        # the button is on screen without scrolling even on a small window.
        for widget in (self.heading, self.intro, self.what_label, self.what, self.when_label,
                       self.when):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.photo_label)
        layout.addWidget(self.attachments)
        layout.addStretch(1)
        self.setTabOrder(self.what, self.when)
        self.setTabOrder(self.when, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.retranslate_ui()
        self.start()

    # --- the workspace's interface -----------------------------------------------------------
    def start(self) -> None:
        """A fresh note: empty, the time now, the cursor in "what happened"."""
        self.what.clear()
        self.when.setDisplayFormat(date_pattern() + " HH:mm")
        self.when.setDateTime(QDateTime.currentDateTime())
        self.attachments.set_ids([])
        self.status.clear()
        self.what.setFocus()

    def save(self) -> str:
        """Save as an incident now; returns its id ("" when there was nothing to save)."""
        text = self.what.toPlainText().strip()
        photos = self.attachments.ids()
        if self._vault is None or (not text and not photos):
            self.status.setText(self.tr("Write a few words first, or add a photo."))
            return ""
        first_line = text.splitlines()[0][:60] if text else ""
        content = {
            "occurred_at": wall_clock_iso(self.when.dateTime()), "precision": "minute",
            "tz_known": True,
            "title": self.tr("Quick note: {what}").format(what=first_line) if first_line
            else self.tr("Quick note (photo)"),
            "description": text, "tags": [QUICK_NOTE_TAG], "attachment_ids": photos,
        }
        uid: str = self._vault.journal.save("incident", content)
        self.what.clear()
        self.attachments.set_ids([])
        self.finished.emit(uid)
        return uid

    def save_drafts(self) -> None:
        """Lock or quick exit with a note started: it is saved as it is (nothing lost)."""
        if self._vault is not None and (self.what.toPlainText().strip() or self.attachments.ids()):
            self.save()

    def clear_for_lock(self) -> None:
        self.what.clear()
        self.attachments.clear_for_lock()
        self._vault = None

    def refresh(self) -> None:
        """Nothing to reload."""

    # --- internals ---------------------------------------------------------------------------
    def _on_cancel_clicked(self) -> None:
        if self.what.toPlainText().strip() or self.attachments.ids():
            self.save()  # never thrown away: a note written is kept
            return
        self.finished.emit("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Quick note"))
        self.intro.setText(self.tr(
            "Write down what happened in a few words. It is saved at once as an incident; you "
            "can complete it later in Incidents."))
        self.what_label.setText(self.tr("&What happened?"))
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setPlaceholderText(self.tr("For example: he shouted and threw my phone."))
        self.when_label.setText(self.tr("W&hen? (now, or change it)"))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.photo_label.setText(self.tr("A photo, if you have one (you can skip this):"))
        self.save_button.setText(self.tr("&Save now"))
        self.save_button.setAccessibleName(self.tr("Save the quick note now"))
        self.cancel_button.setText(self.tr("Back"))
        self.cancel_button.setAccessibleName(self.tr("Back without a note"))
        self.attachments.retranslate_ui()
