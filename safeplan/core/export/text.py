"""Turn user and imported text into safe reportlab Paragraph markup (threat model A5, req. 20).

Everything a survivor typed or an importer read — including messages written by the abuser — goes
through ``markup()`` or ``paragraphs_markup()`` before it reaches a Paragraph: ``& < >`` are
escaped so ``<font color=…>``, ``<img src=…>``, ``<unichar …>`` or ``&amp;`` print literally
instead of being interpreted. Control characters (except new line and tab) and lone surrogates
are replaced so neither the paragraph parser nor the PDF writer can choke on them. Long text is
cut into chunks so one huge field costs linear time (a single 10 MB Paragraph re-splits
quadratically across pages).

Every character is kept: characters the body fonts lack are set in a bundled fallback font or
shown as a named ``[U+XXXX]`` placeholder (``glyphs.rich``); right-to-left runs are drawn in
visual order (``rtl.install``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from safeplan.core.export import glyphs

# C0/C1 controls except \t and \n, DEL, and the Unicode non-characters reportlab cannot encode.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The most characters of one field printed in the PDF; the rest is named, never silently dropped.
MAX_FIELD_CHARS = 60_000
# One Paragraph holds a whole paragraph of her text up to this many characters: cutting it would
# end a line early, which reads as a paragraph break that is not hers (issue 18). Only a longer
# paragraph is cut, at a sentence end where there is one, to keep the layout time linear.
CHUNK_CHARS = 12_000
_SENTENCE_END = re.compile(r"[.!?…]\s")
UNBROKEN_CHARS = 1_500
_LONG_RUN = re.compile(rf"\S{{{UNBROKEN_CHARS + 1},}}")


def clean(value: object) -> str:
    """Plain text with line endings unified and unprintable characters shown as U+FFFD."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL.sub("\ufffd", text)
    return _SURROGATE.sub("\ufffd", text)


def markup(value: object) -> str:
    """Escaped Paragraph markup for one piece of user text; new lines become ``<br/>``.
    An empty line holds a no-break space: reportlab 4/5 crashes (IndexError in
    ``_split_blParaProcessed``) when a paragraph is split across pages at an empty line, and a
    hostile message or a pasted text with blank lines must never stop the export (threat A5)."""
    lines = glyphs.rich(clean(value)).split("\n")
    return "<br/>".join(line if line.strip() else "&nbsp;" for line in lines)


def one_line(value: object, limit: int = 240) -> str:
    """Collapse whitespace and shorten to ``limit`` characters (for table cells); not escaped."""
    text = " ".join(clean(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def truncate(value: object, limit: int = MAX_FIELD_CHARS) -> tuple[str, int]:
    """(text cut to ``limit`` characters, how many characters were left out)."""
    text = clean(value)
    if len(text) <= limit:
        return text, 0
    return text[:limit], len(text) - limit


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Split plain text into paragraphs at new lines; a paragraph longer than ``size`` characters
    is cut at its last sentence end in the second half of the window, else at its last space.
    A run of more than ``UNBROKEN_CHARS`` characters without a space (a pasted string, a hostile
    message) is set apart and cut every ``UNBROKEN_CHARS`` characters: reportlab's handling of
    one long word grows with the square of its length."""
    for line in text.split("\n"):
        for block, unbroken in _runs(line):
            if unbroken:
                for start in range(0, len(block), UNBROKEN_CHARS):
                    yield block[start:start + UNBROKEN_CHARS]
                continue
            while len(block) > size:
                ends = [m.end() for m in _SENTENCE_END.finditer(block, size // 2, size)]
                cut = ends[-1] if ends else block.rfind(" ", 0, size) + 1
                cut = cut if cut > 0 else size  # (no space: cannot happen after _runs)
                yield block[:cut]
                block = block[cut:]
            yield block


def _runs(line: str) -> Iterator[tuple[str, bool]]:
    """The line as (text, is an over-long unbroken run) pieces, in order."""
    last = 0
    for match in _LONG_RUN.finditer(line):
        if match.start() > last:
            yield line[last:match.start()], False
        yield match.group(), True
        last = match.end()
    if last < len(line) or not line:
        yield line[last:], False


def paragraphs_markup(value: object, limit: int = MAX_FIELD_CHARS) -> tuple[list[str], int]:
    """Escaped markup pieces of a long text, one per Paragraph, and how many characters were cut.
    Empty lines are kept as empty pieces so the layout of what she wrote survives."""
    text, left_out = truncate(value, limit)
    pieces = [glyphs.rich(piece) for piece in chunks(text)]
    while pieces and not pieces[-1].strip():
        pieces.pop()
    return pieces, left_out
