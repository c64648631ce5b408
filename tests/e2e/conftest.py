"""Helpers for end-to-end runs of the real app in a child process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DOOR_CODE = "2468"
PASSPHRASE = "violet tractor moon seven"


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    env.update(extra)
    return env


def driver_command(portable: Path, *flags: str) -> list[str]:
    return [sys.executable, "-m", "tests.e2e.app_driver", "--portable", str(portable), *flags]


def prepare_portable(folder: Path) -> Path:
    """A portable folder as ``safeplan demo --portable`` leaves it: vault + calculator + code."""
    from safeplan.core.paths import resolve_paths
    from safeplan.core.settings import SettingsStore, hash_door_code
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    paths = resolve_paths(folder)
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE, kdf=KdfParams.for_tests()).lock()
    store = SettingsStore(paths.settings_file)
    store.save(replace(store.load(), door_code_hash=hash_door_code(DOOR_CODE),
                       first_run_done=True, language="en"))
    return folder


@pytest.fixture
def xserver() -> Iterator[str]:
    """A bare Xvfb (no window manager) on a free display; skips when Xvfb/xdotool are absent."""
    missing = [tool for tool in ("Xvfb", "xdotool", "xprop") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: xvfb, xdotool, x11-utils)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    display = f":{number}"
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        capture_output=True, text=True, timeout=60,
        env=child_env(DISPLAY=display, QT_QPA_PLATFORM="xcb"),
    )
    if probe.returncode != 0:
        server.terminate()
        server.wait(10)
        pytest.skip("Qt's xcb plugin cannot load (Debian: libxcb-cursor0 libxcb-icccm4 "
                    "libxcb-keysyms1)")
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


class Child:
    """A running driver: read its report lines, wait for one.

    Reads the pipe's bytes directly: a buffered ``readline`` can hold several lines in Python's
    buffer while the pipe itself looks empty, and a wait would then miss a line already sent.
    """

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._pending = b""

    def wait_for(self, wanted: str, timeout: float = 30.0) -> None:
        import select
        import signal
        import time

        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while wanted not in self.lines:
            left = deadline - time.monotonic()
            ready = select.select([fd], [], [], max(0.0, min(left, 0.5)))[0]
            chunk = os.read(fd, 65536) if ready else b""
            if chunk:
                self._pending += chunk
                *complete, self._pending = self._pending.split(b"\n")
                self.lines.extend(line.decode().strip() for line in complete)
                continue
            if left <= 0 or (ready and not chunk):
                if self.process.poll() is None:
                    self.process.send_signal(signal.SIGUSR1)  # stack dump to its stderr
                    time.sleep(0.5)
                raise AssertionError(f"never saw {wanted!r}; saw {self.lines}")

    def stop(self) -> Any:
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(10)
