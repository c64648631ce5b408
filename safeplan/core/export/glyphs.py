"""Every character reaches the page: per-character font fallback and named placeholders (issue 12).

The body fonts (PT Sans / PT Serif) cover Latin and Cyrillic only. Her words and imported
messages also hold emoji, Arabic, Hebrew, Georgian, Armenian, Greek, symbols … A character the
body fonts cannot draw is wrapped in ``<font name=…>`` of the first bundled fallback that has it
(Noto, SIL OFL, in ``resources/fonts``); a character no bundled font has is printed as a visible
``[U+XXXX]`` and recorded so the integrity page can list it. Nothing is dropped silently.

Arabic is joined (contextual forms) with arabic-reshaper before layout; the visual order of
right-to-left runs is made per line at drawing time (``rtl.py``). reportlab writes characters
outside the Basic Multilingual Plane (most emoji) into the ToUnicode map as five hex digits, which
PDF readers cut to four: ``fix_to_unicode`` installs a correct writer (UTF-16 surrogate pairs) that
also maps Arabic presentation forms back to the letters she typed, so copy and search give back
her text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from safeplan.core.resources import resource

# Fallback fonts in the order they are tried: (registered name, regular file, bold file or None).
FALLBACKS: tuple[tuple[str, str, str | None], ...] = (
    ("SafePlanNoto", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("SafePlanArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("SafePlanHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    ("SafePlanGeorgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    ("SafePlanArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    ("SafePlanEmoji", "NotoEmoji-Regular.ttf", None),
    ("SafePlanSymbols", "NotoSansSymbols-Regular.ttf", None),
    ("SafePlanSymbols2", "NotoSansSymbols2-Regular.ttf", None),
)
# The body fonts; a character counts as covered only when all of them have it, so bold, italic,
# sans and serif never silently differ.
PRIMARY_FILES = ("PTSans-Regular.ttf", "PTSans-Bold.ttf", "PTSans-Italic.ttf",
                 "PTSans-BoldItalic.ttf", "PTSerif-Regular.ttf", "PTSerif-Bold.ttf",
                 "PTSerif-Italic.ttf", "PTSerif-BoldItalic.ttf")
# Emoji that have a text form in the symbol fonts still read best as emoji: prefer the emoji font
# for these blocks before the general order.
_EMOJI_FIRST = ((0x2600, 0x27BF), (0x1F000, 0x1FAFF), (0x2B00, 0x2BFF))
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Zero-width and format characters nobody can see: kept in the text (so the text layer is exact)
# but never reported as undrawable.
_INVISIBLE_CATEGORIES = {"Cf", "Zl", "Zp"}
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={
    "delete_harakat": False, "delete_tatweel": False, "support_ligatures": False,
    "shift_harakat_position": False, "support_zwj": True,
})


@dataclass
class Missing:
    """Characters no bundled font could draw, in order of first appearance, with counts."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, char: str) -> None:
        self.counts[char] = self.counts.get(char, 0) + 1

    def lines(self) -> list[str]:
        """``U+E000 (PRIVATE USE) × 2`` — one per character, for the integrity page."""
        return [f"{placeholder(ch)} {unicodedata.name(ch, _category_name(ch))} × {n}"
                for ch, n in self.counts.items()]


_COLLECTOR: ContextVar[Missing | None] = ContextVar("safeplan_missing_glyphs", default=None)


@contextmanager
def collecting() -> Iterator[Missing]:
    """Record every placeholder printed while the block runs (one export's story)."""
    missing = Missing()
    token = _COLLECTOR.set(missing)
    try:
        yield missing
    finally:
        _COLLECTOR.reset(token)


def begin_export() -> Missing:
    """Start a fresh record for the export being built in this thread (replaces the last one).
    The chronology calls it first thing in ``render``; the integrity page reads it at layout."""
    missing = Missing()
    _COLLECTOR.set(missing)
    return missing


def current_missing() -> Missing | None:
    return _COLLECTOR.get()


def placeholder(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def _category_name(char: str) -> str:
    category = unicodedata.category(char)
    return {"Co": "PRIVATE USE", "Cn": "UNASSIGNED", "Cs": "SURROGATE"}.get(category, category)


def register_fallbacks() -> None:
    """Register the fallback fonts once, each as a family so ``<b>``/``<i>`` inside a fallback
    run resolve (to its bold file where one exists, else to the regular face)."""
    if FALLBACKS[0][0] in pdfmetrics.getRegisteredFontNames():
        return
    fix_to_unicode()
    for name, regular, bold in FALLBACKS:
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", regular))))
        bold_name = name
        if bold:
            bold_name = f"{name}-Bold"
            pdfmetrics.registerFont(TTFont(bold_name, str(resource("fonts", bold))))
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold_name, italic=name,
                                      boldItalic=bold_name)


