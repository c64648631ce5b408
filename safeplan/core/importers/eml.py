"""E-mail (.eml, RFC 5322): headers, text/HTML bodies, attachments, forwarded message/rfc822.

The raw bytes are hashed before anything is decoded. ``Date:`` is written by the sender's machine
and may be wrong, so the first ``Received:`` time (written by the survivor's own provider) is kept
beside it. Charsets lie (windows-1251 labelled koi8-r, unlabelled 8-bit headers): text is decoded
with a fallback chain and every guess is flagged in the repair log; the raw file is kept.
"""

from __future__ import annotations

import email
import hashlib
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.errors import MessageError
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

from safeplan.core.errors import InvalidInput

from ._builder import DocumentBuilder, Ticker, guess_media_type, hash_file, stable_id
from ._html import html_to_text
from ._time import iso, localize, resolve_zone
from .base import CancelledFn, ImportBatch, ProgressFn, TimezoneNeeded

_MAX_EMAIL = 200 << 20
_FALLBACK = ("utf-8", "windows-1251", "koi8-r", "latin-1")
_CYRILLIC_1BYTE = {"koi8-r": "windows-1251", "windows-1251": "koi8-r", "cp1251": "koi8-r",
                   "koi8-u": "windows-1251"}
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|отв|пересл|ha)\s*(\[\d+\])?:\s*)+", re.I)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_HEADERS = ("from", "date", "received", "message-id", "subject", "to", "return-path",
            "delivered-to", "newsgroups", "mime-version")


def _lower_ratio(text: str) -> float:
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 1.0
    return sum(c.islower() for c in letters) / len(letters)


