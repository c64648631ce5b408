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

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import Cancelled
from safeplan.core.importers.base import TimezoneNeeded
from safeplan.core.journal.search import Query
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace import import_questions
from safeplan.ui.workspace.background_work import BackgroundWork, ProgressTask
from safeplan.ui.workspace.import_preview import ImportPreview
from safeplan.ui.workspace.page_title import title_label

COMMON_ZONES = ("Europe/Minsk", "Europe/Moscow", "Europe/Vilnius", "Europe/Warsaw",
                "Europe/Kyiv", "Europe/Riga", "Europe/Tallinn", "Europe/Berlin", "Europe/London",
                "UTC")


class ImportPage(BackgroundWork, QWidget):
    """Choose → read (with progress) → preview and decide → import all or nothing."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_page")
        self._vault = vault
        self._dialogs = dialogs
        self._init_background_work()
        self._path: Path | None = None
        self._zone: str | None = None
        self._conversations: list[str] | None = None  # Telegram whole-account: chosen chats
        self._date_order: str | None = None  # WhatsApp: her answer when every date is ≤ 12
        self.batch: Any = None  # ImportBatch, or a plain open-format document
        self.document: dict[str, Any] | None = None
        self.last_report: Any = None
        self._applied = False
        self.title = title_label(self)
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
        self.preview = ImportPreview()
        self.preview.chats_apply.clicked.connect(self._on_chats_apply_clicked)
        # Short names the tests and the workspace use for the preview's parts.
        self.summary = self.preview.summary
        self.chats = self.preview.chats
        self.chats_box = self.preview.chats_box
        self.chats_apply = self.preview.chats_apply
        self.people_table = self.preview.people_table
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
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._fill_zones()
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
                  conversations: list[str] | None = None, date_order: str | None = None) -> None:
        self._reset()
        self._path, self._zone, self._conversations = path, zone, conversations
        self._date_order = date_order
        keep_gps = self.keep_gps.isChecked()

        # the words the importer writes into entries ("part 2 of an MMS could not be read")
        # follow the interface language (LanguageSwitcher sets the default QLocale)
        lang = QLocale().name().split("_")[0].lower()
        lang = lang if lang in ("en", "ru", "be") else "en"

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
                                        conversations=conversations, lang=lang,
                                        date_order=date_order)

        self._start(work, "parse")
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))

    def _on_zone_retry_clicked(self) -> None:
        zone = self.zone.currentText().strip()
        if zone not in zoneinfo.available_timezones():
            self._dialogs.show_error(self, self.tr(
                "Choose a time zone from the list, for example Europe/Minsk."))
            return
        if self._path is not None:
            self.read_file(self._path, zone, self._conversations, self._date_order)

    def _on_chats_apply_clicked(self) -> None:
        chosen = self.preview.chosen_chats()
        if not chosen:
            self._dialogs.show_error(self, self.tr("Tick at least one chat to import."))
            self.chats.setFocus()
            return
        if self._path is not None:
            self.read_file(self._path, self._zone, chosen, self._date_order)

    def _on_parsed(self, result: Any) -> None:
        if isinstance(result, dict):
            self.document = result
            self.batch = None
            self.preview.show_document(result)
        else:
            self.batch = result
            self.document = result.document
            if result.summary.date_order_source == "guess" and self._path is not None:
                # issue 13.6: every date ≤ 12 — she decides, the file is read again her way
                answer = import_questions.ask_date_order(self, self._dialogs, result)
                if answer is not None:
                    self.read_file(self._path, self._zone, self._conversations, answer)
                    return
                self._close_batch()
                self.document = None
                self.status.setText(self.tr(
                    "Nothing can be imported until you say how the dates are written. Choose "
                    "the file again to answer."))
                return
            people = []
            if self._vault is not None:
                people = [(str(e.content.get("name") or "?"), e.uid) for e in
                          self._vault.journal.list(Query(kinds=("person",), limit=500))]
            self.preview.show_summary(result.summary, people, self._conversations)
        self.import_button.setEnabled(True)
        self.status.setText(self.tr(
            "Nothing is saved yet. Check the summary, then press Import to save it all."))
        self.import_button.setFocus()

    # --- commit ------------------------------------------------------------------------------
    def apply_choices(self) -> None:
        """Put her answers (which side is hers, who is who) into the document."""
        if self.batch is None or self._applied:
            return
        self._applied = True  # link_person adds people: never twice for one reading
        self.preview.apply_choices(self.batch)

    def commit(self) -> None:
        if self.document is None or self._vault is None or self._task is not None:
            return
        self.apply_choices()
        if self.batch is not None:  # issue 14.2: files older than the chat only if she agrees
            import_questions.confirm_older_files(self, self._dialogs, self.batch)
            self.preview.fill_files(self.batch.summary)
        vault, document, batch = self._vault, self.document, self.batch
        base_dir = self._path.parent if self._path is not None else None
        source_name = self._path.name if self._path is not None else ""  # "imported from …"

        def work(task: CoreTask) -> Any:
            from safeplan.core.interchange import import_document

            assert isinstance(task, ProgressTask)
            if batch is not None:  # issue 14.8: refuse before writing when the disk is too small
                from safeplan.core.importers import check_free_space
                check_free_space(document, vault.path.parent)
            return import_document(vault.journal, document, base_dir=base_dir,
                                   source_name=source_name,
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
        self._launch(task, kind)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        self.zone_retry.setEnabled(not busy)

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
        self.preview.clear()
        self.zone_box.setVisible(False)
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
        self.zone_retry.setText(self.tr("Read again"))
        self.zone_retry.setAccessibleName(self.tr("Read the file again with this time zone"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import everything shown into the journal"))
