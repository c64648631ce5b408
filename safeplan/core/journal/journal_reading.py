"""Reading the journal: current entries, lists and counts, an entry's revisions, the figures
the charts draw, and the hash chain's check.

Mixed into ``journal.Journal``, which owns the connection, the transactions and the chain
cursor; nothing here writes.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from typing import Any

from safeplan.core.errors import EntryNotFound, InvalidInput
from safeplan.core.journal import chain, citations
from safeplan.core.journal.search import Query, build_where


@dataclass(frozen=True)
class Entry:
    uid: str
    kind: str
    content: dict[str, Any]
    recorded_at: str
    updated_at: str
    revision_count: int
    deleted: bool
    # The permanent reference ("2024-0014", "E-0031"; see storage.schema.References; messages:
    # "C3.0012", journal/citations.py); "" for kinds without one (people, the plan).
    ref: str = ""


@dataclass(frozen=True)
class Revision:
    seq: int
    action: str
    recorded_at: str
    content: dict[str, Any] | None
    chain_hash: str


def _decode(raw: bytes | str | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    value: dict[str, Any] = json.loads(raw)
    return value


_ENTRY_COLUMNS = ("e.uid, e.kind, r.content, e.recorded_at, e.updated_at, e.revision_count, "
                  "e.deleted_at, e.ref")


class JournalReading:
    """The read side of Journal (which provides the connection and the chain head)."""

    _conn: Any
    _head: bytes

    def get(self, uid: str) -> Entry:
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries e JOIN revisions r ON r.id = e.rev_id"  # noqa: S608
            " WHERE e.uid=? AND e.purged=0", (uid,)).fetchone()
        if row is None:
            raise EntryNotFound("no such entry")
        return _entry(row)

    def list(self, query: Query) -> builtins.list[Entry]:
        where, params, order = build_where(query)
        # where/order come from build_where's fixed fragments; values are bound parameters.
        # Pick the page from entries alone, then fetch only those rows' content.
        # (the page's ids come from the covering index: skipped rows are never read).
        page = f"SELECT e.id FROM entries e WHERE {where} ORDER BY {order}"  # noqa: S608
        if query.limit is not None:
            page += " LIMIT ? OFFSET ?"
            params = [*params, query.limit, query.offset]
        sql = (f"SELECT {_ENTRY_COLUMNS} FROM entries e JOIN revisions r ON r.id = e.rev_id"  # noqa: S608
               f" WHERE e.id IN ({page}) ORDER BY {order}")
        return [_entry(row) for row in self._conn.execute(sql, params)]

    def count(self, query: Query) -> int:
        where, params, _ = build_where(query)
        return int(self._conn.execute(f"SELECT count(*) FROM entries e WHERE {where}",  # noqa: S608
                                      params).fetchone()[0])

    def history(self, uid: str) -> builtins.list[Revision]:
        entry_id, _ = self._current(uid)
        return [Revision(int(seq), str(action), str(at), _decode(content), bytes(h).hex())
                for seq, action, at, content, h in self._conn.execute(
                    "SELECT seq, action, recorded_at, content, chain_hash FROM revisions"
                    " WHERE entry_id=? ORDER BY seq", (entry_id,))]

    def conversations(self) -> builtins.list[tuple[str, str, int]]:
        """(channel, conversation, message count) for the conversation view."""
        return [(c or "", v or "", int(n)) for c, v, n in self._conn.execute(
            "SELECT channel, conversation, count(*) FROM entries WHERE kind='message'"
            " AND deleted_at IS NULL AND purged=0 GROUP BY channel, conversation"
            " ORDER BY count(*) DESC")]

    def numbered_conversations(self) -> builtins.list[tuple[str, str, int, int | None]]:
        """(channel, conversation, message count, its permanent number: 3 for C3, or None when
        its messages carry none or several, a title changed by hand) — the conversation list
        (the same one scan as ``conversations``; min/max of refs cost nothing more)."""
        out: builtins.list[tuple[str, str, int, int | None]] = []
        for c, v, n, low, high in self._conn.execute(
                "SELECT channel, conversation, count(*), min(ref), max(ref) FROM entries"
                " WHERE kind='message' AND deleted_at IS NULL AND purged=0"
                " GROUP BY channel, conversation ORDER BY count(*) DESC"):
            first, last = citations.parse(low), citations.parse(high)
            number = first[0] if first and last and first[0] == last[0] else None
            out.append((c or "", v or "", int(n), number))
        return out

    def counts_by_day(self, kind: str = "message", conversation: str | None = None
                      ) -> builtins.list[tuple[str, int]]:
        """(YYYY-MM-DD in UTC, count) — the messages-per-day chart for stalking."""
        sql = ("SELECT substr(sort_at, 1, 10) AS day, count(*) FROM entries WHERE kind=?"
               " AND deleted_at IS NULL AND purged=0 AND sort_at IS NOT NULL")
        params: list[Any] = [kind]
        if conversation is not None:
            sql += " AND conversation=?"
            params.append(conversation)
        sql += " GROUP BY day ORDER BY day"
        return [(str(d), int(n)) for d, n in self._conn.execute(sql, params)]

    def incidents_per_month(self) -> builtins.list[tuple[str, int, int]]:
        """(YYYY-MM as written where it happened, severity 0-5 with 0 = not rated, count) of the
        incidents not in the trash — the escalation chart, aggregated in SQL (issue 17.5: no
        10,000 decoded entries per visit)."""
        sql = ("SELECT substr(json_extract(CAST(r.content AS TEXT), '$.occurred_at'), 1, 7) AS m,"
               " json_extract(CAST(r.content AS TEXT), '$.severity') AS s,"
               " json_type(CAST(r.content AS TEXT), '$.severity') AS t, count(*)"
               " FROM entries e JOIN revisions r ON r.id = e.rev_id"
               " WHERE e.kind = 'incident' AND e.deleted_at IS NULL AND e.purged = 0"
               " GROUP BY m, s, t")
        out: builtins.list[tuple[str, int, int]] = []
        for month, severity, kind, count in self._conn.execute(sql):
            if not (isinstance(month, str) and len(month) == 7 and month[4] == "-"
                    and month[:4].isdigit()):
                continue
            level = severity if kind == "integer" and 1 <= severity <= 5 else 0
            out.append((month, int(level), int(count)))
        return out

    def chain_head(self) -> str:
        return self._head.hex()

    def revision_records(self) -> builtins.list[tuple[str, str]]:
        """(record hash hex, entry uid) of every revision in chain order: what a dated receipt
        and an export need to recompute the chain's earlier heads (receipts.py)."""
        rows = self._conn.execute("SELECT r.record_hash, e.uid FROM revisions r JOIN entries e"
                                  " ON e.id = r.entry_id ORDER BY r.id")
        return [(bytes(record).hex(), str(uid)) for record, uid in rows]

    def verify_chain(self) -> chain.ChainReport:
        """Recompute every link, then check that what lists and exports read beside the content
        (first recorded time, last change, trash state, current revision, permanent reference)
        is what the chain says; name the first broken revision or entry in words."""
        rows = self._conn.execute(
            "SELECT r.id, e.uid, e.kind, r.seq, r.action, r.recorded_at, r.content,"
            " r.record_hash, r.chain_hash FROM revisions r JOIN entries e ON e.id = r.entry_id"
            " ORDER BY r.id")
        report = chain.verify_rows(rows, self._head)
        if not report.ok:
            return chain.name_entry(report, self._entry_name_of_revision(report.first_broken))
        return chain.verify_entries(self._conn, report)

    def _entry_name_of_revision(self, broken: str | None) -> str:
        if not broken or not broken.startswith("revision "):
            return ""
        row = self._conn.execute(
            "SELECT e.uid, e.kind, e.ref FROM revisions r JOIN entries e ON e.id = r.entry_id"
            " WHERE r.id=?", (int(broken.split()[1]),)).fetchone()
        return chain.entry_name(str(row[0]), str(row[1]), row[2]) if row else ""

    def exists(self, uid: str) -> bool:
        return self._conn.execute("SELECT 1 FROM entries WHERE uid=? AND purged=0",
                                  (uid,)).fetchone() is not None

    def _current(self, uid: str, kind: str | None = None) -> tuple[int, int]:
        row = self._conn.execute(
            "SELECT id, revision_count, kind, purged FROM entries WHERE uid=?", (uid,)).fetchone()
        if row is None or row[3]:
            raise EntryNotFound("no such entry")
        if kind is not None and row[2] != kind:
            raise InvalidInput(f"entry is a {row[2]}, not a {kind}")
        return int(row[0]), int(row[1])


def _entry(row: tuple[Any, ...]) -> Entry:
    uid, kind, content, recorded_at, updated_at, count, deleted_at, ref = row
    return Entry(str(uid), str(kind), _decode(content) or {}, str(recorded_at), str(updated_at),
                 int(count), deleted_at is not None, str(ref or ""))
