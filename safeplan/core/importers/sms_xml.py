"""SMS Backup & Restore (Android) XML: ``<smses>`` of ``<sms>`` and ``<mms>`` (parts, addrs).

Files reach gigabytes (MMS media as base64), so the file is fed in chunks to an expat pull parser
and each record is dropped once read; MMS media are not kept in memory but re-read from the file
when ``open_attachment`` is called, checked against the hash taken during the preview. Two defects
of real backups are repaired before parsing and logged: emoji written as two surrogate character
references (strict parsers reject them) and raw newlines inside attributes (XML turns them into
spaces, silently changing the message text).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from safeplan.core.errors import InvalidInput

from ._builder import DocumentBuilder, Ticker, hash_file, normalise_number, stable_id
from ._sms_repair import RepairFilter as _RepairFilter
from ._time import in_utc_range, instant, iso, resolve_zone
from .base import CancelledFn, ImportBatch, ProgressFn

_READ = 1 << 20
_OUTGOING_SMS = {"2", "3", "4", "5", "6"}
_FROM, _TO = "137", "151"


@dataclass
class _Record:
    kind: str
    index: int
    attrs: dict[str, str]
    parts: list[dict[str, str]] = field(default_factory=list)
    addrs: list[dict[str, str]] = field(default_factory=list)


def _walk(path: Path, repair: _RepairFilter, ticker: Ticker | None
          ) -> Generator[_Record, None, None]:
    """Yield every <sms>/<mms> in file order, dropping each element once it has been read."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    root: Element | None = None
    depth = 0
    counts = {"sms": 0, "mms": 0}
    done = 0
    with path.open("rb") as fh:
        while True:
            raw = fh.read(_READ)
            done += len(raw)
            try:
                parser.feed(repair.feed(raw, final=not raw))
                if not raw:
                    parser.close()
                events = list(parser.read_events())
            except (LookupError, ValueError) as exc:  # e.g. an unknown encoding declaration
                raise InvalidInput(f"unreadable XML ({exc})", where="line 1") from None
            except ParseError as exc:
                position: tuple[int, int] = getattr(exc, "position", (0, 0))
                line, col = position
                raise InvalidInput(f"damaged XML ({str(exc).split(':')[0]})",
                                   where=f"line {line}, column {col}") from None
            for pair in events:
                event, item = pair[0], pair[-1]
                if not isinstance(item, Element):
                    continue
                elem = item
                if event == "start":
                    depth += 1
                    if depth == 1:
                        root = elem
                        if elem.tag != "smses":
                            raise InvalidInput("not an SMS backup (root is not <smses>)",
                                               where=f"<{elem.tag}>")
                    continue
                depth -= 1
                if depth != 1 or root is None:
                    continue
                if elem.tag in counts:
                    rec = _Record(elem.tag, counts[elem.tag], dict(elem.attrib))
                    counts[elem.tag] += 1
                    if elem.tag == "mms":
                        rec.parts = [dict(p.attrib) for p in elem.iter("part")]
                        rec.addrs = [dict(a.attrib) for a in elem.iter("addr")]
                    yield rec
                root.clear()
            if ticker is not None:
                ticker.tick(done, force=True)  # once per 1 MB read: Cancel answers promptly
            if not raw:
                return


def _value(attrs: dict[str, str], key: str) -> str:
    """SMS Backup & Restore writes the literal string "null" for missing values."""
    v = attrs.get(key, "")
    return "" if v == "null" else v


def _ms_or_s(value: str) -> float | None:
    """MMS date_sent is in seconds while dates elsewhere are milliseconds: decide by magnitude."""
    if not value.isdigit() or int(value) == 0:
        return None
    n = int(value)
    return n / 1000 if n >= 100_000_000_000 else float(n)