class EmlParser:
    def __init__(self, path: Path, *, tz: str | None, progress: ProgressFn | None,
                 cancelled: CancelledFn | None) -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        sha, size = hash_file(path)  # rule: hash the raw bytes before decoding anything
        if size > _MAX_EMAIL:
            raise InvalidInput("e-mail file too large", file_name=path.name)
        self.b = DocumentBuilder("eml", "email", "email-eml", path, sha, size)
        self.ticker = Ticker(progress, cancelled, size)

    # -- text decoding with flags ------------------------------------------------------------
    def decode(self, data: bytes, charset: str | None, where: str) -> str:
        label = (charset or "").lower().strip('"')
        if label in ("", "us-ascii", "ascii") and any(b > 0x7F for b in data):
            label = ""
        if label:
            try:
                text = data.decode(label)
            except (LookupError, ValueError):  # unknown label, bad bytes, NUL in the label
                text = None
            if text is not None:
                alt = _CYRILLIC_1BYTE.get(label)
                if alt and _lower_ratio(text) < 0.4:
                    other = data.decode(alt)
                    if _lower_ratio(other) > 0.6:
                        self.b.repair(where, f"labelled {label} but reads as {alt}; decoded as {alt}")
                        return other
                return text
        for guess in _FALLBACK:
            try:
                text = data.decode(guess)
            except UnicodeDecodeError:
                continue
            if guess != "utf-8" and _lower_ratio(text) < 0.4 and guess == "windows-1251":
                continue  # koi8-r next in the chain reads Cyrillic case correctly
            if any(b > 0x7F for b in data):
                self.b.repair(where, f"charset {'unknown ' + label if label else 'missing'}; "
                                     f"decoded as {guess} (a guess)")
            return text
        return data.decode("latin-1")

    def header(self, msg: Message, name: str, where: str) -> str:
        # raw_items gives the undecoded value; get() would already have replaced 8-bit bytes.
        raw = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
        if raw is None:
            return ""
        raw = _FOLD.sub("", str(raw))
        if any("\udc80" <= c <= "\udcff" for c in raw):  # unlabelled 8-bit header bytes
            return self.decode(raw.encode("ascii", "surrogateescape"), None, f"{where}.{name}")
        try:
            chunks = decode_header(raw)
        except (ValueError, LookupError, TypeError, AssertionError, MessageError):
            return raw
        out = []
        for value, charset in chunks:
            if isinstance(value, bytes):
                out.append(self.decode(value, charset, f"{where}.{name}"))
            else:
                out.append(value)
        return "".join(out)

    # -- structure ---------------------------------------------------------------------------
    def parse(self) -> ImportBatch:
        raw = self.path.read_bytes()
        try:
            msg = email.message_from_bytes(raw)
            present = {k.lower() for k in msg.keys()}
            if len(present & set(_HEADERS)) < 2 or not (present & {"from", "date", "received"}):
                raise InvalidInput("not an e-mail (no From/Date/Received headers)", where="headers")
            self.survivor = self._survivor(msg)
            if self.survivor:
                self.b.participant(self.survivor, self.survivor, self.survivor)
            self._message(msg, "message")
        except RecursionError:
            raise InvalidInput("e-mail nested too deeply", where="message") from None
        self.ticker.tick(len(raw), force=True)
        s = self.b.summary
        s.tz_known = all(m.get("tz_known", True) for m in self.b.messages)
        used_zone = self.zone is not None and not s.tz_known
        s.tz = self.zone.key if used_zone and self.zone else "offset in the Date header"
        s.tz_source = "user" if used_zone else "file"
        s.date_pattern = "RFC 5322 Date (sender's clock) + first Received (provider)"
        self.b.add_raw_source(self.path)
        reason = "Delivered-To / To of the exported mailbox" if self.survivor else ""
        return self.b.finish(self.survivor or None, reason)

    def _survivor(self, msg: Message) -> str:
        for name in ("Delivered-To", "X-Original-To", "To"):
            addrs = getaddresses([self.header(msg, name, "message")])
            if addrs and addrs[0][1]:
                return addrs[0][1].lower()
        return ""

    def _message(self, msg: Message, where: str, *, forwarded_by: str = "") -> None:
        subject = self.header(msg, "Subject", where)
        from_name, from_addr = _first_address(self.header(msg, "From", where))
        to = self.header(msg, "To", where)
        message_id = self.header(msg, "Message-ID", where).strip()
        texts: list[str] = []
        html: list[str] = []
        attachment_ids: list[str] = []
        nested: list[tuple[Message, str]] = []
        self._walk(msg, where, texts, html, attachment_ids, nested)
        text = "\n\n".join(t for t in texts if t) if texts else "\n\n".join(
            html_to_text(h) for h in html)
        ts, sent_at, tz_known, received = self._times(msg, where)
        extra: dict[str, Any] = {"subject": subject}
        if received:
            extra["received_at"] = received
        if message_id:
            extra["message_id"] = message_id
        if forwarded_by:
            extra["forwarded_from"] = from_name or from_addr
        original = message_id or stable_id(self.b.file_sha256, where)
        sender_key = from_addr.lower()
        self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact", tz_known=tz_known,
            sender=from_name or from_addr, sender_id=sender_key, recipient=to,
            conversation=_SUBJECT_PREFIX.sub("", subject).strip() or "(no subject)",
            text=text, original_id=original, location=where, attachment_ids=attachment_ids,
            extra=extra)
        for part, part_where in nested:
            self._message(part, part_where, forwarded_by=from_addr)

    def _walk(self, msg: Message, where: str, texts: list[str], html: list[str],
              attachment_ids: list[str], nested: list[tuple[Message, str]]) -> None:
        if msg.is_multipart():
            payload = msg.get_payload()
            if not isinstance(payload, list):
                return
            for i, part in enumerate(payload):
                if not isinstance(part, Message):
                    continue
                part_where = f"{where}.part[{i}]"
                if part.get_content_type() == "message/rfc822":
                    inner = part.get_payload()
                    if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                        nested.append((inner[0], part_where))
                        self._attach(part, part_where, attachment_ids,
                                     inner[0].as_bytes(), "forwarded.eml")
                    continue
                self._walk(part, part_where, texts, html, attachment_ids, nested)
            return
        ctype = msg.get_content_type()
        filename = msg.get_filename()
        disposition = (msg.get("Content-Disposition") or "").lower()
        payload = msg.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if ctype in ("text/plain", "text/html") and not filename and "attachment" not in disposition:
            text = self.decode(data, msg.get_content_charset(), where)
            (texts if ctype == "text/plain" else html).append(text)
            return
        name = self._filename(filename, where) if filename else ""
        self._attach(msg, where, attachment_ids, data, name or f"part{len(attachment_ids) + 1}")

    def _filename(self, filename: str, where: str) -> str:
        if any("\udc80" <= c <= "\udcff" for c in filename):
            return self.decode(filename.encode("ascii", "surrogateescape"), None, where)
        try:
            chunks = decode_header(filename)
        except (ValueError, LookupError, TypeError, AssertionError, MessageError):
            return filename
        return "".join(self.decode(v, c, where) if isinstance(v, bytes) else v
                       for v, c in chunks)

    def _attach(self, part: Message, where: str, ids: list[str], data: bytes, name: str) -> None:
        cid = (part.get("Content-ID") or "").strip("<> ")
        caption = f"inline image cid:{cid}" if cid else ""
        if name.lower() == "winmail.dat":
            self.b.summary.warnings.append(f"{where}: winmail.dat (Outlook TNEF) kept unopened")
        ids.append(self.b.add_attachment(
            name, _bytes_opener(data), size=len(data), sha256=hashlib.sha256(data).hexdigest(),
            media_type=part.get_content_type() or guess_media_type(name), caption=caption,
            extra={"source_location": where}))

    def _times(self, msg: Message, where: str) -> tuple[float | None, str | None, bool, str]:
        received = ""
        received_dt: datetime | None = None
        first = msg.get("Received")
        if first is not None and ";" in str(first):
            received_dt = _parse_date(str(first).rsplit(";", 1)[1])
            if received_dt is not None and received_dt.tzinfo is not None:
                received = iso(received_dt)
        date = _parse_date(self.header(msg, "Date", where))
        if date is None:
            date = received_dt
            if date is None:
                raise InvalidInput("no readable Date or Received time", where=f"{where}.Date")
            self.b.repair(f"{where}.Date", "Date missing or unreadable; the Received time was used")
        if date.tzinfo is None:
            if self.zone is None:
                raise TimezoneNeeded("the Date header has no zone; choose the sender's zone (--tz)",
                                     where=f"{where}.Date", file_name=self.path.name)
            date = localize(date, self.zone, where, self.b.summary.repairs)
            tz_known = False
        else:
            tz_known = True
        if received_dt is not None and received_dt.tzinfo is not None:
            skew = (received_dt - date).total_seconds()
            if skew < -300 or skew > 86400:
                self.b.summary.warnings.append(
                    f"{where}: Date and the first Received time differ by {int(skew)} s")
        return date.timestamp(), iso(date), tz_known, received


def _parse_date(value: str) -> datetime | None:
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


def _first_address(value: str) -> tuple[str, str]:
    try:
        pairs = getaddresses([value])
    except (ValueError, IndexError, TypeError, MessageError):
        return value, ""
    return pairs[0] if pairs else ("", "")


def _bytes_opener(data: bytes) -> Callable[[], io.BytesIO]:
    return lambda: io.BytesIO(data)


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None) -> ImportBatch:
    return EmlParser(path, tz=tz, progress=progress, cancelled=cancelled).parse()
