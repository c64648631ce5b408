"""Collects one parse into an open-format document plus its summary (shared by every importer).

Rule 1 (keep the raw evidence): the export file itself becomes attachment ``raw`` with the SHA-256
computed before parsing, and every message carries ``source`` — kind, base file name, that hash, a
re-export-stable ``original_id``, the import time and where in the file it came from.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from safeplan.core.errors import Cancelled, InvalidInput
from safeplan.core.i18n import QT_TRANSLATE_NOOP, Catalogue

from ._time import in_utc_range, iso
from .base import (
    CancelledFn,
    ImportBatch,
    ImportSummary,
    MissingMedia,
    Opener,
    Participant,
    ProgressFn,
    Repair,
    Unreadable,
    participant_key_of,
)

_CHUNK = 1 << 20
# The context of the importers' words. A name, not a literal, in the lookup below: lupdate reads
# ``obj.tr("importers", text)`` as a string "importers" to translate in a context «obj» (it filed
# one under «self._catalogue», a context no code ever looks up).
_CONTEXT = "importers"
# The words of an "unreadable item" entry (issue 13.4). They become journal text at import time, in
# the language the importer was given (``DocumentBuilder.lang``); lupdate finds them here.
_UNREADABLE_WITH_BYTES = QT_TRANSLATE_NOOP(
    "importers", "{item}{who}{when}: could not be read ({reason}). The original bytes are kept "
    "unchanged as the attachment \u201c{file}\u201d (SHA-256 {sha}).")
_UNREADABLE_NO_BYTES = QT_TRANSLATE_NOOP(
    "importers", "{item}{who}{when}: could not be read ({reason}). It stays in the original "
    "export file, which is kept unchanged ({where}).")
_FROM = QT_TRANSLATE_NOOP("importers", " from {sender}")
_UNREADABLE_CAPTION = QT_TRANSLATE_NOOP(
    "importers", "Original bytes of an item that could not be read ({where}), kept as found")
_RAW_CAPTION = QT_TRANSLATE_NOOP("importers", "Original export file, kept byte for byte")
# A place in a text export, as the sentences above name it ("line 4", "lines 1-2"): the parser's
# own ``where`` stays English (it is a locator, part of ids and the summary), the entry's words
# follow her language — «Сообщение (line 4)» was English inside a Russian sentence.
_LINE = QT_TRANSLATE_NOOP("importers", "line {n}")
_LINES = QT_TRANSLATE_NOOP("importers", "lines {first}-{last}")
_PLACE = re.compile(r"line (?P<n>\d+)|lines (?P<first>\d+)-(?P<last>\d+)")


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the raw bytes, read before anything is decoded (evidence integrity)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def hash_stream(fh: BinaryIO) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := fh.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def stable_id(*parts: object) -> str:
    """sha256 over unit-separated parts: an id that survives a re-export of the same data."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


def guess_media_type(file_name: str) -> str:
    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def normalise_number(raw: str) -> str:
    """Keep short codes and alphanumeric senders; unify +375/80…, +7/8…, 00… phone numbers."""
    s = raw.strip()
    digits = re.sub(r"[\s\-().\u00a0]", "", s)
    if not re.fullmatch(r"\+?\d{7,15}", digits):
        return s
    if digits.startswith("+"):
        return digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if len(digits) == 11 and digits.startswith("80"):
        return "+375" + digits[2:]   # Belarusian domestic format 80 29 …
    if len(digits) == 11 and digits.startswith("8"):
        return "+7" + digits[1:]     # Russian domestic format 8 9xx …
    if len(digits) == 12 and digits.startswith("375"):
        return "+" + digits
    return digits



def _bytes_opener(data: bytes) -> Opener:
    return lambda: io.BytesIO(data)


class Ticker:
    """Progress and cancel checks for long parses (Cancel leaves nothing written)."""

    def __init__(self, progress: ProgressFn | None, cancelled: CancelledFn | None,
                 total: int) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = total
        self._calls = 0

    def tick(self, done: int, *, force: bool = False) -> None:
        self._calls += 1
        if not force and self._calls % 256:
            return
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("import cancelled")
        if self._progress is not None:
            self._progress(min(done, self.total), self.total)


