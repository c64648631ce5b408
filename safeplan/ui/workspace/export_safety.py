"""Exports that do not leak (issue 18): the Export page's warning, USB-stick export and removal.

A mixin of ExportPage (its widgets and background-task plumbing). The words are marked in the
"ExportPage" translation context, so they translate as the page's own whichever module holds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.workspace.export_places import NEUTRAL_FILE_NAME, new_folder

_CTX = "ExportPage"
NO_STICK = QT_TRANSLATE_NOOP(
    "ExportPage", "No USB stick was found. Plug one in, wait a moment, then try again.")
CHOOSE_STICK = QT_TRANSLATE_NOOP("ExportPage", "Choose the USB stick")
STICK_FAILED = QT_TRANSLATE_NOOP(
    "ExportPage",
    "Nothing could be written to the USB stick. Check that it is not full or write-protected, "
    "then try again.")
BEFORE_TITLE = QT_TRANSLATE_NOOP("ExportPage", "Before you export")
BEFORE_OK = QT_TRANSLATE_NOOP("ExportPage", "I understand, continue")
BEFORE_TEXT = QT_TRANSLATE_NOOP(
    "ExportPage",
    "The PDF and the other exported files are NOT protected by your passphrase. Anyone who opens "
    "the folder can read them, and they stay where you saved them after you press Exit or close "
    "the program.\n\nSave them on a USB stick you keep with you, not on a computer someone else "
    "uses. When you have given them to your lawyer, you can remove them from this computer with "
    "the button on this page.")
REMOVE_TITLE = QT_TRANSLATE_NOOP("ExportPage", "Remove the exported files?")
REMOVE_OK = QT_TRANSLATE_NOOP("ExportPage", "Overwrite and delete")
REMOVE_TEXT = QT_TRANSLATE_NOOP(
    "ExportPage",
    "These files will be overwritten and then deleted:\n{files}\n\nBe aware: on SSDs, USB sticks "
    "and memory cards (most computers today) the drive itself may keep old copies of the data "
    "where no program can reach them, and backups or cloud sync may have copied the files. The "
    "files will be gone from the folder, but this cannot promise that nothing can ever be "
    "recovered.")
REMOVING = QT_TRANSLATE_NOOP("ExportPage", "Removing the exported files…")
REMOVED = QT_TRANSLATE_NOOP("ExportPage", "{removed} file(s) overwritten and deleted.")
REMOVED_SOME = QT_TRANSLATE_NOOP(
    "ExportPage", "{removed} file(s) removed. These could not be removed: {names}")
REMOVE_FAILED = QT_TRANSLATE_NOOP("ExportPage", "The files could not all be removed.")
USB = QT_TRANSLATE_NOOP("ExportPage", "Save on a USB stick…")
USB_NAME = QT_TRANSLATE_NOOP(
    "ExportPage", "Save the PDF and a bundle with the original files in a new folder on a USB "
    "stick")
REMOVE = QT_TRANSLATE_NOOP("ExportPage", "Remove the exported files from this computer…")
REMOVE_NAME = QT_TRANSLATE_NOOP(
    "ExportPage", "Overwrite and delete the files the last export wrote")
WARNING = QT_TRANSLATE_NOOP(
    "ExportPage",
    "The exported files are not encrypted and stay after you press Exit. Save them on a USB "
    "stick you keep safe.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ExportSafety:
    """Warn once, suggest safe places, export onto a stick, remove what an export wrote."""

    WARNING_SETTING = "export_warning_accepted"  # in the vault (encrypted); no paths, ever
    # provided by ExportPage
    _vault: Any
    _dialogs: Any
    _places: Any
    _task: Any
    last_result: Any
    options: Any
    status: Any
    usb_button: Any
    remove_button: Any
    warning: Any

    def _options_or_error(self) -> Any: ...  # ExportPage's
    def _start(self, work: Any, kind: str) -> None: ...  # ExportPage's
    def start_export(self, path: Path, options: Any) -> None: ...  # ExportPage's

    def _on_usb_button_clicked(self) -> None:
        """Everything (PDF, check file, bundle with the originals) into a new folder on a stick."""
        options = self._options_or_error()
        if options is None or self._vault is None:
            return
        drives = self._places.removable_drives()
        if not drives:
            self._dialogs.show_info(self, _tr(NO_STICK))
            return
        if not self._warned():
            return
        drive: Path | None = drives[0]
        if len(drives) > 1:
            drive = self._dialogs.choose_path(self, _tr(CHOOSE_STICK), directory=drives[0],
                                              folder=True)
            if drive is None:
                return
        assert drive is not None
        try:
            folder = new_folder(Path(drive))
        except OSError:
            self._dialogs.show_error(self, _tr(STICK_FAILED))
            return
        self.options.bundle.setChecked(True)
        self.start_export(folder / NEUTRAL_FILE_NAME, options)

    def _warned(self) -> bool:
        """Before the first export: the files are not encrypted and outlive quick exit."""
        vault = self._vault
        if vault is None:
            return False
        if vault.get_setting(self.WARNING_SETTING, False):
            return True
        if not self._dialogs.confirm(self, _tr(BEFORE_TITLE), _tr(BEFORE_TEXT),
                                     confirm_label=_tr(BEFORE_OK)):
            return False
        vault.set_setting(self.WARNING_SETTING, True)
        return True

    def exported_paths(self) -> list[Path]:
        """What the last export wrote (kept in memory only, for the remove action)."""
        result = self.last_result
        if result is None:
            return []
        paths = [result.pdf_path, result.manifest_path, result.csv_path, result.bundle_path]
        paths += list(getattr(result, "extra_paths", []) or [])
        return [Path(p) for p in paths if p is not None]

    def _on_remove_button_clicked(self) -> None:
        paths = self.exported_paths()
        if not paths or self._task is not None:
            return
        text = _tr(REMOVE_TEXT).format(files="\n".join(f"• {p}" for p in paths))
        if not self._dialogs.confirm(self, _tr(REMOVE_TITLE), text, confirm_label=_tr(REMOVE_OK),
                                     destructive=True):
            return

        def work(task: CoreTask) -> Any:
            from safeplan.core.export.cleanup import overwrite_and_remove

            return overwrite_and_remove(paths)

        self._start(work, "remove")
        self.status.setText(_tr(REMOVING))

    def _on_remove_succeeded(self, report: Any) -> None:
        self.last_result = None
        self.remove_button.setEnabled(False)
        if report.failed:
            self.status.setText(_tr(REMOVED_SOME).format(
                removed=len(report.removed), names=", ".join(p.name for p in report.failed)))
        else:
            self.status.setText(_tr(REMOVED).format(removed=len(report.removed)))

    def _on_remove_failed(self) -> None:
        self.status.setText(_tr(REMOVE_FAILED))

    def retranslate_safety(self) -> None:
        self.usb_button.setText(_tr(USB))
        self.usb_button.setAccessibleName(_tr(USB_NAME))
        self.remove_button.setText(_tr(REMOVE))
        self.remove_button.setAccessibleName(_tr(REMOVE_NAME))
        self.warning.setText(_tr(WARNING))
