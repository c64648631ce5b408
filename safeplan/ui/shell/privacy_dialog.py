"""Privacy and locking settings, behind the passphrase (requirement 9).

Someone who finds the journal open must not be able to turn off auto-lock, learn or change the
door code, or set up a second passphrase: the dialog asks for the passphrase again first (checked
with Argon2id in a worker). The second-passphrase section appears only in the real journal; in the
journal a second passphrase opens, nothing here mentions it (requirement 11).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.settings import AUTOLOCK_CHOICES_SECONDS, Settings, valid_door_code
from safeplan.ui.i18n import LANGUAGES
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.shell.duress_sample import DuressSample
from safeplan.ui.shell.wizard_pages import big_font, text_label


class _Steps(QWidget):
    """Two steps where only the shown one takes room (a QStackedWidget sizes to the largest,
    which left the short passphrase step in a tall, empty dialog)."""

    def __init__(self, *pages: QWidget) -> None:
        super().__init__()
        self._pages = pages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for page in pages:
            layout.addWidget(page)
        self.setCurrentIndex(0)

    def currentIndex(self) -> int:
        return next(i for i, page in enumerate(self._pages) if not page.isHidden())

    def setCurrentIndex(self, index: int) -> None:
        for number, page in enumerate(self._pages):
            page.setHidden(number != index)


def is_main_journal(vault: Any) -> bool:
    """True for the real journal (the one a second passphrase can be set from)."""
    return int(getattr(vault, "target", 0)) == 0


class PrivacyDialog(QDialog):
    """Step 1: passphrase again. Step 2: the settings. ``result_settings`` after accept."""

    def __init__(self, vault: Any, settings: Settings, session: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_dialog")
        self.setModal(True)
        self.setMinimumWidth(720)
        self.vault = vault
        self.settings = settings
        self.session = session
        self.result_settings: Settings | None = None
        self._task: CoreTask | None = None
        self.stack = _Steps(self._build_check_page(), self._build_form_page())
        self.message = text_label(name="privacy_message", factor=1.05)
        self.busy = QProgressBar()
        self.busy.setObjectName("privacy_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("privacy_cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("privacy_ok")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("dialog_exit")
        self.exit_button.setAutoDefault(False)
        self.exit_button.clicked.connect(session.quick_exit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.passphrase.setFocus()

    # --- pages -----------------------------------------------------------------------------
    def _build_check_page(self) -> QWidget:
        page = QWidget()
        self.check_intro = text_label(name="privacy_check_intro")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("privacy_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setFont(big_font(self.passphrase, 1.3))
        self.passphrase.returnPressed.connect(self._on_ok_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(self.check_intro)
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("privacy_language")
        for code, native in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.autolock = QComboBox()
        self.autolock.setObjectName("privacy_autolock")
        self.lock_on_minimise = QCheckBox()
        self.lock_on_minimise.setObjectName("privacy_lock_on_minimise")
        self.lock_on_minimise.setChecked(self.settings.lock_on_minimise)
        self.quit_on_exit = QCheckBox()
        self.quit_on_exit.setObjectName("privacy_quit_on_exit")
        self.quit_on_exit.setChecked(self.settings.quit_on_exit)
        self.decoy = QComboBox()
        self.decoy.setObjectName("privacy_decoy")
        self.door_code = QLineEdit()
        self.door_code.setObjectName("privacy_door_code")
        self.door_code.setMaxLength(12)
        self.door_repeat = QLineEdit()
        self.door_repeat.setObjectName("privacy_door_code_repeat")
        self.door_repeat.setMaxLength(12)
        self.labels = [QLabel() for _ in range(5)]
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        for label, field in zip(
            self.labels,
            (self.language, self.autolock, self.decoy, self.door_code, self.door_repeat),
            strict=True,
        ):
            label.setBuddy(field)
            field.setMinimumHeight(30)
            form.addRow(label, field)
            if field is self.autolock:
                # Full-width rows: check boxes do not wrap, and Russian/Belarusian run long.
                form.addRow(self.lock_on_minimise)
                form.addRow(self.quit_on_exit)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        self.duress_box = QGroupBox()
        self.duress_box.setObjectName("privacy_duress")
        self.duress_intro = text_label(factor=1.0)
        self.duress_first = QLineEdit()
        self.duress_first.setObjectName("privacy_duress_first")
        self.duress_repeat = QLineEdit()
        self.duress_repeat.setObjectName("privacy_duress_repeat")
        self.duress_remove = QCheckBox()
        self.duress_remove.setObjectName("privacy_duress_remove")
        for field in (self.duress_first, self.duress_repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        box_layout = QVBoxLayout(self.duress_box)
        for widget in (self.duress_intro, self.duress_first, self.duress_repeat,
                       self.duress_remove):
            box_layout.addWidget(widget)
        layout.addWidget(self.duress_box)
        self.duress_box.setVisible(is_main_journal(self.vault))
        return page

    # --- flow ------------------------------------------------------------------------------
    def _on_ok_clicked(self) -> None:
        if self._task is not None:
            return
        if self.stack.currentIndex() == 0:
            self._check_passphrase()
        else:
            self._save()

    def _run(self, work: Any, done: Any) -> None:
        task = CoreTask(work)
        task.succeeded.connect(done)
        task.failed.connect(self._on_task_failed)
        self._task = task
        self.busy.show()
        self.ok_button.setEnabled(False)
        self.session.run_task(task)

    def _check_passphrase(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            return
        vault = self.vault
        self._run(lambda _t: vault.verify_passphrase(passphrase), self._on_checked)

    def _on_checked(self, task: CoreTask, ok: bool) -> None:
        self._task_done()
        if task.cancelled:
            return
        if not ok:
            self.message.setText(self.tr("That passphrase did not open it. Try again."))
            self.passphrase.setFocus()
            return
        self.message.clear()
        self.stack.setCurrentIndex(1)
        self.retranslate_ui()
        self.adjustSize()
        self.autolock.setFocus()

    def _problem(self) -> str:
        code, repeat = self.door_code.text(), self.door_repeat.text()
        if (code or repeat) and not valid_door_code(code):
            return self.tr("The code must be 4 to 12 digits.")
        if code != repeat:
            return self.tr("The two codes are not the same yet.")
        first, second = self.duress_first.text(), self.duress_repeat.text()
        if first != second:
            return self.tr("The two passphrases are not the same yet.")
        if first and len(first) < 4:
            return self.tr("Type the second passphrase (at least 4 characters).")
        return ""

    def _save(self) -> None:
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        from safeplan.core.settings import hash_door_code

        changes: dict[str, Any] = {
            "language": self.language.currentData(),
            "autolock_seconds": int(self.autolock.currentData()),
            "lock_on_minimise": self.lock_on_minimise.isChecked(),
            "quit_on_exit": self.quit_on_exit.isChecked(),
            "decoy_kind": self.decoy.currentData(),
        }
        if self.door_code.text():
            changes["door_code_hash"] = hash_door_code(self.door_code.text())
        self._changes = changes
        duress = self.duress_first.text() if self.duress_box.isVisible() else ""
        remove = self.duress_box.isVisible() and self.duress_remove.isChecked()
        if not duress and not remove:
            self._finish()
            return
        vault, sample = self.vault, DuressSample(parent=self)

        def work(_task: CoreTask) -> bool:
            if remove:
                vault.remove_duress_passphrase()
            else:
                vault.set_duress_passphrase(duress, populate=sample.populate)
            return True

        self._run(work, self._on_duress_done)

    def _on_duress_done(self, task: CoreTask, _result: object) -> None:
        if not task.cancelled:
            self._finish()

    def _finish(self) -> None:
        self._task_done()
        from dataclasses import replace

        self.result_settings = replace(self.settings, **self._changes)
        self.accept()

    def _task_done(self) -> None:
        self._task = None
        self.busy.hide()
        self.ok_button.setEnabled(True)

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        self._task_done()
        if not task.cancelled:
            self.message.setText(self.session.errors.message(error))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Privacy"))
        self.check_intro.setText(
            self.tr("To change privacy settings, type your passphrase again.")
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.exit_button.setText(self.tr("Exit"))
        self.exit_button.setAccessibleName(self.tr("Exit now"))
        self.ok_button.setText(self.tr("Continue") if self.stack.currentIndex() == 0
                               else self.tr("Save"))
        texts = (
            self.tr("&Language:"),
            self.tr("Lock &after no use for:"),
            self.tr("&Ordinary screen:"),
            self.tr("New secret &code:"),
            self.tr("New secret code a&gain:"),
        )
        self.lock_on_minimise.setText(self.tr("Also lock when the window is minimised"))
        self.quit_on_exit.setText(
            self.tr("Exit and Shift ×3 close the program (not the ordinary screen)")
        )
        self.door_code.setPlaceholderText(self.tr("4 to 12 digits; leave empty to keep"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.rstrip(":").replace("&", ""))
        current = self.autolock.currentData()
        self.autolock.clear()
        names = {0: self.tr("only when minimised"), 60: self.tr("1 minute"),
                 300: self.tr("5 minutes"), 900: self.tr("15 minutes"), 3600: self.tr("1 hour")}
        for seconds in AUTOLOCK_CHOICES_SECONDS:
            self.autolock.addItem(names[seconds], seconds)
        wanted = self.settings.autolock_seconds if current is None else current
        self.autolock.setCurrentIndex(max(0, self.autolock.findData(wanted)))
        kind = self.decoy.currentData() or self.settings.decoy_kind
        self.decoy.clear()
        self.decoy.addItem(self.tr("A calculator"), "calculator")
        self.decoy.addItem(self.tr("A plain notes page"), "notes")
        self.decoy.setCurrentIndex(max(0, self.decoy.findData(kind)))
        self.duress_box.setTitle(self.tr("Second passphrase"))
        self.duress_intro.setText(
            self.tr("A second passphrase opens a separate, harmless journal with ordinary "
                    "entries instead of yours — for a moment when someone forces you to open "
                    "SafePlan. Your real journal stays hidden and unchanged. Type a new one "
                    "twice to set or replace it.")
        )
        self.duress_first.setAccessibleName(self.tr("Second passphrase"))
        self.duress_first.setPlaceholderText(self.tr("New second passphrase"))
        self.duress_repeat.setAccessibleName(self.tr("Type the second passphrase again"))
        self.duress_repeat.setPlaceholderText(self.tr("Type it again"))
        self.duress_remove.setText(self.tr("Remove the second passphrase"))


def open_privacy_settings(session: Any) -> None:
    """Run the dialog through the dialogs seam (quick exit closes it) and apply the result."""
    dialog = PrivacyDialog(session.vault, session.settings, session, session.window)
    accepted = session.dialogs.run_dialog(dialog) == QDialog.DialogCode.Accepted
    result = dialog.result_settings
    dialog.deleteLater()
    if accepted and result is not None and session.state == "open":
        session.save_settings(result)
        session.apply_decoy(result.decoy_kind)
        if session.language is not None:
            session.language.switch(result.language)