class DocumentBuilder:
    """Accumulates messages, attachments, participants and repairs for one source file."""

    def __init__(self, fmt: str, channel: str, source_kind: str, path: Path,
                 file_sha256: str, file_size: int) -> None:
        self.channel = channel
        self.source_kind = source_kind
        self.file_name = path.name
        self.file_sha256 = file_sha256
        self.imported_at = iso(datetime.now(UTC).astimezone())
        self.messages: list[dict[str, Any]] = []
        self.attachments: list[dict[str, Any]] = []
        self.openers: dict[str, Opener] = {}
        self.summary = ImportSummary(format=fmt, file_name=path.name, file_sha256=file_sha256,
                                     file_size=file_size)
        self._participants: dict[str, Participant] = {}
        self._shared: dict[str, str] = {}
        self._conversations: dict[str, None] = {}
        self._first: tuple[float, str] | None = None
        self._last: tuple[float, str] | None = None
        self.lang = "en"  # language of the words the importer itself writes into entries
        self._catalogue: Catalogue | None = None

    # -- raw evidence and attachments -------------------------------------------------------
    def add_raw_source(self, path: Path) -> str:
        return self.add_attachment(
            path.name, lambda: path.open("rb"), size=self.summary.file_size,
            sha256=self.file_sha256, caption=self.tr(_RAW_CAPTION),
            att_id="raw")

    def add_attachment(self, file_name: str, opener: Opener, *, size: int, sha256: str,
                       media_type: str | None = None, taken_at: str | None = None,
                       caption: str = "", att_id: str | None = None,
                       extra: dict[str, Any] | None = None) -> str:
        att_id = att_id or f"a{len(self.attachments) + 1}"
        if not in_utc_range(taken_at):  # a photo's odd EXIF date must not block the import
            self.repair(file_name, f"the date {taken_at} is out of range and was left out")
            taken_at = None
        entry: dict[str, Any] = {
            "id": att_id, "file_name": file_name,
            "media_type": media_type or guess_media_type(file_name),
            "size": size, "sha256": sha256, "taken_at": taken_at, "caption": caption,
        }
        if extra:
            entry.update(extra)
        self.attachments.append(entry)
        self.openers[att_id] = opener
        if att_id != "raw":
            self.summary.attachment_count += 1
        return att_id

    # -- facts ------------------------------------------------------------------------------
    def repair(self, where: str, what: str) -> None:
        self.summary.repairs.append(Repair(where, what))

    def missing(self, where: str, kind: str, detail: str = "") -> None:
        self.summary.missing_media.append(MissingMedia(where, kind, detail))

    def participant(self, key: str, name: str, platform_id: str = "") -> Participant:
        p = self._participants.get(key)
        if p is None:
            p = Participant(key=key, name=name, platform_id=platform_id)
            self._participants[key] = p
        elif name and not p.name:
            p.name = name
        return p

    def add_message(self, *, ts: float | None, sent_at: str | None, precision: str,
                    tz_known: bool, sender: str, sender_id: str, conversation: str, text: str,
                    original_id: str, location: str, direction: str | None = None,
                    recipient: str = "", service: str = "",
                    attachment_ids: Iterable[str] = (), extra: dict[str, Any] | None = None,
                    conversation_id: str = "") -> dict[str, Any]:
        if not in_utc_range(sent_at):
            raise InvalidInput(f"the time {sent_at} is out of range", where=location,
                               file_name=self.file_name)
        # One shared string per distinct sender/number: 100,000 messages from one person would
        # otherwise hold 100,000 copies of the same name (memory target of the import benchmark).
        shared = self._shared
        sender = shared.setdefault(sender, sender)
        sender_id = shared.setdefault(sender_id, sender_id)
        conversation = shared.setdefault(conversation, conversation)
        msg: dict[str, Any] = {
            "id": f"m{len(self.messages) + 1}", "sent_at": sent_at, "precision": precision,
            "channel": self.channel, "direction": direction,
            "sender": sender, "conversation": conversation, "text": text,
            "source": {"kind": self.source_kind, "file_name": self.file_name,
                       "file_sha256": self.file_sha256, "original_id": original_id,
                       "imported_at": self.imported_at, "location": location,
                       # order within the file: same-minute messages sort by it (export, PDF)
                       "position": len(self.messages)},
        }
        # Empty optional fields are left out (the format's default): ≤ ten keys keep each message
        # dict in CPython's smaller table size, a fifth less memory for a 100k-message import.
        if conversation_id:  # a stable chat id: de-duplication survives a renamed chat
            msg["source"]["conversation_id"] = shared.setdefault(conversation_id, conversation_id)
        if not tz_known:  # INTERCHANGE.md: only a time whose zone was assumed carries it
            msg["tz_known"] = False
        if sender_id:
            msg["sender_id"] = sender_id
        ids = list(attachment_ids)
        if ids:
            msg["attachment_ids"] = ids
        if service:
            msg["service"] = service
        if recipient:
            msg["recipient"] = recipient
        if extra:
            msg.update(extra)
        self.messages.append(msg)
        self._conversations.setdefault(conversation)
        key = participant_key_of(msg)
        if key:
            self.participant(key, sender, sender_id).message_count += 1
        if service:
            self.summary.service_count += 1
        if ts is not None and sent_at is not None:
            if self._first is None or ts < self._first[0]:
                self._first = (ts, sent_at)
            if self._last is None or ts > self._last[0]:
                self._last = (ts, sent_at)
        return msg

    def tr(self, text: str) -> str:
        """``text`` (marked with QT_TRANSLATE_NOOP("importers", …)) in ``self.lang``."""
        if self.lang == "en":
            return text
        if self._catalogue is None or self._catalogue.lang != self.lang:
            self._catalogue = Catalogue.load(self.lang)
        return self._catalogue.tr(_CONTEXT, text)

    def place(self, where: str) -> str:
        """``where`` as the entry's words say it: "line 4" → «строка 4»; other places as given."""
        found = _PLACE.fullmatch(where)
        if found is None or self.lang == "en":
            return where
        if found["n"]:
            return self.tr(_LINE).format(n=found["n"])
        return self.tr(_LINES).format(first=found["first"], last=found["last"])

    def add_unreadable(self, *, where: str, item: str, reason: str, data: bytes | None = None,
                       file_name: str = "", media_type: str | None = None,
                       ts: float | None = None, sent_at: str | None = None,
                       precision: str = "exact", tz_known: bool = True, sender: str = "",
                       sender_id: str = "", conversation: str = "", direction: str | None = None,
                       recipient: str = "", original_id: str = "",
                       shown_sender: str = "") -> dict[str, Any]:
        """Issue 13.4: record one unreadable item as a visible journal entry of its own.

        The import stays one transaction, but a damaged part no longer refuses the whole file:
        the entry says what it was, where and why it failed; ``data`` (the item's bytes exactly
        as the export holds them, e.g. the invalid base64 text) is kept as an attachment with its
        hash; the entry's ``source`` carries ``"unreadable": true`` and ``where``; the summary
        lists it in ``unreadable`` (not in ``message_count``). ``shown_sender`` is how the
        sentence names the sender (e.g. name and number) when it differs from ``sender``.
        Returns the message dict.
        """
        att_id: str | None = None
        file_label = file_name or f"unreadable-{len(self.summary.unreadable) + 1}.bin"
        sha = ""
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
            att_id = self.add_attachment(
                file_label, _bytes_opener(data), size=len(data), sha256=sha,
                media_type=media_type or "application/octet-stream",
                caption=self.tr(_UNREADABLE_CAPTION).format(where=self.place(where)),
                extra={"source_location": where, "unreadable": True})
        who = self.tr(_FROM).format(sender=shown_sender or sender) if shown_sender or sender \
            else ""
        when = f", {sent_at[:16].replace('T', ' ')}" if sent_at else ""
        template = _UNREADABLE_WITH_BYTES if att_id else _UNREADABLE_NO_BYTES
        text = self.tr(template).format(item=item, who=who, when=when, reason=reason,
                                        file=file_label, sha=sha[:16],
                                        where=self.place(where))
        msg = self.add_message(
            ts=ts, sent_at=sent_at, precision=precision, tz_known=tz_known, sender=sender,
            sender_id=sender_id, conversation=conversation, text=text,
            original_id=original_id or stable_id(self.file_sha256, "unreadable", where),
            location=where, direction=direction, recipient=recipient,
            attachment_ids=[att_id] if att_id else (),
            extra={"unreadable": {"item": item, "reason": reason, "where": where}})
        msg["source"]["unreadable"] = True
        self.summary.unreadable.append(Unreadable(where, item, reason, msg["id"], att_id))
        self.summary.warnings.append(f"{where}: {item} could not be read ({reason}); "
                                     "imported as an entry saying so, original bytes kept")
        return msg

    # -- result -----------------------------------------------------------------------------
    def finish(self, survivor_key: str | None = None, reason: str = "",
               on_close: Callable[[], None] | None = None) -> ImportBatch:
        s = self.summary
        s.message_count = len(self.messages) - len(s.unreadable)
        s.first_at = self._first[1] if self._first else None
        s.last_at = self._last[1] if self._last else None
        s.conversations = list(self._conversations)
        s.participants = list(self._participants.values())
        if survivor_key not in self._participants:
            survivor_key, reason = None, ""
        s.survivor_key, s.survivor_reason = survivor_key, reason
        for p in s.participants:
            p.is_survivor = p.key == survivor_key
        for msg in self.messages:
            if msg["direction"] is None:
                key = participant_key_of(msg)
                outgoing = survivor_key is not None and key == survivor_key
                msg["direction"] = "outgoing" if outgoing else "incoming"
        document: dict[str, Any] = {
            "format": "safeplan-journal", "version": 1, "exported_at": self.imported_at,
            "people": [], "messages": self.messages, "attachments": self.attachments,
            "import_summary": {"format": s.format, "file_name": s.file_name,
                               "file_sha256": s.file_sha256, "date_pattern": s.date_pattern,
                               "tz": s.tz, "tz_source": s.tz_source,
                               "date_order": s.date_order,
                               "date_order_source": s.date_order_source,
                               "repairs": [[r.where, r.what] for r in s.repairs],
                               "missing_media": [[m.where, m.kind, m.detail]
                                                 for m in s.missing_media],
                               "unreadable": [[u.where, u.item, u.reason]
                                              for u in s.unreadable]},
        }
        return ImportBatch(document, s, self.openers, on_close)
