"""What locks the open journal without her pressing anything (requirement 7): the idle clock
(ui/idle_lock.py), the system suspending, and minimising the window (a setting).

Each leads to :meth:`Session.lock`, the same road as the Lock button: hide first, then save
drafts and lock the vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from safeplan.ui.shell.session import Session


class AutoLock(QObject):
    """Listens for idle time-out, suspend and minimise; locks when the journal is open."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self._watching_state = False
        session.window.minimised.connect(self._on_window_minimised)
        session.idle.timed_out.connect(session.lock)

    def watch_suspend(self) -> None:
        """Suspend matters only while the journal is open; watched from its first opening.
        Not on the decoy's start: the signal's argument is a ``Qt`` enum, which PySide can
        convert only once its ``Qt`` namespace is built (safeplan/ui/qt_values.py)."""
        if self._watching_state:
            return
        from PySide6.QtCore import Qt  # noqa: F401  (builds the argument's type first)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
            self._watching_state = True

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Suspend, where the platform reports it (requirement 7); the boot-time idle clock
        # covers platforms that do not.
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        if state == Qt.ApplicationState.ApplicationSuspended and self._session.state == "open":
            self._session.lock()

    def _on_window_minimised(self) -> None:
        session = self._session
        if session.state == "open" and session.settings.lock_on_minimise:
            session.lock()
