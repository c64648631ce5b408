"""Real X11 key presses on a bare X server (no window manager): door code, unlock, Shift ×3.

Issue 4: quick exit must work where windows only get focus when clicked or activated, and
afterwards no visible window title (nor class, nor icon name) may reveal anything.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.e2e.conftest import (
    DOOR_CODE,
    PASSPHRASE,
    Child,
    child_env,
    driver_command,
    prepare_portable,
)

BANNED = ("safeplan", "safe", "journal", "vault", "abuse", "evidence", "passphrase", "decoy")


def xdo(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30,
                            env=child_env(DISPLAY=display))
    return result.stdout.strip()


def wait_for_focus(display: str, name: str, timeout: float = 15.0) -> None:
    """Until the window called ``name`` has the keyboard focus (a condition, not a delay: with
    no window manager the app focuses itself once mapped)."""
    deadline = time.monotonic() + timeout
    while True:
        focused = subprocess.run(["xdotool", "getwindowfocus", "getwindowname"],
                                 capture_output=True, text=True, timeout=30,
                                 env=child_env(DISPLAY=display)).stdout.strip()
        if focused == name:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{name!r} never got the focus (focused: {focused!r})")
        time.sleep(0.02)


def window_facts(display: str) -> list[str]:
    """Names, classes and icon names of every visible top-level window."""
    ids = xdo(display, "search", "--onlyvisible", "--name", "").split()
    facts: list[str] = []
    for wid in ids:
        facts.append(xdo(display, "getwindowname", wid))
        props = subprocess.run(
            ["xprop", "-id", wid, "WM_CLASS", "WM_NAME", "_NET_WM_NAME", "WM_ICON_NAME",
             "_NET_WM_ICON_NAME"],
            capture_output=True, text=True, timeout=30, env=child_env(DISPLAY=display),
        ).stdout
        facts.append(props)
    return facts


def test_real_keys_door_code_unlock_and_shift_three_times(xserver: str, tmp_path: Path) -> None:
    portable = prepare_portable(tmp_path / "stick")
    process = subprocess.Popen(
        driver_command(portable), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0,
        env=child_env(DISPLAY=xserver, QT_QPA_PLATFORM="xcb"),
    )
    child = Child(process)
    try:
        child.wait_for("READY")
        child.wait_for("STATE decoy")
        assert xdo(xserver, "search", "--sync", "--onlyvisible", "--name", "Calculator")
        wait_for_focus(xserver, "Calculator")

        # A wrong code just calculates; the right one opens the passphrase screen.
        xdo(xserver, "type", "--delay", "40", "1234=")
        xdo(xserver, "type", "--delay", "40", f"{DOOR_CODE}=")
        child.wait_for("STATE unlock")
        xdo(xserver, "type", "--delay", "30", PASSPHRASE)
        xdo(xserver, "key", "Return")
        child.wait_for("STATE open")
        wait_for_focus(xserver, "Calculator")  # the open journal keeps the neutral title
        # Even open, the window's title and class stay neutral (the name is inside only).
        assert all(word not in fact.lower() for fact in window_facts(xserver)
                   for word in BANNED)

        xdo(xserver, "key", "--delay", "80", "shift", "shift", "shift")
        child.wait_for("STATE decoy", timeout=5)
        child.wait_for("LOCKED", timeout=10)
        facts = window_facts(xserver)
        assert facts, "no visible window found"
        text = "\n".join(facts).lower()
        assert "calculator" in text
        for word in BANNED:
            assert word not in text, word

        # Re-entry goes through the decoy: the code shows the passphrase screen, not the journal.
        child.lines.clear()
        wait_for_focus(xserver, "Calculator")
        xdo(xserver, "type", "--delay", "40", f"{DOOR_CODE}=")
        child.wait_for("STATE unlock")
        assert "STATE open" not in child.lines
    finally:
        child.stop()
