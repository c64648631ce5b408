"""The order messages are printed in, and the conversations they belong to — one rule for the
court export (export/data.py) and for the one-time numbering of an existing vault's messages
(journal_citations.py), so that numbering reproduces exactly what earlier exports printed.

Order (issue 12, item 2): the time sent, then the position in the source (the line or record of
the imported file), then the document's own order — never a random id — and a reply never
precedes the message it answers when both carry the same time. Conversations are keyed by
channel and conversation title and follow each other by their first message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

_NUMBER = re.compile(r"\d+")
_UNDATED = "9999"  # undated messages sort last


def lenient_time(value: object) -> datetime | None:
    """A timezone-aware time, or None when absent or unreadable; a time without an offset counts
    as UTC. The one lenient reading of stored times: the export's dates.parse is this."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def time_key(value: object) -> str:
    """UTC time for ordering ("9999" when absent or unreadable); the export's dates.sort_key."""
    parsed = lenient_time(value)
    if parsed is None:
        return _UNDATED
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def conversation_key(item: Mapping[str, Any]) -> tuple[str, str]:
    """(channel, conversation title): what makes two messages one conversation."""
    return (str(item.get("channel") or ""), str(item.get("conversation") or ""))


def source_order(item: Mapping[str, Any], index: int) -> tuple[Any, ...]:
    """Where a message stood in the file it was imported from: (file, position in the file).

    ``source.position`` is the importers' ordinal; older imports carry only ``location``
    ("line 12", "lines 12-14", "message 4711"), whose first number keeps the same order. The
    document's own order (``index``) comes last, so ties never fall to a random id.
    """
    source = item.get("source")
    if not isinstance(source, Mapping):
        return ("", 0, index)
    position = source.get("position")
    if not isinstance(position, int) or isinstance(position, bool):
        found = _NUMBER.search(str(source.get("location") or ""))
        original = str(source.get("original_id") or "")
        position = int(found.group()) if found else int(original) if original.isdigit() else 0
    return (str(source.get("file_sha256") or ""), position, index)


def order_of(item: Mapping[str, Any], index: int) -> tuple[Any, ...]:
    """The sort key of one message (``index``: its place in the document)."""
    return (time_key(item.get("sent_at")), *source_order(item, index))


def replies_after_their_message(items: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """A reply is never printed before the message it answers when both carry the same time
    (a minute-precision export stamps them alike); a reply timed earlier keeps its time order."""
    by_original = {str((m.get("source") or {}).get("original_id")): m for m in items
                   if isinstance(m.get("source"), Mapping)}
    out = list(items)
    for reply in items:
        target = by_original.get(str(reply.get("reply_to") or ""))
        if target is None or target is reply:
            continue
        here, there = out.index(reply), out.index(target)
        if there > here and time_key(reply.get("sent_at")) == time_key(target.get("sent_at")):
            out.pop(here)
            out.insert(out.index(target) + 1, reply)
    return out


def ordered(groups: Mapping[Any, Sequence[tuple[tuple[Any, ...], Mapping[str, Any]]]]
            ) -> list[tuple[Any, list[Mapping[str, Any]]]]:
    """Groups of (order, message) → [(group key, its messages in print order)], the groups by
    their first message (then by key, so equal times never fall to chance)."""
    keyed = sorted(groups.items(), key=lambda kv: (min(o for o, _ in kv[1]), kv[0]))
    return [(key, replies_after_their_message([m for _, m in sorted(pairs, key=lambda p: p[0])]))
            for key, pairs in keyed]


def conversations(items: Iterable[Mapping[str, Any]]
                  ) -> list[tuple[tuple[str, str], list[Mapping[str, Any]]]]:
    """Messages (in document order) grouped into conversations, both in print order."""
    groups: dict[tuple[str, str], list[tuple[tuple[Any, ...], Mapping[str, Any]]]] = {}
    for index, item in enumerate(items):
        groups.setdefault(conversation_key(item), []).append((order_of(item, index), item))
    return ordered(groups)
