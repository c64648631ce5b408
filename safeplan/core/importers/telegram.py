"""Telegram Desktop "Export chat history" (machine-readable JSON, result.json).

Single-chat exports have the chat's name/type/id and ``messages`` at the top; whole-account exports
have ``chats.list[]`` (and ``left_chats.list[]``) each with its own ``messages`` plus
``personal_information`` naming the exporting account — the survivor. Time: ``date_unixtime`` (UTC)
wins; ``date`` alone is the exporting PC's wall clock and needs the zone the user confirms.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Collection
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import QT_TRANSLATE_NOOP

from . import _limits
from ._builder import DocumentBuilder, Ticker, hash_file, stable_id
from ._jsonstream import JsonStream
from ._limits import count_bounded
from ._safe_paths import Inside
from ._tg_fields import _conversation, _conversation_id, _naive, _stated_instant, _str, _text_of
from ._time import fixed_offset_label, instant, iso, localize, resolve_zone
from .base import CancelledFn, ImportBatch, MediaFile, ProgressFn, TimezoneNeeded

_NOT_INCLUDED = "(File not included"
_MEDIA_KEYS = ("photo", "file")
_DETAIL_KEYS = ("media_type", "mime_type", "duration_seconds", "discard_reason", "width",
                "height", "sticker_emoji", "location_information", "contact_information",
                "poll", "title", "members", "message_id", "performer")
_UNIX = re.compile(r"^\d{1,12}$")
_CHAT_KEYS = ("chats", "left_chats")
_MAX_OFFSET, _QUARTER = timedelta(hours=14), timedelta(minutes=15)
_EPOCH = datetime(1970, 1, 1)
_ITEM_MESSAGE = QT_TRANSLATE_NOOP("importers", "The message at {where}")
_CLOCK_SLACK = 24 * 3600  # a file written a day before "its" message is not from this export


class TelegramParser:
    """Streams one result.json into a DocumentBuilder."""

    def __init__(self, path: Path, *, tz: str | None, progress: ProgressFn | None,
                 cancelled: CancelledFn | None, only: Collection[str] | None = None) -> None:
        self.path = path
        self.only = None if only is None else set(only)
        self.zone = resolve_zone(tz, path.name)
        sha, size = hash_file(path)
        self.b = DocumentBuilder("telegram", "telegram", "telegram-json", path, sha, size)
        self.ticker = Ticker(progress, cancelled, size)
        self.self_key: str | None = None
        self.chat_peer_keys: list[str] = []
        self.offsets: Counter[timedelta] = Counter()
        self.needs_tz_at = ""
        self.zone_mismatch_at = ""
        self._seen: Counter[tuple[str, ...]] = Counter()
        self._fixed: dict[timedelta, timezone] = {}
        self.folder = path.parent
        self.saved_keys: set[str] = set()  # "Saved Messages": the exporting account's own chat

    # -- structure ---------------------------------------------------------------------------
    def parse(self) -> ImportBatch:
        with self.path.open("rb") as fh:
            js = JsonStream(fh, self.path.name)
            if js.peek() != "{":
                raise InvalidInput("not a Telegram export (no JSON object)", where="$",
                                   file_name=self.path.name)
            top_chat: dict[str, Any] = {}
            saw_messages = False
            for key in js.iter_object("$"):
                if key == "messages":
                    self._messages(js, "messages", top_chat)
                    saw_messages = True
                elif key in _CHAT_KEYS and js.peek() == "{":
                    saw_messages |= self._chat_lists(js, key)
                elif key == "personal_information":
                    info = js.read_value(key)
                    if isinstance(info, dict) and info.get("user_id") is not None:
                        self.self_key = f"user{info['user_id']}"
                else:
                    value = js.read_value(key)
                    if key in ("name", "type", "id") and not saw_messages:
                        top_chat[key] = value
            if not js.at_end():
                raise InvalidInput("extra data after the JSON object", where="$",
                                   file_name=self.path.name)
            self.ticker.tick(js.bytes_read, force=True)
            if not saw_messages:
                raise InvalidInput("not a Telegram export (no messages)", where="$",
                                   file_name=self.path.name)
            self._record_repairs(js)
        return self._finish()

    def _chat_lists(self, js: JsonStream, key: str) -> bool:
        saw = False
        for sub in js.iter_object(key):
            if sub != "list" or js.peek() != "[":
                js.read_value(f"{key}.{sub}")
                continue
            for i in js.iter_array(f"{key}.list"):
                path = f"{key}.list[{i}]"
                chat: dict[str, Any] = {}
                for ck in js.iter_object(path):
                    if ck == "messages":
                        self._messages(js, f"{path}.messages", chat)
                        saw = True
                    else:
                        chat[ck] = js.read_value(f"{path}.{ck}")
        return saw

    def _messages(self, js: JsonStream, path: str, chat: dict[str, Any]) -> None:
        conversation = _conversation(chat)
        if chat.get("type") == "personal_chat" and chat.get("id") is not None:
            self.chat_peer_keys.append(f"user{chat['id']}")
        if chat.get("type") == "saved_messages" and chat.get("id") is not None:
            self.saved_keys |= {f"user{chat['id']}", str(chat["id"])}
        # A whole-account export holds every chat; the survivor may pick only the relevant ones
        # (memory: skipped chats are read but never built into messages).
        skip = self.only is not None and conversation not in self.only
        counts = self.b.summary.available_conversations
        counts.setdefault(conversation, 0)
        for i in js.iter_array(path):
            where = f"{path}[{i}]"
            raw = js.read_value(where)
            if not isinstance(raw, dict):
                raise InvalidInput("a message is not a JSON object", where=where,
                                   file_name=self.path.name)
            counts[conversation] += 1
            if not skip:
                _limits.check_built_messages(len(self.b.messages) + 1, self.path.name)
                try:
                    self._message(raw, where, conversation, _conversation_id(chat))
                except InvalidInput as exc:  # issue 13.4: one bad message, not the whole file
                    self._unreadable(raw, where, conversation, exc)
            self.ticker.tick(js.bytes_read)

    def _unreadable(self, raw: dict[str, Any], where: str, conversation: str,
                    exc: InvalidInput) -> None:
        """A message whose fields cannot be read becomes a visible entry with its JSON kept."""
        ts: float | None = None
        sent_at: str | None = None
        unix = raw.get("date_unixtime")
        if isinstance(unix, str | int) and _UNIX.match(str(unix)):
            ts = float(int(str(unix)))
            sent_at = iso(instant(ts, self.zone))
        sender = raw.get("from") if isinstance(raw.get("from"), str) else ""
        sender_id = raw.get("from_id") if isinstance(raw.get("from_id"), str) else ""
        self.b.add_unreadable(
            where=where, item=self.b.tr(_ITEM_MESSAGE).format(where=where),
            reason=str(exc.args[0]), file_name=f"{where}.json", media_type="application/json",
            data=json.dumps(raw, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass"),
            ts=ts, sent_at=sent_at, precision="exact" if sent_at else "approximate",
            tz_known=sent_at is not None, sender=str(sender or ""),
            sender_id=str(sender_id or ""), conversation=conversation,
            original_id=str(raw.get("id")) if isinstance(raw.get("id"), int | str) else "")

    # -- one message -------------------------------------------------------------------------
    def _message(self, m: dict[str, Any], where: str, conversation: str,
                 conversation_id: str = "") -> None:
        if self.needs_tz_at and self.zone is None:
            self._when(m, where)  # the parse will end in TimezoneNeeded: only gather offsets
            return
        service = m.get("type") == "service"
        sender = _str(m.get("actor" if service else "from"), where)
        sender_id = _str(m.get("actor_id" if service else "from_id"), where)
        if not sender and not sender_id:
            sender = _str(m.get("from") or m.get("actor"), where)
            sender_id = _str(m.get("from_id") or m.get("actor_id"), where)
        text = _text_of(m.get("text", ""), f"{where}.text", self.path.name)
        ts, sent_at, tz_known = self._when(m, where)
        mid = m.get("id")
        if isinstance(mid, int | str) and not isinstance(mid, bool) and str(mid):
            original_id = str(mid)
        else:
            triple = (str(m.get("date_unixtime") or m.get("date")), sender, text)
            self._seen[triple] += 1
            original_id = stable_id(*triple, self._seen[triple])
        attachment_ids = self._media(m, where, ts)
        extra: dict[str, Any] = {}
        details = {k: m[k] for k in _DETAIL_KEYS if k in m}
        if service:
            details["action"] = _str(m.get("action"), where)
        if details:
            extra["details"] = details
        if m.get("edited_unixtime") or m.get("edited"):
            edited_at = self._edit_time(m, where)
            if edited_at:
                extra["edited_at"] = edited_at
            else:  # no zone known for a local edit time: keep the wall clock as a fact
                details["edited_local"] = _str(m.get("edited"), where)
                extra["details"] = details
        if m.get("forwarded_from") is not None:
            extra["forwarded_from"] = _str(m.get("forwarded_from"), where)
        if m.get("reply_to_message_id") is not None:
            extra["reply_to"] = _str(m.get("reply_to_message_id"), where)
        self.b.add_message(
            ts=ts, sent_at=sent_at, precision="exact", tz_known=tz_known, sender=sender,
            sender_id=sender_id, conversation=conversation, text=text,
            original_id=original_id, location=where,
            service=(_str(m.get("action"), where) or "service") if service else "",
            attachment_ids=attachment_ids, extra=extra, conversation_id=conversation_id)

    def _when(self, m: dict[str, Any], where: str) -> tuple[float | None, str | None, bool]:
        unix, date = m.get("date_unixtime"), m.get("date")
        naive = _naive(date, f"{where}.date", self.path.name) if date is not None else None
        if unix is not None:
            if not _UNIX.match(str(unix)):
                raise InvalidInput("date_unixtime is not a time (seconds since 1970)",
                                   where=f"{where}.date_unixtime",
                                   file_name=self.path.name)
            ts = int(str(unix))
            offset = None
            if naive is not None:
                offset = naive - _EPOCH - timedelta(seconds=ts)  # the exporting PC's offset
                if abs(offset) <= _MAX_OFFSET and offset % _QUARTER == timedelta(0):
                    self.offsets[offset] += 1
                else:
                    offset = None
            if self.zone is not None:
                shown = instant(ts, self.zone)
                if offset is not None and shown.utcoffset() != offset and not self.zone_mismatch_at:
                    self.zone_mismatch_at = where
            elif offset is not None and naive is not None:
                zone = self._fixed.get(offset)
                if zone is None:
                    zone = self._fixed[offset] = timezone(offset)
                shown = naive.replace(tzinfo=zone)  # same instant as ts, in the PC's offset
            else:
                shown = instant(ts, None)
            return float(ts), iso(shown), True
        if naive is None:
            raise InvalidInput("message has no date", where=where, file_name=self.path.name)
        stated = _stated_instant(date)
        if stated is not None:
            # "Z" or "+03:00" written in the file is a fact about the instant: --tz only chooses
            # how it is shown, it never moves the time (issue 13.8)
            return stated.timestamp(), iso(stated.astimezone(self.zone) if self.zone else stated), \
                True
        if self.zone is None:
            self.needs_tz_at = self.needs_tz_at or f"{where}.date"
            return None, None, False
        aware = localize(naive, self.zone, where, self.b.summary.repairs)
        return aware.timestamp(), iso(aware), False

    def _edit_time(self, m: dict[str, Any], where: str) -> str | None:
        unix = m.get("edited_unixtime")
        if unix is not None and _UNIX.match(str(unix)):
            return iso(instant(int(str(unix)), self.zone))
        naive = _naive(m.get("edited"), f"{where}.edited", self.path.name)
        if self.zone is None:
            return None
        return iso(localize(naive, self.zone, f"{where}.edited", self.b.summary.repairs))

    def _media(self, m: dict[str, Any], where: str, ts: float | None) -> list[str]:
        """Photos, voice messages, videos and files the export references: attached with their
        hashes when present inside the export folder (never ``..``, absolute paths or links),
        listed as missing when not."""
        ids: list[str] = []
        if "photo" not in m and "file" not in m:
            return ids
        for key in _MEDIA_KEYS:
            value = m.get(key)
            if value is None:
                continue
            if not isinstance(value, str):
                raise InvalidInput(f"{key} is not a string", where=f"{where}.{key}",
                                   file_name=self.path.name)
            kind = _str(m.get("media_type"), where) or key
            if value.startswith(_NOT_INCLUDED) or value.startswith("(File exceeds"):
                self.b.missing(where, kind, value)
                continue
            found = Inside(self.folder, value)
            if not found.ok:
                detail = f"file not found in export folder: {value}" \
                    if found.reason == "not in the export folder" else f"{value}: {found.reason}"
                self.b.missing(where, kind, detail)
                continue
            digest = hashlib.sha256()
            with found.open() as fh:
                size = count_bounded(fh, found.size, where, self.path.name, digest)
            sha = digest.hexdigest()
            name = PurePosixPath(value.replace("\\", "/")).name
            att_id = self.b.add_attachment(
                name, found.open, size=size, sha256=sha,
                media_type=_str(m.get("mime_type"), where) or None,
                extra={"source_path": value, "source_location": where})
            modified = datetime.fromtimestamp(found.mtime).astimezone()
            self.b.summary.media_files.append(MediaFile(
                where, value, size, sha, att_id, "folder", iso(modified),
                ts is not None and found.mtime < ts - _CLOCK_SLACK))
            ids.append(att_id)
        return ids

    # -- result ------------------------------------------------------------------------------
    def _record_repairs(self, js: JsonStream) -> None:
        where = f"character {js.first_fix_at}"
        if js.escapes_fixed:
            self.b.repair(where, f"{js.escapes_fixed} invalid \\xHH escape(s) read as \\u00HH")
        if js.ids_quoted:
            self.b.repair(where, f"{js.ids_quoted} unquoted id value(s) read as strings")

    def _finish(self) -> ImportBatch:
        s = self.b.summary
        suggestion = fixed_offset_label(self.offsets.most_common(1)[0][0]) if self.offsets else ""
        if self.needs_tz_at:
            raise TimezoneNeeded(
                "some messages carry only the exporting computer's local time; choose its zone (--tz)",
                where=self.needs_tz_at, file_name=self.path.name, suggestion=suggestion)
        if self.zone is not None:
            s.tz, s.tz_source = self.zone.key, "user"
            s.tz_known = not any(not msg.get("tz_known", True) for msg in self.b.messages)
        else:
            s.tz, s.tz_source, s.tz_known = suggestion or "UTC", "file", True
        if self.zone_mismatch_at:
            s.warnings.append(f"the zone chosen differs from the exporting computer's offset "
                              f"({suggestion}) at {self.zone_mismatch_at}")
        s.date_pattern = "date_unixtime (UTC seconds); date = local ISO 8601 without offset"
        survivor, reason = self.self_key, "personal_information of the exporting account"
        senders = {str(msg.get("sender_id") or "") for msg in self.b.messages}
        if survivor is None and self.saved_keys & senders:
            # Saved Messages is her own chat with herself: its owner is the exporting account
            survivor, reason = sorted(self.saved_keys & senders)[0], "Saved Messages (own chat)"
        if survivor is None and self.chat_peer_keys:
            others = {str(msg.get("sender_id") or msg.get("sender")) for msg in self.b.messages}
            others -= set(self.chat_peer_keys)
            others.discard("")
            if len(others) == 1:
                survivor, reason = others.pop(), "the other side of a personal chat export"
        self.b.add_raw_source(self.path)
        return self.b.finish(survivor, reason)


def parse(path: Path, *, tz: str | None = None, progress: ProgressFn | None = None,
          cancelled: CancelledFn | None = None,
          conversations: Collection[str] | None = None, lang: str = "en") -> ImportBatch:
    parser = TelegramParser(path, tz=tz, progress=progress, cancelled=cancelled,
                            only=conversations)
    parser.b.lang = lang  # words of "could not be read" entries, in her language
    return parser.parse()


def list_chats(path: Path, *, progress: ProgressFn | None = None,
               cancelled: CancelledFn | None = None) -> dict[str, int]:
    """Chat name → number of entries, streamed without building messages (preview of a
    whole-account export before choosing which chats to import)."""
    parser = TelegramParser(path, tz=None, progress=progress, cancelled=cancelled, only=())
    return dict(parser.parse().summary.available_conversations)
