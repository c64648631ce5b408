"""Fault injection helpers: an ``os`` stand-in whose writes fail, and a real tiny filesystem.

``FailingOS`` replaces the ``os`` module *inside one core module* (monkeypatched attribute), so
only that module's writes fail: the failure is the ENOSPC or EIO a full USB stick or a dying disk
gives, raised at the chosen step (write, fsync or rename). ``tiny_filesystem`` mounts a real tmpfs
of a few hundred KiB (only possible as root; tests skip with the reason otherwise).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


class _FailingFile:
    def __init__(self, inner: BinaryIO, owner: FailingOS) -> None:
        self._inner = inner
        self._owner = owner

    def write(self, data: bytes) -> int:
        if self._owner.step == "write":
            self._owner.written += len(data)
            if self._owner.written > self._owner.after_bytes:
                self._owner.fired += 1
                raise OSError(self._owner.code, os.strerror(self._owner.code))
        return self._inner.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


class FailingOS:
    """Delegates to ``os``; fails at ``step`` ("write", "fsync" or "replace")."""

    def __init__(self, step: str, *, after_bytes: int = 0, code: int = errno.ENOSPC) -> None:
        self.step = step
        self.after_bytes = after_bytes
        self.code = code
        self.written = 0
        self.fired = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _fail(self) -> None:
        self.fired += 1
        raise OSError(self.code, os.strerror(self.code))

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> _FailingFile:
        return _FailingFile(os.fdopen(fd, *args, **kwargs), self)

    def fsync(self, fd: int) -> None:
        if self.step == "fsync":
            self._fail()
        os.fsync(fd)

    def replace(self, src: Any, dst: Any) -> None:
        if self.step == "replace":
            self._fail()
        os.replace(src, dst)


def can_mount() -> str:
    """'' when a tmpfs can be mounted here, else the reason."""
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "tmpfs needs POSIX"
    if os.geteuid() != 0:
        return "mounting a tiny tmpfs needs root (the injected-failure tests still run)"
    return ""


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size_kib: int) -> Iterator[Path]:
    """A real tmpfs of ``size_kib`` KiB at ``folder``: writes beyond it fail with ENOSPC."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        import pytest

        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill a filesystem up to ``leave_bytes`` free (a filler file the test can delete)."""
    filler = folder / "filler"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as out:
        remaining = max(free - leave_bytes, 0)
        block = b"\0" * 65536
        try:
            while remaining > 0:
                out.write(block[:remaining])
                remaining -= min(len(block), remaining)
            out.flush()
        except OSError:
            pass
    return filler


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}
