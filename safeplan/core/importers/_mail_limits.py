"""Limits for e-mail files, taken from what real mail looks like (issue 14.8).

A 42.5 MB mail of nested forwards took 3.4 GB of memory: every level was copied again as a
``forwarded.eml`` attachment. The copies are gone (only first-level forwards are copied; the raw
file holds the rest), and a file far outside real mail is refused with a named limit before the
work starts:

* size — the largest message a mainstream provider delivers is Exchange Online's 150 MB (Gmail
  25 MB of attachments, Yandex/Mail.ru 30 MB); base64 makes that ~200 MB on disk, so 200 MiB;
* forwarded mails inside forwarded mails (message/rfc822 depth) — real chains forward as quoted
  text; a forward of a forward as attachments rarely goes past 3 levels: 8;
* MIME nesting — real mailers nest mixed ⊃ related ⊃ alternative, about 4 levels: 24;
* parts — the largest real mail in the corpus has 329 parts (bulk statements): 2,000;
* declared boundaries / message/rfc822 markers, counted in the raw bytes before parsing, so a
  file built to make the parser itself slow is refused first: 1,000 each.
"""

from __future__ import annotations

import re
from email.message import Message

from safeplan.core.errors import LimitExceeded

MAX_SIZE = 200 << 20
MAX_FORWARD_DEPTH = 8
MAX_MIME_DEPTH = 24
MAX_PARTS = 2000
MAX_MARKERS = 1000
_COPY_LIMIT = 16 << 20  # a forwarded mail larger than this is not copied (the raw file holds it)
_BOUNDARY = re.compile(rb"boundary\s*=", re.I)
_RFC822 = re.compile(rb"message/rfc822", re.I)


class MailLimits:
    """Counts what one e-mail holds and refuses it, naming the limit, when it goes too far."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.parts = 0
        self.boundaries = 0
        self.forwards = 0
        self._tail = b""

    def _refuse(self, what: str, limit: str, found: int, maximum: int, where: str) -> None:
        raise LimitExceeded(f"{what}: {found}, more than the {maximum} real mail ever has",
                            limit=limit, found=found, maximum=maximum, where=where,
                            file_name=self.file_name)

    def check_size(self, size: int) -> None:
        if size > MAX_SIZE:
            self._refuse("e-mail file size in bytes", "email-size", size, MAX_SIZE, "file")

    def prescan(self, chunk: bytes) -> None:
        """Count boundary declarations and message/rfc822 markers in the next chunk of the raw
        file (a few bytes of the previous chunk are kept so a marker split between two chunks
        is counted once)."""
        data = self._tail + chunk
        keep = len(self._tail)
        self.boundaries += sum(1 for m in _BOUNDARY.finditer(data) if m.end() > keep)
        self.forwards += sum(1 for m in _RFC822.finditer(data) if m.end() > keep)
        self._tail = data[-32:]
        if self.boundaries > MAX_MARKERS:
            self._refuse("declared MIME boundaries", "email-parts", self.boundaries, MAX_MARKERS,
                         "file")
        if self.forwards > MAX_MARKERS:
            self._refuse("forwarded mails (message/rfc822)", "email-parts", self.forwards,
                         MAX_MARKERS, "file")

    def check_forward_depth(self, depth: int, where: str) -> None:
        if depth > MAX_FORWARD_DEPTH:
            self._refuse("forwarded mails nested inside each other", "email-forward-depth",
                         depth, MAX_FORWARD_DEPTH, where)

    def count_part(self, where: str, mime_depth: int) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            self._refuse("MIME parts", "email-parts", self.parts, MAX_PARTS, where)
        if mime_depth > MAX_MIME_DEPTH:
            self._refuse("MIME parts nested inside each other", "email-mime-depth", mime_depth,
                         MAX_MIME_DEPTH, where)

    @staticmethod
    def small(msg: Message) -> bool:
        """Whether a forwarded mail is small enough to keep a separate copy of."""
        size = 0
        for part in msg.walk():
            payload = part.get_payload()
            if isinstance(payload, str):
                size += len(payload)
                if size > _COPY_LIMIT:
                    return False
        return True
