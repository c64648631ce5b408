"""The program's entry point (safeplan/__main__.py): the app takes the short road, the tool is
unchanged (issue 17.2).

Only argument lists that can mean nothing but "start the app" skip safeplan.cli; whatever else is
typed reaches the full parser exactly as before. tests/ui/test_decoy_imports.py checks that the
short road loads none of the tool's modules before the decoy shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import safeplan.app
from safeplan import cli
from safeplan.__main__ import app_arguments, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--portable", "stick"], (True, Path("stick"))),
    (["--portable=stick"], (True, Path("stick"))),
    (["--portable", "/media/usb/Мои документы"], (True, Path("/media/usb/Мои документы"))),
    # Everything else is the parser's to judge (a command, help, an abbreviation, a mistake).
    (["vault", "create", "x.safeplan"], (False, None)),
    (["--portable", "stick", "vault", "check", "x"], (False, None)),
    (["--help"], (False, None)),
    (["-h"], (False, None)),
    (["--port", "stick"], (False, None)),
    (["--portable"], (False, None)),
    (["--portable", "--help"], (False, None)),
    (["--portable", ""], (False, None)),
    (["--portable="], (False, None)),
    (["--portable", "a", "--portable", "b"], (False, None)),
    (["stick"], (False, None)),
])
def test_only_plain_app_arguments_take_the_short_road(argv: list[str],
                                                       expected: tuple[bool, Path | None]) -> None:
    assert app_arguments(argv) == expected


@pytest.mark.parametrize("argv", [
    [], ["--portable", "stick"], ["--portable=stick"], ["--port", "stick"], ["--portable=a b"],
])
def test_both_roads_start_the_app_with_the_same_folder(monkeypatch: pytest.MonkeyPatch,
                                                       argv: list[str]) -> None:
    """The entry point and the full parser hand run_gui the same portable folder."""
    started: list[Path | None] = []

    def record(portable_dir: Path | None = None) -> int:
        started.append(portable_dir)
        return 0

    monkeypatch.setattr(safeplan.app, "run_gui", record)
    assert main(argv) == 0
    assert cli.main(argv) == 0
    assert len(started) == 2
    assert started[0] == started[1]


def _program(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "safeplan", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_the_tool_still_answers_help_and_usage_errors() -> None:
    helped = _program("--help")
    assert helped.returncode == 0
    assert "usage: safeplan" in helped.stdout
    assert "vault" in helped.stdout
    wrong = _program("--portable", "--help")  # argparse: the folder is missing
    assert wrong.returncode == 2
    assert "--portable" in wrong.stderr
    assert "Traceback" not in wrong.stderr
