"""Typing in a message by hand: from a screenshot, a call, or a message on another phone (issue 3).

Courts need the sender's *identifier* (the phone number or address), not only the name she gave
the contact, and the original time; the form asks for both and says why. A screenshot can be
attached from a file or pasted; its bytes go straight into the encrypted vault when the message
is saved (nothing decrypted or pasted is written to disk — requirement 4). What she has typed is
kept as an encrypted draft so a quick exit mid-typing loses nothing (UX principle 3).
"""

from __future__ import annotations

import itertools
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.model import CHANNELS
from safeplan.core.journal.search import Query
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.attachments_widget import AttachmentsWidget
from safeplan.ui.workspace.entry_list_model import date_pattern

DRAFT_KEY = "workspace/message_editor"


def show_wall_clock(edit: QDateTimeEdit, value: object) -> tzinfo | None:
    """Put a stored time into ``edit`` as the clock showed it where it happened.

    Returns the stored offset, so saving again keeps it (a time written in Minsk stays a Minsk
    time even when she edits it on a laptop set to another zone).
    """
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                               QTime(moment.hour, moment.minute, moment.second)))
    return moment.tzinfo


def read_wall_clock(edit: QDateTimeEdit, offset: tzinfo | None) -> str:
    """The edit's time as ISO 8601 with ``offset`` (this computer's when None)."""
    shown = edit.dateTime()
    date, clock = shown.date(), shown.time()
    moment = datetime(date.year(), date.month(), date.day(), clock.hour(), clock.minute(),
                      clock.second())
    moment = moment.replace(tzinfo=offset) if offset is not None else moment.astimezone()
    return moment.isoformat(timespec="seconds")


