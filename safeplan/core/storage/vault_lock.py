"""One process per vault: an exclusive, non-blocking lock on a side file.

Two processes writing one SQLCipher file could interleave transactions from different journals
(and two hash-chain heads); the second process gets ``VaultBusy`` and a clear message instead.
The operating system drops the lock if the process dies, so a crash never leaves a vault stuck.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from safeplan.core.errors import StorageFull, VaultBusy


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            # A read-only folder (write-protected stick, read-only mount): a typed error the
            # CLI and UI put in words, nothing touched — not a bare OSError.
            raise StorageFull(f"the vault's folder cannot be written: {exc.strerror}") from exc
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                _lock(fd)
                self._fd = fd
                return
            except OSError as exc:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise VaultBusy("the vault is open in another window or program") from exc
                time.sleep(0.1)

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
