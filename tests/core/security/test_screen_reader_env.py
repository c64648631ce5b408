"""Screen-reader mode (``safeplan --screen-reader``): the environment after the portable step.

Without it, portable.py makes every D-Bus address unusable (no sockets, issue 14.9), so Orca on
Linux — which reaches an app only through the AT-SPI accessibility bus — got nothing from SafePlan,
and the only way out (``SAFEPLAN_ALLOW_DBUS=1``) also opened the desktop's session bus. Screen-
reader mode keeps exactly what AT-SPI needs: the accessibility bus's address (given by the
desktop, or the socket at-spi-bus-launcher makes at its fixed place), and the session bus only when
the accessibility bus cannot be found without asking it. The system bus is never kept.

One test per case, each on the environment ``prepare_environment`` leaves behind, in portable and
in normal mode; a real listening AF_UNIX socket stands for the launcher's.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from safeplan.core import portable
from safeplan.core.paths import AppPaths

SESSION = "unix:path=/run/user/1000/bus"
SYSTEM = "unix:path=/run/dbus/system_bus_socket"
OFF = "disabled:"


@pytest.fixture
def no_hardening(monkeypatch: pytest.MonkeyPatch) -> None:
    """harden_process changes this very process (umask, name); test_portable_environment.py
    checks it in a child."""
    monkeypatch.setattr(portable, "harden_process", lambda: None)


@pytest.fixture
def launcher_socket(tmp_path: Path) -> Iterator[Path]:
    """$XDG_RUNTIME_DIR/at-spi/bus_0, listening, as at-spi-bus-launcher leaves it for DISPLAY :0."""
    runtime = tmp_path / "run"
    (runtime / "at-spi").mkdir(parents=True)
    path = runtime / "at-spi" / "bus_0"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    try:
        yield path
    finally:
        server.close()


def _after(tmp_path: Path, env: dict[str, str], is_portable: bool) -> dict[str, str]:
    portable.prepare_environment(AppPaths(tmp_path / f"app-{is_portable}", is_portable), env)
    return env


@pytest.mark.parametrize("is_portable", [True, False])
def test_without_the_flag_no_bus_is_reachable(tmp_path: Path, no_hardening: None,
                                              is_portable: bool) -> None:
    env = _after(tmp_path, {"DBUS_SESSION_BUS_ADDRESS": SESSION, "DBUS_SYSTEM_BUS_ADDRESS": SYSTEM,
                            "AT_SPI_BUS_ADDRESS": "unix:path=/run/user/1000/at-spi/bus_0"},
                 is_portable)
    assert [env[v] for v in portable.DBUS_VARIABLES] == [OFF, OFF, OFF]


@pytest.mark.parametrize("value", ["0", "yes", "", "true", "11"])
def test_only_exactly_1_turns_screen_reader_mode_on(tmp_path: Path, no_hardening: None,
                                                    value: str) -> None:
    env = _after(tmp_path, {portable.SCREEN_READER_VARIABLE: value,
                            "AT_SPI_BUS_ADDRESS": "unix:path=/a11y"}, True)
    assert [env[v] for v in portable.DBUS_VARIABLES] == [OFF, OFF, OFF]


@pytest.mark.parametrize("is_portable", [True, False])
def test_a_given_accessibility_bus_is_kept_and_nothing_else(tmp_path: Path, no_hardening: None,
                                                            is_portable: bool) -> None:
    """The desktop set AT_SPI_BUS_ADDRESS: Qt connects straight to it and never needs the
    session bus, so the session and system buses stay unusable."""
    given = "unix:path=/run/user/1000/at-spi/bus_0,guid=0123456789abcdef"
    env = _after(tmp_path, {portable.SCREEN_READER_VARIABLE: "1", "AT_SPI_BUS_ADDRESS": given,
                            "DBUS_SESSION_BUS_ADDRESS": SESSION,
                            "DBUS_SYSTEM_BUS_ADDRESS": SYSTEM}, is_portable)
    assert env["AT_SPI_BUS_ADDRESS"] == given
    assert env["DBUS_SESSION_BUS_ADDRESS"] == OFF and env["DBUS_SYSTEM_BUS_ADDRESS"] == OFF


@pytest.mark.parametrize("is_portable", [True, False])
def test_the_launchers_socket_is_found_without_the_session_bus(
        tmp_path: Path, no_hardening: None, launcher_socket: Path, is_portable: bool) -> None:
    """No AT_SPI_BUS_ADDRESS (the usual GNOME case: apps ask org.a11y.Bus on the session bus):
    the launcher's socket at its fixed place is used, and the session bus stays closed."""
    env = _after(tmp_path, {portable.SCREEN_READER_VARIABLE: "1", "DISPLAY": ":0",
                            "XDG_RUNTIME_DIR": str(launcher_socket.parent.parent),
                            "DBUS_SESSION_BUS_ADDRESS": SESSION}, is_portable)
    assert env["AT_SPI_BUS_ADDRESS"] == f"unix:path={launcher_socket}"
    assert env["DBUS_SESSION_BUS_ADDRESS"] == OFF and env["DBUS_SYSTEM_BUS_ADDRESS"] == OFF


