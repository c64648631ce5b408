"""Shared helpers for the journal workspace tests: the dialogs seam stubbed, real vaults.

The stub answers the seam's questions from queues the test sets (STYLE.md 6: tests replace the
seam instead of racing modal dialogs) and records what was asked, so a test can prove that a
destructive action asked first.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse"


class StubDialogs:
    """The ``safeplan.ui.dialogs.Dialogs`` interface, answering without showing anything."""

    def __init__(self) -> None:
        self.confirm_answers: list[bool] = []
        self.paths: list[Path | None] = []
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.closed_all = 0

    def confirm(self, parent: Any, title: str, text: str, **_kwargs: Any) -> bool:
        self.asked.append((title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def show_error(self, parent: Any, text: str, *, title: str = "") -> None:
        self.errors.append(text)

    def show_info(self, parent: Any, text: str, *, title: str = "") -> None:
        self.infos.append(text)

    def choose_path(self, parent: Any, title: str, **_kwargs: Any) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def choose_existing_file(self, parent: Any, title: str, **_kwargs: Any) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def close_all(self) -> None:
        self.closed_all += 1


def photo_bytes(width: int = 200, height: int = 100, orientation: int = 6) -> bytes:
    """A real JPEG whose EXIF says "rotate 90°" (as phones write it)."""
    from PIL import Image

    image = Image.new("RGB", (width, height), (200, 120, 120))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}
