"""Quick exit: Shift pressed three times within five seconds, anywhere in the application.

UX principle 2 and requirement 7. The GOV.UK "Exit this page" gesture, researched with survivors:
three presses of Shift *in a row* — any other key in between starts the count again, so typing
capital letters never triggers it; held-down Shift (auto-repeat) does not count.

The filter is installed on the ``QApplication``, so it sees key presses for every window and
modal dialog, during the KDF, imports and exports (they run off the UI thread, so the event loop
keeps turning). It only counts and calls :attr:`on_trigger`; what "exit" means (hide first, then
save drafts, cancel work, lock, clear the clipboard) lives in the shell's session.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent

from safeplan.ui.qt_values import KEY

PRESSES = 3
_SHIFT = KEY["Shift"]  # an int: no Qt enum types built on the decoy's start (issue 17.2)
WINDOW_SECONDS = 5.0


class QuickExitFilter(QObject):
    """App-wide event filter counting Shift presses; calls ``on_trigger`` on the third."""

    # How many Shift presses are counted now (0 when the sequence is broken or done), so the
    # shell can show GOV.UK-style feedback after the first and second press (issue 15).
    presses_counted = Signal(int)

    def __init__(
        self,
        on_trigger: Callable[[], None],
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_trigger = on_trigger
        self._clock = clock
        self._presses: list[float] = []
        # One physical key press reaches the filter several times (window, focus widget, then
        # each parent while it is ignored); count it once. Those deliveries share one event
        # object; two different presses may reuse its address, but then differ in key or time,
        # or have a release between them.
        self._counted_event: tuple[int, int, int] | None = None
        self.enabled = True

    def reset(self) -> None:
        self._presses.clear()
        self._counted_event = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._on_key_press(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.KeyRelease:
            self._counted_event = None
        return False  # never swallow the key: Shift keeps working as Shift

    def _on_key_press(self, event: QKeyEvent) -> None:
        if not self.enabled:
            return
        identity = (shiboken6.getCppPointer(event)[0], event.key(), event.timestamp())
        if identity == self._counted_event:
            return
        self._counted_event = identity
        if event.key() != _SHIFT:
            if self._presses:
                self._presses.clear()  # "in a row": any other key breaks the sequence
                self.presses_counted.emit(0)
            return
        if event.isAutoRepeat():
            return
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        self._presses.append(now)
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self.presses_counted.emit(0)
            self.on_trigger()
        else:
            self.presses_counted.emit(len(self._presses))
