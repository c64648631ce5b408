"""Settings: backup, restore, passphrase, recovery code, easy reading, export language (issue 3).

Nothing is lost (UX principle 3): "Back up now" copies the vault (still encrypted) into a folder or
a USB stick and *verifies the copy* before saying so (vault.backup). Restoring moves the current
files aside (never deletes them) and then locks, so the next opening reads the restored journal.

Security changes ask for the current passphrase again (requirement 9) and run the key derivation
off the UI thread. The passphrase fields are cleared after every use and at lock; a new recovery
code is shown once, in large letters, and cleared when the page is left or locked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from safeplan.core.errors import WrongPassphrase
from safeplan.core.storage import passphrase_policy
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.background_work import BackgroundWork
from safeplan.ui.workspace.export_options import EXPORT_LANGUAGES
from safeplan.ui.workspace.settings_form import SettingsForm


class SettingsPage(BackgroundWork, SettingsForm):
    """Backup, restore, passphrase, recovery code and reading comfort: the words and actions
    on the boxes that :class:`SettingsForm` builds."""

    lock_requested = Signal()  # after a restore the journal must be opened again
    easy_reading_changed = Signal(bool)
    # The interface language lives in the pre-unlock settings, which the shell owns: ask it.
    app_language_chosen = Signal(str)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(vault, dialogs, parent)
        self.setObjectName("settings_page")
        self._vault = vault
        self._dialogs = dialogs
        self._init_background_work()
        self.last_backup: Path | None = None
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)
        self.easy_reading.toggled.connect(self._on_easy_reading_toggled)
        self.app_language.activated.connect(self._on_app_language_activated)
        self.export_language.currentIndexChanged.connect(self._on_export_language_changed)
        self.retranslate_ui()
        self.refresh()

    # --- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._vault is None:
            return
        for widget, value in ((self.easy_reading, bool(self._vault.get_setting("easy_reading",
                                                                                 False))),):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.app_language.blockSignals(True)
        shown = self.app_language.findData(QLocale().name()[:2])
        self.app_language.setCurrentIndex(shown if shown >= 0 else self.app_language.findData("en"))
        self.app_language.blockSignals(False)
        code = self._vault.get_setting("export_language", None)
        self.export_language.blockSignals(True)
        index = self.export_language.findData(code) if isinstance(code, str) else -1
        ui_lang = QLocale().name()[:2]  # no choice saved yet: the interface language
        fallback = self.export_language.findData(ui_lang if ui_lang in EXPORT_LANGUAGES else "en")
        self.export_language.setCurrentIndex(index if index >= 0 else fallback)
        self.export_language.blockSignals(False)

    def save_drafts(self) -> None:
        """Nothing here is journal content."""

    def clear_for_lock(self) -> None:
        self.wait_for_work()
        self._task = None
        self._clear_secrets()
        self.recovery_code.clear()
        self.recovery_code.setVisible(False)
        self.status.clear()
        self._vault = None

    def hideEvent(self, event: Any) -> None:
        # The recovery code is shown once, and typed passphrases must not wait in the fields
        # while she works elsewhere: leaving the page takes both off the screen.
        self.recovery_code.clear()
        self.recovery_code.setVisible(False)
        if not self.busy:  # a running change still needs what was typed (already copied)
            self._clear_secrets()
        super().hideEvent(event)

    def _clear_secrets(self) -> None:
        for field in (self.current, self.new, self.repeat, self.restore_passphrase):
            field.clear()

    @property
    def busy(self) -> bool:
        return self._task is not None

    # --- backup and restore ------------------------------------------------------------------
    def _on_backup_button_clicked(self) -> None:
        folder = self._dialogs.choose_path(self, self.tr("Choose a folder or USB stick"),
                                           folder=True)
        if folder is not None:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        vault = self._vault
        self._start(lambda task: vault.backup(folder), "backup")
        self.status.setText(self.tr("Making the backup and checking it…"))

    def _on_restore_button_clicked(self) -> None:
        if not self.restore_passphrase.text():
            self._dialogs.show_error(self, self.tr(
                "Type the passphrase of the backup first (the one you used when it was made)."))
            self.restore_passphrase.setFocus()
            return
        path = self._dialogs.choose_existing_file(
            self, self.tr("Choose the backup (the file data.db inside the backup folder)"))
        if path is None:
            return
        if not self._dialogs.confirm(
                self, self.tr("Restore this backup?"),
                self.tr("Your journal will be replaced by the backup. The current files are "
                        "kept aside in a folder named 'replaced-…', not deleted. SafePlan will "
                        "then lock; open it again with the backup's passphrase."),
                confirm_label=self.tr("Restore"), destructive=True):
            return
        self.restore_from(Path(path), self.restore_passphrase.text())

    def restore_from(self, backup_db: Path, passphrase: str) -> None:
        vault = self._vault
        self.restore_passphrase.clear()
        self._start(lambda task: vault.restore_from_backup(backup_db, passphrase), "restore")
        self.status.setText(self.tr("Checking the backup and restoring it…"))

    # --- passphrase and recovery code --------------------------------------------------------
    def _on_change_button_clicked(self) -> None:
        old, new, again = self.current.text(), self.new.text(), self.repeat.text()
        if not old:
            self._ask(self.current, self.tr("Type your current passphrase first."))
            return
        if len(new) < 8:
            self._ask(self.new, self.tr("The new passphrase is too short. Use at least a few "
                                        "words (8 letters or more)."))
            return
        if not passphrase_policy.acceptable(new):  # the same policy as first run and the CLI
            self._ask(self.new, self.tr("This passphrase is too easy to guess. Add more words."))
            return
        if new != again:
            self._ask(self.repeat, self.tr("The two new passphrases are not the same."))
            return
        vault = self._vault
        self._clear_secrets()
        self._start(lambda task: vault.change_own_passphrase(old, new), "change")
        self.status.setText(self.tr("Changing the passphrase…"))

    def _on_recovery_button_clicked(self) -> None:
        old = self.current.text()
        if not old:
            self._ask(self.current, self.tr("Type your current passphrase first."))
            return
        if not self._dialogs.confirm(
                self, self.tr("Make a new recovery code?"),
                self.tr("A recovery code opens your journal like the passphrase. Give it only "
                        "to someone you trust completely. Any older code stops working."),
                confirm_label=self.tr("Make the code")):
            return
        vault = self._vault
        self._clear_secrets()

        def work(task: CoreTask) -> str:
            if not vault.verify_passphrase(old):
                raise WrongPassphrase("the current passphrase did not match")
            return str(vault.create_recovery_code())

        self._start(work, "recovery")
        self.status.setText(self.tr("Making the recovery code…"))

    def _ask(self, field: QLineEdit, text: str) -> None:
        self._dialogs.show_error(self, text)
        field.setFocus()

    # --- comfort -----------------------------------------------------------------------------
    def _on_easy_reading_toggled(self, checked: bool) -> None:
        if self._vault is not None:
            self._vault.set_setting("easy_reading", bool(checked))
        self.easy_reading_changed.emit(bool(checked))

    def _on_app_language_activated(self, index: int) -> None:
        code = self.app_language.itemData(index)
        if isinstance(code, str) and code != QLocale().name()[:2]:
            self.app_language_chosen.emit(code)

    def _on_export_language_changed(self, index: int) -> None:
        if self._vault is not None:
            self._vault.set_setting("export_language", self.export_language.currentData())

    # --- running work ------------------------------------------------------------------------
    def _start(self, work: Any, kind: str) -> None:
        if self._task is not None or self._vault is None:
            return
        task = CoreTask(work, self)
        self._launch(task, kind)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        for button in (self.backup_button, self.restore_button, self.change_button,
                       self.recovery_button):
            button.setEnabled(not busy)

    def _on_task_succeeded(self, task: CoreTask, result: Any) -> None:
        kind = self._task_kind
        if not self._finish(task):
            return
        if kind == "backup":
            self.last_backup = Path(result)
            self.status.setText(self.tr(
                "Backup made and checked: folder {folder}. Keep it somewhere safe; it opens "
                "with your passphrase.").format(folder=Path(result).parent.name))
        elif kind == "restore":
            self.status.setText(self.tr("Restored. SafePlan locks now."))
            self._dialogs.show_info(self, self.tr(
                "The backup was restored. Open SafePlan again with the backup's passphrase."))
            self.lock_requested.emit()
        elif kind == "change":
            self.status.setText(self.tr("Your passphrase was changed. Use the new one from now "
                                        "on."))
        elif kind == "recovery":
            self.recovery_code.setText(str(result))
            self.recovery_code.setAccessibleName(self.tr("Your recovery code"))
            self.recovery_code.setVisible(True)
            self.status.setText(self.tr(
                "Write this code on paper now and give it to someone you trust. It will not "
                "be shown again."))

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        if not self._finish(task):
            return
        self.status.setText(self.tr("Nothing was changed."))
        self._dialogs.show_error(self, ErrorText().message(error))

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.backup_box.setTitle(self.tr("Backup"))
        self.backup_text.setText(self.tr(
            "A backup is a locked copy of your journal. Make one often and keep it on a USB "
            "stick or with someone you trust; it opens with your passphrase."))
        self.backup_button.setText(self.tr("Back up now…"))
        self.backup_button.setAccessibleName(self.tr("Back up now to a folder or USB stick"))
        self.restore_text.setText(self.tr(
            "To go back to a backup, type the backup's passphrase, then choose the backup."))
        self.restore_passphrase.setPlaceholderText(self.tr("Passphrase of the backup"))
        self.restore_passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.security_box.setTitle(self.tr("Passphrase and recovery code"))
        self.duress_text.setText(self.tr(
            "Second passphrase (if you chose one): it opens a separate, harmless journal with "
            "ordinary entries instead of yours — for a moment when someone forces you to open "
            "SafePlan. Your real journal stays hidden and unchanged. Set, change or remove it "
            "under Privacy, at the top right."))
        for label, text in zip(self.security_labels, (
                self.tr("Current passphrase:"), self.tr("New passphrase:"),
                self.tr("New passphrase again:")), strict=True):
            label.setText(text)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("New passphrase again"))
        self.change_button.setText(self.tr("Change passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.recovery_text.setText(self.tr(
            "Nobody can recover a forgotten passphrase. A recovery code, kept by someone you "
            "trust, can open the journal instead. It needs your current passphrase above."))
        self.recovery_button.setText(self.tr("Make a recovery code"))
        self.recovery_button.setAccessibleName(self.tr("Make a recovery code"))
        self.comfort_box.setTitle(self.tr("Reading and export"))
        self.easy_reading.setText(self.tr("Easy reading: larger text and simpler words"))
        self.easy_reading.setAccessibleName(self.tr("Easy reading"))
        self.export_language_label.setText(self.tr("Usual language of court exports:"))
        self.app_language_label.setText(self.tr("Language of the app:"))
        self.app_language.setAccessibleName(self.tr("Language of the app"))
        self.export_language.setAccessibleName(self.tr("Usual language of court exports"))
        self.progress.setAccessibleName(self.tr("Progress"))
