"""Font look-ups repeated for every line drawn are made once per export (issue 17.1).

- ``TTFont.splitString`` turns each drawn string into the codes of the document's font subsets,
  character by character (77,000 strings for 2,000 entries, mostly the same labels, dates and
  words). The first time a string is drawn in a document it may give new characters their codes;
  after that every character of it already has its code and the codes never change, so drawing
  it again gives exactly the same result: that result is remembered per (font, document, string).
- ``getAscentDescent`` (asked once per fragment and line) depends only on the font and size.
- ``TTFont.getSubsetInternalName`` (asked whenever a text run changes font subset: at least once
  per paragraph) gives the same name for the same font, document and subset once given.

Emptied at the end of each export (``forget``): her words do not stay in memory.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph as paragraph_module

_ORIGINAL_SPLIT = ttfonts.TTFont.splitString
_ORIGINAL_ASCENT = paragraph_module.getAscentDescent
_ORIGINAL_SUBSET_NAME = ttfonts.TTFont.getSubsetInternalName
# (font, document, subset) -> (font and document held so their ids are not reused, name)
_NAMES: dict[tuple[int, int, int], tuple[Any, Any, str]] = {}
# (font, string) -> (document held so its id is not reused, chunks)
_SPLITS: dict[tuple[int, str], tuple[Any, Any, list[tuple[int, bytes]]]] = {}
_ASCENTS: dict[tuple[str, Any], tuple[float, float]] = {}
_MAX_SPLITS = 100_000
_MAX_CHARS = 200
# a string is remembered the second time it is drawn (many are drawn once): hashes only
_SEEN: set[int] = set()


def _split_string(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
    if not isinstance(text, str) or len(text) > _MAX_CHARS:
        return _ORIGINAL_SPLIT(self, text, doc, encoding)
    key = (id(self), text)
    known = _SPLITS.get(key)
    if known is not None and known[0] is self and known[1] is doc:
        return list(known[2])
    chunks = _ORIGINAL_SPLIT(self, text, doc, encoding)
    sighting = hash((key, id(doc)))
    if sighting not in _SEEN:
        if len(_SEEN) >= 4 * _MAX_SPLITS:
            _SEEN.clear()
        _SEEN.add(sighting)
        return chunks
    if len(_SPLITS) >= _MAX_SPLITS:
        _SPLITS.clear()
    # remembered after the call: every character now has its code in this document
    _SPLITS[key] = (self, doc, list(chunks))
    return chunks


def _ascent_descent(fontName: str, fontSize: Any = None) -> tuple[float, float]:
    key = (fontName, fontSize)
    known = _ASCENTS.get(key)
    if known is None:
        known = _ASCENTS[key] = _ORIGINAL_ASCENT(fontName, fontSize)
    return known


def _subset_name(self: Any, subset: int, doc: Any) -> str:
    key = (id(self), id(doc), subset)
    known = _NAMES.get(key)
    if known is not None and known[0] is self and known[1] is doc:
        return known[2]
    name: str = _ORIGINAL_SUBSET_NAME(self, subset, doc)  # raises for a subset not made yet
    _NAMES[key] = (self, doc, name)
    return name


def install() -> None:
    """Idempotent; on reportlab's classes so that every part of the PDF benefits."""
    if ttfonts.TTFont.splitString is not _split_string:
        ttfonts.TTFont.splitString = _split_string  # type: ignore[method-assign]
        ttfonts.TTFont.getSubsetInternalName = _subset_name  # type: ignore[method-assign]
        paragraph_module.getAscentDescent = _ascent_descent


def forget() -> None:
    """Drop the remembered strings (some are hers) and font metrics (fonts may be registered
    anew)."""
    _SPLITS.clear()
    _SEEN.clear()
    _ASCENTS.clear()
    _NAMES.clear()  # the documents are let go
