"""Remove what an export wrote: overwrite each file's bytes, flush them to the disk, then delete.

The exported PDF, check file, CSV and bundle are not encrypted and outlive quick exit (issue 18).
After she has copied them where they belong (a lawyer, a USB stick she keeps), "remove the
exported files from this computer" calls ``overwrite_and_remove``.

Honest limits, said in the interface too: on an SSD, a USB stick or any flash memory the drive
writes new data to fresh cells and may keep the old ones until it reuses them; copy-on-write and
journaling file systems (btrfs, APFS, ZFS) and snapshots or backups can also keep old copies. The
overwrite removes the content from the file itself and the file from the folder; it cannot promise
that nothing can be recovered from the hardware.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_CHUNK = 1 << 20
_log = logging.getLogger(__name__)


@dataclass
class RemovalReport:
    removed: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)  # already gone (moved or deleted by her)
    failed: list[Path] = field(default_factory=list)  # could not be overwritten or deleted

    @property
    def ok(self) -> bool:
        return not self.failed


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    zeros = bytes(_CHUNK)
    # r+b: the same file, in place (a new file would leave the old blocks untouched)
    with path.open("r+b") as handle:
        left = size
        while left > 0:
            step = min(left, _CHUNK)
            handle.write(zeros[:step])
            left -= step
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        _log.debug("folder sync not supported here")
    finally:
        os.close(fd)


def overwrite_and_remove(paths: Iterable[Path | None]) -> RemovalReport:
    """Overwrite every existing regular file in ``paths`` with zeros, sync, delete it."""
    report = RemovalReport()
    seen: set[Path] = set()
    for given in paths:
        if given is None:
            continue
        path = Path(given)
        if path in seen:
            continue
        seen.add(path)
        if not path.exists() and not path.is_symlink():
            report.missing.append(path)
            continue
        if path.is_symlink() or not path.is_file():
            report.failed.append(path)  # never follow a link or empty a folder someone put there
            continue
        try:
            _overwrite(path)
            path.unlink()
            _sync_folder(path.parent)
            report.removed.append(path)
        except OSError:
            _log.warning("an exported file could not be removed")
            report.failed.append(path)
    return report