def test_a_display_with_a_screen_number_and_wayland_find_their_sockets(tmp_path: Path) -> None:
    folder = tmp_path / "at-spi"
    folder.mkdir()
    servers = []
    for name in ("bus_1.0", "bus"):
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(folder / name))
        servers.append(server)
    try:
        assert portable.accessibility_bus({"XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":1.0"}) \
            == f"unix:path={folder / 'bus_1.0'}"
        assert portable.accessibility_bus({"XDG_RUNTIME_DIR": str(tmp_path)}) \
            == f"unix:path={folder / 'bus'}"
        # a plain file where the socket should be is not a bus
        (folder / "bus_2").write_text("not a socket")
        assert portable.accessibility_bus({"XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":2"}) \
            == f"unix:path={folder / 'bus'}"
    finally:
        for server in servers:
            server.close()


def test_when_only_the_session_bus_knows_the_address_it_is_kept(
        tmp_path: Path, no_hardening: None) -> None:
    """No address and no launcher socket: Qt can only ask org.a11y.Bus on the session bus. A
    blind person who asked for the screen reader gets it (the session bus stays usable, the
    system bus does not), rather than a silent app."""
    env = _after(tmp_path, {portable.SCREEN_READER_VARIABLE: "1", "DISPLAY": ":0",
                            "XDG_RUNTIME_DIR": str(tmp_path / "empty"),
                            "DBUS_SESSION_BUS_ADDRESS": SESSION,
                            "DBUS_SYSTEM_BUS_ADDRESS": SYSTEM}, True)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == SESSION
    assert env["DBUS_SYSTEM_BUS_ADDRESS"] == OFF
    assert "AT_SPI_BUS_ADDRESS" not in env


def test_a_disabled_address_left_by_an_earlier_start_is_not_an_address(
        tmp_path: Path, no_hardening: None, launcher_socket: Path) -> None:
    env = _after(tmp_path, {portable.SCREEN_READER_VARIABLE: "1", "DISPLAY": ":0",
                            "AT_SPI_BUS_ADDRESS": OFF,
                            "XDG_RUNTIME_DIR": str(launcher_socket.parent.parent)}, False)
    assert env["AT_SPI_BUS_ADDRESS"] == f"unix:path={launcher_socket}"


def test_allow_dbus_still_keeps_everything(tmp_path: Path, no_hardening: None) -> None:
    env = _after(tmp_path, {"SAFEPLAN_ALLOW_DBUS": "1", portable.SCREEN_READER_VARIABLE: "1",
                            "DBUS_SESSION_BUS_ADDRESS": SESSION,
                            "DBUS_SYSTEM_BUS_ADDRESS": SYSTEM}, False)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == SESSION and env["DBUS_SYSTEM_BUS_ADDRESS"] == SYSTEM
