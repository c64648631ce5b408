"""Files an export references, read only from inside the export (issues 13 "Also" and 14.2).

An export is untrusted input: a crafted ``result.json`` or chat line may name ``../../.ssh/id_rsa``,
``/home/her/passport.pdf`` or a symbolic link placed beside the export that points at her own
files. A referenced file is used only when its relative path stays inside the export folder, no
part of that path is a symbolic link, and it is a regular file; it is opened with O_NOFOLLOW and
checked to be the very file that was inspected (a file swapped for a link between the preview and
the import is refused, not followed).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from safeplan.core.errors import InvalidInput

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class Inside:
    """A regular file inside ``folder`` at ``relative``, or the reason it may not be read."""

    def __init__(self, folder: Path, relative: str) -> None:
        self.folder = folder
        self.relative = relative
        self.path: Path | None = None
        self.reason = ""
        self.size = 0
        self.mtime = 0.0
        self._identity: tuple[int, int] = (0, 0)
        self._check()

    def _check(self) -> None:
        rel = self.relative.replace("\\", "/")
        parts = PurePosixPath(rel).parts
        if not rel or PurePosixPath(rel).is_absolute() or PureWindowsPath(self.relative).drive:
            self.reason = "an absolute path outside the export folder; not read"
            return
        if ".." in parts:
            self.reason = "a path leading out of the export folder (..); not read"
            return
        current = self.folder
        for i, part in enumerate(parts):
            if part in ("", "."):
                continue
            current = current / part
            try:
                st = os.lstat(current)
            except OSError:
                self.reason = "not in the export folder"
                return
            if stat.S_ISLNK(st.st_mode):
                self.reason = "a symbolic link; links are never followed"
                return
            last = i == len(parts) - 1
            if last and not stat.S_ISREG(st.st_mode):
                self.reason = "not an ordinary file"
                return
            if not last and not stat.S_ISDIR(st.st_mode):
                self.reason = "not in the export folder"
                return
            if last:
                self.path, self.size, self.mtime = current, st.st_size, st.st_mtime
                self._identity = (st.st_dev, st.st_ino)

    @property
    def ok(self) -> bool:
        return self.path is not None

    def open(self) -> BinaryIO:
        return open_regular(self.path or self.folder, self._identity)


def open_regular(path: Path, identity: tuple[int, int] | None = None) -> BinaryIO:
    """Open a regular file without following a final symbolic link; when ``identity`` (device,
    inode) is given, refuse a file that is not the one inspected before."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError as exc:
        raise InvalidInput(f"cannot read an attached file ({exc.strerror or 'a link'})",
                           where=path.name) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (identity and (st.st_dev, st.st_ino) != identity):
        os.close(fd)
        raise InvalidInput("an attached file was replaced after it was checked; not read",
                           where=path.name)
    return os.fdopen(fd, "rb")
