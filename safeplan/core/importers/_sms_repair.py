"""Byte-level pre-pass for SMS Backup & Restore XML (logged repairs, MESSAGE_FORMATS.md).

Emoji written as two surrogate character references (strict parsers reject them) are joined, a
lone surrogate reference becomes U+FFFD, and a raw newline inside an attribute (XML would turn it
into a space, silently changing the text) becomes a character reference.
"""

from __future__ import annotations

import re

from safeplan.core.errors import InvalidInput

_SURROGATE_PAIR = re.compile(
    rb"&#(?:x([dD][89abAB][0-9a-fA-F]{2})|(5[5-6]\d{3}));&#(?:x([dD][c-fC-F][0-9a-fA-F]{2})|(5[6-7]\d{3}));")
_LONE_SURROGATE = re.compile(rb"&#(?:x([dD][89a-fA-F][0-9a-fA-F]{2})|(5[5-7]\d{3}));")


class RepairFilter:
    """Byte-level pre-pass; the buffer is always cut right before a ``<`` so no tag is split."""

    def __init__(self) -> None:
        self.carry = b""
        self.pairs_joined = 0
        self.lone_replaced = 0
        self.newlines_kept = 0

    def feed(self, raw: bytes, final: bool) -> bytes:
        data = self.carry + raw
        cut = len(data) if final else data.rfind(b"<")
        if cut <= 0:
            self.carry = data
            return b""
        seg, self.carry = data[:cut], data[cut:]
        if b"<!ENTITY" in seg:
            raise InvalidInput("entity declarations are not allowed in a message backup",
                               where="DOCTYPE")
        if b"&#" in seg:
            seg, n = _SURROGATE_PAIR.subn(_join_pair, seg)
            self.pairs_joined += n
            seg = _LONE_SURROGATE.sub(self._lone, seg)
        if b"\n" in seg:
            seg = self._keep_newlines(seg)
        return seg

    def _lone(self, m: re.Match[bytes]) -> bytes:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if not 0xD800 <= code <= 0xDFFF:
            return m.group(0)
        self.lone_replaced += 1
        return b"&#65533;"

    def _keep_newlines(self, seg: bytes) -> bytes:
        """A newline inside a quoted attribute becomes ``&#10;`` so the text keeps its line break."""
        out: list[bytes] = []
        start = 0
        pos = seg.find(b"\n")
        while pos >= 0:
            tag = seg.rfind(b"<", 0, pos)
            # Raw "<" cannot occur inside an attribute value, so the last "<" starts this tag;
            # an odd number of quotes since then means the newline sits inside a value.
            if tag >= 0 and seg.count(b'"', tag, pos) % 2:
                end_cr = pos - 1 if pos > 0 and seg[pos - 1:pos] == b"\r" else pos
                out.append(seg[start:end_cr])
                out.append(b"&#13;&#10;" if end_cr != pos else b"&#10;")
                self.newlines_kept += 1
                start = pos + 1
            pos = seg.find(b"\n", pos + 1)
        out.append(seg[start:])
        return b"".join(out)


def _join_pair(m: re.Match[bytes]) -> bytes:
    hi = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    lo = int(m.group(3), 16) if m.group(3) else int(m.group(4))
    if not (0xD800 <= hi <= 0xDBFF and 0xDC00 <= lo <= 0xDFFF):
        return m.group(0)
    return b"&#%d;" % (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
