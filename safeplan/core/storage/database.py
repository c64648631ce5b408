"""Where a vault's files are and how its SQLCipher database is opened (requirement 2).

Lives below the journal and the vault facade so that key slots, maintenance and the vault all
share it without importing each other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from safeplan.core.errors import VaultDamaged
from safeplan.core.storage import kdf, keyslots


@dataclass(frozen=True)
class VaultFiles:
    """Every file that belongs to one vault."""

    db: Path

    def side(self, suffix: str) -> Path:
        return self.db.with_name(self.db.name + suffix)

    @property
    def header(self) -> Path:
        return self.side("-h")

    @property
    def blobs(self) -> Path:
        return self.side("-b")

    @property
    def attempts(self) -> Path:
        return self.side("-a")

    @property
    def lock(self) -> Path:
        return self.side("-l")

    def database(self, target: int) -> Path:
        return self.db if target == keyslots.TARGET_MAIN else self.side("-x")

    def blob_folder(self, target: int) -> Path:
        return self.blobs if target == keyslots.TARGET_MAIN else self.side("-xb")


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def open_database(path: Path, key: bytes | bytearray) -> Any:
    """Open SQLCipher with the raw key before anything else (requirement 2; ``sqlite3_key`` is
    what ``PRAGMA key`` calls)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if os.name == "posix":
            os.chmod(path, 0o600)  # requirement 3: owner-only, whatever the umask was
        _apply_key(conn, key)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultDamaged("SQLCipher 4 is required", part="database")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = DELETE")
        # 64 MiB page cache (default 2 MiB): each page read from disk is decrypted and
        # authenticated again; with 100,000 messages a common search word touched ~30 MB of
        # pages and took 60–130 ms instead of < 30 ms (tests/benchmarks/bench_core.py).
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged("the database file is damaged or not a vault", part="database") from exc
    except BaseException:
        conn.close()
        raise
    return conn


_HEX_DIGITS = b"0123456789abcdef"


def _apply_key(conn: Any, key: bytes | bytearray) -> None:
    """The raw key, as SQLCipher's ``x'…'`` key material, given through ``sqlite3_key`` (the C
    call behind ``PRAGMA key``), leaving no hex copy behind (issue 14.11).

    ``PRAGMA key = "x'…'"`` needed the key as Python text — immutable, so its hex form stayed in
    memory after lock, as did SQLite's copy of the statement. Here the material is built byte by
    byte in a bytearray, handed over, and overwritten; SQLCipher keeps its own copy in memory it
    locks and wipes itself.
    """
    material = bytearray(3 + 2 * len(key))
    material[0:2] = b"x'"
    for i, byte in enumerate(key):
        material[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        material[3 + 2 * i] = _HEX_DIGITS[byte & 15]
    material[-1] = ord("'")
    try:
        conn.set_key(material)
    finally:
        kdf.wipe(material)
