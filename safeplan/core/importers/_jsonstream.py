"""A small incremental JSON reader for huge exports (Telegram result.json reaches hundreds of MB).

Only the outer structure is walked by hand; every message object is decoded by the C-accelerated
``json.JSONDecoder.raw_decode`` from a sliding buffer, so a 1 GB file never sits in memory whole.
Two known Telegram Desktop defects are repaired on the fly and counted (rule 4: never silently):
control characters written as the invalid escape ``\\xHH`` (rewritten to ``\\u00HH``), and ids that
an old version wrote unquoted (``"from_id": user123``).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from safeplan.core.errors import InvalidInput

from ._limits import depth_error

_READ = 1 << 20
_MAX_VALUE = 256 << 20  # one message larger than this is not a real export (memory guard)
_WS = re.compile(r"[ \t\n\r]*")
# A backslash run is consumed in pairs so that an escaped backslash followed by "x" is left alone.
_BAD_ESCAPE = re.compile(r"\\(\\|x([0-9a-fA-F]{2}))")
_UNQUOTED_HINT = re.compile(r'id"\s*:\s*[A-Za-z_]')
_UNQUOTED_ID = re.compile(
    r'(?<!\\)("(?:[a-z_]*_)?id"\s*:\s*)(?!true\b|false\b|null\b)([A-Za-z_][A-Za-z0-9_]*)'
    r"(?=\s*[,}\]])")


class JsonStream:
    """Cursor over a UTF-8 JSON byte stream with hand-walked containers and decoded leaf values."""

    def __init__(self, fh: BinaryIO, file_name: str) -> None:
        self._fh = fh
        self._file_name = file_name
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._decoder = json.JSONDecoder(strict=False)
        self._buf = ""
        self._pos = 0
        self._base = 0  # characters dropped from the front of the buffer
        self._carry = ""
        self._eof = False
        self._first = True
        self.bytes_read = 0
        self.escapes_fixed = 0
        self.ids_quoted = 0
        self.first_fix_at = -1

    # -- buffer ------------------------------------------------------------------------------
    def _fill(self) -> bool:
        if self._eof:
            return False
        raw = self._fh.read(_READ)
        self.bytes_read += len(raw)
        try:
            text = self._utf8.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"not UTF-8 text ({exc.reason})",
                               where=f"byte {self.bytes_read - len(raw) + exc.start}",
                               file_name=self._file_name) from None
        if self._first:
            text = text.removeprefix("\ufeff")
            self._first = False
        text = self._carry + text
        if raw:
            cut = self._safe_cut(text)
            text, self._carry = text[:cut], text[cut:]
        else:
            self._eof, self._carry = True, ""
        if "\\" in text:
            before = self.escapes_fixed
            text = _BAD_ESCAPE.sub(self._fix_escape, text)
            if self.escapes_fixed > before:
                self._note_fix()
        if _UNQUOTED_HINT.search(text):  # cheap literal-prefixed scan before the full pattern
            text, n = _UNQUOTED_ID.subn(r'\1"\2"', text)
            if n:
                self._note_fix()
                self.ids_quoted += n
        if self._pos > (4 << 20):
            self._base += self._pos
            self._buf = self._buf[self._pos:]
            self._pos = 0
        self._buf += text
        return True

    def _fix_escape(self, m: re.Match[str]) -> str:
        if m.group(2) is None:
            return m.group(0)
        self.escapes_fixed += 1
        return "\\u00" + m.group(2)

    def _note_fix(self) -> None:
        if self.first_fix_at < 0:
            self.first_fix_at = self._base + len(self._buf)

    @staticmethod
    def _safe_cut(text: str) -> int:
        """A split point that cuts no escape sequence and no ``"key": value`` pair in two."""
        cut = text.rfind(",")
        cut = cut + 1 if cut >= 0 else max(0, len(text) - 16)
        while cut > 0 and "\\" in text[max(0, cut - 7):cut]:
            cut -= 1
        return cut

    def _error(self, message: str, path: str, offset: int | None = None) -> InvalidInput:
        where = path or "$"
        if offset is not None:
            where = f"{where} (character {self._base + offset})"
        return InvalidInput(message, where=where, file_name=self._file_name)

    # -- tokens ------------------------------------------------------------------------------
    def skip_ws(self) -> None:
        while True:
            m = _WS.match(self._buf, self._pos)
            self._pos = m.end() if m else self._pos
            if self._pos < len(self._buf) or not self._fill():
                return

    def peek(self) -> str:
        self.skip_ws()
        return self._buf[self._pos] if self._pos < len(self._buf) else ""

    def expect(self, ch: str, path: str) -> None:
        got = self.peek()
        if got != ch:
            found = repr(got) if got else "end of file"
            raise self._error(f"expected {ch!r}, found {found}", path, self._pos)
        self._pos += 1

    def at_end(self) -> bool:
        return self.peek() == ""

    def read_value(self, path: str) -> Any:
        self.skip_ws()
        start = self._pos
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                near_end = exc.pos >= len(self._buf) - 8 or exc.msg.startswith("Unterminated")
                if not near_end or len(self._buf) - start > _MAX_VALUE:
                    raise self._error(exc.msg, path, exc.pos) from None
                if not self._fill():
                    # exc.msg alone reads "Unterminated string starting at" (position cut off):
                    # say what it means for a person — the export was cut short
                    raise self._error("the file ends in the middle of an entry (cut short?)",
                                      path, exc.pos) from None
                continue
            except RecursionError:
                raise depth_error(self._file_name, path) from None
            if end == len(self._buf) and self._fill():
                continue  # a number may continue in the next chunk
            self._pos = end
            return value

    def read_key(self, path: str) -> str:
        if self.peek() != '"':
            raise self._error("expected a quoted key", path, self._pos)
        key = self.read_value(path)
        self.expect(":", path)
        return str(key)

    def iter_object(self, path: str) -> Iterator[str]:
        """Yields each key; the caller must consume the value before asking for the next key."""
        self.expect("{", path)
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            yield self.read_key(path)
            ch = self.peek()
            self._pos += 1
            if ch == "}":
                return
            if ch != ",":
                raise self._error("expected ',' or '}'", path, self._pos - 1)

    def iter_array(self, path: str) -> Iterator[int]:
        """Yields each index; the caller must consume the element."""
        self.expect("[", path)
        if self.peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            ch = self.peek()
            self._pos += 1
            if ch == "]":
                return
            if ch != ",":
                raise self._error("expected ',' or ']'", f"{path}[{index - 1}]", self._pos - 1)
