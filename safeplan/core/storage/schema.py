"""Tables, the full-text index and migrations (by ``PRAGMA user_version``).

Design: every kind of entry lives in one ``entries`` table (current state + the columns lists
filter and sort on), every save appends a row to ``revisions`` (canonical JSON + hash chain), and
``fts`` indexes the current text. Revisions are the truth; ``entries`` and ``fts`` can be rebuilt
from them. All of it sits inside the SQLCipher file, so the index is encrypted too.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 3

_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE entries(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    rev_id INTEGER NOT NULL,
    revision_count INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    purged INTEGER NOT NULL DEFAULT 0,
    sort_at TEXT,
    summary TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    severity INTEGER,
    has_attachments INTEGER NOT NULL DEFAULT 0,
    conversation TEXT,
    channel TEXT,
    dedup_key TEXT
);
CREATE INDEX entries_kind_sort ON entries(kind, deleted_at, purged, sort_at, id);
CREATE UNIQUE INDEX entries_dedup ON entries(dedup_key) WHERE dedup_key IS NOT NULL;
CREATE TABLE revisions(
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries(id),
    seq INTEGER NOT NULL,
    action TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    content TEXT,
    record_hash BLOB NOT NULL,
    chain_hash BLOB NOT NULL
);
CREATE INDEX revisions_entry ON revisions(entry_id, seq);
CREATE TABLE blobs(
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id),
    blob_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL
);
CREATE VIRTUAL TABLE fts USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE drafts(key TEXT PRIMARY KEY, content TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE access_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL, event TEXT NOT NULL);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Version 2: permanent references (issue 12). Each chronology entry (incident, medical note,
# legal event) and each attachment gets a reference once, when it is created, that every export
# prints ("2024-0014", exhibit "E-0031"), so a lawyer can cite "entry 2024-0014" across filings.
# The reference is not free data: it follows from the hash chain (the order of the create
# revisions and their hashed recorded time), so the chain verifier recomputes every one and a
# changed reference breaks the check. Existing entries are numbered by the same rule here.
_V2 = """
ALTER TABLE entries ADD COLUMN ref TEXT;
CREATE UNIQUE INDEX entries_ref ON entries(ref) WHERE ref IS NOT NULL
"""

# Yes/no answers (issue 12.3) need no data migration, on purpose: revisions are evidence and are
# never rewritten. The rule for what was saved before is applied when reading
# (journal.model.stored_answer): a ticked box of the old single-tick-box form stays "yes"; an
# unticked one cannot be told apart from a question never answered, so it reads as "not
# answered" (never "no") until she chooses "no" in the editor; saves since then carry
# ``answers_tristate`` and mean exactly what they say.

# Version 3: permanent message citations ("C3.0012", journal/citations.py). No table changes:
# a message's citation is kept in ``entries.ref`` like the entries' references, bound by
# numbering records in the hash chain. Writing those records needs the journal's chain, which
# this room cannot use, so the migration only leaves a mark (NUMBER_MESSAGES) when the vault
# holds messages; the journal then numbers them once, in the order a full court export of the
# old program printed them (the citations she already gave out stay true), and removes the mark.
_V3 = ""
NUMBER_MESSAGES = "number_messages"

# Each script takes the schema from version i to i+1 (index 0: empty → 1).
MIGRATIONS: list[str] = [_V1, _V2, _V3]

# Which kinds get a permanent reference, and in which series. Incidents, medical notes and legal
# events share one series per year (they share one chronology); attachments are exhibits.
REF_SERIES = {"incident": "entry", "medical": "entry", "legal": "entry", "attachment": "exhibit"}


class References:
    """The one rule that turns create revisions, in chain order, into permanent references.

    ``entry`` series: ``<year the entry was first saved>-<counter within that year>``, e.g.
    ``2024-0014``; ``exhibit`` series: ``E-<counter>``, e.g. ``E-0031`` (the letter is printed
    as the Cyrillic Е in ru/be documents; the stored form is Latin). Used by the migration, by
    the journal when it creates entries, and by the chain verifier to recompute them all.
    """

    def __init__(self) -> None:
        self._last: dict[str, int] = {}

    def next(self, kind: str, recorded_at: str) -> str | None:
        series = REF_SERIES.get(kind)
        if series is None:
            return None
        key = recorded_at[:4] if series == "entry" else "E"
        number = self._last.get(key, 0) + 1
        self._last[key] = number
        return f"{key}-{number:04d}"

    @classmethod
    def resume(cls, conn: Any) -> References:
        """Counters that continue after the highest reference stored in each series."""
        refs = cls()
        # Message citations ("C3.0012", journal/citations.py) share the column and its index:
        # the range condition skips them inside the index (a kind test would read 100,000 rows
        # of the table at every unlock).
        for key, number in conn.execute(
                "SELECT substr(ref, 1, instr(ref, '-') - 1), max(CAST(substr(ref, instr(ref, '-')"
                " + 1) AS INTEGER)) FROM entries WHERE ref IS NOT NULL AND (ref < 'C' OR"
                " ref >= 'D') GROUP BY 1"):
            refs._last[str(key)] = int(number or 0)
        return refs

    @classmethod
    def replay(cls, conn: Any) -> tuple[References, list[tuple[int, str]]]:
        """Walk the create revisions in chain order: (state after the walk, [(entry id, ref)])."""
        refs = cls()
        out: list[tuple[int, str]] = []
        for entry_id, kind, at in conn.execute(
                "SELECT r.entry_id, e.kind, r.recorded_at FROM revisions r JOIN entries e"
                " ON e.id = r.entry_id WHERE r.seq = 1 AND e.kind IN ('incident', 'medical',"
                " 'legal', 'attachment') ORDER BY r.id"):
            ref = refs.next(str(kind), str(at))
            if ref is not None:
                out.append((int(entry_id), ref))
        return refs, out


def _number_existing(conn: Any) -> None:
    """Migration 1 → 2: give the entries a vault already holds their references."""
    _, refs = References.replay(conn)
    conn.executemany("UPDATE entries SET ref=? WHERE id=?", [(r, i) for i, r in refs])


def migrate(conn: Any) -> int:
    """Bring the database to SCHEMA_VERSION inside one transaction; returns the old version.

    A vault written by a newer SafePlan is refused rather than silently misread.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        from safeplan.core.errors import VaultDamaged

        raise VaultDamaged("this vault was written by a newer version of the program",
                           part="schema", version=version)
    if version == SCHEMA_VERSION:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, SCHEMA_VERSION):
            for statement in _statements(step):
                conn.execute(statement)
            if step == 1:
                _number_existing(conn)
            if step == 2 and conn.execute(
                    "SELECT 1 FROM entries WHERE kind = 'message' LIMIT 1").fetchone():
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, x'01')",
                             (NUMBER_MESSAGES,))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


def _statements(step: int) -> list[str]:
    # executescript would commit implicitly; split the DDL so it runs inside our transaction.
    script = MIGRATIONS[step]
    return [s.strip() for s in script.split(";\n") if s.strip()]