class SmsXmlParser:
    def __init__(self, path: Path, *, tz: str | None, progress: ProgressFn | None,
                 cancelled: CancelledFn | None, salvage: bool, lang: str = "en") -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        sha, size = hash_file(path)
        self.b = DocumentBuilder("sms-xml", "sms", "sms-backup-xml", path, sha, size)
        self.b.lang = lang
        self.ticker = Ticker(progress, cancelled, size)
        self.salvage = salvage
        self.media: dict[str, tuple[int, int, str]] = {}  # att id -> (mms index, part, sha)
        self._reader: Generator[_Record, None, None] | None = None
        self._reader_at = -1

    def parse(self) -> ImportBatch:
        repair = _RepairFilter()
        try:
            for rec in _walk(self.path, repair, self.ticker):
                try:
                    if rec.kind == "sms":
                        self._sms(rec)
                    else:
                        self._mms(rec)
                except InvalidInput as exc:  # issue 13.4: one record never blocks the backup
                    self._unreadable_record(rec, exc)
        except InvalidInput as exc:
            if not self.salvage or not self.b.messages:
                raise
            self.b.repair(exc.where, f"file damaged here ({exc.args[0]}); the "
                                     f"{len(self.b.messages)} complete records before it were kept")
            self.b.summary.warnings.append("the backup is damaged or cut off; later messages are lost")
        if repair.pairs_joined:
            self.b.repair("file", f"{repair.pairs_joined} split surrogate character reference "
                                  "pair(s) joined into one character")
        if repair.lone_replaced:
            self.b.repair("file", f"{repair.lone_replaced} lone surrogate reference(s) replaced "
                                  "by U+FFFD")
        if repair.newlines_kept:
            self.b.repair("file", f"{repair.newlines_kept} raw line break(s) inside attributes "
                                  "kept as line breaks (a parser would turn them into spaces)")
        s = self.b.summary
        s.tz = self.zone.key if self.zone else "UTC"
        s.tz_source = "user" if self.zone else "file"
        s.date_pattern = "date = UTC milliseconds; MMS date_sent in seconds"
        s.direction_from_file = True
        self.b.add_raw_source(self.path)
        return self.b.finish(None, "", on_close=self._close_reader)

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _when(self, attrs: dict[str, str], where: str) -> tuple[float | None, str | None]:
        """UTC milliseconds → (seconds, ISO time); (None, None) when the date cannot be read —
        the record still imports, with an unknown time she can correct (recorded as a repair)."""
        raw = attrs.get("date", "")
        if raw.isdigit():
            ts = int(raw) / 1000
            try:
                sent_at = iso(instant(ts, self.zone))
            except InvalidInput:
                sent_at = None
            if in_utc_range(sent_at) and sent_at is not None:
                return ts, sent_at
        self.b.repair(f"{where}.date", f"date {raw[:40]!r} is not a time (milliseconds since "
                                       "1970); imported with an unknown time")
        return None, None

    def _provenance(self, msg: dict[str, Any], attrs: dict[str, str]) -> None:
        """Keep the phone's own time values to the millisecond (issue 13.8): ``sent_at`` is
        written to the second like every other time, so same-second order and the exact value
        live in the source record."""
        for key, name in (("date", "date_ms"), ("date_sent", "date_sent_raw")):
            value = attrs.get(key, "")
            if value.isdigit():
                msg["source"][name] = int(value)

    def _unreadable_record(self, rec: _Record, exc: InvalidInput) -> None:
        where = f"{rec.kind}[{rec.index}]"
        number = normalise_number(_value(rec.attrs, "address").split("~")[0])
        ts, sent_at = None, None
        if rec.attrs.get("date", "").isdigit():
            ts, sent_at = self._when(rec.attrs, where)
        self.b.add_unreadable(
            where=where, item="An MMS" if rec.kind == "mms" else "An SMS",
            reason=str(exc.args[0]), ts=ts, sent_at=sent_at, sender=number, sender_id=number,
            conversation=number, direction=None)

    def _sms(self, rec: _Record) -> None:
        a = rec.attrs
        where = f"sms[{rec.index}]"
        ts, sent_at = self._when(a, where)
        address = a.get("address", "")
        number = normalise_number(_value(a, "address"))
        name = _value(a, "contact_name")
        name = "" if name == "(Unknown)" else name
        sms_type = a.get("type", "")
        body = a.get("body", "")
        if body == "null":
            self.b.missing(where, "null-body", "body recorded as null")
            body = ""
        outgoing = sms_type in _OUTGOING_SMS
        self.b.participant(number, name or number, number)
        extra: dict[str, Any] = {"address_raw": address, "sms_type": sms_type}
        sent = _ms_or_s(a.get("date_sent", ""))
        if sent is not None:
            extra["date_sent_at"] = iso(instant(sent, self.zone))
        msg = self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact" if sent_at else "approximate", tz_known=True,
            direction="outgoing" if outgoing else "incoming",
            sender="" if outgoing else (name or number), sender_id="" if outgoing else number,
            recipient=(name or number) if outgoing else "", conversation=number, text=body,
            original_id=stable_id(address, a.get("date"), sms_type, body), location=where,
            service="draft" if sms_type == "3" else "", extra=extra)
        self._provenance(msg, a)

    def _mms(self, rec: _Record) -> None:
        a = rec.attrs
        where = f"mms[{rec.index}]"
        ts, sent_at = self._when(a, where)
        outgoing = a.get("msg_box", "1") != "1"
        address = a.get("address", "")
        numbers = [normalise_number(x) for x in _value(a, "address").split("~") if x]
        conversation = ", ".join(numbers)
        names = [n.strip() for n in _value(a, "contact_name").split(",") if n.strip()]
        frm = [normalise_number(x["address"]) for x in rec.addrs
               if x.get("type") == _FROM and x.get("address")]
        sender_id = "" if outgoing else (frm[0] if frm else (numbers[0] if numbers else ""))
        for i, num in enumerate(numbers):
            self.b.participant(num, names[i] if i < len(names) else num, num)
        texts: list[str] = []
        attachment_ids: list[str] = []
        damaged: list[tuple[int, str, str, str, str]] = []
        for j, part in enumerate(rec.parts):
            ct = part.get("ct", "")
            if ct == "application/smil":
                continue
            text = _value(part, "text")
            if ct.startswith("text/") and "data" not in part:
                texts.append(text)
                continue
            data = part.get("data")
            label = _value(part, "cl") or _value(part, "name") or f"part_{j}"
            if data is None:
                self.b.missing(f"{where}.parts[{j}]", "media-not-in-backup", label)
                continue
            try:
                blob = _b64(data, f"{where}.parts[{j}]")
            except InvalidInput as exc:
                damaged.append((j, label, ct, str(exc.args[0]), data))
                continue
            sha = hashlib.sha256(blob).hexdigest()
            att = self.b.add_attachment(label, self._opener_for(len(self.b.attachments)),
                                        size=len(blob), sha256=sha, media_type=ct or None)
            self.media[att] = (rec.index, j, sha)
            attachment_ids.append(att)
        body = "\n".join(texts)
        subject = _value(a, "sub")
        extra: dict[str, Any] = {"address_raw": address, "msg_box": a.get("msg_box", "")}
        if subject:
            extra["subject"] = subject
        sent = _ms_or_s(a.get("date_sent", ""))
        if sent is not None:
            extra["date_sent_at"] = iso(instant(sent, self.zone))
        sender_name = next((p.name for p in self.b.summary.participants if p.key == sender_id), "")
        sender = "" if outgoing else (sender_name or (names[0] if names else sender_id))
        msg = self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact" if sent_at else "approximate", tz_known=True,
            direction="outgoing" if outgoing else "incoming", sender=sender,
            sender_id=sender_id, recipient=conversation if outgoing else "",
            conversation=conversation, text=body,
            original_id=stable_id(address, a.get("date"), a.get("msg_box"), a.get("m_id"), body),
            location=where, attachment_ids=attachment_ids, extra=extra)
        self._provenance(msg, a)
        for j, label, ct, reason, data in damaged:
            shown = f"{sender} ({sender_id})" if sender and sender_id and sender != sender_id \
                else (sender or sender_id)
            lost = self.b.add_unreadable(
                where=f"{where}.parts[{j}]",
                item=f"Part {j + 1} of {len(rec.parts)} of an MMS ({_kind(ct)} {label})",
                reason=f"{_kind(ct)} is damaged: {reason}", data=data.encode("utf-8"),
                file_name=f"{label}.base64.txt", media_type="text/plain", ts=ts, sent_at=sent_at,
                precision="exact" if sent_at else "approximate", sender=sender,
                shown_sender=shown,
                sender_id=sender_id, conversation=conversation,
                direction="outgoing" if outgoing else "incoming",
                original_id=stable_id(msg["source"]["original_id"], "part", j))
            self._provenance(lost, a)

    def _opener_for(self, position: int) -> Any:
        att_id = f"a{position + 1}"

        def opener() -> BinaryIO:
            return self._extract(att_id)
        return opener

    def _extract(self, att_id: str) -> BinaryIO:
        """Re-read one MMS part from the file (no plaintext spooled anywhere) and check its hash."""
        index, part, sha = self.media[att_id]
        if self._reader is None or index <= self._reader_at:
            self._reader = _walk(self.path, _RepairFilter(), None)  # restart: asked out of order
        for rec in self._reader:
            if rec.kind == "mms":
                self._reader_at = rec.index
            if rec.kind == "mms" and rec.index == index:
                blob = _b64(rec.parts[part].get("data", ""), f"mms[{index}].parts[{part}]")
                if hashlib.sha256(blob).hexdigest() != sha:
                    break
                return io.BytesIO(blob)
        raise InvalidInput("the backup file changed since it was read", where=f"mms[{index}]",
                           file_name=self.path.name)


def _b64(data: str, where: str) -> bytes:
    """Strict base64 (line breaks allowed): a lenient decoder silently drops stray characters
    and would turn a damaged picture into different bytes presented as the original."""
    try:
        return base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("its data is not valid base64", where=where) from None


def _kind(ct: str) -> str:
    """What an MMS part is, in words for the unreadable-item entry."""
    major = ct.split("/", 1)[0].lower()
    return {"image": "the picture", "video": "the video", "audio": "the recording",
            "text": "the text"}.get(major, "the file")


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None, salvage: bool = False,
          lang: str = "en") -> ImportBatch:
    return SmsXmlParser(path, tz=tz, progress=progress, cancelled=cancelled,
                        salvage=salvage, lang=lang).parse()
