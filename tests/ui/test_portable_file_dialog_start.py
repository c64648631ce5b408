"""In portable mode file dialogs open on the stick, not in the laptop's home (QA finding F6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safeplan.ui.dialogs import Dialogs


def test_file_dialog_starts_in_the_given_folder(qapp: Any, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs = Dialogs(tmp_path / "qt", start_dir=stick)
    dialog = dialogs._file_dialog(None, "t", None, "")
    try:
        assert Path(dialog.directory().absolutePath()) == stick
    finally:
        dialog.deleteLater()


def test_portable_shell_passes_the_stick(build: Any, paths: Any) -> None:
    shell = build()
    assert paths.portable
    assert shell.session.dialogs._start_dir == paths.root.parent
