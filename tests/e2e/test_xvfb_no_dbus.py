"""Issue 14.9: on X11 Qt connected to the D-Bus session bus (its platform theme and the
accessibility bridge), a local socket, although SECURITY.md says the app opens none.

A whole scripted session of the real app on a bare Xvfb, with a desktop that advertises D-Bus
(GNOME, accessibility on) and listening stand-ins for the session and accessibility buses: no
connection may reach them. The control run (SAFEPLAN_ALLOW_DBUS=1) shows that Qt does connect
when allowed, so the test can fail.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from pathlib import Path

from tests.e2e.conftest import REPO, child_env, driver_command


class FakeBus:
    """A listening AF_UNIX socket that counts connections (it never answers them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(16)
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            client.close()  # the client's handshake fails at once: nothing hangs

    def close(self) -> None:
        self.server.close()


def _session(xserver: str, tmp_path: Path, **extra: str) -> tuple[int, str, int]:
    session, access = FakeBus(tmp_path / "session_bus"), FakeBus(tmp_path / "a11y_bus")
    try:
        result = subprocess.run(
            driver_command(tmp_path / "stick", "--script", "--test-kdf"),
            capture_output=True, text=True, timeout=240, cwd=REPO,
            env=child_env(DISPLAY=xserver, QT_QPA_PLATFORM="xcb", XDG_CURRENT_DESKTOP="GNOME",
                          QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                          DBUS_SESSION_BUS_ADDRESS=f"unix:path={session.path}",
                          AT_SPI_BUS_ADDRESS=f"unix:path={access.path}", **extra))
        return result.returncode, result.stdout, session.connections + access.connections
    finally:
        session.close()
        access.close()


def test_no_dbus_connection_in_a_whole_session(xserver: str, tmp_path: Path) -> None:
    code, out, connections = _session(xserver, tmp_path)
    assert code == 0 and "DONE" in out, out[-2000:]
    assert connections == 0


def test_control_qt_does_connect_when_allowed(xserver: str, tmp_path: Path) -> None:
    _code, _out, connections = _session(xserver, tmp_path, SAFEPLAN_ALLOW_DBUS="1")
    assert connections > 0
