"""The journal: entries of every kind, saved as revisions in one hash chain.

Nothing is ever overwritten (UX principle 3, requirement 17): each save appends a revision; delete
moves an entry to the trash (a "delete" revision); only ``empty_trash`` removes content, and even
then the chain keeps each purged revision's hash. Batches (imports) run in ``transaction()`` and
are all or nothing, attachment blobs included.

This module holds the write side (transactions, saves, trash); ``Journal`` gathers the rest from
its rooms: ``journal_reading`` (entries, lists, history, charts, the chain check),
``journal_attachments`` (original files as encrypted blobs), ``journal_records`` (drafts,
settings, access log, meta).
"""

from __future__ import annotations

import builtins
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from safeplan.core.errors import StorageFull
from safeplan.core.journal import chain, model
from safeplan.core.journal.journal_attachments import JournalAttachments
from safeplan.core.journal.journal_citations import JournalCitations
from safeplan.core.journal.journal_reading import Entry as Entry  # re-exported: the UI's import
from safeplan.core.journal.journal_reading import JournalReading
from safeplan.core.journal.journal_reading import Revision as Revision  # re-exported
from safeplan.core.journal.journal_records import AccessEvent as AccessEvent  # re-exported
from safeplan.core.journal.journal_records import JournalRecords
from safeplan.core.storage.blobs import BlobStore
from safeplan.core.storage.schema import References


def new_uid() -> str:
    return secrets.token_hex(12)


def local_now() -> datetime:
    return datetime.now().astimezone()


_SQLITE_IOERR, _SQLITE_FULL = 10, 13  # primary result codes (extended codes keep them in the low byte)


