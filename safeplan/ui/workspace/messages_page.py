"""Messages: conversations, each shown as bubbles with sender number and original time (issue 3, 6).

A stalker may send hundreds of messages; the conversation view is a lazy model (one page of rows
at a time, ``EntryListModel``) and the messages-per-day chart above it comes from one grouped
count in the journal (``counts_by_day``), never from loading every message. Each bubble (drawn by
message_bubbles.py) shows what a court needs to cite it: who sent it *and from which number or
address*, the original time (with "time zone not known" when the export had none), and the
channel — and, beside the time, the message's permanent number (C1.0003, journal/citations.py)
in the letters the PDF prints for the interface language (С1.0003 in ru/be), so she and a
volunteer can find on screen the message a lawyer names; the conversation list shows each
conversation's number, and the search finds a message by its number (journal/search.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import ENTRY_ROLE, Column, EntryListModel, format_when
from safeplan.ui.workspace.message_bubbles import BubbleDelegate
from safeplan.ui.workspace.message_editor import MessageEditor
from safeplan.ui.workspace.page_title import title_label
from safeplan.ui.workspace.per_day_chart import PerDayChart

ALL = "\x00all"  # the "every conversation" choice (never a real conversation name)
LOCAL_DAY_LIMIT = 20000
# The PDF's own letter for conversations (export/labels_legal.py TL.CONVERSATION_LETTER, same
# context and source, so one translation): the screen prints С1.0003 where the ru/be PDF does.
# Not imported from there: importing the export package loads reportlab (~0.25 s).
_CONVERSATION_LETTER = QT_TRANSLATE_NOOP("ChronologyPdf", "C")


def shown_ref(ref: str) -> str:
    """A stored citation ("C1.0003", "C1") in the interface language's letters."""
    if ref[:1] != "C":
        return ref
    return QCoreApplication.translate("ChronologyPdf", _CONVERSATION_LETTER) + ref[1:]


