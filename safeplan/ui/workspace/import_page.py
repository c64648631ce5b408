"""Import: bring in what a phone or messenger already exported (issue 6, GUI part).

Choose a file (through the dialogs seam: Qt's own widget dialog, no recent-files list), the format
is recognised from its bytes, and it is read off the UI thread with progress and Cancel. Nothing
touches the journal until she has seen the preview — counts, dates, who wrote, which side is
hers — and pressed Import; then everything is written in one transaction or nothing is
(interchange.import_document). A file without a time zone makes the importer raise
``TimezoneNeeded``; the page then asks for the zone instead of guessing (times are evidence).
``clear_for_lock`` cancels the work and waits, so a quick exit mid-import leaves the vault as it
was (the transaction rolls back).
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThread
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import Cancelled
from safeplan.core.importers.base import TimezoneNeeded
from safeplan.core.search import Query
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.entry_list_model import format_when
from safeplan.ui.workspace.export_page import ProgressTask

COMMON_ZONES = ("Europe/Minsk", "Europe/Moscow", "Europe/Vilnius", "Europe/Warsaw",
                "Europe/Kyiv", "Europe/Riga", "Europe/Tallinn", "Europe/Berlin", "Europe/London",
                "UTC")
NEW_PERSON = "\x00new"


def _participant_key(message: dict[str, Any]) -> str:
    from safeplan.core.importers.base import participant_key_of

    return participant_key_of(message)


class ImportPage(QWidget):
    """Choose → read (with progress) → preview and decide → import all or nothing."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_page")
        self._vault = vault
        self._dialogs = dialogs
        self._task: ProgressTask | None = None
        self._task_kind = ""
        self._threads: list[QThread] = []  # until their run() has really returned
        self._path: Path | None = None
        self._zone: str | None = None
        self._conversations: list[str] | None = None  # Telegram whole-account: chosen chats
        self.batch: Any = None  # ImportBatch, or a plain open-format document
        self.document: dict[str, Any] | None = None
        self.last_report: Any = None
        self._applied = False
        self.title = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.title.setFont(big)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("import_choose")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.keep_gps = QCheckBox()
        self.keep_gps.setObjectName("import_keep_gps")
        self.zone_label = QLabel()
        self.zone_label.setWordWrap(True)
        self.zone = QComboBox()
        self.zone.setObjectName("import_zone")
        self.zone.setEditable(True)
        self.zone_label.setBuddy(self.zone)
        self.zone_retry = QPushButton()
        self.zone_retry.setObjectName("import_zone_retry")
        self.zone_retry.clicked.connect(self._on_zone_retry_clicked)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone, 1)
        zone_row.addWidget(self.zone_retry)
        self.zone_box = QWidget()
        zone_layout = QVBoxLayout(self.zone_box)
        zone_layout.setContentsMargins(0, 0, 0, 0)
        zone_layout.addWidget(self.zone_label)
        zone_layout.addLayout(zone_row)
        self.zone_box.setVisible(False)
        self.chats_label = QLabel()
        self.chats_label.setWordWrap(True)
        self.chats = QListWidget()
        self.chats.setObjectName("import_chats")
        self.chats.setWordWrap(True)
        self.chats.setMaximumHeight(self.fontMetrics().height() * 8)
        self.chats_label.setBuddy(self.chats)
        self.chats_apply = QPushButton()
        self.chats_apply.setObjectName("import_chats_apply")
        self.chats_apply.clicked.connect(self._on_chats_apply_clicked)
        self.chats_box = QWidget()
        chats_layout = QVBoxLayout(self.chats_box)
        chats_layout.setContentsMargins(0, 0, 0, 0)
        chats_layout.addWidget(self.chats_label)
        chats_layout.addWidget(self.chats)
        chats_layout.addWidget(self.chats_apply, 0, Qt.AlignmentFlag.AlignLeft)
        self.chats_box.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file text is never rich text
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        summary_font = QFont(self.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.1)
        self.summary.setFont(summary_font)
        self.people_table = QTableWidget(0, 4)
        self.people_table.setObjectName("import_participants")
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.survivor_group = QButtonGroup(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setRange(0, 1)
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_commit")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.keep_gps)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.zone_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.chats_box)
        layout.addWidget(self.people_table, 1)
        layout.addStretch(0)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._fill_zones()
        self.people_table.setVisible(False)
        self.retranslate_ui()

    # --- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Nothing to reload: the page shows the file being imported."""

    def save_drafts(self) -> None:
        """An unfinished import is not kept: the file is still where she chose it."""

    def clear_for_lock(self) -> None:
        self.wait_for_work()
        self._task = None
        self._reset()
        self._vault = None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping…"))

    @property
    def busy(self) -> bool:
        return self._task is not None

    # --- choose and read ---------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path = self._dialogs.choose_existing_file(
            self, self.tr("Choose the exported chat, SMS backup, e-mail or photo"),
            name_filter=self.tr("Exports (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png "
                                "*.heic);;All files (*)"))
        if path is not None:
            self.read_file(Path(path))

    def read_file(self, path: Path, zone: str | None = None,
                  conversations: list[str] | None = None) -> None:
        self._reset()
        self._path, self._zone, self._conversations = path, zone, conversations
        keep_gps = self.keep_gps.isChecked()

        def work(task: CoreTask) -> Any:
            from safeplan.core import importers, interchange

            assert isinstance(task, ProgressTask)
            fmt = importers.detect_format(path)
            if fmt == "safeplan-json":
                document = interchange.load_json(path)
                interchange.validate_document(document, known_uid=lambda _: True)
                return document
            return importers.parse_file(path, fmt, tz=zone, keep_gps=keep_gps,
                                        progress=task.report, cancelled=lambda: task.cancelled,
                                        conversations=conversations)

        self._start(work, "parse")
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))

    def _on_zone_retry_clicked(self) -> None:
        zone = self.zone.currentText().strip()
        if zone not in zoneinfo.available_timezones():
            self._dialogs.show_error(self, self.tr(
                "Choose a time zone from the list, for example Europe/Minsk."))
            return
        if self._path is not None:
            self.read_file(self._path, zone, self._conversations)

    def _on_chats_apply_clicked(self) -> None:
        chosen = [str(self.chats.item(r).data(Qt.ItemDataRole.UserRole))
                  for r in range(self.chats.count())
                  if self.chats.item(r).checkState() == Qt.CheckState.Checked]
        if not chosen:
            self._dialogs.show_error(self, self.tr("Tick at least one chat to import."))
            self.chats.setFocus()
            return
        if self._path is not None:
            self.read_file(self._path, self._zone, chosen)

    def _fill_chats(self, available: dict[str, int]) -> None:
        """A whole-account Telegram export holds every chat: let her choose the relevant ones."""
        self.chats.clear()
        for name, count in sorted(available.items(), key=lambda kv: (-kv[1], kv[0])):
            item = QListWidgetItem(self.tr("{name} (%n message(s))", "", count).format(
                name=name or self.tr("(unnamed chat)")))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = self._conversations is None or name in self._conversations
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.chats.addItem(item)
        self.chats_box.setVisible(len(available) > 1)

    def _on_parsed(self, result: Any) -> None:
        if isinstance(result, dict):
            self.document = result
            self.batch = None
            lists = ("people", "incidents", "messages", "medical", "attachments", "legal")
            counts = ", ".join(f"{name}: {len(result.get(name) or [])}" for name in lists)
            self.summary.setText(self.tr("A SafePlan journal file. It holds: {counts}.").format(
                counts=counts))
        else:
            self.batch = result
            self.document = result.document
            self.summary.setText(self.summary_text(result.summary))
            self._fill_participants(result.summary)
            self._fill_chats(dict(getattr(result.summary, "available_conversations", {}) or {}))
        self.import_button.setEnabled(True)
        self.status.setText(self.tr(
            "Nothing is saved yet. Check the summary, then press Import to save it all."))
        self.import_button.setFocus()

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
        if not s.tz_known:
            lines.append(self.tr("The file had no time zone; the one you chose is recorded."))
        if s.missing_media:
            lines.append(self.tr("%n file(s) were left out of the export by the phone "
                                 "(recorded as missing).", "", len(s.missing_media)))
        if s.repairs:
            lines.append(self.tr("%n small repair(s) were needed to read the file "
                                 "(recorded).", "", len(s.repairs)))
        return "\n".join(lines)

    def _fill_participants(self, summary: Any) -> None:
        self.people_table.setRowCount(0)
        for button in self.survivor_group.buttons():
            self.survivor_group.removeButton(button)
        people = []
        if self._vault is not None:
            people = [(str(e.content.get("name") or "?"), e.uid) for e in
                      self._vault.journal.list(Query(kinds=("person",), limit=500))]
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

    # --- commit ------------------------------------------------------------------------------
    def apply_choices(self) -> None:
        """Put her answers (which side is hers, who is who) into the document."""
        if self.batch is None or self._applied:
            return
        self._applied = True  # link_person adds people: never twice for one reading
        summary = self.batch.summary
        checked = self.survivor_group.checkedId()
        if 0 <= checked < len(summary.participants):
            self.batch.set_survivor(summary.participants[checked].key)
        for row, participant in enumerate(summary.participants):
            link = self.people_table.cellWidget(row, 3)
            choice = link.currentData() if isinstance(link, QComboBox) else None
            if choice == NEW_PERSON:
                self.batch.link_person(participant.key, {
                    "name": participant.name or participant.key,
                    "contact": participant.platform_id, "role": None, "relationship": "",
                    "notes": ""})
            elif choice:
                for message in self.batch.document.get("messages", []):
                    if _participant_key(message) == participant.key:
                        message["person_id"] = choice

    def commit(self) -> None:
        if self.document is None or self._vault is None or self._task is not None:
            return
        self.apply_choices()
        vault, document, batch = self._vault, self.document, self.batch
        base_dir = self._path.parent if self._path is not None else None

        def work(task: CoreTask) -> Any:
            from safeplan.core.interchange import import_document

            assert isinstance(task, ProgressTask)
            return import_document(vault.journal, document, base_dir=base_dir,
                                   open_attachment=batch.open_attachment if batch else None,
                                   progress=task.report, cancelled=lambda: task.cancelled)

        self.import_button.setEnabled(False)
        self._start(work, "commit")
        self.status.setText(self.tr("Saving into your journal… Cancel leaves it as it was."))

    def _on_committed(self, report: Any) -> None:
        self.last_report = report
        self._close_batch()
        self.document = None
        names = {"message": self.tr("messages"), "person": self.tr("people"),
                 "attachment": self.tr("files"), "incident": self.tr("incidents"),
                 "medical": self.tr("medical visits"), "legal": self.tr("legal dates"),
                 "risk_check": self.tr("danger checks")}
        parts = [f"{n} {names.get(kind, kind)}" for kind, n in sorted(report.added.items())]
        if not parts:
            self.status.setText(self.tr("Nothing new: all {n} item(s) in this file are already "
                                        "in your journal.").format(n=report.skipped_duplicates))
            return
        self.status.setText(self.tr("Saved in your journal: {parts}. Already there and "
                                    "skipped: {skipped}.").format(
            parts=", ".join(parts), skipped=report.skipped_duplicates))

    # --- running work ------------------------------------------------------------------------
    def _start(self, work: Any, kind: str) -> None:
        task = ProgressTask(work, self)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_thread_finished)
        self._threads.append(task)
        self._task, self._task_kind = task, kind
        self._set_busy(True)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        self.zone_retry.setEnabled(not busy)

    def _on_task_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_thread_finished(self) -> None:
        task = self.sender()
        self._threads = [t for t in self._threads if t is not task]
        if isinstance(task, QThread):
            task.deleteLater()

    def wait_for_work(self, timeout_ms: int = 30000) -> None:
        """Cancel every background task and wait until its thread has ended.

        A result signal arrives while the thread is still returning from ``run()``; deleting
        the page (the threads' parent) in that moment would abort the process, and locking the
        vault under a running export or import would be worse.
        """
        for thread in list(self._threads):
            if isinstance(thread, CoreTask):
                thread.cancel()
            thread.wait(timeout_ms)
        self._threads = []

    def _finish(self, task: QObject) -> bool:
        if task is not self._task:
            return False
        self._task = None
        self._set_busy(False)
        return True  # the task deletes itself when its thread has really finished

    def _on_task_succeeded(self, task: CoreTask, result: Any) -> None:
        kind = self._task_kind
        if not self._finish(task):
            return
        if kind == "parse":
            self._on_parsed(result)
        else:
            self._on_committed(result)

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        kind = self._task_kind
        if not self._finish(task):
            return
        if isinstance(error, TimezoneNeeded):
            self._ask_zone(str(getattr(error, "suggestion", "") or ""))
            return
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped. Nothing was added to your journal."))
        else:
            self.status.setText(self.tr("Nothing was added to your journal."))
            self._dialogs.show_error(self, self.explain(error))
        if kind == "commit":
            self.import_button.setEnabled(self.document is not None)

    def explain(self, error: BaseException) -> str:
        """A calm sentence naming the file and the place of the first problem."""
        name = self._path.name if self._path is not None else ""
        where = str(getattr(error, "where", "") or "")
        if getattr(error, "kind", "") == "invalid-input" and name:
            if where:
                return self.tr("{file} could not be read (problem at {where}). Nothing was "
                               "added to your journal.").format(file=name, where=where)
            return self.tr("{file} could not be read. Nothing was added to your journal."
                           ).format(file=name)
        return ErrorText().message(error)

    def _ask_zone(self, suggestion: str) -> None:
        self.zone_box.setVisible(True)
        if suggestion and suggestion in zoneinfo.available_timezones():
            self.zone.setCurrentText(suggestion)
        self.status.setText(self.tr("Choose the time zone, then press Read again."))
        self.zone.setFocus()

    def _close_batch(self) -> None:
        if self.batch is not None:
            self.batch.close()
        self.batch = None

    def _reset(self) -> None:
        self._close_batch()
        self._applied = False
        self.document = None
        self.summary.clear()
        self.people_table.setRowCount(0)
        self.people_table.setVisible(False)
        self.zone_box.setVisible(False)
        self.chats_box.setVisible(False)
        self.import_button.setEnabled(False)
        self.status.clear()

    def _fill_zones(self) -> None:
        self.zone.clear()
        self.zone.addItems(list(COMMON_ZONES))
        rest = sorted(zoneinfo.available_timezones() - set(COMMON_ZONES))
        self.zone.addItems(rest)
        self.zone.setCurrentIndex(0)

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import messages and files"))
        self.intro.setText(self.tr(
            "Bring in a chat exported from Telegram or WhatsApp, an SMS backup, an e-mail, a "
            "photo, or a SafePlan journal file. You will see what is in it before anything is "
            "saved, and it is saved all at once or not at all."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.choose_button.setAccessibleName(self.tr("Choose a file to import"))
        self.keep_gps.setText(self.tr("Keep where photos were taken (GPS)"))
        self.keep_gps.setAccessibleName(self.tr("Keep the GPS location of photos"))
        self.zone_label.setText(self.tr(
            "This file does not say which time zone its times are in. Choose the zone the "
            "phone or computer was set to when the messages were sent:"))
        self.zone.setAccessibleName(self.tr("Time zone of the file"))
        self.chats_label.setText(self.tr(
            "This export holds several chats. Tick the ones that matter, then press Read the "
            "ticked chats (you can import others later):"))
        self.chats.setAccessibleName(self.tr("Chats in this export"))
        self.chats_apply.setText(self.tr("Read the ticked chats"))
        self.chats_apply.setAccessibleName(self.tr("Read only the ticked chats again"))
        self.zone_retry.setText(self.tr("Read again"))
        self.zone_retry.setAccessibleName(self.tr("Read the file again with this time zone"))
        self.people_table.setHorizontalHeaderLabels([
            self.tr("Who wrote"), self.tr("Number or account"),
            self.tr("Which side is you"), self.tr("Person in your journal")])
        self.people_table.setAccessibleName(self.tr("People in the file"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import everything shown into the journal"))
