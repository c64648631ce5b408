"""What an import holds, shown before anything is saved (issue 6: "preview before commit").

Counts, dates as people read them, the conversations, every repair the importer had to make and
every file the phone left out — and her decisions: which side of the conversation is hers (the
direction of every message follows from it) and who each writer is in her journal. For a
whole-account Telegram export, the list of chats to choose from. File text is shown as plain
text only (never rich text: an export is untrusted input).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.entry_list_model import format_when

NEW_PERSON = "\x00new"
_LISTS = ("people", "incidents", "messages", "medical", "attachments", "legal")


def _participant_key(message: dict[str, Any]) -> str:
    from safeplan.core.importers.base import participant_key_of

    return participant_key_of(message)


class ImportPreview(QWidget):
    """Summary, chat choice and the writers table of one parsed file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        summary_font = QFont(self.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.1)
        self.summary.setFont(summary_font)
        self.chats_label = QLabel()
        self.chats_label.setWordWrap(True)
        self.chats = QListWidget()
        self.chats.setObjectName("import_chats")
        self.chats.setWordWrap(True)
        self.chats.setMaximumHeight(self.fontMetrics().height() * 8)
        self.chats_label.setBuddy(self.chats)
        self.chats_apply = QPushButton()
        self.chats_apply.setObjectName("import_chats_apply")
        self.chats_box = QWidget()
        chats_layout = QVBoxLayout(self.chats_box)
        chats_layout.setContentsMargins(0, 0, 0, 0)
        chats_layout.addWidget(self.chats_label)
        chats_layout.addWidget(self.chats)
        chats_layout.addWidget(self.chats_apply, 0, Qt.AlignmentFlag.AlignLeft)
        # Issue 14.2: every file that will be attached, before anything is saved.
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("import_files")
        self.files.setWordWrap(True)
        self.files.setMaximumHeight(self.fontMetrics().height() * 7)
        self.files_label.setBuddy(self.files)
        self.people_table = QTableWidget(0, 4)
        self.people_table.setObjectName("import_participants")
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.survivor_group = QButtonGroup(self)
        self._summary: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.chats_box)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files)
        layout.addWidget(self.people_table, 1)
        layout.addStretch(0)
        self.clear()
        self.retranslate_ui()

    # --- showing -----------------------------------------------------------------------------
    def clear(self) -> None:
        self._summary = None
        self.summary.clear()
        self.chats.clear()
        self.chats_box.setVisible(False)
        self.people_table.setRowCount(0)
        self.people_table.setVisible(False)
        self.files.clear()
        self.files.setVisible(False)
        self.files_label.setVisible(False)

    def show_document(self, document: dict[str, Any]) -> None:
        """A SafePlan journal file (the open format): its lists and their sizes."""
        self.clear()
        counts = ", ".join(f"{name}: {len(document.get(name) or [])}" for name in _LISTS)
        self.summary.setText(self.tr("A SafePlan journal file. It holds: {counts}.").format(
            counts=counts))

    def show_summary(self, summary: Any, people: Sequence[tuple[str, str]],
                     chosen_chats: Sequence[str] | None) -> None:
        """A message export: what it holds, its chats, and its writers."""
        self.clear()
        self._summary = summary
        self.summary.setText(self.summary_text(summary))
        self.fill_chats(dict(getattr(summary, "available_conversations", {}) or {}),
                        chosen_chats)
        self.fill_participants(summary, people)
        self.fill_files(summary)

    def fill_files(self, summary: Any) -> None:
        """Each file to be attached: name, size, where it comes from; older ones marked."""
        self.files.clear()
        media = list(getattr(summary, "media_files", []) or [])
        for f in media:
            where = self.tr("from the zip") if f.origin == "zip" else self.tr("from the folder")
            text = self.tr("{name} — {size} KB, {where}").format(
                name=f.file_name, size=max(1, round(f.size / 1024)), where=where)
            if f.predates_chat:
                text += " — " + self.tr("older than the chat: you will be asked")
            item = QListWidgetItem(text)
            item.setToolTip(f"SHA-256 {f.sha256}")
            if f.predates_chat:  # the words say it; bold makes it stand out for tired eyes
                bold = QFont(item.font())
                bold.setBold(True)
                item.setFont(bold)
            self.files.addItem(item)
        self.files_label.setText(self.tr("%n file(s) will be attached to the messages:", "",
                                         len(media)))
        self.files.setVisible(bool(media))
        self.files_label.setVisible(bool(media))

    def summary_text(self, s: Any) -> str:
        lines = [self.tr("File: {name} ({fmt})").format(name=s.file_name, fmt=s.format),
                 self.tr("Messages: {n}, of them calls and other events: {e}. Files: {f}."
                         ).format(n=s.message_count, e=s.service_count, f=s.attachment_count)]
        if s.first_at:
            lines.append(self.tr("From {first} to {last}").format(
                first=format_when(s.first_at, "minute"), last=format_when(s.last_at, "minute")))
        if s.conversations:
            lines.append(self.tr("Conversations: {names}").format(
                names=", ".join(s.conversations[:5])))
        if s.survivor_key:
            lines.append(self.tr("Your side looks like: {who}. Change it below if that is "
                                 "wrong.").format(who=s.survivor_key))
        if s.tz:
            lines.append(self.tr("Time zone used: {zone}").format(zone=s.tz))
        order = getattr(s, "date_order", "")
        if order in ("DMY", "MDY", "YMD"):
            words = {"DMY": self.tr("day, month, year"), "MDY": self.tr("month, day, year"),
                     "YMD": self.tr("year, month, day")}[order]
            how = self.tr("you chose this") if s.date_order_source == "user" else \
                self.tr("the file shows it")
            lines.append(self.tr("Dates read as {order} ({how}).").format(order=words, how=how))
        if not s.tz_known:
            lines.append(self.tr("The file had no time zone; the one you chose is recorded."))
        if s.missing_media:
            lines.append(self.tr("%n file(s) were left out of the export by the phone "
                                 "(recorded as missing).", "", len(s.missing_media)))
        unreadable = len(getattr(s, "unreadable", []) or [])
        if unreadable:  # issue 13.4: said plainly, and each one is an entry of its own
            lines.append(self.tr("%n item(s) could not be read. Each is imported as an entry "
                                 "that says what it was; its original bytes are kept.", "",
                                 unreadable))
        if s.repairs:
            lines.append(self.tr("%n small repair(s) were needed to read the file "
                                 "(recorded).", "", len(s.repairs)))
        return "\n".join(lines)

    def fill_chats(self, available: dict[str, int], chosen: Sequence[str] | None) -> None:
        """A whole-account Telegram export holds every chat: let her choose the relevant ones."""
        self.chats.clear()
        for name, count in sorted(available.items(), key=lambda kv: (-kv[1], kv[0])):
            item = QListWidgetItem(self.tr("{name} (%n message(s))", "", count).format(
                name=name or self.tr("(unnamed chat)")))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = chosen is None or name in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.chats.addItem(item)
        self.chats_box.setVisible(len(available) > 1)

    def chosen_chats(self) -> list[str]:
        return [str(self.chats.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.chats.count())
                if self.chats.item(r).checkState() == Qt.CheckState.Checked]

    def fill_participants(self, summary: Any, people: Sequence[tuple[str, str]]) -> None:
        self.people_table.setRowCount(0)
        for button in self.survivor_group.buttons():
            self.survivor_group.removeButton(button)
        for row, participant in enumerate(summary.participants):
            self.people_table.insertRow(row)
            name = QTableWidgetItem(participant.name or participant.key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            ident = QTableWidgetItem(self.tr("{id} — %n message(s)", "",
                                             participant.message_count).format(
                id=participant.platform_id or self.tr("no number in the file")))
            ident.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.people_table.setItem(row, 0, name)
            self.people_table.setItem(row, 1, ident)
            me = QRadioButton(self.tr("This is me"))
            me.setObjectName(f"import_me_{row}")
            me.setAccessibleName(self.tr("{name} is me").format(name=participant.name))
            me.setChecked(participant.key == summary.survivor_key)
            self.survivor_group.addButton(me, row)
            self.people_table.setCellWidget(row, 2, me)
            link = QComboBox()
            link.setObjectName(f"import_link_{row}")
            link.setAccessibleName(self.tr("Link {name} to a person in your journal").format(
                name=participant.name))
            link.addItem(self.tr("Do not link"), None)
            link.addItem(self.tr("Add as a new person"), NEW_PERSON)
            for person_name, uid in people:
                link.addItem(person_name, uid)
                if person_name == participant.name:
                    link.setCurrentIndex(link.count() - 1)
            self.people_table.setCellWidget(row, 3, link)
        self.people_table.resizeRowsToContents()
        self.people_table.setVisible(bool(summary.participants))

    # --- her decisions -----------------------------------------------------------------------
    def apply_choices(self, batch: Any) -> None:
        """Which side is hers and who each writer is, written into the parsed batch."""
        summary = batch.summary
        checked = self.survivor_group.checkedId()
        if 0 <= checked < len(summary.participants):
            batch.set_survivor(summary.participants[checked].key)
        for row, participant in enumerate(summary.participants):
            link = self.people_table.cellWidget(row, 3)
            choice = link.currentData() if isinstance(link, QComboBox) else None
            if choice == NEW_PERSON:
                batch.link_person(participant.key, {
                    "name": participant.name or participant.key,
                    "contact": participant.platform_id, "role": None, "relationship": "",
                    "notes": ""})
            elif choice:
                for message in batch.document.get("messages", []):
                    if _participant_key(message) == participant.key:
                        message["person_id"] = choice

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.chats_label.setText(self.tr(
            "This export holds several chats. Tick the ones that matter, then press Read the "
            "ticked chats (you can import others later):"))
        self.chats.setAccessibleName(self.tr("Chats in this export"))
        self.chats_apply.setText(self.tr("Read the ticked chats"))
        self.chats_apply.setAccessibleName(self.tr("Read only the ticked chats again"))
        self.people_table.setHorizontalHeaderLabels([
            self.tr("Who wrote"), self.tr("Number or account"),
            self.tr("Which side is you"), self.tr("Person in your journal")])
        self.people_table.setAccessibleName(self.tr("People in the file"))
        if self._summary is not None:
            self.summary.setText(self.summary_text(self._summary))
