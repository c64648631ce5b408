"""The journal: entries of every kind, saved as revisions in one hash chain.

Nothing is ever overwritten (UX principle 3, requirement 17): each save appends a revision; delete
moves an entry to the trash (a "delete" revision); only ``empty_trash`` removes content, and even
then the chain keeps each purged revision's hash. Batches (imports) run in ``transaction()`` and
are all or nothing, attachment blobs included.
"""

from __future__ import annotations

import builtins
import json
import mimetypes
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from safeplan.core.errors import EntryNotFound, InvalidInput, StorageFull
from safeplan.core.journal import chain, model
from safeplan.core.journal.journal_records import AccessEvent as AccessEvent  # re-exported
from safeplan.core.journal.journal_records import JournalRecords
from safeplan.core.journal.search import Query, build_where
from safeplan.core.storage.blobs import BlobStore
from safeplan.core.storage.schema import References


@dataclass(frozen=True)
class Entry:
    uid: str
    kind: str
    content: dict[str, Any]
    recorded_at: str
    updated_at: str
    revision_count: int
    deleted: bool
    # The permanent reference ("2024-0014", "E-0031"; see storage.schema.References); "" for
    # kinds without one (people, messages, the plan).
    ref: str = ""


@dataclass(frozen=True)
class Revision:
    seq: int
    action: str
    recorded_at: str
    content: dict[str, Any] | None
    chain_hash: str


def new_uid() -> str:
    return secrets.token_hex(12)


def local_now() -> datetime:
    return datetime.now().astimezone()


