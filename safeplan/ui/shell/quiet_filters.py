"""Application-wide event filters paused while quick exit hides the journal (issue 17.3).

The shell installs three Python event filters on the ``QApplication`` (quick exit's Shift count,
the idle clock, Enter-presses-buttons). Every event of every widget passes through each of them,
and hiding the journal sends about a thousand (hide, move, resize, paint, focus) — three Python
calls each. Measured on the quick-exit benchmark, those calls were most of the time spent
swapping to the decoy and hiding Qt's file dialog. None of them has anything to do while the
synchronous hide runs (no input is read during it), so they are taken off for exactly that span
and put back in their old order afterwards, also when the hide raises.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


@contextmanager
def filters_paused(filters: Sequence[QObject]) -> Iterator[None]:
    """Remove ``filters`` (in installation order) from the application, restore them on exit."""
    app = QApplication.instance()
    if app is None or not filters:
        yield
        return
    for event_filter in filters:
        app.removeEventFilter(event_filter)
    try:
        yield
    finally:
        # installEventFilter puts a filter first; installing in the original order again gives
        # the original order (the last installed is asked first).
        for event_filter in filters:
            app.installEventFilter(event_filter)
