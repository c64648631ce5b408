"""Small pieces of the e-mail importer: body pieces, chosen times, dates, names, openers."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.errors import MessageError
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from safeplan.core.errors import InvalidInput


class Body:
    """One readable piece of a message body; ``html`` is the HTML part it was converted from."""

    __slots__ = ("html", "text", "where")

    def __init__(self, text: str, where: str, html: Message | None = None) -> None:
        self.text, self.where, self.html = text, where, html


class When:
    """The time chosen for one message and where it came from (stored honestly, issue 13.7)."""

    def __init__(self, ts: float | None, sent_at: str | None, precision: str, tz_known: bool,
                 source: str, received: str = "") -> None:
        self.ts, self.sent_at, self.precision, self.tz_known = ts, sent_at, precision, tz_known
        self.source, self.received = source, received


def best_alternative(choices: list[list[Body]]) -> list[Body]:
    """multipart/alternative: the first plain-text rendering that holds text; else the first
    rendering that holds any (an HTML part read as text); an empty one never wins (issue 13.1)."""
    for pieces in choices:
        if pieces and all(p.html is None for p in pieces):
            return pieces
    return next((pieces for pieces in choices if pieces), [])


def parse_date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None and "-0000" in value:
        parsed = parsed.replace(tzinfo=UTC)  # RFC 5322: UTC, local zone not disclosed
    return parsed


def safe_name(name: str) -> str:
    """A file name without folders: ``1234/../../1234.txt`` must never name a path anywhere."""
    base = re.split(r"[/\\]", name.replace("\x00", ""))[-1].strip()
    return "" if base in ("", ".", "..") else base


def first_address(value: str) -> tuple[str, str]:
    try:
        pairs = getaddresses([value])
    except (ValueError, IndexError, TypeError, MessageError):
        return value, ""
    return pairs[0] if pairs else ("", "")


def decoded_opener(part: Message, data: bytes, sha: str) -> Callable[[], io.BytesIO]:
    """Decode again when the bytes are written: one decoded copy of every attachment held for the
    whole preview would double the memory of a large mail. Small parts keep their bytes."""
    if len(data) < 64 * 1024 or part.get_content_type() == "message/rfc822":
        return lambda: io.BytesIO(data)

    def opener() -> io.BytesIO:
        again = part.get_payload(decode=True)
        blob = again if isinstance(again, bytes) else b""
        if hashlib.sha256(blob).hexdigest() != sha:  # pragma: no cover - parsed tree is immutable
            raise InvalidInput("an attachment changed while importing")
        return io.BytesIO(blob)
    return opener
