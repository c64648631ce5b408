"""Requirement 11 / issue 14.4, duress_files.py by itself: the bugs a mutation of it planted
without the vault-level tests noticing — the padded duress database one page off its target (its
size then differs from the placeholder's: an examiner sees a duress journal exists), the pad
table left behind, the placeholder's size drawn from the wrong range or not whole pages, the
attachment folder not emptied on reuse, the spread clock running out of readings, the access
log's "unlock" events not one per day or not before the first save of that day."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from safeplan.core.vault import duress_files

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone(timedelta(hours=3)))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, Path]]:
    """An SQLite file set up like the duress journal (autocommit, incremental auto-vacuum,
    secure delete): pad_database works on file sizes and pages, the same in SQLCipher."""
    path = tmp_path / "d.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("CREATE TABLE revisions(id INTEGER PRIMARY KEY, recorded_at TEXT)")
    conn.execute("CREATE TABLE access_log(id INTEGER PRIMARY KEY, at TEXT, event TEXT)")
    try:
        yield conn, path
    finally:
        conn.close()


@pytest.mark.parametrize("pages", [5, 6, 7, 9, 40, 56])  # 6: the last row overshoots a page
def test_padding_reaches_the_target_exactly(database: tuple[sqlite3.Connection, Path],
                                            pages: int) -> None:
    conn, path = database
    target = pages * duress_files.PAGE
    duress_files.pad_database(conn, path, target)
    assert os.path.getsize(path) == target
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'pad'").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_padding_gives_back_pages_beyond_the_target(
        database: tuple[sqlite3.Connection, Path]) -> None:
    """Filler rows bigger than a page's room: the file overshoots, and the freed pages beyond the
    target are given back (incremental_vacuum) — exact even when only one page too many."""
    conn, path = database
    for pages in (6, 12):
        duress_files.pad_database(conn, path, pages * duress_files.PAGE)
        assert os.path.getsize(path) == pages * duress_files.PAGE


def test_a_database_already_big_enough_is_left_alone(
        database: tuple[sqlite3.Connection, Path]) -> None:
    conn, path = database
    size = os.path.getsize(path)
    for target in (size, size - duress_files.PAGE):
        before = path.read_bytes()
        duress_files.pad_database(conn, path, target)
        assert path.read_bytes() == before  # not even a pad table made and dropped


def test_placeholder_size_is_whole_pages_in_the_range(monkeypatch) -> None:
    asked: list[int] = []

    def randbelow(n: int) -> int:
        asked.append(n)
        return n - 1

    monkeypatch.setattr(duress_files.secrets, "randbelow", randbelow)
    assert duress_files.placeholder_size() == 56 * 4096
    assert asked == [56 - 40 + 1]
    monkeypatch.setattr(duress_files.secrets, "randbelow", lambda n: 0)
    assert duress_files.placeholder_size() == 40 * 4096


def test_placeholder_is_random_bytes_of_the_given_size(tmp_path: Path) -> None:
    path = tmp_path / "data.db-x"
    duress_files.write_placeholder(path, 3 * 4096)
    first = path.read_bytes()
    duress_files.write_placeholder(path, 3 * 4096)
    assert len(first) == 3 * 4096 and path.read_bytes() != first
    assert len(set(first)) > 200  # not a run of zeros or one repeated byte
    duress_files.write_placeholder(path)
    assert path.stat().st_size % 4096 == 0 and 40 * 4096 <= path.stat().st_size <= 56 * 4096


def test_the_attachment_folder_is_made_private_and_emptied(tmp_path: Path) -> None:
    folder = tmp_path / "data.db-xb"
    duress_files.prepare_folder(folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
    (folder / ("a" * 32)).write_bytes(b"old")
    (folder / ".x.part").write_bytes(b"old")
    os.chmod(folder, 0o755)
    duress_files.prepare_folder(folder)
    assert list(folder.iterdir()) == []
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_clock_keeps_its_last_reading_when_it_runs_out() -> None:
    clock = duress_files.SpreadClock(readings=3, now=NOW, rng=random.Random(4))
    first = [clock() for _ in range(3)]
    assert first == sorted(first) and len(set(first)) == 3
    assert clock() == first[-1] and clock() == first[-1]
    assert all(t.microsecond == 0 for t in first)


def test_the_clock_without_readings_gives_its_end() -> None:
    with pytest.raises(IndexError):  # no first reading: nothing to be "made" before
        duress_files.SpreadClock(readings=0, now=NOW, rng=random.Random(1))


@pytest.mark.parametrize("seed", range(20))
def test_the_clock_stays_weeks_back_and_ends_days_ago(seed: int) -> None:
    clock = duress_files.SpreadClock(now=NOW, rng=random.Random(seed))
    times = [clock() for _ in range(64)]
    assert NOW - timedelta(days=71) < times[0] and times[-1] < NOW - timedelta(hours=12)
    assert times[-1] - times[0] > timedelta(days=20)  # spread over weeks, not one evening
    assert 1 <= (times[0].date() - clock.created.date()).days <= 3  # a day or three before
    assert 8 <= clock.created.hour <= 21


@pytest.mark.parametrize(("drawn", "minutes"), [("lowest", 1), ("highest", 9)])
def test_unlock_comes_one_to_nine_minutes_before_the_save(
        database: tuple[sqlite3.Connection, Path], monkeypatch, drawn: str,
        minutes: int) -> None:
    conn, _ = database
    conn.execute("INSERT INTO revisions(recorded_at) VALUES ('2026-10-01T10:00:00+03:00')")
    monkeypatch.setattr(duress_files.secrets, "randbelow",
                        lambda n: 0 if drawn == "lowest" else n - 1)
    duress_files.record_history(conn, duress_files.SpreadClock(now=NOW, rng=random.Random(2)))
    (at,) = conn.execute("SELECT at FROM access_log WHERE event = 'unlock'").fetchone()
    assert at == f"2026-10-01T09:{60 - minutes:02d}:00+03:00"


def test_a_folder_inside_the_attachment_folder_does_not_stop_it(tmp_path: Path) -> None:
    folder = tmp_path / "data.db-xb"
    (folder / "sub").mkdir(parents=True)
    (folder / ("b" * 32)).write_bytes(b"old")
    duress_files.prepare_folder(folder)
    assert [p.name for p in folder.iterdir()] == ["sub"]


def test_history_has_created_then_one_unlock_before_each_days_first_save(
        database: tuple[sqlite3.Connection, Path]) -> None:
    conn, _ = database
    saves = ["2026-10-01T10:00:00+03:00", "2026-10-01T18:30:00+03:00",
             "2026-10-04T09:15:00+03:00", "2026-10-09T20:00:00+03:00",
             "2026-10-09T20:05:00+03:00"]
    conn.executemany("INSERT INTO revisions(recorded_at) VALUES (?)", [(s,) for s in saves])
    clock = duress_files.SpreadClock(now=NOW, rng=random.Random(2))
    duress_files.record_history(conn, clock)
    events = conn.execute("SELECT at, event FROM access_log ORDER BY id").fetchall()
    assert events[0] == (clock.created.isoformat(timespec="seconds"), "created")
    unlocks = [datetime.fromisoformat(at) for at, event in events[1:] if event == "unlock"]
    assert len(events) == 4 and len(unlocks) == 3
    for opened, first in zip(unlocks, (saves[0], saves[2], saves[3]), strict=True):
        before = datetime.fromisoformat(first) - opened
        assert timedelta(minutes=1) <= before <= timedelta(minutes=9)
        assert opened.utcoffset() == timedelta(hours=3) and opened.microsecond == 0
