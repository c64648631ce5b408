"""Right-to-left text in a left-to-right document: visual order per printed line (issue 12).

reportlab lays a paragraph out in logical order (the order she typed, the order pdftotext must
give back). Arabic and Hebrew are read right to left, so each printed line is put into visual
order by the Unicode Bidirectional Algorithm (python-bidi's implementation, rules X–L4, with
mirrored brackets) just before it is drawn. Line breaking and page splitting keep working on the
logical text: the reordering lives only in ``drawPara`` (installed on reportlab's Paragraph by
``install()``), so a paragraph split across pages is never reordered twice. A paragraph whose
first strong character is right-to-left (a message written in Arabic or Hebrew) gets a
right-to-left base direction and is set flush right.
"""

from __future__ import annotations

import re
from typing import Any

from bidi import algorithm as uba
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.platypus import Paragraph

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def base_is_rtl(text: str) -> bool:
    """Rule P2: the first strong character decides."""
    return uba.get_base_level(text) == 1


# Explicit embeddings, overrides and isolates: kept in the text, but given no say over the order.
# An override (U+202E) in a hostile message would otherwise print words reversed — a court page
# must show the letters in the order they were sent (the text layer keeps the controls).
_EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def visual_order(text: str, rtl_base: bool = False) -> list[tuple[int, str]]:
    """(logical index, character as drawn) in visual order, for one line. Every character of
    ``text`` is in the result exactly once: the ones the algorithm sets aside (rule X9: format
    and control characters) follow the character logically before them."""
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
        if char["type"] in _EXPLICIT:
            char["type"] = char["orig"] = "BN"
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    out = [(char["index"], char["ch"]) for char in storage["chars"]]
    if len(out) < len(text):
        placed = {index: position for position, (index, _ch) in enumerate(out)}
        for index, char in enumerate(text):
            if index in placed:
                continue
            position = placed[index - 1] + 1 if index > 0 else 0
            out.insert(position, (index, char))
            placed = {i: p for p, (i, _c) in enumerate(out)}
    return out


def _visual_frags(words: list[Any], rtl_base: bool) -> list[Any]:
    """A line of styled fragments (kind 1) rebuilt in visual order: characters move, each keeps
    the font, size and colour of the fragment it came from."""
    texts = [w for w in words if getattr(w, "_fkind", 0) == 0 and isinstance(getattr(w, "text", None),
                                                                              str)]
    others = [w for w in words if not any(w is t for t in texts)]
    owner: list[int] = []
    chars: list[str] = []
    for number, frag in enumerate(texts):
        owner.extend([number] * len(frag.text))
        chars.extend(frag.text)
    line = "".join(chars)
    if not has_rtl(line):
        return words
    out: list[Any] = []
    for index, char in visual_order(line, rtl_base):
        frag = texts[owner[index]]
        if out and out[-1]._rtl_owner is frag:
            out[-1].text += char
        else:
            piece = frag.clone()
            piece.text = char
            piece._rtl_owner = frag
            out.append(piece)
    return out + others


def _plain(bl_para: Any) -> str:
    parts: list[str] = []
    for line in bl_para.lines:
        if isinstance(line, tuple):
            parts.extend(line[1])
        else:
            parts.extend(getattr(w, "text", "") or "" for w in line.words)
    return " ".join(parts)


def _draw_para_visual(self: Any, debug: int = 0) -> Any:
    """reportlab's drawPara with right-to-left runs put into visual order line by line. Layout and
    page splitting saw the logical text; only what is drawn changes, and only for lines holding
    right-to-left characters."""
    bl_para = self.blPara
    saved_lines = bl_para.lines
    plain = _plain(bl_para)
    if not has_rtl(plain):
        return _ORIGINAL_DRAW(self, debug)
    rtl_base = base_is_rtl(plain)
    saved_style = self.style
    visual: list[Any] = []
    for line in saved_lines:
        if isinstance(line, tuple):  # kind 0: (extra space, [words]) in one font
            extra, words = line
            drawn = "".join(ch for _i, ch in visual_order(" ".join(words), rtl_base))
            visual.append((extra, drawn.split(" ")))
        else:
            clone = line.clone()
            clone.words = _visual_frags(list(line.words), rtl_base)
            visual.append(clone)
    bl_para.lines = visual
    if rtl_base and saved_style.alignment == TA_LEFT:
        self.style = saved_style.clone(saved_style.name + "-rtl", alignment=TA_RIGHT)
    try:
        return _ORIGINAL_DRAW(self, debug)
    finally:
        bl_para.lines = saved_lines
        self.style = saved_style


_ORIGINAL_DRAW = Paragraph.drawPara


def install() -> None:
    """Draw every Paragraph of the process through the bidi step (idempotent). A hook on the class
    rather than a subclass, so no section can forget it: text with no right-to-left character
    is drawn exactly as before."""
    if Paragraph.drawPara is not _draw_para_visual:
        Paragraph.drawPara = _draw_para_visual  # type: ignore[method-assign]


def installed() -> bool:
    return Paragraph.drawPara is _draw_para_visual