class MessagesPage(QWidget):
    """Conversation list, messages-per-day chart, conversation view, and manual entry."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messages_page")
        self._vault = vault
        self._dialogs = dialogs
        self.title = title_label(self)
        self.title.setObjectName("messages_title")
        self.add_button = QPushButton()
        self.add_button.setObjectName("messages_add")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("messages_edit")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)

        self.conversations_label = QLabel()
        self.conversations = QListWidget()
        self.conversations.setObjectName("messages_conversations")
        self.conversations.setWordWrap(True)  # long chat names wrap instead of being cut
        self.conversations_label.setBuddy(self.conversations)
        self.conversations.currentItemChanged.connect(self._on_conversations_currentItemChanged)
        self.search = QLineEdit()
        self.search.setObjectName("messages_search")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._apply_query)
        self.search.textChanged.connect(self._on_search_textChanged)

        self.editor = MessageEditor(vault, dialogs)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.cancelled.connect(self._show_conversation)

        self.chart = PerDayChart()
        self.count_label = QLabel()
        self.count_label.setObjectName("messages_count")
        self.model = EntryListModel(vault.journal, Query(kinds=("message",)),
                                    [Column("", self.accessible_text, self.number_tip)],
                                    page_size=200)
        self.view = QListView()
        self.view.setObjectName("messages_view")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BubbleDelegate(self))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(self._on_view_doubleClicked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.conversations_label)
        left_layout.addWidget(self.conversations, 1)
        conversation = QWidget()
        conv_layout = QVBoxLayout(conversation)
        conv_layout.setContentsMargins(0, 0, 0, 0)
        conv_layout.addWidget(self.search)
        conv_layout.addWidget(self.chart)
        conv_layout.addWidget(self.count_label)
        conv_layout.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(conversation)
        self.stack.addWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.add_button, self.conversations)
        self.setTabOrder(self.conversations, self.search)
        self.setTabOrder(self.search, self.chart)
        self.setTabOrder(self.chart, self.view)
        self.retranslate_ui()  # also fills the lists (refresh)

    # --- public page interface ---------------------------------------------------------------
    def refresh(self) -> None:
        if self._vault is None:
            return
        current = self.current_conversation()
        self.conversations.blockSignals(True)
        self.conversations.clear()
        journal = self._vault.journal
        total = journal.count(Query(kinds=("message",)))
        everything = QListWidgetItem(self.tr("All messages ({n})").format(n=total))
        everything.setData(Qt.ItemDataRole.UserRole, ALL)
        self.conversations.addItem(everything)
        channels = self.editor.channel_names()
        for channel, name, count, number in journal.numbered_conversations():
            text = self.tr("{name} — {channel} ({n})").format(
                name=name or self.tr("(no name)"), channel=channels.get(channel, channel or "?"),
                n=count)
            item = QListWidgetItem(text)
            if number is not None:  # "С1 · Viktor — SMS (45)", read as "Conversation С1: …"
                ref = shown_ref(f"C{number}")
                item.setText(f"{ref} · {text}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("Conversation {ref}: {text}").format(ref=ref, text=text))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.UserRole + 1, channel)
            self.conversations.addItem(item)
        row = 0
        for index in range(self.conversations.count()):
            if self.conversations.item(index).data(Qt.ItemDataRole.UserRole) == current:
                row = index
        self.conversations.setCurrentRow(row)
        self.conversations.blockSignals(False)
        self._apply_query()

    def current_conversation(self) -> str:
        item = self.conversations.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else ALL
        return str(value) if value is not None else ALL

    def select_conversation(self, name: str) -> None:
        for index in range(self.conversations.count()):
            if self.conversations.item(index).data(Qt.ItemDataRole.UserRole) == name:
                self.conversations.setCurrentRow(index)
                return

    def show_entry(self, uid: str) -> bool:
        """Open the conversation of message ``uid`` and select it (from People or the timeline)."""
        if self._vault is None:
            return False
        try:
            entry = self._vault.journal.get(uid)
        except Exception:  # deleted meanwhile: nothing to show
            return False
        self._show_conversation()
        self.search.clear()
        self.select_conversation(str(entry.content.get("conversation") or ""))
        if self.current_conversation() == ALL:
            self._apply_query()
        row = self.model.row_of(uid)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def save_drafts(self) -> None:
        if self._vault is not None and self.stack.currentWidget() is self.editor:
            self.editor.save_draft()

    def clear_for_lock(self) -> None:
        """Forget every decrypted message (requirement 7)."""
        self.editor.clear_for_lock()
        self.model.clear()
        self.conversations.clear()
        self.chart.clear()
        self.search.clear()
        self.count_label.clear()
        self._vault = None

    # --- building the view -------------------------------------------------------------------
    def _apply_query(self) -> None:
        if self._vault is None:
            return
        conversation = self.current_conversation()
        item = self.conversations.currentItem()
        channel = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        query = Query(kinds=("message",), text=self.search.text().strip(),
                      conversation=None if conversation == ALL else conversation,
                      channel=channel if conversation != ALL and channel else None)
        self.model.set_query(query)
        self.chart.set_counts(self.day_counts(None if conversation == ALL else conversation))
        self.count_label.setText(self.tr("%n message(s) shown, oldest first.", "",
                                         self.model.total))
        self.view.setAccessibleDescription(self.count_label.text())

    def day_counts(self, conversation: str | None) -> list[tuple[str, int]]:
        """Messages per day *as the clock showed it where they were sent* (same as the PDF).

        A message at 01:00 in Minsk belongs to that night, not to the previous UTC day. The
        journal's grouped count works in UTC, so up to LOCAL_DAY_LIMIT messages are counted
        from their own times; beyond that the fast UTC count is used (said in the chart).
        """
        journal = self._vault.journal
        query = Query(kinds=("message",), conversation=conversation)
        total = journal.count(query)
        if total > LOCAL_DAY_LIMIT:
            self.chart.set_note(self.tr("In very long conversations days are counted in world time (UTC)."))
            return list(journal.counts_by_day("message", conversation))
        self.chart.set_note("")
        counts: dict[str, int] = {}
        for offset in range(0, total, 2000):
            for entry in journal.list(replace(query, offset=offset, limit=2000)):
                sent = entry.content.get("sent_at")
                if isinstance(sent, str) and len(sent) >= 10 and sent[4] == "-":
                    counts[sent[:10]] = counts.get(sent[:10], 0) + 1
        return sorted(counts.items())

    def _on_search_textChanged(self, text: str) -> None:
        if not text:
            self._apply_query()

    def _on_conversations_currentItemChanged(self, current: Any, previous: Any) -> None:
        self._apply_query()

    def _show_conversation(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def _on_add_button_clicked(self) -> None:
        conversation = self.current_conversation()
        item = self.conversations.currentItem()
        channel = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        self.editor.new_message("" if conversation == ALL else conversation, channel)
        self.stack.setCurrentWidget(self.editor)

    def _on_edit_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._on_view_doubleClicked(index)

    def _on_view_doubleClicked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, Entry):
            self.editor.load(entry.uid)
            self.stack.setCurrentWidget(self.editor)

    def _on_editor_saved(self, uid: str) -> None:
        self.refresh()
        self._show_conversation()

    # --- texts -------------------------------------------------------------------------------
    def bubble_texts(self, entry: Entry) -> tuple[str, str, str]:
        """(sender line, her words, the line under them: number · time · channel …)."""
        who, body, foot = self._bubble_parts(entry)
        return who, body, (f"{shown_ref(entry.ref)} · {foot}" if entry.ref else foot)

    def _bubble_parts(self, entry: Entry) -> tuple[str, str, str]:
        c = entry.content
        name = str(c.get("sender") or "")
        ident = str(c.get("sender_id") or "")
        if c.get("direction") == "outgoing" and not name:
            name = self.tr("Me")
        who = f"{name} ({ident})" if ident and ident != name else (name or ident or "?")
        body = str(c.get("text") or "")
        if c.get("service"):
            body = self.tr("[{what}]").format(what=c.get("service")) + (" " + body if body else "")
        if c.get("attachment_ids"):
            body += ("\n" if body else "") + self.tr("📎 %n file(s) attached", "",
                                                     len(c.get("attachment_ids") or []))
        when = format_when(c.get("sent_at"), c.get("precision"))
        foot = self.tr("{when} · {channel}").format(
            when=when, channel=self.editor.channel_names().get(str(c.get("channel") or ""),
                                                               str(c.get("channel") or "")))
        if c.get("tz_known") is False:
            foot += " · " + self.tr("time zone not known")
        if c.get("edited_at"):
            foot += " · " + self.tr("edited")
        return who, body, foot

    def accessible_text(self, entry: Entry) -> str:
        who, body, foot = self._bubble_parts(entry)
        text = self.tr("From {who}: {text}. {when}").format(who=who, text=body, when=foot)
        if not entry.ref:
            return text
        # said first and as a number, never run into her words
        return self.tr("Message number {ref}.").format(ref=shown_ref(entry.ref)) + " " + text

    def number_tip(self, entry: Entry) -> str:
        if not entry.ref:
            return ""
        return self.tr("Message number {ref}: the court document (PDF) cites this message by "
                       "it.").format(ref=shown_ref(entry.ref))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Messages"))
        self.add_button.setText(self.tr("Add a message by hand"))
        self.add_button.setAccessibleName(self.tr("Add a message by hand"))
        self.edit_button.setText(self.tr("Change selected message"))
        self.edit_button.setAccessibleName(self.tr("Change the selected message"))
        self.conversations_label.setText(self.tr("Conversations:"))
        self.conversations.setAccessibleName(self.tr("Conversations"))
        self.search.setPlaceholderText(
            self.tr("Search words or a message number ({example}), then press Enter").format(
                example=shown_ref("C1.0003")))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.view.setAccessibleName(self.tr("Messages in this conversation"))
        if self._vault is not None:
            self.refresh()
