"""Giving messages their permanent citations inside the journal's transactions (citations.py
says the rule; this mixin of Journal keeps the state and writes the numbering records)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from safeplan.core.journal import chain, citations, message_order, model
from safeplan.core.storage.schema import NUMBER_MESSAGES

_log = logging.getLogger(__name__)


class JournalCitations:
    """Mixed into Journal, which provides the connection, transactions, the clock and the chain
    cursor (``_revision_row``, ``_next_entry``)."""

    _conn: Any
    _citations: citations.Citations | None
    _next_entry: int
    transaction: Callable[[], AbstractContextManager[None]]
    _now: Callable[[], str]
    _revision_row: Callable[..., tuple[Any, ...]]

    def _next_citation(self, uid: str, content: Mapping[str, Any]) -> str | None:
        """The citation of a message being created (state read once per session)."""
        return self._citation_state().next(uid, content)

    def _citation_state(self) -> citations.Citations:
        state = self._citations
        if state is None:
            state = self._citations = citations.Citations.load(self._conn)
        return state

    def _write_citations(self) -> None:
        """Inside the transaction, just before it commits: the block of numbers it gave, as one
        revision of the hidden ``citations`` entry (so the chain binds every number)."""
        state = self._citations
        if state is None or not state.pending:
            return
        now = self._now()
        row = self._conn.execute("SELECT id, revision_count FROM entries WHERE uid=?",
                                 (citations.UID,)).fetchone()
        if row is None:
            entry_id, seq = self._next_entry, 0
            self._next_entry += 1
            self._conn.execute(
                "INSERT INTO entries(id, uid, kind, rev_id, revision_count, recorded_at,"
                " updated_at) VALUES (?,?,?,?,?,?,?)",
                (entry_id, citations.UID, citations.KIND, 0, 0, now, now))
        else:
            entry_id, seq = int(row[0]), int(row[1])
        revisions = []
        for record in state.records():
            seq += 1
            revisions.append(self._revision_row(
                entry_id, citations.UID, citations.KIND, seq, "create" if seq == 1 else "update",
                now, chain.canonical_json(record)))
        self._conn.executemany("INSERT INTO revisions(id, entry_id, seq, action, recorded_at,"
                               " content, record_hash, chain_hash) VALUES (?,?,?,?,?,?,?,?)",
                               revisions)
        self._conn.execute("UPDATE entries SET rev_id=?, revision_count=?, updated_at=? WHERE id=?",
                           (revisions[-1][0], seq, now, entry_id))

    def _number_existing_messages(self) -> None:
        """Once, for a vault from before citations were stored (schema.NUMBER_MESSAGES set by
        the migration): number its messages in the order its full court export printed them, so
        the citations in chronologies she already gave out stay true.

        That export left out messages marked private and those in the trash: they are numbered
        after, each in its conversation (first private, then trashed). Messages whose trash was
        emptied have no content left and get no number. If this cannot be written now (a full
        disk), the mark stays and the next opening tries again.
        """
        conn = self._conn
        if conn.execute("SELECT 1 FROM meta WHERE key=?", (NUMBER_MESSAGES,)).fetchone() is None:
            return
        try:
            with self.transaction():
                tiers: tuple[list[dict[str, Any]], ...] = ([], [], [])
                for entry_id, raw, deleted in conn.execute(
                        "SELECT e.id, r.content, e.deleted_at FROM entries e JOIN revisions r"
                        " ON r.id = e.rev_id WHERE e.kind = 'message' AND e.purged = 0"
                        " AND e.ref IS NULL ORDER BY e.sort_at, e.id").fetchall():
                    content = json.loads(bytes(raw).decode("utf-8")
                                         if not isinstance(raw, str) else raw)
                    content = content if isinstance(content, dict) else {}
                    tier = 2 if deleted else 1 if model.is_working_note("message", content) else 0
                    tiers[tier].append({**content, _ENTRY_ID: entry_id})
                uids = dict(conn.execute("SELECT id, uid FROM entries WHERE kind = 'message'"))
                numbered = []
                for items in tiers:
                    for _, messages in message_order.conversations(items):
                        for item in messages:
                            entry_id = item[_ENTRY_ID]
                            numbered.append((self._next_citation(uids[entry_id], item), entry_id))
                conn.executemany("UPDATE entries SET ref=? WHERE id=?", numbered)
                conn.execute("DELETE FROM meta WHERE key=?", (NUMBER_MESSAGES,))
        except Exception as exc:  # retried on the next opening; never stops the unlock
            _log.warning("existing messages could not be numbered yet (%s)", type(exc).__name__)


_ENTRY_ID = "\x00entry id"  # a private key on a decoded copy; never saved
