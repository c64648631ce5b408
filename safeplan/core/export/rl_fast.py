"""Faster exact equivalents of reportlab helpers the layout calls very often (issue 17.1).

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
- ``PDFTextObject._formatText`` (every run of text drawn) for embedded TrueType fonts without
  shaping: the same operators, without first setting the text object's code aside and putting
  it back (that branch never touches it).
- ``ABag.clone`` (a fragment copied for every word group line breaking makes) built the copy
  through keyword arguments; the copy's ``__dict__`` is now filled directly, which is all
  ``ABag.__init__`` does.
- ``Frame._generated_content``: the document asks each frame for it after every flowable
  (``getattr`` with a default) and frames answer a missing attribute through a Python
  ``__getattr__`` that raises; a class-level ``None`` gives the same default at once (frames
  still set and delete their own).
- ``Canvas.drawText``: a paragraph of several fragments gives its text object a method bound to
  that very object (``tx._do_line``), a reference cycle that kept each such paragraph's lines,
  fragments and text object alive until the cycle collector came by (600,000 objects for
  10,000 entries, and the collections that found them). Once the text object's operators are
  written the method is dropped, so the paragraph's drawing is freed at once.

The output is unchanged (tests: same answers as reportlab's, same PDF bytes).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

import reportlab
from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import textobject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame
from reportlab.platypus import paragraph as paragraph_module

_ORIGINAL_SAME_FRAG = paragraph_module.sameFrag
_ORIGINAL_FORMAT_TEXT = textobject.PDFTextObject._formatText
_ORIGINAL_CLONE = ABag.clone
_ORIGINAL_DRAW_TEXT = Canvas.drawText
_ABAG_INIT = ABag.__init__
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


def _format_text(self: Any, text: Any) -> str:
    """reportlab's ``_formatText``, its embedded-font branch without shaping written out; every
    other case goes to reportlab's own."""
    font = textobject.pdfmetrics_getFont(self._fontname)
    if not font._dynamicFont or (font.shapable and isinstance(text, textobject.ShapedStr)):
        return _ORIGINAL_FORMAT_TEXT(self, text)  # type: ignore[no-any-return]
    canv = self._canvas
    doc = canv._doc
    escape = canv._escape
    out: list[str] = []
    template = None
    for subset, piece in font.splitString(text, doc):
        if subset != self._curSubset:
            if not template:
                template = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
            self._curSubset = subset
        out.append(f"({escape(piece)}) Tj")
    return " ".join(out)


def _clone(self: Any, **attr: Any) -> Any:
    """reportlab's ``ABag.clone``: a new bag of the same class with the same attributes (and
    ``attr``); a class with its own ``__init__`` or ``__new__`` is left to reportlab's."""
    cls = self.__class__
    if cls.__init__ is not _ABAG_INIT or cls.__new__ is not object.__new__:
        return _ORIGINAL_CLONE(self, **attr)
    new = object.__new__(cls)
    state = new.__dict__
    state.update(self.__dict__)
    if attr:
        state.update(attr)
    return new


def _draw_text(self: Any, text_object: Any) -> None:
    """reportlab's ``drawText``, then the text object's method bound to itself let go (only
    drawPara sets it, to draw underlines and links while it makes the lines it just wrote)."""
    _ORIGINAL_DRAW_TEXT(self, text_object)
    text_object.__dict__.pop("_do_line", None)


# The reportlab release (major.minor) these replacements, and those of wrap_memo, parse_memo and
# font_memo, were checked against (tests: same answers and same PDF bytes as reportlab's own
# code). pyproject.toml pins reportlab to it; a program run with another release (installed
# without pip's resolver, or by a distribution) keeps reportlab's own code: slower, same PDF.
CHECKED_RELEASE = ("5", "1")


def speedups_apply(version: str | None = None) -> bool:
    """Whether the installed reportlab is the release the speed-ups were checked against."""
    return tuple((version or reportlab.Version).split(".")[:2]) == CHECKED_RELEASE


def install() -> None:
    """Idempotent; on reportlab's module and class so that every part of the PDF benefits."""
    if paragraph_module.sameFrag is not same_frag:
        paragraph_module.sameFrag = same_frag
    if Frame.__dict__.get("__deepcopy__") is not _frame_deepcopy:
        Frame.__deepcopy__ = _frame_deepcopy  # type: ignore[attr-defined]
    if "_generated_content" not in Frame.__dict__:
        Frame._generated_content = None  # type: ignore[attr-defined]
    if Canvas.drawText is _ORIGINAL_DRAW_TEXT:
        Canvas.drawText = _draw_text  # type: ignore[method-assign]
    if ABag.clone is _ORIGINAL_CLONE:
        ABag.clone = _clone  # type: ignore[method-assign]
    if textobject.PDFTextObject._formatText is _ORIGINAL_FORMAT_TEXT:
        textobject.PDFTextObject._formatText = _format_text  # type: ignore[method-assign]
