"""One process per vault (vault_lock.py) and crash-safe replacement of the key header
(atomic.py, requirement 1), against the bugs a mutation of them plants: the lock taken blocking
or not at all, the wait ignored, a descriptor leaked on every refused open, the lock file
world-readable, a temp file left beside the key header, the folder not synced after the rename,
a failed write reported as a bare OSError or leaving the old header damaged."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from safeplan.core import atomic
from safeplan.core.errors import StorageFull, VaultBusy
from safeplan.core.storage import vault_lock
from safeplan.core.storage.vault_lock import VaultLock

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, flock and /proc")


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# -- vault_lock ---------------------------------------------------------------------------------

@posix_only
def test_second_holder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "v.lock"
    first, second = VaultLock(path), VaultLock(path)
    assert not first.held
    first.acquire()
    assert first.held and stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(VaultBusy):
        second.acquire()
    assert not second.held
    first.release()
    assert not first.held
    second.acquire()
    assert second.held
    with pytest.raises(VaultBusy):
        first.acquire()  # the lock is really held again, by the second
    second.release()
    second.release()  # a second release is harmless
    first.acquire()
    first.release()


@posix_only
def test_a_refused_lock_closes_its_file(tmp_path: Path) -> None:
    path = tmp_path / "v.lock"
    holder = VaultLock(path)
    holder.acquire()
    before = _open_fds()
    for _ in range(5):
        with pytest.raises(VaultBusy):
            VaultLock(path).acquire()
    assert _open_fds() == before
    holder.release()
    assert _open_fds() == before - 1


@posix_only
def test_waiting_retries_until_the_other_lets_go(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v.lock"
    holder, waiter = VaultLock(path), VaultLock(path)
    holder.acquire()
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the other window closes during the first pause
        pauses.append(seconds)
        holder.release()

    monkeypatch.setattr(vault_lock.time, "sleep", pause)
    waiter.acquire(wait_seconds=30)
    assert waiter.held and len(pauses) == 1 and 0 < pauses[0] <= 0.5
    waiter.release()


@posix_only
def test_no_wait_means_no_pause(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v.lock"
    holder = VaultLock(path)
    holder.acquire()
    monkeypatch.setattr(vault_lock.time, "sleep", lambda s: pytest.fail("paused without a wait"))
    with pytest.raises(VaultBusy):
        VaultLock(path).acquire()
    holder.release()


@posix_only
def test_the_wait_has_an_end(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v.lock"
    holder = VaultLock(path)
    holder.acquire()
    clock = [1000.0]
    monkeypatch.setattr(vault_lock.time, "monotonic", lambda: clock[0])

    def pause(seconds: float) -> None:
        clock[0] += seconds

    monkeypatch.setattr(vault_lock.time, "sleep", pause)
    with pytest.raises(VaultBusy):  # a coarse clock that has not moved: still no pause
        VaultLock(path).acquire(wait_seconds=0)
    assert clock[0] == 1000.0
    with pytest.raises(VaultBusy):
        VaultLock(path).acquire(wait_seconds=2)
    assert 1001.9 <= clock[0] <= 1002.2  # waited the two seconds asked, not more
    holder.release()


def test_a_folder_that_cannot_be_written_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(StorageFull):
        VaultLock(tmp_path / "no such folder" / "v.lock").acquire()


# -- atomic_write -------------------------------------------------------------------------------

def test_replaces_the_file_whole_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "header"
    target.write_bytes(b"old header")
    atomic.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["header"]


@posix_only
def test_modes_are_owner_only_unless_asked(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        atomic.atomic_write(tmp_path / "a", b"x")
        atomic.atomic_write(tmp_path / "b", b"x", mode=0o640)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o640


@posix_only
def test_the_data_and_the_folder_are_synced(tmp_path: Path, monkeypatch) -> None:
    synced: list[tuple[bool, int]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced.append((stat.S_ISDIR(info.st_mode), 0 if stat.S_ISDIR(info.st_mode)
                       else info.st_size))
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    atomic.atomic_write(tmp_path / "header", b"key header")
    assert synced == [(False, len(b"key header")), (True, 0)]  # file first, folder after rename


@pytest.mark.parametrize("failing", ["replace", "fsync", "open"])
def test_a_refusing_disk_keeps_the_old_file_and_says_so(tmp_path: Path, monkeypatch,
                                                        failing: str) -> None:
    target = tmp_path / "header"
    target.write_bytes(b"old header")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, refuse)
    with pytest.raises(StorageFull, match="No space left on device"):
        atomic.atomic_write(target, b"new header")
    monkeypatch.undo()
    assert target.read_bytes() == b"old header"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["header"]


def test_an_interrupted_write_removes_its_temp_file(tmp_path: Path, monkeypatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.atomic_write(tmp_path / "header", b"new")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_temp_names_differ_each_time(tmp_path: Path, monkeypatch) -> None:
    """Two writers (or a stale temp file from a crash) never collide on one temp name."""
    seen: list[str] = []
    real = os.replace

    def replace(src: object, dst: object) -> None:
        seen.append(Path(str(src)).name)
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic.atomic_write(tmp_path / "header", b"1")
    atomic.atomic_write(tmp_path / "header", b"2")
    assert len(set(seen)) == 2
    assert all(n.startswith(".header.") and n.endswith(".tmp") for n in seen)


@posix_only
def test_the_temp_file_is_never_one_that_already_exists(tmp_path: Path, monkeypatch) -> None:
    """A link planted at the temp name (or a stale temp file) is refused, never written through:
    the temp file is created exclusively."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"hers")
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: "deadbeef")
    (tmp_path / ".header.deadbeef.tmp").symlink_to(victim)
    with pytest.raises(StorageFull):
        atomic.atomic_write(tmp_path / "header", b"new header")
    assert victim.read_bytes() == b"hers" and not (tmp_path / "header").exists()