@lru_cache(maxsize=1)
def _primary() -> frozenset[int]:
    covered: frozenset[int] | None = None
    for file_name in PRIMARY_FILES:
        codes = frozenset(TTFont("_probe", str(resource("fonts", file_name))).face.charToGlyph)
        covered = codes if covered is None else covered & codes
    return covered or frozenset()


@lru_cache(maxsize=1)
def _fallback_maps() -> tuple[tuple[str, frozenset[int]], ...]:
    register_fallbacks()
    return tuple((name, frozenset(pdfmetrics.getFont(name).face.charToGlyph))
                 for name, _regular, _bold in FALLBACKS)


@lru_cache(maxsize=1)
def _uncovered() -> re.Pattern[str]:
    """A pattern matching any character the body fonts lack (fast path for plain text)."""
    codes = sorted(_primary())
    ranges: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return re.compile("[^" + "".join(ranges) + "\n]")


@lru_cache(maxsize=8192)
def font_for(char: str) -> str | None:
    """'' for the body font, a fallback font name, or None when no bundled font has it.
    Cached: one look-up per distinct character per process."""
    code = ord(char)
    if code in _primary():
        return ""
    maps = _fallback_maps()
    if any(lo <= code <= hi for lo, hi in _EMOJI_FIRST):
        for name, codes in maps:
            if name == "SafePlanEmoji" and code in codes:
                return name
    for name, codes in maps:
        if code in codes:
            return name
    if char.isspace():
        return ""  # an unusual space prints as the body font's own (notdef-free) space width
    return None


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES


def needs_fallback(text: str) -> bool:
    return _uncovered().search(text) is not None


def runs(text: str) -> list[tuple[str | None, str]]:
    """(font, text) runs: '' = body font, a name = fallback, None = undrawable characters.
    A combining mark stays in the font of the letter it sits on when that font has it."""
    out: list[tuple[str | None, str]] = []
    current: str | None = ""
    buffer: list[str] = []
    maps = dict(_fallback_maps())
    for char in text:
        font = font_for(char)
        if (font != current and buffer and unicodedata.combining(char) and current is not None
                and ((current == "" and ord(char) in _primary())
                     or (current and ord(char) in maps.get(current, ())))):
            font = current
        if font is None and is_invisible(char):
            font = current if current is not None else ""
            if font == "" and ord(char) not in _primary():
                # an invisible format character the body font lacks: keep it via the emoji font
                # (which maps ZWJ and variation selectors) so the text layer keeps it
                font = "SafePlanEmoji" if ord(char) in maps["SafePlanEmoji"] else ""
        if font != current and buffer:
            out.append((current, "".join(buffer)))
            buffer = []
        current = font
        buffer.append(char)
    if buffer:
        out.append((current, "".join(buffer)))
    return out


def shape_arabic(text: str) -> str:
    """Contextual (joined) Arabic letter forms; other characters are untouched."""
    if not _ARABIC.search(text):
        return text
    return str(_RESHAPER.reshape(text))


def rich(text: str) -> str:
    """Escaped Paragraph markup of plain text with fallback fonts and placeholders. ``\\n`` is
    kept as is (callers turn it into ``<br/>``)."""
    if not needs_fallback(text):
        return escape(text)
    text = shape_arabic(text)
    missing = _COLLECTOR.get()
    parts: list[str] = []
    for font, piece in runs(text):
        if font == "":
            parts.append(escape(piece))
        elif font is None:
            for char in piece:
                if missing is not None:
                    missing.add(char)
            # the placeholder is ASCII: body font, bold so it stands out as not her character
            parts.append("<b>" + escape("".join(placeholder(c) for c in piece)) + "</b>")
        else:
            parts.append(f'<font name="{font}">{escape(piece)}</font>')
    return "".join(parts)


def canvas_runs(text: str, base_font: str, *, shaped_already: bool = False
                ) -> list[tuple[str, str]]:
    """(font, text) runs for drawing straight on a canvas (header, footer): same fallback and
    placeholders as ``rich``."""
    if not needs_fallback(text):
        return [(base_font, text)]
    missing = _COLLECTOR.get()
    out: list[tuple[str, str]] = []
    for font, piece in runs(text if shaped_already else shape_arabic(text)):
        if font is None:
            if missing is not None:
                for char in piece:
                    missing.add(char)
            out.append((base_font, "".join(placeholder(c) for c in piece)))
        else:
            out.append((font or base_font, piece))
    return out


# --- ToUnicode: surrogate pairs for astral characters, presentation forms to letters ---------

def _unicode_hex(code: int) -> str:
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        char = unicodedata.normalize("NFKC", char) or char  # joined Arabic form → her letter(s)
    return char.encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with each code written as UTF-16BE (PDF 32000-1, 9.10.3)."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_unicode_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def fix_to_unicode() -> None:
    """Install the correct ToUnicode writer (reportlab looks the helper up at save time)."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap  # type: ignore[attr-defined]