class MessageEditor(QWidget):
    """Form for one message; ``saved(uid)`` after a successful save."""

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_editor")
        self._vault = vault
        self._dialogs = dialogs
        self._uid: str | None = None
        self._offset: tzinfo | None = None

        self.heading = QLabel()
        self.heading.setObjectName("message_editor_heading")
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.when = QDateTimeEdit()
        self.when.setObjectName("message_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_pattern() + " HH:mm")
        self.when.setDateTime(QDateTime.currentDateTime())
        self.channel = QComboBox()
        self.channel.setObjectName("message_channel")
        self.direction = QComboBox()
        self.direction.setObjectName("message_direction")
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("message_sender")
        self.sender_id = QLineEdit()
        self.sender_id.setObjectName("message_sender_id")
        self.sender_hint = QLabel()
        self.sender_hint.setWordWrap(True)
        self.person = QComboBox()
        self.person.setObjectName("message_person")
        self.conversation = QComboBox()
        self.conversation.setObjectName("message_conversation")
        self.conversation.setEditable(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("message_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 5)
        # The team's attachment widget: originals go into the vault as they are added (hashed
        # on arrival), pasted screenshots never touch the disk, and the viewer decodes in memory.
        self.attachments = AttachmentsWidget(vault.journal, dialogs)
        self.attachments.setMinimumHeight(self.fontMetrics().height() * 12)
        self.save_button = QPushButton()
        self.save_button.setObjectName("message_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("message_cancel")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("when", self.when), ("channel", self.channel),
                            ("direction", self.direction), ("sender", self.sender_name),
                            ("sender_id", self.sender_id), ("hint", self.sender_hint),
                            ("person", self.person), ("conversation", self.conversation),
                            ("text", self.text)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.files_label = QLabel()
        self.files_label.setBuddy(self.attachments.list)
        self.form.addRow(self.files_label, self.attachments)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        order = [self.when, self.channel, self.direction, self.sender_name, self.sender_id,
                 self.person, self.conversation, self.text, self.attachments.list,
                 self.cancel_button, self.save_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate_ui()
        self.reload_choices()

    # --- choices -----------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Fill the people and conversation lists from the journal."""
        if self._vault is None:
            return
        journal = self._vault.journal
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("Not linked to a person"), None)
        for entry in journal.list(Query(kinds=("person",), limit=500)):
            self.person.addItem(str(entry.content.get("name") or self.tr("(no name)")), entry.uid)
        found = self.person.findData(current) if current else 0
        self.person.setCurrentIndex(max(found, 0))
        typed = self.conversation.currentText()
        self.conversation.clear()
        for _, name, _ in journal.conversations():
            if name and self.conversation.findText(name) < 0:
                self.conversation.addItem(name)
        self.conversation.setEditText(typed)

    # --- loading and saving ------------------------------------------------------------------
    def new_message(self, conversation: str = "", channel: str | None = None) -> None:
        self.clear()
        self.reload_choices()
        self.conversation.setEditText(conversation)
        if channel:
            self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        draft = self._vault.journal.load_draft(DRAFT_KEY) if self._vault is not None else None
        if draft and draft.get("uid") is None:
            self.set_content(draft.get("content") or {})
        self.when.setFocus()

    def load(self, uid: str) -> None:
        """Edit an existing message (saving makes a new revision; the old one is kept)."""
        self.clear()
        self.reload_choices()
        entry = self._vault.journal.get(uid)
        self._uid = uid
        self.set_content(entry.content)
        self.attachments.set_ids([str(a) for a in entry.content.get("attachment_ids") or []])
        self.retranslate_ui()

    def set_content(self, content: dict[str, Any]) -> None:
        self._offset = show_wall_clock(self.when, content.get("sent_at"))
        self.channel.setCurrentIndex(max(self.channel.findData(content.get("channel")), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(content.get("direction")), 0))
        self.sender_name.setText(str(content.get("sender") or ""))
        self.sender_id.setText(str(content.get("sender_id") or ""))
        if content.get("person_id"):
            self.person.setCurrentIndex(max(self.person.findData(content.get("person_id")), 0))
        self.conversation.setEditText(str(content.get("conversation") or ""))
        self.text.setPlainText(str(content.get("text") or ""))
        if content.get("attachment_ids"):
            self.attachments.set_ids([str(a) for a in content["attachment_ids"]])

    def content(self) -> dict[str, Any]:
        """The message as the form shows it (time with this computer's offset)."""
        person = self.person.currentData()
        conversation = self.conversation.currentText().strip()
        if not conversation:  # group by who it came from: the person, else the number
            conversation = (self.person.currentText() if person else "") or \
                self.sender_id.text().strip() or self.sender_name.text().strip()
        base: dict[str, Any] = {}
        if self._uid is not None and self._vault is not None:
            base = dict(self._vault.journal.get(self._uid).content)
        base.update({
            "sent_at": read_wall_clock(self.when, self._offset), "precision": "minute",
            "tz_known": True, "channel": self.channel.currentData(),
            "direction": self.direction.currentData(), "sender": self.sender_name.text().strip(),
            "sender_id": self.sender_id.text().strip(), "person_id": person,
            "conversation": conversation, "text": self.text.toPlainText(),
            "attachment_ids": self.attachments.ids(),
        })
        return base

    def save(self) -> str | None:
        if self._vault is None:
            return None
        content = self.content()
        if not content["text"].strip() and not content["attachment_ids"]:
            self._dialogs.show_error(self, self.tr(
                "Write what the message said, or add a screenshot of it."))
            self.text.setFocus()
            return None
        journal = self._vault.journal
        try:
            with journal.transaction():
                uid = journal.save("message", content, self._uid)
                journal.drop_draft(DRAFT_KEY)
        except Exception as exc:  # shown in plain words; nothing half-saved (one transaction)
            self._dialogs.show_error(self, ErrorText().message(exc))
            return None
        self.clear()
        self.saved.emit(uid)
        return uid

    def save_draft(self) -> None:
        """Keep what is typed (encrypted, in the vault) — called on lock and quick exit."""
        if self._vault is None or not self.has_typed():
            return
        self._vault.journal.save_draft(DRAFT_KEY, {"uid": self._uid, "content": self.content()})

    def has_typed(self) -> bool:
        return bool(self.text.toPlainText().strip() or self.sender_id.text().strip()
                    or self.sender_name.text().strip() or self.attachments.ids())

    def clear(self) -> None:
        self._uid = None
        self._offset = None
        self.attachments.set_ids([])
        self.sender_name.clear()
        self.sender_id.clear()
        self.text.clear()
        self.conversation.setEditText("")
        self.when.setDateTime(QDateTime.currentDateTime())
        self.retranslate_ui()

    def clear_for_lock(self) -> None:
        self.clear()
        self.attachments.clear_for_lock()
        self.person.clear()
        self.conversation.clear()
        self._vault = None

    def _on_cancel_clicked(self) -> None:
        if self._vault is not None:
            self._vault.journal.drop_draft(DRAFT_KEY)
        self.clear()
        self.cancelled.emit()

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def channel_names(self) -> dict[str, str]:
        return {"sms": self.tr("SMS"), "telegram": self.tr("Telegram"),
                "whatsapp": self.tr("WhatsApp"), "viber": self.tr("Viber"),
                "signal": self.tr("Signal"), "email": self.tr("E-mail"),
                "call": self.tr("Phone call"), "social": self.tr("Social network"),
                "in-person": self.tr("Said in person"), "other": self.tr("Other")}

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Change this message") if self._uid
                             else self.tr("Add a message by hand"))
        channel, direction = self.channel.currentData(), self.direction.currentData()
        self.channel.clear()
        for code in CHANNELS:
            self.channel.addItem(self.channel_names()[code], code)
        self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        self.direction.clear()
        # Which way it went, in words nobody can read backwards (issue 15: "Who sent it:
        # Sent to me" said neither who nor which way).
        self.direction.addItem(self.tr("He/they wrote to me"), "incoming")
        self.direction.addItem(self.tr("I wrote to him/them"), "outgoing")
        self.direction.setCurrentIndex(max(self.direction.findData(direction), 0))
        texts = {
            "when": self.tr("When it was sent (as the phone shows it):"),
            "channel": self.tr("How it was sent:"), "direction": self.tr("Who wrote:"),
            "sender": self.tr("Sender's name:"),
            "sender_id": self.tr("Sender's number or address:"), "hint": "",
            "person": self.tr("This person in your journal:"),
            "conversation": self.tr("Conversation:"), "text": self.tr("Exact words of the message:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.sender_hint.setText(self.tr(
            "Write the phone number, e-mail or account exactly as it appears. Courts give more "
            "weight to a number than to a contact name, which anyone can change."))
        self.files_label.setText(self.tr("Screenshots of the message:"))
        self.attachments.retranslate_ui()  # it has no changeEvent of its own
        names: dict[QWidget, str] = {
                 self.when: self.tr("When it was sent"), self.channel: self.tr("How it was sent"),
                 self.direction: self.tr("Who wrote"), self.sender_name: self.tr("Sender's name"),
                 self.sender_id: self.tr("Sender's number or address"),
                 self.person: self.tr("Person in your journal"),
                 self.conversation: self.tr("Conversation"),
                 self.text: self.tr("Exact words of the message")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.save_button.setText(self.tr("Save message"))
        self.save_button.setAccessibleName(self.tr("Save message"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and forget what was typed"))
        self.sender_id.setPlaceholderText(self.tr("e.g. +375 29 123-45-67"))
