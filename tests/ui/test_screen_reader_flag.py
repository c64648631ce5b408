"""``safeplan --screen-reader``: both roads into the app (the entry point's short road and the full
parser) start it in screen-reader mode, with or without ``--portable``; a command ignores it
and the help names it. What the mode keeps is tested in
tests/core/security/test_screen_reader_env.py; that Qt then reaches the accessibility bus and not
the session bus, in tests/e2e/test_xvfb_screen_reader.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import safeplan.app
from safeplan import cli
from safeplan.__main__ import main
from safeplan.core.portable import SCREEN_READER_VARIABLE


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, str | None]]:
    """run_gui's folder and whether screen-reader mode was asked when it was called (the real
    run_gui reads it in prepare_environment, before Qt starts)."""
    calls: list[tuple[Path | None, str | None]] = []
    monkeypatch.delenv(SCREEN_READER_VARIABLE, raising=False)  # restored after the test

    def record(portable_dir: Path | None = None) -> int:
        calls.append((portable_dir, os.environ.pop(SCREEN_READER_VARIABLE, None)))
        return 0

    monkeypatch.setattr(safeplan.app, "run_gui", record)
    return calls


@pytest.mark.parametrize("argv", [
    ["--screen-reader"], ["--portable", "stick", "--screen-reader"],
    ["--screen-reader", "--portable", "stick"], ["--screen-reader", "--portable=stick"],
])
def test_both_roads_start_the_app_in_screen_reader_mode(
        started: list[tuple[Path | None, str | None]], argv: list[str]) -> None:
    assert main(argv) == 0
    assert cli.main(argv) == 0
    folder = Path("stick") if any("stick" in a for a in argv) else None
    assert started == [(folder, "1"), (folder, "1")]


@pytest.mark.parametrize("argv", [[], ["--portable", "stick"]])
def test_without_the_flag_screen_reader_mode_stays_off(
        started: list[tuple[Path | None, str | None]], argv: list[str]) -> None:
    assert main(argv) == 0 and cli.main(argv) == 0
    assert [mode for _folder, mode in started] == [None, None]


def test_the_help_names_the_flag() -> None:
    text = cli.build_parser().format_help()
    assert "--screen-reader" in text and "Orca" in text
