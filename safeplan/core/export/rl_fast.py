"""Faster exact equivalents of two reportlab helpers the layout calls very often (issue 17.1).

- ``sameFrag`` (are two text fragments drawn alike?) is asked for every word of a paragraph
  with more than one fragment — the "Label: value" lines, entry stamps and summary-table cells
  of every entry. reportlab's C version costs 2–8 µs a call: the fragments' colours are compared
  through a Python ``__eq__`` and missing attributes raise and catch an exception. This one is
  reportlab's own pure-Python definition (``rl_accel._py_sameFrag``: the same attributes from
  the fragments' ``__dict__``, list equality) written out with the identity test list equality
  makes first, so a fragment compared with its own clone costs a fraction of a microsecond.
- ``Frame.__deepcopy__``: ``KeepTogether`` deep-copies the document's frame on every wrap (an
  entry's heading kept with its first lines: 10,000 entries, 30,000 copies). The generic
  ``copy.deepcopy`` goes through ``__reduce_ex__`` and deep-copies each of the frame's two dozen
  numbers and strings one by one; this copy makes the same new frame — every attribute the same
  immutable object or a deep copy of a container — directly.

The output is unchanged (tests: same answers as reportlab's, same PDF bytes).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from reportlab.platypus import Frame
from reportlab.platypus import paragraph as paragraph_module

_ORIGINAL_SAME_FRAG = paragraph_module.sameFrag
# the attributes reportlab compares, in its order (rl_accel._py_sameFrag)
_DRAWN_ALIKE = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor",
                "nobr")
# values deepcopy returns as they are (copy._deepcopy_atomic)
_ATOMIC = frozenset((type(None), int, float, bool, complex, str, bytes))


def same_frag(f: Any, g: Any) -> bool:
    """Whether two fragments map out the same (reportlab's ``sameFrag``)."""
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return False
    fget, gget = fd.get, gd.get
    for name in _DRAWN_ALIKE:
        a, b = fget(name), gget(name)
        if a is not b and not a == b:  # list equality: identity first, then ==
            return False
    return True


def _frame_deepcopy(self: Any, memo: dict[int, Any]) -> Any:
    """``copy.deepcopy`` of a frame: a new frame of the same class whose attributes are the
    same immutable values and deep copies of the rest (``__setattr__`` bypassed, as
    ``copy._reconstruct`` does when it updates the new object's ``__dict__``)."""
    cls: Any = type(self)
    new = cls.__new__(cls)
    memo[id(self)] = new
    state = new.__dict__
    for name, value in self.__dict__.items():
        state[name] = value if type(value) in _ATOMIC else deepcopy(value, memo)
    return new


def install() -> None:
    """Idempotent; on reportlab's module and class so that every part of the PDF benefits."""
    if paragraph_module.sameFrag is not same_frag:
        paragraph_module.sameFrag = same_frag
    if Frame.__dict__.get("__deepcopy__") is not _frame_deepcopy:
        Frame.__deepcopy__ = _frame_deepcopy  # type: ignore[attr-defined]
