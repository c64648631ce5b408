"""Issue 14.5: after quick exit or lock, journal text must not stay in X11's PRIMARY selection
(pastable with a middle click) nor on the clipboard, whoever put it there inside the app.

Real X11 (a bare Xvfb), two processes: the owner selects and copies, clears through the guard
and keeps serving the selection; a second program then reads PRIMARY and CLIPBOARD.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import REPO, child_env


def _run(xserver: str, tmp_path: Path, *flags: str) -> tuple[str, str]:
    done = tmp_path / "done"
    env = child_env(DISPLAY=xserver, QT_QPA_PLATFORM="xcb")
    owner = subprocess.Popen([sys.executable, "-m", "tests.e2e.clipboard_child", "owner",
                              str(done), *flags], stdout=subprocess.PIPE, cwd=REPO, env=env)
    try:
        assert owner.stdout is not None
        ready = owner.stdout.readline().decode()  # blocks until the owner has cleared
        reader = subprocess.run([sys.executable, "-m", "tests.e2e.clipboard_child", "reader"],
                                capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
        return ready, reader.stdout
    finally:
        done.touch()
        try:
            owner.wait(30)
        except subprocess.TimeoutExpired:
            owner.kill()


def test_primary_and_clipboard_cleared(xserver: str, tmp_path: Path) -> None:
    ready, seen = _run(xserver, tmp_path)
    assert "owned=True" in ready and "cleared=True" in ready, ready
    assert "PRIMARY=\n" in seen and "CLIPBOARD=\n" in seen, seen
    assert "journal line" not in seen


def test_the_check_itself_sees_text_when_nothing_is_cleared(xserver: str, tmp_path: Path) -> None:
    """Control: without the clearing another program does read both (so the test above can
    fail)."""
    ready, seen = _run(xserver, tmp_path, "--no-clear")
    if "owned=True" not in ready:
        pytest.skip("this X server gave no selection ownership")
    assert "PRIMARY=selected journal line" in seen and "CLIPBOARD=copied journal line" in seen
