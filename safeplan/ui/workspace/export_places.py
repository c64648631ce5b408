"""Where an export is suggested to go: a removable drive or the portable folder, never her home.

Issue 18: the save dialog opened in ~/Pictures with a file name containing the date. The exported
files are not encrypted, so the first place offered is a USB stick (or the portable folder the app
runs from), and otherwise a neutral place (the top of the file system) — never the home folder,
Pictures or the folder used last time. Nothing about where she saved is remembered.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

NEUTRAL_FILE_NAME = "document.pdf"  # no date, no "chronology": a name that says nothing
NEUTRAL_FOLDER_NAME = "documents"


def _default_media_roots() -> list[Path]:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    roots = [Path("/run/media") / user, Path("/media") / user, Path("/media")] if user else [
        Path("/media")]
    if sys.platform == "darwin":
        roots = [Path("/Volumes")]
    return roots


def _windows_removable() -> list[Path]:
    try:
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = kernel.GetLogicalDrives()
    except (AttributeError, OSError):
        return []
    drives = []
    for index in range(26):
        if mask & (1 << index):
            root = f"{chr(65 + index)}:\\"
            if kernel.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                drives.append(Path(root))
    return drives


@dataclass
class ExportPlaces:
    """Finds removable drives; tests give their own roots and mount check."""

    media_roots: Sequence[Path] = field(default_factory=_default_media_roots)
    is_mount: Callable[[str], bool] = os.path.ismount

    def removable_drives(self) -> list[Path]:
        if os.name == "nt":
            return _windows_removable()
        found: list[Path] = []
        for root in self.media_roots:
            try:
                children = sorted(root.iterdir())
            except OSError:
                continue
            for child in children:
                try:
                    usable = child.is_dir() and self.is_mount(str(child)) and os.access(
                        child, os.W_OK)
                except OSError:
                    continue
                if usable and child not in found and os.path.realpath(child) != "/":
                    found.append(child)
        return found

    def suggested_folder(self, portable: Path | None) -> Path:
        """A USB stick, else the portable folder, else the top of the file system."""
        drives = self.removable_drives()
        if drives:
            return drives[0]
        if portable is not None and portable.is_dir():
            return portable
        return Path(Path.home().anchor or os.sep)


def new_folder(base: Path) -> Path:
    """A new, neutrally named folder inside ``base`` (documents, documents-2, …)."""
    for number in range(1, 1000):
        name = NEUTRAL_FOLDER_NAME if number == 1 else f"{NEUTRAL_FOLDER_NAME}-{number}"
        candidate = base / name
        try:
            candidate.mkdir()
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(str(base))
