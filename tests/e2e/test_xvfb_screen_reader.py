"""``safeplan --screen-reader`` on a bare Xvfb: Qt reaches the accessibility bus (where Orca
listens) and never the session bus.

The real program (``python -m safeplan --portable DIR --screen-reader``) starts on a desktop
that advertises D-Bus and accessibility (GNOME, a11y on), with listening stand-ins for the session
bus and the accessibility bus. Once the decoy's window is up, the accessibility bus must have been
reached and the session bus not. Two desktops: one that names the accessibility bus in
AT_SPI_BUS_ADDRESS, and the usual GNOME one that does not (the launcher's socket at
$XDG_RUNTIME_DIR/at-spi/bus_<display>). Without the flag neither bus is reached (the control).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.e2e.conftest import REPO, child_env, prepare_portable
from tests.e2e.test_xvfb_no_dbus import FakeBus


class SeenBus(FakeBus):
    """A FakeBus that also says when the first connection came."""

    def __init__(self, path: Path) -> None:
        self.reached = threading.Event()
        super().__init__(path)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            self.reached.set()
            client.close()


def _window_up(display: str, process: subprocess.Popen[str]) -> bool:
    """Wait (up to 90 s, in 0.2 s polls of xdotool) until the app has a visible window."""
    for _ in range(450):
        if process.poll() is not None:
            return False
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                               capture_output=True, text=True, timeout=30,
                               env=child_env(DISPLAY=display))
        if found.stdout.strip():
            return True
        try:
            process.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            pass
    return False


def _start(display: str, tmp_path: Path, flag: bool, **extra: str) -> tuple[int, int]:
    """(accessibility-bus connections, session-bus connections) once the window is up."""
    session = SeenBus(tmp_path / "session_bus")
    access = SeenBus(extra.pop("a11y_socket")) if "a11y_socket" in extra else None
    stick = prepare_portable(tmp_path / "stick")
    command = [sys.executable, "-m", "safeplan", "--portable", str(stick)]
    process = subprocess.Popen(
        command + (["--screen-reader"] if flag else []), cwd=REPO, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        env=child_env(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CURRENT_DESKTOP="GNOME",
                      QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                      DBUS_SESSION_BUS_ADDRESS=f"unix:path={session.path}", **extra))
    try:
        assert _window_up(display, process), "the app's window never showed"
        if flag and access is not None:
            access.reached.wait(60)
        return (access.connections if access else 0), session.connections
    finally:
        process.terminate()
        process.communicate(timeout=60)
        session.close()
        if access is not None:
            access.close()


@pytest.fixture
def desktop(xserver: str) -> str:
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool")
    return xserver


def test_named_accessibility_bus_is_reached_and_the_session_bus_is_not(
        desktop: str, tmp_path: Path) -> None:
    socket_path = tmp_path / "a11y_bus"
    reached, session = _start(desktop, tmp_path, True, a11y_socket=str(socket_path),
                              AT_SPI_BUS_ADDRESS=f"unix:path={socket_path}")
    assert reached > 0 and session == 0, (reached, session)


def test_launcher_socket_is_found_without_the_session_bus(desktop: str, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    (runtime / "at-spi").mkdir(parents=True, mode=0o700)
    socket_path = runtime / "at-spi" / ("bus" + desktop.replace(":", "_", 1))
    reached, session = _start(desktop, tmp_path, True, a11y_socket=str(socket_path),
                              XDG_RUNTIME_DIR=str(runtime))
    assert reached > 0 and session == 0, (reached, session)


def test_control_without_the_flag_no_bus_is_reached(desktop: str, tmp_path: Path) -> None:
    socket_path = tmp_path / "a11y_bus"
    reached, session = _start(desktop, tmp_path, False, a11y_socket=str(socket_path),
                              AT_SPI_BUS_ADDRESS=f"unix:path={socket_path}")
    assert reached == 0 and session == 0, (reached, session)
