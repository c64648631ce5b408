"""The volunteer hand-over: her vault onto her USB stick, proven to open, nothing left behind.

Steps (UX.md "Volunteer hand-over", threat A3): choose the stick's folder → save an encrypted copy
→ type the passphrase to prove the copy opens → see what SafePlan wrote on this laptop and remove
it → see that nothing is left. The slow steps run off the UI thread (STYLE.md 8). Removal is only
offered after the copy opened, so her evidence always exists somewhere.

``laptop_root`` is the app's data folder on this laptop (``AppPaths.root``; in portable mode the
OS per-user folder, never the stick — the core also refuses overlapping folders). Only what lies
under it is removed; a vault kept elsewhere (on the stick, or a folder she picked) is named on the
removal page and left alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.paths import default_data_root, resolve_paths
from safeplan.core.plan.handover import Handover, WrittenFile
from safeplan.ui.plan.common import NoteBox, body, heading, scaled_font
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.strings import ErrorText


def default_laptop_root(environ: Mapping[str, str] | None = None) -> Path:
    """The app's own folder on this computer: the per-user data folder. In portable mode the
    app's folder is on the stick, so the laptop's per-user folder is checked instead (it should
    hold nothing) — the stick is never the folder that gets emptied.

    Portable mode points XDG_DATA_HOME (and the temp/cache variables) into the portable folder
    before Qt starts (core/portable.py), so the per-user folder must be worked out without those
    redirections; otherwise "the folder on this laptop" was a folder on her stick and the
    laptop itself was never checked (found in QA: "Folder on this laptop: <stick>/share/…")."""
    env = dict(os.environ if environ is None else environ)
    if _portable_redirected(env):
        env.pop("XDG_DATA_HOME", None)  # the laptop's own default (~/.local/share)
        return default_data_root(env)
    paths = resolve_paths(environ=env)
    return default_data_root(env) if paths.portable else paths.root


def _portable_redirected(env: Mapping[str, str]) -> bool:
    """True when the data, cache and temp variables all point into one portable folder."""
    data, cache, temp = (env.get(k, "") for k in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"))
    if not (data and cache and temp):
        return False
    root = Path(data).parent
    return (Path(data).name == "share" and Path(cache) == root / "cache"
            and Path(temp) == root / "tmp")


class HandoverWizard(QWidget):
    """``handover_finished`` asks the shell to quit (the vault is gone from this laptop)."""

    handover_finished = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None, *,
                 laptop_root: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_wizard")
        self._vault = vault
        self._dialogs = dialogs
        self.laptop_root = laptop_root or default_laptop_root()
        self.handover: Handover | None = None
        self.task: CoreTask | None = None
        self.removed: list[WrittenFile] = []
        self._status: Callable[[], str] = str  # the status line's wording: none yet
        self._build()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        """One step: a heading and an explanation, filled in by ``_retranslate``."""
        page = QWidget(self.stack)
        col = QVBoxLayout(page)
        title, text = heading("", page, 1.4), body("", page, 1.2)
        col.addWidget(title)
        col.addWidget(text)
        self._step_labels.append((title, text))
        return page, col

    def _button(self, parent: QWidget, name: str) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setFont(scaled_font(self, 1.2))
        button.setMinimumHeight(40)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.status = NoteBox("", self)
        self.status.setObjectName("handover_status")
        self._set_status(str)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("handover_steps")
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.status)
        self._step_labels: list[tuple[QLabel, QLabel]] = []

        page, col = self._page()
        self.choose_button = self._button(page, "handover_choose")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        col.addWidget(self.choose_button)
        col.addStretch(1)
        self.stack.addWidget(page)

        page, col = self._page()
        self.save_button = self._button(page, "handover_save")
        self.save_button.clicked.connect(self._on_save_clicked)
        col.addWidget(self.save_button)
        col.addStretch(1)
        self.stack.addWidget(page)

        page, col = self._page()
        self.passphrase = QLineEdit(page)
        self.passphrase.setObjectName("handover_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setFont(scaled_font(self, 1.3))
        self.passphrase.returnPressed.connect(self._on_verify_clicked)
        self.verify_button = self._button(page, "handover_verify")
        self.verify_button.clicked.connect(self._on_verify_clicked)
        col.addWidget(self.passphrase)
        col.addWidget(self.verify_button)
        col.addStretch(1)
        self.stack.addWidget(page)

        page, col = self._page()
        self.where = body("", page)
        self.where.setObjectName("handover_where")
        self.planned = QListWidget(page)
        self.planned.setObjectName("handover_planned")
        self.remove_button = self._button(page, "handover_remove")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        col.addWidget(self.where)
        col.addWidget(self.planned, 1)
        col.addWidget(self.remove_button)
        self.stack.addWidget(page)

        page, col = self._page()
        self.checklist = QListWidget(page)
        self.checklist.setObjectName("handover_checklist")
        self.checklist.setFont(scaled_font(self, 1.2))
        self.close_button = self._button(page, "handover_close")
        self.close_button.clicked.connect(self.handover_finished.emit)
        col.addWidget(self.checklist, 1)
        col.addWidget(self.close_button)
        self.stack.addWidget(page)
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text on the wizard, again after a language switch at run time (issue 8)."""
        self.title.setText(self.tr("Hand-over to the owner's USB stick"))
        steps = [
            (self.tr("1. Choose the owner's USB stick"),
             self.tr("Plug in the USB stick of the journal's owner (the person you are helping) "
                     "and choose a folder on it. An encrypted copy of everything goes there. "
                     "Only the owner's passphrase opens it.")),
            (self.tr("2. Save the copy"),
             self.tr("This saves an encrypted copy on the stick and checks every file after "
                     "writing. It can take a minute.")),
            (self.tr("3. Check that the copy opens"),
             self.tr("The owner types their passphrase. SafePlan opens the copy on the stick, counts the "
                     "entries and checks their history. Nothing is removed unless this works.")),
            (self.tr("4. Remove SafePlan's files from this laptop"),
             self.tr("These are all the files SafePlan wrote on this laptop. They will be "
                     "deleted. They were encrypted, but the disk may keep traces the app cannot "
                     "erase; on a high-risk laptop use a clean device next time.")),
            (self.tr("5. Done"), self.tr("Checklist before you give the stick back:")),
        ]
        for (title, text), (title_text, body_text) in zip(self._step_labels, steps, strict=True):
            title.setText(title_text)
            text.setText(body_text)
        self.choose_button.setText(self.tr("Choose the folder…"))
        self.save_button.setText(self.tr("Save to the stick"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.verify_button.setText(self.tr("Check the copy"))
        self.planned.setAccessibleName(self.tr("Files to remove from this laptop"))
        self.remove_button.setText(self.tr("Remove from this laptop"))
        self.checklist.setAccessibleName(self.tr("Checklist before you give the stick back:"))
        self.close_button.setText(self.tr("Close SafePlan"))
        self.status.set_text(self._status())
        if self.handover is not None and self.stack.currentIndex() == 3:
            self._show_planned()
        elif self.handover is not None and self.stack.currentIndex() == 4:
            self._fill_checklist()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _set_status(self, text: Callable[[], str]) -> None:
        """Keep how the status is worded, so a language switch can word it again."""
        self._status = text
        self.status.set_text(text())

    # --- steps -------------------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        self._dialogs.show_error(self, ErrorText().message(exc))

    def _on_choose_clicked(self) -> None:
        folder = self._dialogs.choose_path(self, self.tr("Choose a folder on the owner's USB stick"),
                                           folder=True)
        if folder is None:
            return
        try:
            self.handover = Handover(self.laptop_root, Path(folder))
        except SafePlanError:
            self._dialogs.show_error(self, self.tr(
                "That folder cannot be used: choose a folder on the owner's USB stick, not on this "
                "laptop."))
            return
        self.stack.setCurrentIndex(1)

    def _run(self, work: Any, done: Any) -> None:
        self.task = CoreTask(work, self)
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._on_task_failed)
        self._set_status(lambda: self.tr("Working… please wait."))
        self.setEnabled(False)
        self.task.start()

    def _on_task_failed(self, _task: CoreTask, exc: BaseException) -> None:
        self.setEnabled(True)
        self._set_status(str)
        self._fail(exc)

    def _on_save_clicked(self) -> None:
        handover = self.handover
        assert handover is not None
        vault = self._vault
        self._run(lambda _task: handover.save_to_usb(vault), self._on_saved)

    def _on_saved(self, _task: CoreTask, _path: Path) -> None:
        self.setEnabled(True)
        self._set_status(lambda: self.tr("The copy is saved on the stick."))
        self.stack.setCurrentIndex(2)
        self.passphrase.setFocus()

    def _on_verify_clicked(self) -> None:
        handover = self.handover
        assert handover is not None
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # never kept in the widget longer than needed
        self._run(lambda _task: handover.verify_copy(passphrase), self._on_verified)

    def _on_verified(self, _task: CoreTask, report: Any) -> None:
        self.setEnabled(True)
        if not report.ok:
            self._set_status(str)
            self._dialogs.show_error(self, self.tr(
                "The copy opened, but it does not match (it holds {n} of {m} entries). Save "
                "the copy again before removing anything.").format(
                    n=report.entries, m=report.expected_entries))
            self.stack.setCurrentIndex(1)
            return
        self._set_status(lambda: self.tr("The copy opens with the owner's passphrase and holds all "
                                         "{n} entries.").format(n=report.entries))
        self._show_planned()
        self.stack.setCurrentIndex(3)

    def _show_planned(self) -> None:
        assert self.handover is not None
        self.where.setText(self.tr("Folder on this laptop: {folder}").format(
            folder=str(self.laptop_root)))
        self.planned.clear()
        for item in self.handover.planned_removals():
            self.planned.addItem(item.relative + ("/" if item.is_dir else
                                                  f"  ({item.size:,} B)"))
        nothing = self.planned.count() == 0
        self._nothing_to_remove = nothing
        if nothing:
            self.planned.addItem(self.tr("SafePlan wrote nothing on this laptop."))
        # Portable mode writes nothing here: step 4 must not promise to delete files (issue 15:
        # "These are all the files … They will be deleted" above an empty list).
        self._step_labels[3][1].setText(self.tr(
            "SafePlan ran from the owner's stick and wrote no files on this laptop, so there is nothing "
            "to delete here. The disk may still keep traces the app cannot erase; on a "
            "high-risk laptop use a clean device next time.") if nothing else self.tr(
            "These are all the files SafePlan wrote on this laptop. They will be "
            "deleted. They were encrypted, but the disk may keep traces the app cannot "
            "erase; on a high-risk laptop use a clean device next time."))
        self.remove_button.setText(self.tr("Next: the checklist") if nothing
                                   else self.tr("Remove from this laptop"))
        if not self.handover.vault_is_on_laptop(self._vault):
            self.planned.addItem(self.tr("The owner's vault is not in this folder (it is in {folder}); "
                                         "it is left as it is.").format(
                                             folder=str(Path(self._vault.path).parent)))

    def _on_remove_clicked(self) -> None:
        assert self.handover is not None
        if not getattr(self, "_nothing_to_remove", False) and not self._dialogs.confirm(
                self, self.tr("Remove from this laptop"),
                self.tr("Delete SafePlan's files from this laptop now? The copy on the stick "
                        "stays. SafePlan will lock."),
                confirm_label=self.tr("Remove"), destructive=True):
            return
        try:
            self.removed = self.handover.remove_from_laptop(self._vault)
        except (SafePlanError, OSError) as exc:
            self._fail(exc)
            return
        self._show_done()

    def _show_done(self) -> None:
        self._fill_checklist()
        self._set_status(str)
        self.stack.setCurrentIndex(4)

    def _fill_checklist(self) -> None:
        assert self.handover is not None
        left = self.handover.leftovers()
        self.checklist.clear()
        self.checklist.addItem("✓ " + self.tr("Encrypted copy saved on the owner's USB stick"))
        self.checklist.addItem("✓ " + self.tr("The copy opens with the owner's passphrase"))
        self.checklist.addItem("✓ " + self.tr("%n file(s) and folder(s) removed from this laptop",
                                              "", len(self.removed)))
        if left:
            self.checklist.addItem("✗ " + self.tr("Still on this laptop:"))
            for item in left:
                self.checklist.addItem("    " + item.relative)
        else:
            self.checklist.addItem("✓ " + self.tr("Nothing of SafePlan is left in {folder}")
                                   .format(folder=str(self.laptop_root)))
        self.checklist.addItem("→ " + self.tr("Now close SafePlan and take the stick out."))
