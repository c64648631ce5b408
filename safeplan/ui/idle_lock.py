"""Idle auto-lock from real input events (requirement 7).

Any key, mouse button, mouse move, wheel or touch anywhere in the application counts as
activity. The clock is injectable so tests advance time instead of sleeping. The default clock on
Linux is ``CLOCK_BOOTTIME``, which keeps counting while the machine is suspended: a laptop that
wakes after a long sleep finds itself idle and locks at the first check (the suspend case of
requirement 7, without needing a platform notification).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def default_clock() -> float:
    """Seconds on a clock that does not stop during suspend, where the OS offers one."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class IdleLock(QObject):
    """Emits :attr:`timed_out` after ``timeout_seconds`` without input while armed."""

    timed_out = Signal()

    def __init__(
        self,
        timeout_seconds: int,
        *,
        clock: Callable[[], float] = default_clock,
        check_interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout_seconds = timeout_seconds
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching (after unlock). Activity is counted from now."""
        self._last_activity = self._clock()
        self._armed = True
        if self.timeout_seconds > 0:
            self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_timeout(self, seconds: int) -> None:
        """0 disables the idle timer (the user chose "only when minimised")."""
        self.timeout_seconds = seconds
        if self._armed:
            self.arm()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_activity

    def check(self) -> bool:
        """Lock if idle long enough; returns True when it fired. Called by the timer and tests."""
        if not self._armed or self.timeout_seconds <= 0:
            return False
        if self.idle_seconds() >= self.timeout_seconds:
            self.disarm()
            self.timed_out.emit()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY:
            # A suspended machine wakes with a huge gap: check before counting the first event.
            if not self.check():
                self._last_activity = self._clock()
        return False
