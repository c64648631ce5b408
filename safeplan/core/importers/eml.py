"""E-mail (.eml, RFC 5322): headers, text/HTML bodies, attachments, forwarded message/rfc822.

The raw bytes are hashed before anything is decoded. ``Date:`` is written by the sender's machine
and may be wrong, so the first ``Received:`` time (written by the survivor's own provider) is kept
beside it; when ``Date:`` is missing the Received time is used and marked approximate, and a mail
with no time at all imports with an unknown time she can correct (issue 13.7). Charsets lie: see
``_mail_text`` for the decoding rules. Bodies: an empty alternative falls back to the next one,
HTML-only mail becomes readable text and its HTML part is kept as an attachment (issue 13.1).
A forwarded part that cannot be read becomes an "unreadable item" entry (issue 13.4).
Hostile files meet limits taken from real mail (``_mail_limits``, issue 14.8).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from email.errors import (
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
    MessageError,
)
from email.feedparser import BytesFeedParser
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from safeplan.core.errors import InvalidInput

from ._builder import DocumentBuilder, Ticker, guess_media_type, hash_file, stable_id
from ._html import html_to_text
from ._mail_limits import MailLimits
from ._mail_parts import (
    Body,
    When,
    best_alternative,
    decoded_opener,
    first_address,
    parse_date,
    safe_name,
)
from ._mail_text import decode_text
from ._time import in_utc_range, iso, localize, resolve_zone
from .base import CancelledFn, ImportBatch, ProgressFn, TimezoneNeeded

_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|отв|пересл|ha)\s*(\[\d+\])?:\s*)+", re.I)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_CHUNK = 1 << 20
# Base64 that lost bytes (cut off, wrong padding): decoded output is not the original file.
# Stray characters alone (InvalidBase64CharactersDefect) are skipped by every decoder, harmlessly.
_BROKEN_BASE64 = (InvalidBase64PaddingDefect, InvalidBase64LengthDefect)
_HEADERS = ("from", "date", "received", "message-id", "subject", "to", "return-path",
            "delivered-to", "newsgroups", "mime-version")


class EmlParser:
    def __init__(self, path: Path, *, tz: str | None, progress: ProgressFn | None,
                 cancelled: CancelledFn | None, lang: str = "en") -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        sha, size = hash_file(path)  # rule: hash the raw bytes before decoding anything
        self.limits = MailLimits(path.name)
        self.limits.check_size(size)
        self.b = DocumentBuilder("eml", "email", "email-eml", path, sha, size)
        self.b.lang = lang
        self.ticker = Ticker(progress, cancelled, size)
        self.time_sources: dict[str, int] = {}
        self._damaged: list[tuple[str, str, str, bytes]] = []

    # -- text decoding with flags ------------------------------------------------------------
    def decode(self, data: bytes, charset: str | None, where: str) -> str:
        return decode_text(data, charset, where, lambda what: self.b.repair(where, what))

    def header(self, msg: Message, name: str, where: str) -> str:
        # raw_items gives the undecoded value; get() would already have replaced 8-bit bytes
        # (or, for some headers, returns an email.header.Header object — issue 13.3).
        raw = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
        if raw is None:
            return ""
        raw = _FOLD.sub("", str(raw))
        if any("\udc80" <= c <= "\udcff" for c in raw):  # unlabelled 8-bit header bytes
            return self.decode(raw.encode("ascii", "surrogateescape"), None, f"{where}.{name}")
        return self._encoded_words(raw, f"{where}.{name}")

    def _encoded_words(self, raw: str, where: str) -> str:
        try:
            chunks = decode_header(raw)
        except (ValueError, LookupError, TypeError, AssertionError, MessageError):
            return raw
        return "".join(self.decode(v, c, where) if isinstance(v, bytes) else v for v, c in chunks)

    # -- structure ---------------------------------------------------------------------------
    def parse(self) -> ImportBatch:
        try:
            msg = self._read()
            present = {k.lower() for k in msg.keys()}
            if len(present & set(_HEADERS)) < 2 or not (present & {"from", "date", "received"}):
                raise InvalidInput("not an e-mail (no From/Date/Received headers)", where="headers")
            self.survivor = self._survivor(msg)
            if self.survivor:
                self.b.participant(self.survivor, self.survivor, self.survivor)
            self._message(msg, "message", depth=0, parent=None)
        except RecursionError:
            raise InvalidInput("e-mail nested too deeply", where="message") from None
        self._describe_times()
        self.b.add_raw_source(self.path)
        reason = "Delivered-To / To of the exported mailbox" if self.survivor else ""
        return self.b.finish(self.survivor or None, reason)

    def _read(self) -> Message:
        """Feed the file to the parser in chunks: the whole raw file is never held beside the
        parsed tree, the limits are counted on the way, and Cancel answers during the read."""
        parser = BytesFeedParser()
        done = 0
        with self.path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                self.limits.prescan(chunk)
                parser.feed(chunk)
                done += len(chunk)
                self.ticker.tick(done, force=True)
        return parser.close()

    def _describe_times(self) -> None:
        s = self.b.summary
        s.tz_known = all(m.get("tz_known", True) for m in self.b.messages)
        used_zone = self.zone is not None and not s.tz_known
        s.tz = self.zone.key if used_zone and self.zone else "offset in the Date header"
        s.tz_source = "user" if used_zone else "file"
        words = {"date": "RFC 5322 Date (sender's clock)",
                 "received": "first Received (provider's clock; no Date), approximate",
                 "forwarding": "no Date: not later than the forwarding mail, approximate",
                 "unknown": "no time in the mail: unknown, to be corrected"}
        used = [f"{words[k]} ×{n}" for k, n in self.time_sources.items()]
        s.date_pattern = "; ".join(used) + "; first Received kept beside it"

    def _survivor(self, msg: Message) -> str:
        for name in ("Delivered-To", "X-Original-To", "To"):
            addrs = getaddresses([self.header(msg, name, "message")])
            if addrs and addrs[0][1]:
                return addrs[0][1].lower()
        return ""

    def _message(self, msg: Message, where: str, *, depth: int, parent: When | None,
                 forwarded_by: str = "") -> None:
        self.limits.check_forward_depth(depth, where)
        subject = self.header(msg, "Subject", where)
        from_name, from_addr = first_address(self.header(msg, "From", where))
        to = self.header(msg, "To", where)
        message_id = self.header(msg, "Message-ID", where).strip()
        attachment_ids: list[str] = []
        nested: list[tuple[Message, str]] = []
        self._damaged = []
        if msg.get_content_type() == "message/rfc822":  # the whole body is a forwarded mail
            self._forwarded(msg, where, attachment_ids, nested, depth)
            pieces: list[Body] = []
        else:
            pieces = self._walk(msg, where, attachment_ids, nested, depth, 0)
        damaged, self._damaged = self._damaged, []
        for piece in pieces:
            if piece.html is not None:  # issue 13.1: the HTML the text was read from is kept
                html = piece.html.get_payload(decode=True)
                self._attach(piece.html, piece.where, attachment_ids,
                             html if isinstance(html, bytes) else b"", "body.html")
        text = "\n\n".join(p.text for p in pieces)
        when = self._times(msg, where, parent)
        self.time_sources[when.source] = self.time_sources.get(when.source, 0) + 1
        extra: dict[str, Any] = {"subject": subject}
        if when.received:
            extra["received_at"] = when.received
        if when.source != "date":
            extra["time_source"] = when.source
        if message_id:
            extra["message_id"] = message_id
        if forwarded_by:
            extra["forwarded_from"] = from_name or from_addr
        self.b.add_message(
            ts=when.ts, sent_at=when.sent_at, precision=when.precision, tz_known=when.tz_known,
            sender=from_name or from_addr, sender_id=from_addr.lower(), recipient=to,
            conversation=_SUBJECT_PREFIX.sub("", subject).strip() or "(no subject)",
            text=text, original_id=message_id or stable_id(self.b.file_sha256, where),
            location=where, attachment_ids=attachment_ids, extra=extra)
        sender = from_name or from_addr
        for part_where, name, ctype, encoded in damaged:
            self.b.add_unreadable(
                where=part_where, item=f"The attachment {name} ({ctype}) of the e-mail "
                f"\u201c{subject or '(no subject)'}\u201d",
                reason="its base64 data is damaged (cut off or padded wrongly)", data=encoded,
                file_name=f"{name}.base64.txt", media_type="text/plain", ts=when.ts,
                sent_at=when.sent_at, precision=when.precision, tz_known=when.tz_known,
                sender=sender, sender_id=from_addr.lower(),
                conversation=_SUBJECT_PREFIX.sub("", subject).strip() or "(no subject)")
        for part, part_where in nested:
            try:
                self._message(part, part_where, depth=depth + 1, parent=when,
                              forwarded_by=from_addr)
            except InvalidInput as exc:
                if exc.kind != "invalid-input" or isinstance(exc, TimezoneNeeded):
                    raise  # a safety limit refuses the file; a missing zone is asked for
                self._unreadable_forward(part, part_where, exc, when, from_name or from_addr)

    def _unreadable_forward(self, part: Message, where: str, exc: InvalidInput, parent: When,
                            forwarder: str) -> None:
        data = part.as_bytes() if self.limits.small(part) else None
        self.b.add_unreadable(
            where=where, item="A forwarded e-mail", reason=str(exc.args[0]), data=data,
            file_name="forwarded.eml", media_type="message/rfc822", ts=parent.ts,
            sent_at=parent.sent_at, precision="approximate", tz_known=parent.tz_known,
            sender=forwarder, conversation="(forwarded)")

    def _forwarded(self, part: Message, where: str, ids: list[str],
                   nested: list[tuple[Message, str]], depth: int) -> None:
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            nested.append((inner[0], f"{where}.forwarded"))
            if depth == 0 and self.limits.small(inner[0]):  # deeper copies are in the raw file
                self._attach(part, where, ids, inner[0].as_bytes(), "forwarded.eml")

    def _walk(self, msg: Message, where: str, ids: list[str], nested: list[tuple[Message, str]],
              depth: int, mime_depth: int) -> list[Body]:
        self.limits.count_part(where, mime_depth)
        if msg.is_multipart():
            payload = msg.get_payload()
            if not isinstance(payload, list):
                return []
            choices: list[list[Body]] = []
            for i, part in enumerate(payload):
                if not isinstance(part, Message):
                    continue
                part_where = f"{where}.part[{i}]"
                if part.get_content_type() == "message/rfc822":
                    self._forwarded(part, part_where, ids, nested, depth)
                    continue
                choices.append(self._walk(part, part_where, ids, nested, depth, mime_depth + 1))
            if msg.get_content_subtype() == "alternative":
                return best_alternative(choices)
            return [body for pieces in choices for body in pieces]
        ctype = msg.get_content_type()
        filename = self._filename(msg, where)
        disposition = str(next((v for k, v in msg.raw_items()
                                if k.lower() == "content-disposition"), "")).lower()
        payload = msg.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        broken = any(isinstance(d, _BROKEN_BASE64) for d in msg.defects)
        body = ctype in ("text/plain", "text/html") and not filename and \
            "attachment" not in disposition
        if broken and not body:  # issue 13.4: a damaged attachment is an entry of its own
            encoded = msg.get_payload(decode=False)
            self._damaged.append((where, filename or f"part{len(ids) + 1}", ctype,
                                  str(encoded).encode("ascii", "replace")))
            return []
        if broken:
            self.b.repair(where, "the base64 data of this text is damaged (cut off or padded "
                                 "wrongly); what could be decoded is shown, the raw file keeps all")
        if body:
            text = self.decode(data, msg.get_content_charset(), where)
            if ctype == "text/plain":
                return [Body(text, where)] if text.strip() else []
            converted = html_to_text(text)
            return [Body(converted, where, html=msg)] if converted.strip() else []
        self._attach(msg, where, ids, data, filename or f"part{len(ids) + 1}")
        return []

    def _filename(self, msg: Message, where: str) -> str:
        """The part's file name from Content-Disposition or Content-Type: raw 8-bit bytes, RFC
        2047 encoded words and RFC 2231 forms (``get_filename`` crashed on raw bytes, 13.3)."""
        for header, param in (("Content-Disposition", "filename"), ("Content-Type", "name")):
            raw = next((v for k, v in msg.raw_items() if k.lower() == header.lower()), None)
            if raw is None:
                continue
            text = _FOLD.sub("", str(raw))
            if any("\udc80" <= c <= "\udcff" for c in text):  # raw 8-bit bytes in the header
                text = self.decode(text.encode("ascii", "surrogateescape"), None,
                                   f"{where}.{param}")
            probe = Message()
            probe[header] = text
            try:
                value = probe.get_param(param, None, header)
            except (AttributeError, TypeError, ValueError, LookupError, MessageError):
                value = None
            if value is None:
                continue
            if isinstance(value, tuple):  # RFC 2231: (charset, language, text)
                charset, _lang, encoded = value
                data = str(encoded).encode("latin-1", "surrogateescape")
                return safe_name(self.decode(data, charset or None, f"{where}.{param}"))
            return safe_name(self._encoded_words(str(value), f"{where}.{param}"))
        return ""

    def _attach(self, part: Message, where: str, ids: list[str], data: bytes, name: str) -> None:
        cid = self.header(part, "Content-ID", where).strip("<> ")
        caption = f"inline image cid:{cid}" if cid else ""
        if name.lower() == "winmail.dat":
            self.b.summary.warnings.append(f"{where}: winmail.dat (Outlook TNEF) kept unopened")
        sha = hashlib.sha256(data).hexdigest()
        ids.append(self.b.add_attachment(
            name, decoded_opener(part, data, sha), size=len(data), sha256=sha,
            media_type=part.get_content_type() or guess_media_type(name), caption=caption,
            extra={"source_location": where}))

    def _times(self, msg: Message, where: str, parent: When | None) -> When:
        received = ""
        received_dt: datetime | None = None
        first = self.header(msg, "Received", where)
        if ";" in first:
            received_dt = parse_date(first.rsplit(";", 1)[1])
            if received_dt is not None and received_dt.tzinfo is not None:
                received = iso(received_dt)
            else:
                received_dt = None
        date = parse_date(self.header(msg, "Date", where))
        if date is not None and not in_utc_range(iso(date)):  # e.g. year 9999 at -12:00
            self.b.repair(f"{where}.Date", f"the Date {iso(date)} is out of range and was not used")
            date = None
        if date is None:
            return self._no_date(where, received_dt, received, parent)
        if date.tzinfo is None:
            if self.zone is None:
                raise TimezoneNeeded("the Date header has no zone; choose the sender's zone (--tz)",
                                     where=f"{where}.Date", file_name=self.path.name)
            date = localize(date, self.zone, where, self.b.summary.repairs)
            tz_known = False
        else:
            tz_known = True
        if received_dt is not None:
            skew = (received_dt - date).total_seconds()
            if skew < -300 or skew > 86400:
                self.b.summary.warnings.append(
                    f"{where}: Date and the first Received time differ by {int(skew)} s")
        return When(date.timestamp(), iso(date), "exact", tz_known, "date", received)

    def _no_date(self, where: str, received_dt: datetime | None, received: str,
                 parent: When | None) -> When:
        if received_dt is not None:
            self.b.repair(f"{where}.Date", "Date missing or unreadable; the time the provider "
                                           "received it (first Received header) is used, marked "
                                           "approximate")
            return When(received_dt.timestamp(), received, "approximate", True, "received",
                         received)
        if parent is not None and parent.sent_at is not None:
            self.b.repair(f"{where}.Date", "the forwarded mail has no Date; it was sent no later "
                                           "than the mail forwarding it, whose time is used, "
                                           "marked approximate")
            return When(parent.ts, parent.sent_at, "approximate", parent.tz_known, "forwarding")
        self.b.repair(f"{where}.Date", "no Date and no Received time: imported with an unknown "
                                       "time that can be corrected in the journal")
        self.b.summary.warnings.append(f"{where}: the mail holds no time at all; its time is "
                                       "unknown until you set it")
        return When(None, None, "approximate", True, "unknown")


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None, lang: str = "en") -> ImportBatch:
    return EmlParser(path, tz=tz, progress=progress, cancelled=cancelled, lang=lang).parse()
