"""The story reportlab lays out, made as the layout goes (issue 17.1: memory of long exports).

reportlab's ``BaseDocTemplate.build`` takes a list and consumes it from the front (``len``,
``[0]``, ``del [0]``, ``insert`` of split parts). ``LazyStory`` is such a list that tops itself
up from an iterator whenever reportlab asks how long it is, keeping ``LOOKAHEAD`` flowables
ahead — more than any keep-with-next chain, so pages break exactly as with the whole list. A
flowable is let go as soon as it is laid out: the 10,000 entries of a long journal are never all
in memory, and the layout is the same flowable for flowable.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab.platypus import Flowable

LOOKAHEAD = 64
SCALE = 1000


class LazyStory(list[Flowable]):
    """``estimate(pulled)`` guesses how many flowables the whole story has (for progress)."""

    def __init__(self, source: Iterator[Flowable],
                 estimate: Callable[[int], int] | None = None) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = source
        self._estimate = estimate
        self.pulled = 0
        self._shown = 0

    def _fill(self) -> None:
        while self._source is not None and list.__len__(self) < LOOKAHEAD:
            item = next(self._source, None)
            if item is None:
                self._source = None
                break
            list.append(self, item)
            self.pulled += 1

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def finished(self) -> bool:
        """Everything made and laid out."""
        return self._source is None and list.__len__(self) == 0

    def progress(self, done: int) -> tuple[int, int]:
        """(done, total) on one 0…SCALE scale that never goes backwards; total only at the end.
        ``done`` counts laid-out flowables (split parts included, so it is clamped)."""
        if self.finished():
            self._shown = SCALE
        else:
            total = self.pulled if self._source is None else max(
                self._estimate(self.pulled) if self._estimate else 0, self.pulled + 1)
            shown = min(SCALE * done // max(total, 1), SCALE - 1)
            self._shown = max(self._shown, shown)
        return self._shown, SCALE


class _Layouts:
    running = 0  # a preview and an export may overlap
    threshold: tuple[int, int, int] = (700, 10, 10)


_LOCK = threading.Lock()


@contextmanager
def collector_for_layout() -> Iterator[None]:
    """Python's cycle collector walks every live object on each full collection; during a long
    layout that is the journal's data and the fonts' glyph tables, again and again (a tenth of
    a 10,000-entry export). What exists when the layout starts is set aside (``gc.freeze``),
    young objects are collected less often, and no full collection runs during the layout (the
    six a 10,000-entry layout ran found nothing: what the layout leaves in cycles dies young —
    rl_fast breaks the one cycle each drawn paragraph made); all is undone when the last layout
    ends. An export enters it from its start (reading the journal and building the data make
    as many objects as the layout); nested and overlapping uses share one setting. Output is
    unaffected."""
    with _LOCK:
        _Layouts.running += 1
        if _Layouts.running == 1:
            _Layouts.threshold = first, second, third = gc.get_threshold()
            gc.collect()  # whatever is garbage now is freed before the rest is set aside
            gc.freeze()
            gc.set_threshold(max(first, 10_000), second, max(third, 1_000))
    try:
        yield
    finally:
        with _LOCK:
            _Layouts.running -= 1
            if _Layouts.running == 0:
                gc.set_threshold(*_Layouts.threshold)
                gc.unfreeze()
