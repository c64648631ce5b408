"""Small stores inside the vault beside the journal: drafts, settings, the access log, meta.

None of these are evidence, so they are not revisions in the hash chain: a draft is the survivor's
unsaved typing (kept encrypted so a quick exit loses nothing), settings are preferences, the
access log records unlocks and failed attempts, meta holds the vault's own keys.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from safeplan.core.journal import chain


@dataclass(frozen=True)
class AccessEvent:
    at: str
    event: str


class JournalRecords:
    """Mixed into Journal, which provides the connection, transactions and the clock."""

    _conn: Any
    transaction: Callable[[], AbstractContextManager[None]]
    _now: Callable[[], str]

    def save_draft(self, key: str, content: Mapping[str, Any]) -> None:
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO drafts(key, content, updated_at) VALUES (?,?,?)",
                               (key, chain.canonical_json(dict(content)), self._now()))

    def load_draft(self, key: str) -> dict[str, Any] | None:
        row = self._conn.execute("SELECT content FROM drafts WHERE key=?", (key,)).fetchone()
        return _load(row[0]) if row else None

    def drop_draft(self, key: str) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM drafts WHERE key=?", (key,))

    def draft_keys(self) -> builtins.list[str]:
        return [str(k) for (k,) in self._conn.execute("SELECT key FROM drafts ORDER BY key")]

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                               (key, json.dumps(value, ensure_ascii=False)))

    def record_access(self, event: str, at: str | None = None) -> None:
        self._conn.execute("INSERT INTO access_log(at, event) VALUES (?, ?)",
                           (at or self._now(), event))

    def access_events(self) -> builtins.list[AccessEvent]:
        return [AccessEvent(str(a), str(e)) for a, e in self._conn.execute(
            "SELECT at, event FROM access_log ORDER BY id")]

    def meta_get(self, key: str) -> bytes | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def meta_set(self, key: str, value: bytes) -> None:
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                               (key, value))

def _load(raw: bytes | str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
    return value
