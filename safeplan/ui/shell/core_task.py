"""Run one slow core call (Argon2id unlock, vault creation) off the UI thread (STYLE.md 8).

The event loop keeps turning while the KDF runs, so the busy indicator moves and quick exit still
works (requirement 7: quick exit during the KDF). Cancelling cannot stop Argon2id mid-way; it
interrupts the core's growing wait between attempts and marks the result unwanted — the shell
locks a vault that finished opening after a quick exit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from safeplan.core.errors import Cancelled

log = logging.getLogger(__name__)


class CoreTask(QThread):
    """``succeeded(task, result)`` or ``failed(task, exception)``, delivered on the UI thread.

    The task travels with its signal so a slot on a main-thread object (a queued connection —
    never a lambda, which would run in the worker) knows whether the result is still wanted.
    """

    succeeded = Signal(object, object)
    failed = Signal(object, object)
    ended = Signal(object)  # after succeeded/failed, whatever happened

    def __init__(self, work: Callable[[CoreTask], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def interruptible_sleep(self, seconds: float) -> None:
        """A ``sleep`` for the core's attempt delay that quick exit can cut short."""
        if self._cancel.wait(seconds):
            raise Cancelled("stopped while waiting")

    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as exc:  # delivered to the UI as a typed error, never a traceback
            if not getattr(exc, "kind", ""):
                log.error("background work failed: %s", type(exc).__name__)
            self.failed.emit(self, exc)
        else:
            self.succeeded.emit(self, result)
        finally:
            self.ended.emit(self)
