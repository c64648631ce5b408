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

from typing import Any

from reportlab.platypus import Paragraph

_MEMO = "_safeplan_wrap_memo"
_ORIGINAL_WRAP = Paragraph.wrap
_ORIGINAL_DRAW = Paragraph.draw


# set and removed around each wrap by frames and KeepTogether; line breaking does not read them
_TRANSIENT = frozenset((_MEMO, "canv", "_frame"))


def _state(paragraph: Any) -> list[tuple[str, Any]]:
    return [(name, value) for name, value in paragraph.__dict__.items()
            if name not in _TRANSIENT]


def _unchanged(paragraph: Any, state: list[tuple[str, Any]]) -> bool:
    """Every attribute is the very object the last wrap left (held, so no id is reused)."""
    now = paragraph.__dict__
    count = sum(1 for name in now if name not in _TRANSIENT)
    return count == len(state) and all(
        name in now and now[name] is value for name, value in state)


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


def install() -> None:
    """Idempotent; on reportlab's class so that every section's paragraphs benefit."""
    if Paragraph.wrap is not _wrap:
        Paragraph.wrap = _wrap  # type: ignore[method-assign]
        Paragraph.draw = _draw  # type: ignore[method-assign]
