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
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from safeplan.core.errors import InvalidInput

from ._builder import DocumentBuilder, Ticker, hash_file, normalise_number, stable_id
from ._time import instant, iso, resolve_zone
from .base import CancelledFn, ImportBatch, ProgressFn

_READ = 1 << 20
_SURROGATE_PAIR = re.compile(
    rb"&#(?:x([dD][89abAB][0-9a-fA-F]{2})|(5[5-6]\d{3}));&#(?:x([dD][c-fC-F][0-9a-fA-F]{2})|(5[6-7]\d{3}));")
_LONE_SURROGATE = re.compile(rb"&#(?:x([dD][89a-fA-F][0-9a-fA-F]{2})|(5[5-7]\d{3}));")
_OUTGOING_SMS = {"2", "3", "4", "5", "6"}
_FROM, _TO = "137", "151"


@dataclass
class _Record:
    kind: str
    index: int
    attrs: dict[str, str]
    parts: list[dict[str, str]] = field(default_factory=list)
    addrs: list[dict[str, str]] = field(default_factory=list)


class _RepairFilter:
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
                 cancelled: CancelledFn | None, salvage: bool) -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        sha, size = hash_file(path)
        self.b = DocumentBuilder("sms-xml", "sms", "sms-backup-xml", path, sha, size)
        self.ticker = Ticker(progress, cancelled, size)
        self.salvage = salvage
        self.media: dict[str, tuple[int, int, str]] = {}  # att id -> (mms index, part, sha)
        self._reader: Generator[_Record, None, None] | None = None
        self._reader_at = -1

    def parse(self) -> ImportBatch:
        repair = _RepairFilter()
        try:
            for rec in _walk(self.path, repair, self.ticker):
                if rec.kind == "sms":
                    self._sms(rec)
                else:
                    self._mms(rec)
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

    def _when(self, attrs: dict[str, str], where: str) -> tuple[float, str]:
        raw = attrs.get("date", "")
        if not raw.isdigit():
            raise InvalidInput("date is not a time (milliseconds since 1970)", where=f"{where}.date")
        ts = int(raw) / 1000
        return ts, iso(instant(ts, self.zone))

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
        self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact", tz_known=True,
            direction="outgoing" if outgoing else "incoming",
            sender="" if outgoing else (name or number), sender_id="" if outgoing else number,
            recipient=(name or number) if outgoing else "", conversation=number, text=body,
            original_id=stable_id(address, a.get("date"), sms_type, body), location=where,
            service="draft" if sms_type == "3" else "", extra=extra)

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
            blob = _b64(data, f"{where}.parts[{j}]")
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
        self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact", tz_known=True,
            direction="outgoing" if outgoing else "incoming",
            sender="" if outgoing else (sender_name or (names[0] if names else sender_id)),
            sender_id=sender_id, recipient=conversation if outgoing else "",
            conversation=conversation, text=body,
            original_id=stable_id(address, a.get("date"), a.get("msg_box"), a.get("m_id"), body),
            location=where, attachment_ids=attachment_ids, extra=extra)

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
    try:
        return base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        raise InvalidInput("attachment data is not valid base64", where=where) from None


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None, salvage: bool = False) -> ImportBatch:
    return SmsXmlParser(path, tz=tz, progress=progress, cancelled=cancelled,
                        salvage=salvage).parse()
