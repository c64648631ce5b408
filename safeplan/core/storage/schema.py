"""Tables, the full-text index and migrations (by ``PRAGMA user_version``).

Design: every kind of entry lives in one ``entries`` table (current state + the columns lists
filter and sort on), every save appends a row to ``revisions`` (canonical JSON + hash chain), and
``fts`` indexes the current text. Revisions are the truth; ``entries`` and ``fts`` can be rebuilt
from them. All of it sits inside the SQLCipher file, so the index is encrypted too.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1

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

# Each script takes the schema from version i to i+1 (index 0: empty → 1).
MIGRATIONS: list[str] = [_V1]


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
