"""Task bookkeeping shared by the pages that run core work off the UI thread.

Export, import and settings (backup, restore, passphrase) each start one CoreTask at a time and
must keep every thread object alive until its ``run()`` has really returned: a result signal
arrives while the thread is still unwinding, and deleting the page (the threads' parent) in that
moment aborts the process — locking the vault under a running export would be worse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from safeplan.ui.shell.core_task import CoreTask


class ProgressTask(CoreTask):
    """A CoreTask that also reports ``progressed(done, total)`` to the UI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class BackgroundWork:
    """Mixed into a page (a QWidget) that defines ``_set_busy``, ``_on_task_succeeded`` and
    ``_on_task_failed``."""

    _task: Any = None
    _task_kind: str = ""

    def _init_background_work(self) -> None:
        self._task = None
        self._task_kind = ""
        self._threads: list[QThread] = []  # until their run() has really returned

    def _launch(self, task: CoreTask, kind: str) -> None:
        progressed = getattr(task, "progressed", None)
        if progressed is not None:
            progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)  # type: ignore[attr-defined]
        task.failed.connect(self._on_task_failed)  # type: ignore[attr-defined]
        task.finished.connect(self._on_thread_finished)
        self._threads.append(task)
        self._task, self._task_kind = task, kind
        self._set_busy(True)  # type: ignore[attr-defined]
        task.start()

    def _on_task_progressed(self, done: int, total: int) -> None:
        if total > 0:
            progress = self.progress  # type: ignore[attr-defined]
            progress.setRange(0, total)
            progress.setValue(min(done, total))

    def _on_thread_finished(self) -> None:
        task = self.sender()  # type: ignore[attr-defined]
        self._threads = [t for t in self._threads if t is not task]
        if isinstance(task, QThread):
            task.deleteLater()

    def wait_for_work(self, timeout_ms: int = 30000) -> None:
        """Cancel every background task and wait until its thread has ended."""
        for thread in list(self._threads):
            if isinstance(thread, CoreTask):
                thread.cancel()
            thread.wait(timeout_ms)
        self._threads = []

    def _finish(self, task: QObject) -> bool:
        """True when ``task`` is the current one (a task from before a lock is not wanted)."""
        if task is not self._task:
            return False
        self._task = None
        self._set_busy(False)  # type: ignore[attr-defined]
        return True  # the task deletes itself when its thread has really finished
