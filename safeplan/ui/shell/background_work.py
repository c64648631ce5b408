"""Background work the session owns: quick exit cancels it, and a vault it still uses is
locked only when it has stopped.

Slow core calls (the unlock's Argon2id, creating a vault, changing a passphrase, an export) run
in a :class:`~safeplan.ui.shell.core_task.CoreTask`. Leaving the journal cancels them all
(requirement 7: quick exit during the KDF); a vault closed while one of them is still inside it
would be a crash, not a lock, so its lock waits here until the last of them has ended.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Only the type: the thread's module loads with the first background work, never on the
    # decoy's start (issue 17.2).
    from safeplan.ui.shell.core_task import CoreTask

log = logging.getLogger(__name__)


class BackgroundWork(QObject):
    """The running tasks, and the vaults whose lock waits for them."""

    #: A task ended and was cleaned up (and any vault waiting for it was locked).
    task_ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[CoreTask] = set()
        # Vaults whose lock waits for cancelled background work to stop using them: closing
        # the connection under a running export would be a crash, not a lock.
        self._waiting_to_lock: list[Any] = []

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def any_cancelled(self) -> bool:
        """A cancelled task still running (an unlock inside Argon2id holds the vault's lock)."""
        return any(task.cancelled for task in self._tasks)

    def run(self, task: CoreTask) -> None:
        """Start background work that quick exit must cancel."""
        self._tasks.add(task)
        task.ended.connect(self._on_task_ended)  # queued: runs here, on the UI thread
        task.start()

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def lock_when_idle(self, vault: Any) -> None:
        """Lock ``vault`` now, or when the last running task has ended."""
        self._waiting_to_lock.append(vault)
        if not self._tasks:
            self.lock_waiting_vaults()

    def lock_waiting_vaults(self) -> None:
        waiting, self._waiting_to_lock = self._waiting_to_lock, []
        for vault in waiting:
            try:
                vault.lock()
            except Exception as exc:
                log.error("lock failed: %s", type(exc).__name__)

    def stop(self, wait_ms: int) -> None:
        """Before the process ends: cancel every task, let each finish its cleanup (up to
        ``wait_ms`` each), then lock what waited for them."""
        for task in list(self._tasks):
            task.cancel()
            task.wait(wait_ms)
        self._tasks.clear()
        self.lock_waiting_vaults()

    def _on_task_ended(self, task: CoreTask) -> None:
        self._tasks.discard(task)
        task.wait()
        task.deleteLater()
        if not self._tasks:
            self.lock_waiting_vaults()
        self.task_ended.emit()