def _decode(raw: bytes | str | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    value: dict[str, Any] = json.loads(raw)
    return value


_SQLITE_IOERR, _SQLITE_FULL = 10, 13  # primary result codes (extended codes keep them in the low byte)

_ENTRY_COLUMNS = ("e.uid, e.kind, r.content, e.recorded_at, e.updated_at, e.revision_count, "
                  "e.deleted_at, e.ref")


class Journal(JournalRecords):
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
        with self.transaction():
            now = self._now()
            new_entries: list[tuple[Any, ...]] = []
            revisions: list[tuple[Any, ...]] = []
            fts_rows: list[tuple[int, str]] = []
            seen_keys: set[str] = set()
            for index, (kind, content, uid) in enumerate(items):
                if not validated:
                    model.validate(kind, content, kind)
                body = chain.canonical_json(content if type(content) is dict else dict(content))
                clean = chain.has_no_lone_surrogate(body)
                derived = model.derived_columns(kind, content, clean=clean)
                if dedup_keys is not None and derived["dedup_key"] is None:
                    derived["dedup_key"] = dedup_keys[index]
                if uid is None or as_new:
                    key = derived["dedup_key"]
                    if key is not None and skip_duplicates and (
                            key in seen_keys or self._has_dedup(key)):
                        uids.append("")
                        continue
                    if key is not None:
                        seen_keys.add(key)
                    uid = uid or new_uid()
                    entry_id, seq, action = self._next_entry, 1, "create"
                    self._next_entry += 1
                    new_entries.append((entry_id, uid, kind, self._next_rev, 1, now, now,
                                        *derived.values(), self._refs.next(kind, now)))
                else:
                    entry_id, seq = self._current(uid, kind)
                    seq, action = seq + 1, "update"
                    self._conn.execute(
                        "UPDATE entries SET rev_id=?, revision_count=?, updated_at=?, sort_at=?,"
                        " summary=?, categories=?, people=?, severity=?, has_attachments=?,"
                        " conversation=?, channel=?, dedup_key=COALESCE(?, dedup_key) WHERE id=?",
                        (self._next_rev, seq, now, *derived.values(), entry_id))
                    self._conn.execute("DELETE FROM fts WHERE rowid=?", (entry_id,))
                revisions.append(self._revision_row(entry_id, uid, kind, seq, action, now, body))
                text = model.searchable_text(content)
                fts_rows.append((entry_id, text if clean else chain.without_lone_surrogates(text)))
                uids.append(uid)
            self._conn.executemany(
                "INSERT INTO entries(id, uid, kind, rev_id, revision_count, recorded_at,"
                " updated_at, sort_at, summary, categories, people, severity, has_attachments,"
                " conversation, channel, dedup_key, ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                new_entries)
            self._conn.executemany(
                "INSERT INTO revisions(id, entry_id, seq, action, recorded_at, content,"
                " record_hash, chain_hash) VALUES (?,?,?,?,?,?,?,?)", revisions)
            self._conn.executemany("INSERT INTO fts(rowid, body) VALUES (?, ?)", fts_rows)
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

    def _current(self, uid: str, kind: str | None = None) -> tuple[int, int]:
        row = self._conn.execute(
            "SELECT id, revision_count, kind, purged FROM entries WHERE uid=?", (uid,)).fetchone()
        if row is None or row[3]:
            raise EntryNotFound("no such entry")
        if kind is not None and row[2] != kind:
            raise InvalidInput(f"entry is a {row[2]}, not a {kind}")
        return int(row[0]), int(row[1])

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

    # -- attachments -----------------------------------------------------------------------

    def add_attachment(self, data: bytes | BinaryIO, file_name: str,
                       media_type: str | None = None, *, taken_at: str | None = None,
                       caption: str = "", cancelled: Callable[[], bool] | None = None,
                       extra: Mapping[str, Any] | None = None, uid: str | None = None,
                       expected_sha256: str | None = None) -> str:
        """Store an original file encrypted; its SHA-256 is taken from the bytes as they arrive.

        ``expected_sha256`` (from an import) must match what arrived, or nothing is stored.
        """
        with self.transaction():
            stored = self._blobs.put(data, cancelled=cancelled)
            self._new_blobs.append(stored.blob_id)
            if expected_sha256 and expected_sha256.lower() != stored.sha256:
                raise InvalidInput("the file's SHA-256 does not match the one recorded for it")
            content = {**(extra or {}), "file_name": file_name,
                       "media_type": media_type or _guess_type(file_name),
                       "size": stored.size, "sha256": stored.sha256, "taken_at": taken_at,
                       "caption": caption}
            uid = self.save_many([("attachment", content, uid or new_uid())], as_new=True)[0]
            entry_id, _ = self._current(uid)
            self._conn.execute("INSERT INTO blobs(entry_id, blob_id, sha256, size)"
                               " VALUES (?,?,?,?)", (entry_id, stored.blob_id, stored.sha256,
                                                     stored.size))
        return uid

    def attachment_by_sha256(self, sha256: str) -> str | None:
        """The uid of a stored attachment with these original bytes (for import de-duplication)."""
        row = self._conn.execute(
            "SELECT e.uid FROM blobs b JOIN entries e ON e.id = b.entry_id WHERE b.sha256=?"
            " AND e.deleted_at IS NULL AND e.purged=0", (sha256.lower(),)).fetchone()
        return str(row[0]) if row else None

    def exists(self, uid: str) -> bool:
        return self._conn.execute("SELECT 1 FROM entries WHERE uid=? AND purged=0",
                                  (uid,)).fetchone() is not None

    def _blob_of(self, uid: str) -> str:
        row = self._conn.execute(
            "SELECT b.blob_id FROM blobs b JOIN entries e ON e.id = b.entry_id WHERE e.uid=?",
            (uid,)).fetchone()
        if row is None:
            raise EntryNotFound("no such attachment")
        return str(row[0])

    def iter_attachment(self, uid: str) -> Iterator[bytes]:
        return self._blobs.iter_chunks(self._blob_of(uid))

    def read_attachment(self, uid: str) -> bytes:
        return self._blobs.read(self._blob_of(uid))

    def attachment_blobs(self) -> builtins.list[tuple[str, str, str]]:
        """(uid, blob id, sha256) of every stored attachment — for checks and backups."""
        return [(str(u), str(b), str(s)) for u, b, s in self._conn.execute(
            "SELECT e.uid, b.blob_id, b.sha256 FROM blobs b JOIN entries e ON e.id=b.entry_id")]

    # -- reading ---------------------------------------------------------------------------

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



def _entry(row: tuple[Any, ...]) -> Entry:
    uid, kind, content, recorded_at, updated_at, count, deleted_at, ref = row
    return Entry(str(uid), str(kind), _decode(content) or {}, str(recorded_at), str(updated_at),
                 int(count), deleted_at is not None, str(ref or ""))


def _guess_type(file_name: str) -> str:
    # A private table: mimetypes.guess_type() would read the host's /etc/mime.types.
    guessed = mimetypes.MimeTypes().guess_type(file_name, strict=False)[0]
    return guessed or "application/octet-stream"
