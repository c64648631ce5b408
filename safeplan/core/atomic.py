"""Crash-safe file replacement: write a sibling temp file, fsync, rename, fsync the folder.

Used for the key header and pre-unlock settings: kill -9 at any instant leaves either the old or
the new content, never a mixture (requirement 1). The temp file lives beside the target (same
folder, same filesystem) and holds only what the target will hold — never journal plaintext.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from safeplan.core.errors import StorageFull


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data``; a full or failing disk raises StorageFull, old file kept."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_folder(path.parent)
    except OSError as exc:
        # A typed error (the CLI and UI say "the disk refused"), never a bare OSError.
        raise StorageFull(f"could not write a file: {exc.strerror}") from exc


def fsync_folder(folder: Path) -> None:
    """Make a rename durable on POSIX; directories cannot be opened for fsync on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
