"""The duress journal's files look the same whether or not a duress passphrase exists (14.4).

Every vault has ``data.db-x`` (and the folder ``data.db-xb``) from the start: random bytes of a
plausible database size until a duress passphrase is set, then a real SQLCipher database padded
to exactly that size; removing the duress passphrase turns it back into random bytes of the same
size. An SQLCipher file is itself indistinguishable from random bytes, so an examiner with one
disk image cannot tell whether a duress journal exists. (Repeated images can show that the file
changed: SECURITY.md says so.)

The duress journal's history is spread over past weeks (its entries were not all "recorded" in
the same second, and its access log starts with a "created" event), so it reads like a journal
kept now and then rather than one made on the spot.
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from safeplan.core.atomic import atomic_write
from safeplan.core.paths import make_private_dir

PAGE = 4096
PLACEHOLDER_PAGES = (40, 56)  # a freshly filled duress journal takes about 20–30 pages


def placeholder_size() -> int:
    low, high = PLACEHOLDER_PAGES
    return PAGE * (low + secrets.randbelow(high - low + 1))


def write_placeholder(path: Path, size: int | None = None) -> None:
    """Random bytes where a duress database would be (atomic, owner-only)."""
    atomic_write(path, secrets.token_bytes(size if size is not None else placeholder_size()))


def prepare_folder(blob_folder: Path) -> None:
    """The duress journal's attachment folder, always present and emptied on reuse."""
    make_private_dir(blob_folder)
    for item in blob_folder.iterdir():
        with contextlib.suppress(OSError):
            item.unlink()


def pad_database(conn: Any, path: Path, target: int) -> None:
    """Grow the (auto_vacuum=INCREMENTAL) database file to exactly ``target`` bytes if smaller.

    Filler rows are added until the file is at least that big, dropped (their pages become free,
    zeroed by secure_delete), and the free pages beyond ``target`` are given back with
    ``incremental_vacuum``: the result is exact, page by page.
    """
    if os.path.getsize(path) >= target:
        return
    conn.execute("CREATE TABLE pad(x BLOB)")
    while os.path.getsize(path) < target:
        conn.execute("INSERT INTO pad VALUES (randomblob(3000))")
    conn.execute("DROP TABLE pad")
    extra = (os.path.getsize(path) - target) // PAGE
    if extra > 0:
        conn.execute(f"PRAGMA incremental_vacuum({extra})").fetchall()


class SpreadClock:
    """A clock for filling the duress journal: each reading is a later moment in the past few
    weeks, at an everyday hour, ending a few days ago."""

    def __init__(self, readings: int = 64, now: datetime | None = None,
                 rng: random.Random | None = None) -> None:
        now = now or datetime.now().astimezone()
        rng = rng or secrets.SystemRandom()
        start = now - timedelta(days=rng.randint(35, 70))
        end = now - timedelta(days=rng.randint(1, 5))
        span = (end - start).total_seconds()
        moments = sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in range(readings))
        self._times = [m.replace(hour=rng.randint(8, 21), minute=rng.randint(0, 59),
                                 second=rng.randint(0, 59), microsecond=0) for m in moments]
        self._times.sort()
        # Made a day or three before the first entry (never after it, whatever hours were drawn).
        self.created = (self._times[0] - timedelta(days=rng.randint(1, 3))).replace(
            hour=rng.randint(8, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        self._next = 0
        self._last = end

    def __call__(self) -> datetime:
        if self._next < len(self._times):
            self._last = self._times[self._next]
            self._next += 1
        return self._last


def record_history(conn: Any, clock: SpreadClock) -> None:
    """A "created" event and one "unlock" a few minutes before each day something was saved."""
    conn.execute("INSERT INTO access_log(at, event) VALUES (?, 'created')",
                 (clock.created.isoformat(timespec="seconds"),))
    days: dict[str, str] = {}
    for (at,) in conn.execute("SELECT recorded_at FROM revisions ORDER BY id").fetchall():
        days.setdefault(str(at)[:10], str(at))
    for first in days.values():
        opened = datetime.fromisoformat(first) - timedelta(minutes=secrets.randbelow(9) + 1)
        conn.execute("INSERT INTO access_log(at, event) VALUES (?, 'unlock')",
                     (opened.isoformat(timespec="seconds"),))
