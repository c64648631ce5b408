"""Export: the court-ready chronology PDF with its signed manifest (issue 5, GUI part).

Every option of ``ChronologyOptions`` is here in plain words; sensitive notes are left out unless
she ticks the box (COURT_EXPORT.md). The export language is chosen separately from the interface
language (UX principle 9). The work runs off the UI thread with progress and Cancel; quick exit
still works because the event loop keeps turning, and ``clear_for_lock`` cancels the work and
waits for it before the vault is locked. The exporter writes nothing until the very end and then
renames into place, so Cancel leaves no file (safeplan/core/export/chronology.py).

Exports that do not leak (issue 18): the page says in plain words that the exported files are not
encrypted and outlive quick exit, and asks her to confirm that once before the first export. The
save dialog opens on a USB stick or the portable folder with a neutral file name — never her home
folder, never the folder used last time — and nothing about where she saved is remembered (only
the paths of the last export, in memory, for "remove the exported files"). She can export straight
into a new folder on a USB stick, and afterwards remove what the export wrote (overwritten, then
deleted; the confirmation says honestly what SSDs and flash drives may still keep).

The preview is rendered in memory only: the PDF bytes never touch the disk, and the first pages
are rasterised with PDFium when the optional ``pypdfium2`` package is installed; without it a
plain summary of what the PDF will hold is shown instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import Cancelled
from safeplan.core.export.options import ChronologyOptions
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.background_work import BackgroundWork, ProgressTask
from safeplan.ui.workspace.export_options import ExportOptionsForm
from safeplan.ui.workspace.export_places import NEUTRAL_FILE_NAME, ExportPlaces
from safeplan.ui.workspace.export_preview import (
    PREVIEW_WIDTH_PX,
    Preview,
    PreviewTask,
    render_progressive_preview,
)
from safeplan.ui.workspace.export_safety import ExportSafety
from safeplan.ui.workspace.page_title import title_label

log = logging.getLogger(__name__)


class ExportPage(BackgroundWork, ExportSafety, QWidget):
    """Options on the left, preview on the right, Export / Cancel with progress below."""

    export_finished = Signal(object)  # ExportResult

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None, *,
                 places: ExportPlaces | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_page")
        self._vault = vault
        self._dialogs = dialogs
        self._places = places or ExportPlaces()
        self._init_background_work()
        self.last_result: Any = None
        self.title = title_label(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.options = ExportOptionsForm()
        options_scroll = QScrollArea()
        options_scroll.setWidgetResizable(True)
        options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options_scroll.setWidget(self.options)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("export_preview")
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.preview_text = QLabel()
        self.preview_text.setObjectName("export_preview_text")
        self.preview_text.setWordWrap(True)
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.addStretch(1)
        pages_scroll = QScrollArea()
        pages_scroll.setWidgetResizable(True)
        pages_scroll.setWidget(self.pages_box)
        self.pages_scroll = pages_scroll
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_button)
        preview_layout.addWidget(self.preview_text)
        preview_layout.addWidget(pages_scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(options_scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, PREVIEW_WIDTH_PX + 40])
        self.splitter = splitter

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_start")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.usb_button = QPushButton()
        self.usb_button.setObjectName("export_usb")
        self.usb_button.clicked.connect(self._on_usb_button_clicked)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("export_remove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.warning = QLabel()
        self.warning.setObjectName("export_warning")
        self.warning.setWordWrap(True)
        strong = QFont(self.warning.font())
        strong.setBold(True)  # the one sentence about risk must not read as small print
        self.warning.setFont(strong)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.usb_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setTabOrder(self.options.last_widget(), self.preview_button)
        self.setTabOrder(self.preview_button, self.export_button)
        self.setTabOrder(self.export_button, self.usb_button)
        self.setTabOrder(self.usb_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.remove_button)
        self.retranslate_ui()
        self.refresh()

    # --- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._vault is None:
            return
        self.options.load_people(self._vault.journal)
        default = self._vault.get_setting("export_language", None)
        if isinstance(default, str):
            self.options.set_language(default)

    def save_drafts(self) -> None:
        """Nothing typed here needs keeping (the options are not journal content)."""

    def clear_for_lock(self) -> None:
        """Cancel running work and wait for it, so the vault is never locked under it."""
        self.wait_for_work()
        self._task = None
        self._clear_preview()
        self.options.clear_for_lock()
        self.status.clear()
        self.last_result = None
        self.remove_button.setEnabled(False)
        self._vault = None
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping…"))

    # --- export ------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        options = self._options_or_error()
        if options is None or self._vault is None or not self._warned():
            return
        # a USB stick or the portable folder, a name that says nothing; never the last folder
        folder = self._places.suggested_folder(getattr(self._dialogs, "start_dir", None))
        path = self._dialogs.choose_path(self, self.tr("Where to save the PDF"),
                                         directory=folder, file_name=NEUTRAL_FILE_NAME,
                                         name_filter=self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        self.start_export(Path(path), options)

    def start_export(self, path: Path, options: ChronologyOptions) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists() and not self._dialogs.confirm(
                self, self.tr("Replace the file?"),
                self.tr("A file with this name is already there. Replace it?"),
                confirm_label=self.tr("Replace"), destructive=True):
            return
        csv_path = path.with_suffix(".csv") if self.options.csv.isChecked() else None
        bundle_path = path.with_suffix(".zip") if self.options.bundle.isChecked() else None
        vault = self._vault

        def work(task: CoreTask) -> Any:
            from safeplan.core.export.chronology import export_chronology

            assert isinstance(task, ProgressTask)
            return export_chronology(vault, options, path, csv_path=csv_path,
                                     bundle_path=bundle_path, progress=task.report,
                                     cancelled=lambda: task.cancelled)

        self._start(work, "export")
        self.status.setText(self.tr("Making the PDF… You can press Cancel at any time."))

    def _on_export_succeeded(self, result: Any) -> None:
        self.last_result = result
        self.remove_button.setEnabled(True)
        self.status.setText(self.tr(
            # Counts after a colon need no plural forms ("1 exhibits" was wrong: issue 15).
            "Saved {name}. Entries: {entries}; messages: {messages}; files of evidence: "
            "{exhibits}. The check file {manifest} is beside it; keep both together.").format(
            name=result.pdf_path.name, entries=result.entries, messages=result.messages,
            exhibits=result.exhibits, manifest=result.manifest_path.name))
        self.export_finished.emit(result)

    # --- preview -----------------------------------------------------------------------------
    def _on_preview_button_clicked(self) -> None:
        options = self._options_or_error()
        if options is None or self._vault is None:
            return
        vault = self._vault
        # issue 17.1: first pages at once, then the whole document (export_preview.py)

        def work(task: CoreTask) -> Any:
            assert isinstance(task, PreviewTask)
            return render_progressive_preview(vault, options, task)

        def wire(task: ProgressTask) -> None:
            assert isinstance(task, PreviewTask)
            task.stage_shown.connect(self._on_preview_stage_shown)
            task.progressed.connect(self._on_preview_progressed)

        self._clear_preview()
        self._start(work, "preview", PreviewTask, wire)
        self.status.setText(self.tr("Preparing the preview…"))

    def _on_preview_stage_shown(self, preview: Preview) -> None:
        """The first pages while the rest is laid out (the final stage: _on_preview_succeeded)."""
        if self._task_kind != "preview" or self._task is None or preview.complete:
            return
        self._show_preview(preview)
        self.status.setText(self.tr("The first pages are shown. The whole document is being "
                                    "laid out; press Cancel to stop."))

    def _on_preview_progressed(self, pages: int, _total: int) -> None:
        if self._task_kind == "preview" and self._task is not None and pages > 0:
            self.status.setText(self.tr("The first pages are shown. Laying out the whole "
                                        "document: page {n}… Press Cancel to stop.").format(
                n=pages))

    def _on_preview_succeeded(self, preview: Preview) -> None:
        self._show_preview(preview)
        self.status.setText(self.tr("Preview ready."))

    def _show_preview(self, preview: Preview) -> None:
        self._clear_preview()
        summary = self.tr("In the PDF: entries: {entries}; messages: {messages}; files of "
                          "evidence: {exhibits}.").format(entries=preview.entries,
                                                         messages=preview.messages,
                                                         exhibits=preview.exhibits)
        if not preview.complete:
            summary = self.tr("The first pages are shown below, made from the first entries "
                              "only (the numbers on them are not final yet); the whole document "
                              "is being laid out.")
        elif preview.page_count:
            summary += " " + self.tr("%n page(s). The first pages are shown below.", "",
                                     preview.page_count)
        else:
            summary += " " + self.tr(
                "(Pictures of the pages cannot be shown on this computer.)")
        self.preview_text.setText(summary)
        for number, (raw, width, height) in enumerate(preview.pages, start=1):
            image = QImage(raw, width, height, width * 3, QImage.Format.Format_RGB888).copy()
            label = QLabel()
            label.setObjectName(f"export_preview_page_{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Preview of page {n}").format(n=number))
            self.pages_layout.insertWidget(self.pages_layout.count() - 1, label)

    def preview_page_count(self) -> int:
        return self.pages_layout.count() - 1

    def _clear_preview(self) -> None:
        while self.pages_layout.count() > 1:
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.preview_text.clear()

    # --- running work ------------------------------------------------------------------------
    def _options_or_error(self) -> ChronologyOptions | None:
        try:
            return self.options.options()
        except Exception as exc:  # InvalidInput from the options: say it plainly
            self._dialogs.show_error(self, self.options.explain(exc))
            return None

    def _start(self, work: Any, kind: str, task_class: type[ProgressTask] = ProgressTask,
               wire: Callable[[ProgressTask], None] | None = None) -> None:
        if self._task is not None:
            return
        task = task_class(work, self)
        if wire is not None:  # before start(): no signal of the worker can be missed
            wire(task)
        self._launch(task, kind)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)  # moving bar until the first report
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        self.export_button.setEnabled(not busy)
        self.usb_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.last_result is not None)

    def _on_task_succeeded(self, task: CoreTask, result: Any) -> None:
        kind = self._task_kind
        if not self._finish(task):
            return
        if kind == "export":
            self._on_export_succeeded(result)
        elif kind == "remove":
            self._on_remove_succeeded(result)
        else:
            self._on_preview_succeeded(result)

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        kind = self._task_kind
        if not self._finish(task):
            return
        if isinstance(error, Cancelled):
            if kind == "preview":
                self.status.setText(self.tr("Preview stopped."))
                return
            self.status.setText(self.tr("Stopped. No file was written."))
            return
        if kind == "remove":
            self._on_remove_failed()
            self._dialogs.show_error(self, ErrorText().message(error))
            return
        self.status.setText(self.tr("The export did not finish. No file was written."))
        self._dialogs.show_error(self, ErrorText().message(error))

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Export for a lawyer or court"))
        self.intro.setText(self.tr(
            "Makes a PDF of your journal that a lawyer or judge can read and check, with a "
            "check file beside it. Choose what goes in, look at the preview, then export."))
        self.preview_button.setText(self.tr("Show a preview"))
        self.preview_button.setAccessibleName(self.tr("Show a preview of the first pages"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.retranslate_safety()
        self.export_button.setAccessibleName(self.tr("Export the PDF to a folder you choose"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.pages_scroll.setAccessibleName(self.tr("Preview pages"))
