"""A Paragraph wrapped again at the width it was just wrapped at keeps its lines (issue 17.1).

reportlab breaks a paragraph into lines on every ``wrap``, and the layout wraps most paragraphs
twice at the same width: a KeepTogether (an entry's heading with its first lines) measures its
content and the frame measures each piece again; a table measures its cells for the row heights
and again to draw them. Line breaking (with hyphenation) is the largest part of an export's time,
so the second breaking is skipped when nothing has changed: same width, the paragraph's state
(its attributes, by identity) exactly as the last wrap left it, and not drawn since. Then the
lines are the ones the last wrap made, and the result is what a new wrap returned before.
"""

from __future__ import annotations

import operator
from itertools import repeat
from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as paragraph_module

_MEMO = "_safeplan_wrap_memo"
_ORIGINAL_WRAP = Paragraph.wrap
_ORIGINAL_DRAW = Paragraph.draw
_ORIGINAL_WIDTH = paragraph_module.stringWidth
# Line breaking measures every word of every paragraph (3 million measurements for 10,000
# entries, mostly the same words): (text, font, size) -> width, emptied after each export so
# none of her words stays in memory.
_WIDTHS: dict[tuple[Any, str, float], float] = {}
_MAX_WIDTHS = 200_000


# set and removed around each wrap by frames and KeepTogether, or (keepWithNext) set to 0 when
# the document groups a heading with what follows it; line breaking reads none of them
_TRANSIENT = frozenset((_MEMO, "canv", "_frame", "keepWithNext"))
_MISSING = object()


def _state(paragraph: Any) -> dict[str, Any]:
    state = dict(paragraph.__dict__)  # copied and filtered at C speed (called for every wrap)
    for name in _TRANSIENT:
        state.pop(name, None)
    return state


def _unchanged(paragraph: Any, state: dict[str, Any]) -> bool:
    """Every attribute is the very object the last wrap left (held, so no id is reused)."""
    now = paragraph.__dict__
    count = len(now) - sum(map(now.__contains__, _TRANSIENT))
    return count == len(state) and all(
        map(operator.is_, map(now.get, state, repeat(_MISSING)), state.values()))


def _wrap(self: Any, availWidth: float, availHeight: float) -> tuple[float, float]:
    memo = self.__dict__.get(_MEMO)
    if memo is not None and memo[0] == availWidth and _unchanged(self, memo[1]):
        return memo[2]
    result = _ORIGINAL_WRAP(self, availWidth, availHeight)
    self.__dict__[_MEMO] = (availWidth, _state(self), result)
    return result  # type: ignore[no-any-return]


def _draw(self: Any) -> Any:
    self.__dict__.pop(_MEMO, None)  # drawing may touch the lines: the next wrap breaks anew
    return _ORIGINAL_DRAW(self)


def _string_width(text: Any, fontName: str, fontSize: float,
                  encoding: str = "utf8") -> float:
    """reportlab's stringWidth (a pure function of the registered font), remembered."""
    key = (text, fontName, fontSize)
    width = _WIDTHS.get(key)
    if width is None:
        width = _ORIGINAL_WIDTH(text, fontName, fontSize, encoding)
        if encoding == "utf8":
            if len(_WIDTHS) >= _MAX_WIDTHS:
                _WIDTHS.clear()
            _WIDTHS[key] = width
    return width


def install() -> None:
    """Idempotent; on reportlab's class so that every section's paragraphs benefit."""
    if Paragraph.wrap is not _wrap:
        Paragraph.wrap = _wrap  # type: ignore[method-assign]
        Paragraph.draw = _draw  # type: ignore[method-assign]
        paragraph_module.stringWidth = _string_width


def forget() -> None:
    """Drop the remembered word widths (the words are hers)."""
    _WIDTHS.clear()
