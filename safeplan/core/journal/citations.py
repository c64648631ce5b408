"""Permanent message citations: ``C3.0012`` is message 12 of conversation 3, in every export.

Entries and exhibits keep the references the vault gave them when they were created
(storage.schema.References); messages get theirs the same way, so a filtered export cites the
same numbers as a full one (issue 12's leftover: a date-filtered chronology used to restart at
C1.0001, and "C1.0003" meant two different messages in two filings).

The rule:

- A conversation (channel + conversation title, the key the transcripts group by) gets its number
  once, when its first message enters the vault; the next new conversation gets the next number.
- A message gets its number once, when it is saved: the next one of its conversation. An import
  saves its messages in the order of the source file, so they are numbered in source order; a
  later import into the same conversation continues after the last number, even when it brings
  older messages. Numbers say the order they entered the vault; transcripts still print
  messages in time order (message_order.py), so C1.0205 may stand before C1.0001. A message in
  the trash or emptied from it keeps its number; no number is ever given twice.
- Editing a message never renumbers it; the number stays with the message, not with its title.

Where numbers live: ``entries.ref`` (beside the entries' own references; what lists, the open
format and the exports read) and, as the truth, in the hash chain: each transaction that
numbers messages appends revisions to a hidden entry of kind ``citations`` whose contents are
``{"messages": [[entry uid, citation], …]}`` (up to RECORD_SIZE pairs each), the last one also
``"conversations": [[number, channel, title, last message number], …]`` — the block of
numbers written at commit, not a record or a query per message (imports of 100,000 messages
stay fast). ``verify`` checks every message's
``entries.ref`` against those records, so an edit of a number in the database file is caught
by the chain check and ``vault check``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

KIND = "citations"  # the hidden entry that holds the numbering records
UID = "citations"
_PATTERN = re.compile(r"C(\d+)\.(\d+)")
RECORD_SIZE = 1000  # numbers per numbering record (see Citations.records)


def citation(conversation: int, number: int) -> str:
    """The stored form (Latin C; the export prints the Cyrillic С in ru/be documents)."""
    return f"C{conversation}.{number:04d}"


def parse(ref: object) -> tuple[int, int] | None:
    """``"C3.0012"`` → (3, 12); None for anything else."""
    match = _PATTERN.fullmatch(ref) if isinstance(ref, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


class Citations:
    """The numbers given so far, and the block a transaction is numbering.

    ``numbers``: (channel, title) → conversation number; ``last``: conversation number → its
    last message number. Built from the chain's numbering records (``apply``), advanced by
    ``next`` and written as one record per transaction (``record``).
    """

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str], int] = {}
        self.titles: dict[int, tuple[str, str]] = {}
        self.last: dict[int, int] = {}
        self.pending: list[tuple[str, str]] = []  # (uid, citation): written as JSON arrays
        self._touched: set[int] = set()

    def next(self, uid: str, content: Mapping[str, Any]) -> str:
        """The citation of a new message (one dict look-up: no query per message)."""
        channel, title = content.get("channel"), content.get("conversation")
        key = (channel if type(channel) is str else str(channel or ""),
               title if type(title) is str else str(title or ""))
        conversation = self.numbers.get(key)
        if conversation is None:
            conversation = max(self.titles, default=0) + 1
            self.numbers[key] = conversation
            self.titles[conversation] = key
        number = self.last.get(conversation, 0) + 1
        self.last[conversation] = number
        self._touched.add(conversation)
        ref = f"C{conversation}.{number:04d}"  # = citation(conversation, number), once per message
        self.pending.append((uid, ref))
        return ref

    def records(self) -> list[dict[str, Any]]:
        """The numbering records of this transaction's block (then the block is empty): the
        pairs in pieces of RECORD_SIZE, the conversations' state with the last piece.

        Pieces, not one record: the newest revision is read at every unlock (the chain head),
        and SQLite reaches its hash only through the content stored before it — 4.5 MB for a
        100,000-message import, ~45 kB for a piece."""
        touched = sorted(self._touched)
        pieces = [self.pending[i:i + RECORD_SIZE]
                  for i in range(0, len(self.pending), RECORD_SIZE)] or [[]]
        out: list[dict[str, Any]] = [{"messages": piece} for piece in pieces]
        out[-1]["conversations"] = [[n, *self.titles[n], self.last[n]] for n in touched]
        self.pending, self._touched = [], set()
        return out

    def apply(self, conversations: Iterable[Any]) -> None:
        """Fold one record's ``conversations`` list into the state."""
        for row in conversations:
            if not (isinstance(row, list) and len(row) == 4):
                continue
            number, channel, title, last = row
            if isinstance(number, int) and isinstance(last, int):
                key = (str(channel), str(title))
                self.numbers.setdefault(key, number)
                self.titles.setdefault(number, key)
                self.last[number] = max(self.last.get(number, 0), last)

    @classmethod
    def load(cls, conn: Any) -> Citations:
        """The state after every numbering record of the vault (one query, once per session:
        only the small ``conversations`` lists are read, not the message blocks)."""
        state = cls()
        for (raw,) in conn.execute(
                "SELECT json_extract(CAST(r.content AS TEXT), '$.conversations') FROM revisions r"
                " JOIN entries e ON e.id = r.entry_id WHERE e.kind = ? AND r.content IS NOT NULL"
                " ORDER BY r.id", (KIND,)):
            if isinstance(raw, str):
                state.apply(json.loads(raw))
        return state


def verify(conn: Any) -> tuple[str, str, str, str] | None:
    """(uid, kind, ref, why) of the first message whose stored number is not the one its
    numbering record gave it, or of a numbering record that gives a number twice; None when
    every number is bound by the chain (the records' own bytes are checked by the chain walk).
    One pass over the records and one over the message rows (100,000 messages: ~0.2 s)."""
    given: dict[str, str] = {}
    count = 0
    for (raw,) in conn.execute(
            "SELECT r.content FROM revisions r JOIN entries e ON e.id = r.entry_id"
            " WHERE e.kind = ? AND r.content IS NOT NULL ORDER BY r.id", (KIND,)):
        record = json.loads(bytes(raw).decode("utf-8") if not isinstance(raw, str) else raw)
        pairs = record.get("messages") if isinstance(record, dict) else None
        try:
            given.update((str(uid), str(ref)) for uid, ref in pairs or ())
        except (TypeError, ValueError):  # not a list of pairs: only a forged record
            return (UID, KIND, "", "a numbering record cannot be read")
        count += len(pairs or ())
    if len(given) != count or len(set(given.values())) != count:
        return (UID, KIND, "", "a numbering record gives a number twice")
    for uid, kind, ref in conn.execute("SELECT uid, kind, ref FROM entries WHERE kind = 'message'"
                                       " ORDER BY id"):
        if (ref or None) != given.get(uid):
            return (str(uid), str(kind), str(ref or ""),
                    "its message number does not match the chain")
    return None
