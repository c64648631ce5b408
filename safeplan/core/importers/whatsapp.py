"""WhatsApp "Export chat" (.txt, or the .zip with media) from Android and iOS, any locale.

The file has no zone, no ids and no escaping. The date pattern (day/month order, year digits,
seconds, 12/24 h) is decided from the whole file — a field above 12, then dates that must not run
backwards — and stored in the provenance. Senders are resolved against the set of participants,
because names and Russian system lines both contain ": ". iOS records end with CRLF while a bare
LF is a line break inside a message.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import QT_TRANSLATE_NOOP

from . import _limits
from ._builder import DocumentBuilder, Ticker, hash_file, normalise_number, stable_id
from ._time import iso, localize, resolve_zone
from ._wa_dates import ORDERS, OrderDecision, decide_order, hour_24, match_header, pattern, ymd
from ._wa_source import ChatSource
from ._wa_text import Meaning, classify, norm
from .base import CancelledFn, ImportBatch, ProgressFn, TimezoneNeeded

# Words of "could not be read" entries (DocumentBuilder.tr: in the language she uses).
_ITEM_MESSAGE = QT_TRANSLATE_NOOP("importers", "The message at {where}")
_ITEM_PREAMBLE = QT_TRANSLATE_NOOP("importers", "Text before the first dated line ({where})")
_REASON_BYTES = QT_TRANSLATE_NOOP("importers", "most of its bytes are not valid UTF-8 text")
_REASON_UNDATED = QT_TRANSLATE_NOOP("importers", "it has no date and no sender")
_PHONE = re.compile(r"\+?[\d][\d \-()\u00a0]{5,20}\d")
_MAX_TEXT = 512 << 20


@dataclass
class _Record:
    first_line: int
    last_line: int
    when: datetime
    seconds: bool
    rest: str           # original text after the header, first line
    rest_norm: str
    more: list[str] = field(default_factory=list)


class WhatsAppParser:
    def __init__(self, path: Path, *, tz: str | None, progress: ProgressFn | None,
                 cancelled: CancelledFn | None, date_order: str | None) -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        date_order = date_order.upper() if date_order else None
        if date_order is not None and date_order not in ORDERS:
            raise InvalidInput(f"date order must be one of {', '.join(ORDERS)}",
                               where="date_order", file_name=path.name)
        self.forced_order = date_order
        self.order = OrderDecision("DMY", "file")
        sha, size = hash_file(path)
        self.b = DocumentBuilder("whatsapp", "whatsapp", "whatsapp-txt", path, sha, size)
        self.ticker = Ticker(progress, cancelled, size)
        self.source = ChatSource(path, self.b)
        self.preamble: tuple[int, int] | None = None  # lines before the first dated line

    # -- pass 1: headers and the date pattern ------------------------------------------------
    def parse(self) -> ImportBatch:
        try:
            text, conversation = self.source.read()
            lines = text.split("\n")
            self.ticker.total = len(lines)  # progress in lines from here on
            if lines and lines[-1] == "":
                lines.pop()  # the final newline ends the last record
            candidates = self._candidates(lines)
            if not candidates:
                raise InvalidInput("no line starts with a WhatsApp date", where="line 1",
                                   file_name=self.path.name)
            _limits.check_message_count(len(candidates), self.path.name)
            order = self._decide_order([m for _, m in candidates])
            records = self._records(lines, candidates, order)
            if self.zone is None:
                raise TimezoneNeeded(
                    "WhatsApp exports carry no time zone; choose the phone's zone (--tz)",
                    where="line 1", file_name=self.path.name)
            self._emit(records, conversation)
            self.ticker.tick(len(lines), force=True)
        except BaseException:
            self.source.close()
            raise
        self.b.add_raw_source(self.path)
        return self.b.finish(self.survivor, self.survivor_reason, on_close=self.source.close)

    def _candidates(self, lines: list[str]) -> list[tuple[int, re.Match[str]]]:
        crlf = sum(ln.endswith("\r") for ln in lines) > len(lines) // 2
        self.crlf = crlf
        out = []
        for i, line in enumerate(lines):
            if crlf and i > 0 and not lines[i - 1].endswith("\r"):
                continue  # after a bare LF: a line break inside a message, even if dated
            m = match_header(line)
            if m:
                out.append((i, m))
                if len(out) > _limits.MAX_MESSAGES:  # stop early: a bomb is refused cheaply
                    _limits.check_message_count(len(out), self.path.name)
        return out

    def _decide_order(self, ms: list[re.Match[str]]) -> str:
        decision = decide_order(ms, self.forced_order)
        self.order = decision
        if decision.ambiguous:
            b = decision.backwards
            self.b.repair("whole file", f"day/month order is ambiguous (no field above 12); "
                                        f"suggested {decision.order} because dates ran backwards "
                                        f"{b[decision.order]} time(s) that way — to be confirmed")
        return decision.order

    def _records(self, lines: list[str], candidates: list[tuple[int, re.Match[str]]],
                 order: str) -> list[_Record]:
        starts: dict[int, re.Match[str]] = dict(candidates)
        records: list[_Record] = []
        self.pattern_seen: Counter[str] = Counter()
        for i, line in enumerate(lines):
            m = starts.get(i)
            when = self._when(m, order, i) if m else None
            if m is None or when is None:
                if not records:
                    if line.strip("\r\ufeff\u200e "):  # text before the first dated line
                        self.preamble = (self.preamble[0] if self.preamble else i, i)
                    continue
                records[-1].more.append(line)
                records[-1].last_line = i
                continue
            assert m is not None
            self.pattern_seen[pattern(m, order)] += 1
            rest_start = _orig_index(line, m.end())
            records.append(_Record(i, i, when, m["S"] is not None, line[rest_start:],
                                   norm(line[rest_start:])))
            self.ticker.tick(i)
        if not records:
            raise InvalidInput("no line starts with a real WhatsApp date", where="line 1",
                               file_name=self.path.name)
        self.b.summary.date_pattern = self.pattern_seen.most_common(1)[0][0]
        last = records[-1]
        while last.more and not last.more[-1].strip("\r"):
            last.more.pop()
            last.last_line -= 1
            self.b.repair(f"line {last.last_line + 2}", "blank line at the end of the file ignored")
        return records

    def _when(self, m: re.Match[str], order: str, i: int) -> datetime | None:
        y, mo, d = ymd(m, order)
        hour, impossible = hour_24(m)
        if impossible:
            self.b.repair(f"line {i + 1}", f"impossible 12-hour time {m['H']}:{m['M']} "
                                           f"{m['ampm']} read as 24-hour")
        try:
            return datetime(y, mo, d, hour, int(m["M"]), int(m["S"] or 0))
        except ValueError:
            return None  # not a real date: the line belongs to the previous message

    # -- pass 2: senders, meanings, messages -------------------------------------------------
    def _emit(self, records: list[_Record], conversation: str) -> None:
        assert self.zone is not None
        firsts: Counter[str] = Counter()
        for r in records:
            first = _splits(r.rest_norm)
            if first:
                firsts[first[0]] += 1
        known = {p for p, n in firsts.items()
                 if _plausible(p) and (n >= 2 or len(p.split()) <= 4)}
        self.survivor: str | None = None
        self.survivor_reason = ""
        read = [self._read_record(r, known) for r in records]
        self.source.plan({m.file_name for _, _, _, m in read if m.file_name})
        first_at = min(r.when for r in records)
        first_ts = localize(first_at, self.zone, "line 1", []).timestamp()
        if self.preamble:
            self._preamble(conversation)
        seen: Counter[tuple[str, str, str]] = Counter()
        prev: datetime | None = None
        for r, (where, sender, text, meaning) in zip(records, read, strict=True):
            if prev is not None and r.when < prev:
                self.b.repair(where, "dated earlier than the line before; file order kept")
            prev = r.when
            aware = localize(r.when, self.zone, where, self.b.summary.repairs)
            if _mostly_unreadable(text):
                self.b.add_unreadable(
                    where=where, item=self.b.tr(_ITEM_MESSAGE).format(where=self.b.place(where)),
                    reason=self.b.tr(_REASON_BYTES),
                    data=self.source.line_bytes(r.first_line, r.last_line),
                    file_name=f"{where.replace(' ', '-')}.txt", media_type="text/plain",
                    ts=aware.timestamp(), sent_at=iso(aware),
                    precision="exact" if r.seconds else "minute", tz_known=False, sender=sender,
                    sender_id=_number_id(sender), conversation=conversation)
                continue
            if meaning.by_survivor and sender and self.survivor is None:
                self.survivor = _number_id(sender) or sender
                self.survivor_reason = '"you deleted this message" line'
            attachment_ids: list[str] = []
            if meaning.file_name:
                attachment_ids = self.source.attach(meaning.file_name, where, first_at, first_ts)
            body_norm = norm(text)
            if meaning.missing_kind:
                self.b.missing(where, meaning.missing_kind, body_norm.strip())
            key = (r.when.isoformat(), sender, body_norm)
            seen[key] += 1
            msg = self.b.add_message(
                ts=aware.timestamp(), sent_at=iso(aware),
                precision="exact" if r.seconds else "minute", tz_known=False,
                sender=sender, sender_id=_number_id(sender), conversation=conversation, text=text,
                original_id=stable_id(*key, seen[key]), location=where,
                service=meaning.service, attachment_ids=attachment_ids,
                extra={"edited": True} if meaning.edited else None)
            # issue 13.6: how the day/month order was decided travels with every message
            msg["source"]["date_order"] = self.order.order
            msg["source"]["date_order_source"] = self.order.source
        s = self.b.summary
        s.tz, s.tz_source, s.tz_known = self.zone.key, "user", False
        s.date_order, s.date_order_source = self.order.order, self.order.source
        s.date_order_examples = list(self.order.examples)
        if self.survivor is None:
            self._survivor_from_name(conversation)

    def _read_record(self, r: _Record, known: set[str]) -> tuple[str, str, str, Meaning]:
        """(where, sender, text, meaning) of one record."""
        where = f"lines {r.first_line + 1}-{r.last_line + 1}" if r.more else \
            f"line {r.first_line + 1}"
        # "Name:." (no space after the colon) still names a known sender (issue 13.8)
        sender = next((p for p in reversed(_splits(r.rest_norm, loose=True)) if p in known), "")
        body = r.rest
        if sender:
            body = r.rest[_orig_index(r.rest, len(sender) + 1):]
            body = body[1:] if body and norm(body[0]) == " " else body
        text = "\n".join([body, *r.more])
        if self.crlf and text.endswith("\r"):
            text = text[:-1]
        meaning = classify(norm(text))
        if not sender:
            meaning.service = meaning.service or "system"
        return where, sender, text, meaning

    def _preamble(self, conversation: str) -> None:
        """Text before the first dated line cannot be dated or attributed: a visible item."""
        assert self.preamble is not None
        first, last = self.preamble
        where = f"lines {first + 1}-{last + 1}" if last > first else f"line {first + 1}"
        self.b.add_unreadable(
            where=where, item=self.b.tr(_ITEM_PREAMBLE).format(where=self.b.place(where)),
            reason=self.b.tr(_REASON_UNDATED), data=self.source.line_bytes(first, last),
            file_name=f"{where.replace(' ', '-')}.txt", media_type="text/plain",
            conversation=conversation, tz_known=False, precision="approximate")

    def _survivor_from_name(self, conversation: str) -> None:
        """A two-party export is named after the *other* person ("WhatsApp Chat - X")."""
        senders = {m["sender"] for m in self.b.messages if m["sender"]}
        if len(senders) != 2:
            return
        stem = norm(self.path.stem)
        named = [s for s in senders if s and (s in stem or s == conversation)]
        if len(named) == 1:
            other = (senders - set(named)).pop()
            self.survivor = _number_id(other) or other
            self.survivor_reason = "the chat file is named after the other person"


def _number_id(sender: str) -> str:
    """A sender shown as a formatted number ("+7 982 111-11-11") gets it as platform id."""
    if not _PHONE.fullmatch(sender):
        return ""
    number = normalise_number(sender)
    return number if number.startswith("+") or number.isdigit() else ""


def _orig_index(line: str, norm_index: int) -> int:
    """Index in ``line`` of the character at ``norm_index`` of ``norm(line)``."""
    seen = 0
    for i, ch in enumerate(line):
        if seen == norm_index:
            return i
        if norm(ch):
            seen += 1
    return len(line)


def _splits(rest_norm: str, loose: bool = False) -> list[str]:
    """Every prefix of the first line that ends where a ": " (or a final ":") could end a name;
    ``loose``: any ":" (for names already known from other lines, e.g. "Name:.")."""
    first = rest_norm.split("\n", 1)[0].rstrip("\r")
    sep = ":" if loose else ": "
    out = [first[:i] for i in range(len(first)) if first.startswith(sep, i)]
    if first.endswith(":"):
        out.append(first[:-1])
    return [p for p in out if p.strip()]


def _mostly_unreadable(text: str) -> bool:
    """Most of the record's characters were invalid bytes: nothing is left to read."""
    bad = text.count("\ufffd")
    return bad >= 4 and bad * 2 >= len(text.strip())


def _plausible(name: str) -> bool:
    return len(name) <= 60 and "://" not in name and '"' not in name and len(name.split()) <= 8


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None, date_order: str | None = None,
          lang: str = "en") -> ImportBatch:
    parser = WhatsAppParser(path, tz=tz, progress=progress, cancelled=cancelled,
                            date_order=date_order)
    parser.b.lang = lang  # words of "could not be read" entries, in her language
    return parser.parse()
