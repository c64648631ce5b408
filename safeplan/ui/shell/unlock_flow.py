"""Door code passed → passphrase → vault, opened off the UI thread (issue 4, requirement 7).

The session builds this (with the passphrase screen) when first needed — after the door code or
for set-up, never on the decoy's start (issue 17.2: the screen's module, fields and polish are
~2 ms). Argon2id runs as background work the session owns, so quick exit cancels it; a vault
that finishes opening after a quick exit is locked unseen (re-entry goes through the decoy).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from safeplan.core.errors import Cancelled, WrongPassphrase
from safeplan.ui.shell.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from safeplan.ui.shell.core_task import CoreTask
    from safeplan.ui.shell.session import Session


def _unlock_vault(path: Path, passphrase: str, task: CoreTask) -> Any:
    from safeplan.core.vault.vault import Vault

    return Vault.unlock(path, passphrase, sleep=task.interruptible_sleep)


class UnlockFlow(QObject):
    """The passphrase screen and the unlock it starts; the open vault goes to the session."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self._queued: str | None = None
        self._typed_yo_ye = False
        screen = UnlockScreen()
        screen.unlock_requested.connect(self._on_screen_unlock_requested)
        screen.back_requested.connect(session.lock)  # Esc: back to the calculator
        session.window.add_page(screen)
        self.screen = screen
        session.work.task_ended.connect(self._on_work_task_ended)

    def clear(self) -> None:
        """Leaving: nothing typed stays, and a waiting unlock is dropped."""
        self.screen.clear()
        self._queued = None

    def _on_screen_unlock_requested(self, passphrase: str) -> None:
        if self._session.work.any_cancelled():
            # An unlock cancelled by a quick exit may still be inside Argon2id, holding the
            # vault's process lock; start this one when it lets go (not a "busy" error).
            self._queued = passphrase
            self.screen.set_busy(True)
            return
        self._start(passphrase)

    def _on_work_task_ended(self) -> None:
        queued = self._queued
        if queued is not None and not self._session.work.any_cancelled():
            self._queued = None
            if self._session.state == "unlock":
                self._start(queued)

    def _start(self, passphrase: str) -> None:
        # On use, not on the decoy's start (issue 17.2).
        from safeplan.core.vault.vault import Vault
        from safeplan.ui.shell.core_task import CoreTask

        path = self._session.vault_path
        try:
            wait = Vault.pending_delay(path)
        except OSError:
            wait = 0.0
        self._typed_yo_ye = any(letter in passphrase.lower() for letter in "ёе")
        task = CoreTask(lambda t: _unlock_vault(path, passphrase, t), self)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._session.run_task(task)
        self.screen.set_busy(True, wait)

    def _on_task_succeeded(self, task: CoreTask, vault: Any) -> None:
        if task.cancelled or self._session.state != "unlock":
            vault.lock()  # finished after a quick exit: never show it (re-entry via decoy)
            return
        self.screen.clear()
        self._session.open_journal(vault)

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        if isinstance(error, Cancelled) or task.cancelled:
            return
        if self._session.state != "unlock":
            return
        text = self._session.errors.message(error)
        if isinstance(error, WrongPassphrase):
            self.screen.wrong_tries += 1
            if self._typed_yo_ye:
                # The "Session" context: the words and their translations were written there.
                text += "\n" + QCoreApplication.translate(
                    "Session",
                    "Check the letters ё and е: they count as different letters, so type them "
                    "exactly as when you made the passphrase.")
        self.screen.show_failure(text)