class Journal(JournalReading, JournalAttachments, JournalCitations, JournalRecords):
    """All reads and writes of journal content go through here."""

    def __init__(self, conn: Any, blobs: BlobStore,
                 clock: Callable[[], datetime] = local_now) -> None:
        self._conn = conn
        self._blobs = blobs
        self._clock = clock
        self._depth = 0
        self._new_blobs: list[str] = []
        self._write_lock = threading.RLock()
        # Called inside the first write transaction (the vault records its access log then,
        # so that merely unlocking — or unlocking a damaged file — writes nothing).
        self.before_first_write: Callable[[], None] | None = None
        self._load_cursor()
        self._number_existing_messages()  # once, for a vault from before citations were kept

    # -- transactions ----------------------------------------------------------------------

    def _load_cursor(self) -> None:
        row = self._conn.execute(
            "SELECT chain_hash FROM revisions ORDER BY id DESC LIMIT 1").fetchone()
        self._head: bytes = bytes(row[0]) if row else chain.GENESIS
        self._next_rev = (self._conn.execute("SELECT max(id) FROM revisions").fetchone()[0] or 0) + 1
        self._next_entry = (self._conn.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        # Counters of the permanent references, from the highest stored one of each series (the
        # chain verifier recomputes every reference from the chain, so a forged one is caught).
        self._refs = References.resume(self._conn)
        # Message citations (journal_citations.py): read from the chain at the first new message.
        self._citations = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All saves inside commit together or not at all (blobs written meanwhile are removed).

        One connection serves the UI thread and worker threads (import, export). The lock makes
        a transaction belong to one thread: a draft autosaved by the UI while an import commits
        waits for it instead of joining — and being rolled back with — a cancelled import.
        """
        with self._write_lock:
            with self._transaction():
                yield

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            hook, self.before_first_write = self.before_first_write, None
            if hook is not None:
                hook()
            yield
            self._write_citations()  # the block of message numbers given, as one chained record
            self._conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR): a second
            # ROLLBACK would raise and skip the clean-up below (orphan blobs, and a chain cursor
            # ahead of the database that would break the hash chain on the next save).
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            for blob_id in self._new_blobs:
                self._blobs.delete(blob_id)
            self._load_cursor()
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (_SQLITE_IOERR, _SQLITE_FULL):
                raise StorageFull(f"the disk refused a write: {exc}") from exc
            raise
        finally:
            self._depth = 0
            self._new_blobs = []

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    # -- writing ---------------------------------------------------------------------------

    def save(self, kind: str, content: Mapping[str, Any], uid: str | None = None) -> str:
        """Create an entry (uid None) or append a new revision to it; returns its uid."""
        return self.save_many([(kind, content, uid)])[0]

    def save_many(self, items: Iterable[tuple[str, Mapping[str, Any], str | None]],
                  *, skip_duplicates: bool = False, as_new: bool = False,
                  dedup_keys: Sequence[str | None] | None = None,
                  validated: bool = False) -> builtins.list[str]:
        """Save many entries in one transaction (the fast path imports use).

        With ``skip_duplicates`` a new message whose source is already in the vault is skipped
        and its uid is returned as "" — so re-importing an export adds nothing. With ``as_new``
        every item is created under the uid it carries (imports assign uids up front so entries
        can refer to each other in both directions). ``dedup_keys`` give entries other than
        messages a key that marks them as already imported. ``validated`` skips the field check
        for content the caller has just validated (interchange.import_document does).
        """
        uids: list[str] = []
        # Locals for the loop (it runs once per message of an import: 100,000 times; the
        # attribute and global look-ups were a measurable share; issue 17.4).
        validate, canonical, derived_row = model.validate, chain.canonical_json, model.derived_row
        searchable, record_hash, link = model.searchable_text, chain.record_hash, chain.link
        append_uid, urandom = uids.append, os.urandom
        cite: Callable[[str, Mapping[str, Any]], str] | None = None  # read at the first message
        with self.transaction():
            now = self._now()
            new_entries: list[tuple[Any, ...]] = []
            revisions: list[tuple[Any, ...]] = []
            fts_rows: list[tuple[int, str]] = []
            seen_keys: set[str] = set()
            # The chain cursor, kept in locals and handed back before anything else reads it
            # (a failure inside reloads it from the database: _transaction).
            head, rev_id = self._head, self._next_rev
            for index, (kind, content, uid) in enumerate(items):
                if not validated:
                    validate(kind, content, kind)
                body = canonical(content if type(content) is dict else dict(content))
                clean = b"\\ud" not in body  # chain.has_no_lone_surrogate, inlined
                derived = derived_row(kind, content, clean=clean)
                key = derived[-1]
                if dedup_keys is not None and key is None:
                    key = dedup_keys[index]
                    derived = (*derived[:-1], key)
                if uid is None or as_new:
                    if key is not None and skip_duplicates:
                        if key in seen_keys or self._has_dedup(key):
                            append_uid("")
                            continue
                        seen_keys.add(key)
                    uid = uid or urandom(12).hex()  # = new_uid()
                    entry_id, seq, action = self._next_entry, 1, "create"
                    self._next_entry += 1
                    ref: str | None
                    if kind == "message":
                        if cite is None:
                            cite = self._citation_state().next
                        ref = cite(uid, content)
                    else:
                        ref = self._refs.next(kind, now)
                    new_entries.append((entry_id, uid, kind, rev_id, 1, now, now, *derived, ref))
                else:
                    entry_id, seq = self._current(uid, kind)
                    seq, action = seq + 1, "update"
                    self._conn.execute(
                        "UPDATE entries SET rev_id=?, revision_count=?, updated_at=?, sort_at=?,"
                        " summary=?, categories=?, people=?, severity=?, has_attachments=?,"
                        " conversation=?, channel=?, dedup_key=COALESCE(?, dedup_key) WHERE id=?",
                        (rev_id, seq, now, *derived, entry_id))
                    self._conn.execute("DELETE FROM fts WHERE rowid=?", (entry_id,))
                # = self._revision_row(...), inlined
                record = record_hash(uid, kind, seq, action, now, body)
                head = link(head, record)
                revisions.append((rev_id, entry_id, seq, action, now, body, record, head))
                rev_id += 1
                text = searchable(content)
                fts_rows.append((entry_id, text if clean else chain.without_lone_surrogates(text)))
                append_uid(uid)
            self._head, self._next_rev = head, rev_id
            self._conn.executemany(
                "INSERT INTO entries(id, uid, kind, rev_id, revision_count, recorded_at,"
                " updated_at, sort_at, summary, categories, people, severity, has_attachments,"
                " conversation, channel, dedup_key, ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                new_entries)
            self._conn.executemany(
                "INSERT INTO revisions(id, entry_id, seq, action, recorded_at, content,"
                " record_hash, chain_hash) VALUES (?,?,?,?,?,?,?,?)", revisions)
            self._conn.executemany("INSERT INTO fts(rowid, body) VALUES (?, ?)", fts_rows)
            # the numbers this batch gave (an import saves 2,000 at a time): written now, so
            # 100,000 pending pairs are never held until the import commits
            self._write_citations()
        return uids

    def _revision_row(self, entry_id: int, uid: str, kind: str, seq: int, action: str,
                      now: str, body: bytes | None) -> tuple[Any, ...]:
        record = chain.record_hash(uid, kind, seq, action, now, body)
        self._head = chain.link(self._head, record)
        row = (self._next_rev, entry_id, seq, action, now, body, record, self._head)
        self._next_rev += 1
        return row

    def _has_dedup(self, key: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM entries WHERE dedup_key=?", (key,)).fetchone() is not None

    def _mark(self, uid: str, action: str, deleted_at: str | None) -> None:
        with self.transaction():
            entry_id, seq = self._current(uid)
            kind, content = self._conn.execute(
                "SELECT e.kind, r.content FROM entries e JOIN revisions r ON r.id = e.rev_id"
                " WHERE e.id=?", (entry_id,)).fetchone()
            now = self._now()
            row = self._revision_row(entry_id, uid, kind, seq + 1, action, now, chain.stored_bytes(content))
            self._conn.execute("INSERT INTO revisions(id, entry_id, seq, action, recorded_at,"
                               " content, record_hash, chain_hash) VALUES (?,?,?,?,?,?,?,?)", row)
            self._conn.execute(
                "UPDATE entries SET rev_id=?, revision_count=?, updated_at=?, deleted_at=?"
                " WHERE id=?", (row[0], seq + 1, now, deleted_at, entry_id))

    def delete(self, uid: str) -> None:
        """Move to the trash (kept, restorable, still in the chain)."""
        self._mark(uid, "delete", self._now())

    def restore(self, uid: str) -> None:
        self._mark(uid, "restore", None)

    def empty_trash(self) -> int:
        """Remove the content of every trashed entry for good; returns how many were purged.

        The revisions' hashes stay, so the chain still verifies (and says what was purged).
        """
        with self.transaction():
            rows = self._conn.execute(
                "SELECT id, uid, kind, revision_count FROM entries"
                " WHERE deleted_at IS NOT NULL AND purged=0").fetchall()
            now = self._now()
            for entry_id, uid, kind, seq in rows:
                self._conn.execute("UPDATE revisions SET content=NULL WHERE entry_id=?", (entry_id,))
                row = self._revision_row(entry_id, uid, kind, seq + 1, "purge", now, None)
                self._conn.execute("INSERT INTO revisions(id, entry_id, seq, action, recorded_at,"
                                   " content, record_hash, chain_hash) VALUES (?,?,?,?,?,?,?,?)",
                                   row)
                self._conn.execute(
                    "UPDATE entries SET purged=1, rev_id=?, revision_count=?, summary='',"
                    " people='', categories='', conversation=NULL, dedup_key=NULL WHERE id=?",
                    (row[0], seq + 1, entry_id))
                self._conn.execute("DELETE FROM fts WHERE rowid=?", (entry_id,))
                blob = self._conn.execute(
                    "SELECT blob_id FROM blobs WHERE entry_id=?", (entry_id,)).fetchone()
                if blob:
                    self._conn.execute("DELETE FROM blobs WHERE entry_id=?", (entry_id,))
                    self._blobs.delete(blob[0])
            if rows:
                # A contentless FTS delete only marks the words deleted; merging the index
                # rewrites its pages (secure_delete zeroes the old ones), so a purged word is
                # gone from the file even for someone holding the key.
                self._conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
        return len(rows)
