"""Turning e-mail bytes into text honestly: declared charsets first, every guess and repair logged.

Issue 13.2: a single bad byte in a UTF-8 body used to send the whole text down a fallback chain
that "succeeded" with KOI8-R, producing mojibake that read as if it were the message. Now:

1. a declared (or aliased) charset wins; a few invalid sequences are replaced by U+FFFD and the
   repair log names each offset — the raw bytes stay in the kept original file;
2. only when the label is unknown, or the bytes contradict it throughout, is the charset guessed,
   by a detector (charset-normalizer), and the guess is flagged;
3. unlabelled 8-bit header bytes (raw UTF-8 or a local code page in a file name) are read as UTF-8
   when they are valid UTF-8, else by the detector — never silently as Latin-1.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from charset_normalizer import from_bytes

# Labels that real mail uses but Python does not know, mapped to the codec that reads them
# (WHATWG Encoding Standard aliases; the "-i"/"-e" suffixes only say how Hebrew/Arabic text was
# ordered, the bytes are ISO-8859-8/-6).
ALIASES = {
    "iso-8859-8-i": "iso-8859-8", "iso-8859-8-e": "iso-8859-8", "iso_8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6", "iso-8859-6-e": "iso-8859-6", "logical": "iso-8859-8",
    "visual": "iso-8859-8", "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic",
    "x-mac-roman": "mac-roman", "macintosh": "mac-roman", "windows-874": "cp874",
    "x-cp1250": "cp1250", "x-cp1251": "cp1251", "x-cp1252": "cp1252", "koi8-ru": "koi8-u",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949", "x-euc-tw": "big5", "x-sjis": "shift_jis", "shift-jis": "shift_jis",
    "x-user-defined": "latin-1", "ansi_x3.4-1968": "ascii", "unicode-1-1-utf-8": "utf-8",
}
_ASCII = ("", "us-ascii", "ascii", "ansi_x3.4-1968")
# Up to this many invalid sequences (and at most 1 in 200 bytes) count as damage inside text of
# the declared charset; more means the label is wrong and a detector decides.
_MAX_BAD = 32
_CYRILLIC_1BYTE = {"koi8-r": "cp1251", "cp1251": "koi8-r", "koi8-u": "cp1251"}

Note = Callable[[str], None]


def codec_for(label: str | None) -> str | None:
    """Python codec name for a MIME charset label (None when unknown or empty)."""
    name = (label or "").strip().strip('"').strip("'").lower()
    if name in ("", "unknown", "unknown-8bit", "x-unknown", "default"):
        return None
    name = ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL or other junk inside the label
        return None


def _lower_ratio(text: str) -> float:
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 1.0
    return sum(c.islower() for c in letters) / len(letters)


def decode_declared(data: bytes, codec: str) -> tuple[str, list[int]]:
    """Decode with ``codec``; each invalid sequence becomes U+FFFD. Returns text and byte offsets.

    Stops collecting offsets after ``_MAX_BAD`` (the caller then distrusts the label).
    """
    bad: list[int] = []
    out: list[str] = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(codec))
            return "".join(out), bad
        except UnicodeDecodeError as exc:
            out.append(data[pos:pos + exc.start].decode(codec, "replace"))
            out.append("\ufffd")
            bad.append(pos + exc.start)
            pos += max(exc.end, exc.start + 1)
            if len(bad) > _MAX_BAD:
                out.append(data[pos:].decode(codec, "replace"))
                return "".join(out), bad


def _cyrillic(data: bytes) -> tuple[str, str] | None:
    """Text in cp1251 or koi8-r when the 8-bit bytes read as Cyrillic words in exactly one of
    them. Both code pages map every high byte to a Cyrillic letter, but only the right one gives
    mostly lower-case letters (real text); a detector misreads short Cyrillic text (a file name,
    one sentence), the most common case for our users."""
    best: tuple[float, str, str] | None = None
    for codec in ("cp1251", "koi8-r"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 0x7F]
        letters = [c for c in high if "\u0400" <= c <= "\u04ff"]
        if not high or len(letters) * 10 < len(high) * 9:
            continue
        ratio = _lower_ratio(text)
        if ratio > 0.6 and (best is None or ratio > best[0]):
            best = (ratio, text, codec)
    return (best[1], best[2]) if best else None


_CYRILLIC_CODECS = {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5", "cp866"}
_MULTIBYTE = ("big5", "gb", "cp949", "euc", "shift_jis", "cp932", "johab", "hz", "iso2022",
              "utf_16", "utf_32")


def detect(data: bytes) -> tuple[str, str]:
    """Text and codec for bytes without a usable label: charset-normalizer, checked against the
    Cyrillic code pages by letter case (the detector reads short Russian text — a file name, one
    sentence — as Chinese or Japanese, and cannot tell cp1251 from koi8-r); latin-1 only as a last
    resort, and then it is named as such."""
    try:
        best = from_bytes(data).best()
    except (ValueError, LookupError, MemoryError):
        best = None
    encoding = best.encoding if best is not None and best.encoding else ""
    short = sum(b > 0x7F for b in data) < 256
    if not encoding or encoding in _CYRILLIC_CODECS or (short and encoding.startswith(_MULTIBYTE)):
        cyrillic = _cyrillic(data)
        if cyrillic is not None:
            return cyrillic
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("latin-1"), "latin-1"


_SHOWN = {"cp1251": "windows-1251", "cp1252": "windows-1252", "cp1250": "windows-1250"}


def decode_text(data: bytes, label: str | None, where: str, note: Note) -> str:
    """Bytes of a body or header → text, with every guess and repair passed to ``note``."""
    raw_label = (label or "").strip().strip('"').lower()
    eight_bit = any(b > 0x7F for b in data)
    if raw_label in _ASCII and not eight_bit:
        return data.decode("ascii")
    codec = None if raw_label in _ASCII else codec_for(raw_label)
    if codec is not None:
        text, bad = decode_declared(data, codec)
        if not bad:
            alt = _CYRILLIC_1BYTE.get(codec)
            if alt and _lower_ratio(text) < 0.4:
                other = data.decode(alt, "replace")
                if _lower_ratio(other) > 0.6:
                    note(f"labelled {raw_label} but reads as {alt}; decoded as {alt}")
                    return other
            return text
        if len(bad) <= _MAX_BAD and len(bad) * 200 <= max(len(data), 200):
            shown = ", ".join(str(b) for b in bad[:8]) + (" …" if len(bad) > 8 else "")
            note(f"{len(bad)} invalid {codec} byte sequence(s) at byte offset(s) {shown} of "
                 f"this part replaced by U+FFFD; the rest decoded as declared")
            return text
        guessed, chosen = detect(data)
        note(f"declared {raw_label} but {len(bad)}+ byte sequences are invalid in it; decoded as "
             f"{_SHOWN.get(chosen, chosen)} (a guess)")
        return guessed
    if eight_bit:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        else:
            note(f"charset {'unknown ' + raw_label if raw_label not in _ASCII else 'missing'}; "
                 "the bytes are valid UTF-8 and were decoded as UTF-8")
            return text
        guessed, chosen = detect(data)
        note(f"charset {'unknown ' + raw_label if raw_label not in _ASCII else 'missing'}; "
             f"decoded as {_SHOWN.get(chosen, chosen)} (a guess)")
        return guessed
    note(f"unknown charset label {raw_label}; the text is plain ASCII")
    return data.decode("ascii")
