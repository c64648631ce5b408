"""A paragraph's markup is parsed once per export (issue 17.1).

reportlab parses every Paragraph's markup with an HTML parser (the second largest part of an
export's time after line breaking), and a chronology repeats the same markup thousands of
times: field labels, headings, table header cells, "Who did it: …" lines. The parse result (the
list of fragments) is remembered per (markup, style); a paragraph made again from the same
markup gets fresh copies of the fragments, never the remembered ones, because reportlab changes
fragments in place while it breaks and splits a paragraph (its lists, ``us_lines`` and ``link``,
are copied too). Emptied at the end of each export (``forget``): her words do not stay in memory.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as paragraph_module
from reportlab.platypus.paragraph import cleanBlockQuotedText

_ORIGINAL_SETUP = Paragraph._setup
# (markup, id(style), caseSensitive, cleaner) -> (style held so its id is not reused,
# cleaned text, style after parsing, fragments)
_PARSED: dict[tuple[str, int, Any, Any], tuple[Any, str, Any, list[Any]]] = {}
_MAX_ENTRIES = 20_000
_MAX_CHARS = 300  # labels, headings, cells, short values; long free text is rarely repeated
# markup is remembered the second time it is seen: most dates and table cells occur once, and
# copying and holding their fragments cost more than it saves (hashes only, no text)
_SEEN: set[int] = set()
# id(style) -> (style, the fragment of plain text in it)
_PLAIN: dict[int, tuple[Any, Any]] = {}
# every character reportlab's cleaner strips or splits at besides the single space: its own list
# (``_wsc``: with zero-width space, without no-break space) and Python's white space
_PYTHON_SPACE = (" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                 "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_ODD_SPACE = re.compile("[" + re.escape("".join(sorted(
    (set(paragraph_module._wsc) | set(_PYTHON_SPACE)) - {" "}))) + "]")
_EDGE = ("", " ")
# markup by tag structure (no text of hers: tags and slot numbers) -> (style held, parsed style,
# fragments, [(fragment index, piece number)]) or None when the structure is not for slots
_SKELETONS: dict[tuple[str, int, Any], Any] = {}
_MAX_SKELETONS = 2_000
_MISSING = object()
_TAG = re.compile(r"(<[^<>]*>)")
_SIMPLE_TAG = re.compile(r'</?(?:b|i|font)>\Z|<br */>\Z|'
                         r'<font(?: +(?:name|color|size)="[^"<>&]*")+ *>\Z')
_SLOT_MARK = re.compile("[\ue000\ue001]")
_WHOLE_SLOT = re.compile("\ue000([0-9]+)\ue001")


def _copy(frag: Any) -> Any:
    cls: Any = type(frag)
    if cls.clone is ABag.clone and cls.__init__ is ABag.__init__:
        fresh = cls.__new__(cls)  # what clone() makes: ABag's __init__ only fills __dict__
        fresh.__dict__.update(frag.__dict__)
    else:
        fresh = frag.clone()
    state = fresh.__dict__
    for name, value in state.items():
        if isinstance(value, list):
            state[name] = list(value)
    return fresh


def _clean_already(text: str) -> bool:
    """Whether reportlab's ``cleanBlockQuotedText`` would return ``text`` unchanged: words
    separated by single spaces, no other white space (reportlab's own list and Python's),
    none at either end. One scan instead of splitting and joining every line of her text."""
    return (text[:1] not in _EDGE and text[-1:] not in _EDGE and "  " not in text
            and _ODD_SPACE.search(text) is None)


def _plain_frag(self: Any, style: Any, cleaner: Any) -> Any:
    """The fragment reportlab makes for plain text (no tag, no entity) in this style: parsed
    once from a one-letter text; only its ``text`` differs from text to text."""
    known = _PLAIN.get(id(style))
    if known is None or known[0] is not style:
        probe = Paragraph.__new__(Paragraph)
        probe.caseSensitive = self.caseSensitive
        _ORIGINAL_SETUP(probe, "x", style, None, None, cleaner)
        if len(probe.frags) != 1 or probe.style is not style or probe.frags[0].text != "x":
            return None
        known = _PLAIN[id(style)] = (style, probe.frags[0])
    return _copy(known[1])


def _setup(self: Any, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
    if (frags is None and isinstance(text, str) and "<" not in text and "&" not in text
            and not getattr(style, "textTransform", None)):
        # Plain text (most of her long texts: escaping makes < and & entities) needs no HTML
        # parser: the fragment is the style's plain fragment with this text.
        cleaned = text if cleaner is cleanBlockQuotedText and _clean_already(text) \
            else cleaner(text)
        frag = _plain_frag(self, style, cleaner) if cleaned.strip() else None
        if frag is not None:
            frag.text = cleaned
            self.text = cleaned
            self.frags = [frag]
            self.style = style
            self.bulletText = bulletText
            self.debug = 0
            return
    if frags is not None or not isinstance(text, str):
        _ORIGINAL_SETUP(self, text, style, bulletText, frags, cleaner)
        return
    if len(text) > _MAX_CHARS:
        if not _from_skeleton(self, text, style, bulletText, cleaner):
            _ORIGINAL_SETUP(self, text, style, bulletText, frags, cleaner)
        return
    key = (text, id(style), self.caseSensitive, cleaner)
    known = _PARSED.get(key)
    if known is not None and known[0] is style:
        self.text = known[1]
        self.frags = [_copy(f) for f in known[3]]
        self.style = known[2]
        self.bulletText = bulletText
        self.debug = 0
        return
    if not _from_skeleton(self, text, style, bulletText, cleaner):
        _ORIGINAL_SETUP(self, text, style, bulletText, frags, cleaner)
    if self.bulletText is not bulletText:  # markup with <bullet>: left to reportlab each time
        return
    sighting = hash(key)
    if sighting not in _SEEN:
        if len(_SEEN) >= 4 * _MAX_ENTRIES:
            _SEEN.clear()
        _SEEN.add(sighting)
        return
    if len(_PARSED) >= _MAX_ENTRIES:
        _PARSED.clear()
    _PARSED[key] = (style, self.text, self.style, [_copy(f) for f in self.frags])


def _from_skeleton(self: Any, text: str, style: Any, bulletText: Any, cleaner: Any) -> bool:
    """Markup of her text between simple tags (``<b>``, ``<i>``, ``<br/>``, ``<font …>``: the
    summary table's cells, the "Label: value" lines, entry stamps) is parsed once per tag
    structure: the fragments depend on the tags only, and each piece of text becomes the text of
    one fragment (``ParaParser.handle_data``). The structure is parsed with a numbered slot in
    place of each piece; the slots' fragments are copied and given the pieces. False when the
    markup is not of that kind (then reportlab parses it)."""
    if getattr(style, "textTransform", None) or "<" not in text:
        return False
    cleaned = text if cleaner is cleanBlockQuotedText and _clean_already(text) else cleaner(text)
    if "&" in cleaned or _SLOT_MARK.search(cleaned):  # entities: left to the parser
        return False
    parts = _TAG.split(cleaned)  # text, tag, text, tag, …, text
    tags = parts[1::2]
    if not all(map(_SIMPLE_TAG.match, tags)):
        return False
    pieces = parts[0::2]
    skeleton = "".join(
        f"\ue000{n}\ue001{tag}" if piece else tag
        for n, (piece, tag) in enumerate(zip(pieces, [*tags, ""], strict=True)))
    key = (skeleton, id(style), self.caseSensitive)
    known = _SKELETONS.get(key, _MISSING)
    if known is _MISSING or (known is not None and known[0] is not style):
        known = _parse_skeleton(self, skeleton, style)
        if len(_SKELETONS) >= _MAX_SKELETONS:
            _SKELETONS.clear()
        _SKELETONS[key] = known
    if known is None:
        return False
    _style, parsed_style, template, slots = known
    frags = [_copy(f) for f in template]
    for index, piece_no in slots:
        frags[index].text = pieces[piece_no]
    self.text = cleaned
    self.frags = frags
    self.style = parsed_style
    self.bulletText = bulletText
    self.debug = 0
    return True


def _parse_skeleton(self: Any, skeleton: str, style: Any) -> Any:
    """(style, parsed style, fragments, [(fragment index, piece number)]) of the skeleton, or
    None when its fragments are not one per slot with the slot as their whole text."""
    probe = Paragraph.__new__(Paragraph)
    probe.caseSensitive = self.caseSensitive
    try:
        _ORIGINAL_SETUP(probe, skeleton, style, None, None, _as_is)
    except ValueError:
        return None
    slots: list[tuple[int, int]] = []
    for index, frag in enumerate(probe.frags):
        text = getattr(frag, "text", "")
        found = _WHOLE_SLOT.fullmatch(text) if isinstance(text, str) else None
        if found is not None:
            slots.append((index, int(found.group(1))))
        elif not isinstance(text, str) or _SLOT_MARK.search(text) or getattr(
                frag, "textTransform", None):
            return None
    wanted = sorted(map(int, _WHOLE_SLOT.findall(skeleton)))
    if probe.bulletText is not None or sorted(n for _, n in slots) != wanted or any(
            getattr(f, "textTransform", None) for f in probe.frags):
        return None
    return style, probe.style, [_copy(f) for f in probe.frags], slots


def _as_is(text: str) -> str:
    return text


def install() -> None:
    """Idempotent; on reportlab's class so that every section's paragraphs benefit."""
    if Paragraph._setup is not _setup:
        Paragraph._setup = _setup  # type: ignore[method-assign]


def forget() -> None:
    """Drop the remembered markup (some of it is hers)."""
    _PARSED.clear()
    _SEEN.clear()
    _PLAIN.clear()
    _SKELETONS.clear()
