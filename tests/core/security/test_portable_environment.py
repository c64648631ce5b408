"""Requirement 13 and threat A3 (the next user of a loaned laptop) for portable.py, against the
bugs a mutation of it plants: one cache/temp variable not redirected (Mesa or Qt then writes to
the home folder), a redirect folder left world-readable, redirects made outside portable mode,
D-Bus left reachable, ``SAFEPLAN_ALLOW_DBUS`` read as "any value", core dumps still allowed, the
process still named after the program."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from safeplan.core import portable
from safeplan.core.paths import AppPaths

REPO = Path(__file__).resolve().parents[3]
REDIRECTED = ("TMPDIR", "TEMP", "TMP", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
              "XDG_STATE_HOME", "MESA_SHADER_CACHE_DIR")


@pytest.fixture
def no_hardening(monkeypatch) -> None:
    """harden_process changes this very process (umask, name): tested in a child below."""
    monkeypatch.setattr(portable, "harden_process", lambda: None)


def test_portable_mode_sends_every_cache_and_temp_folder_into_its_own_folder(
        tmp_path: Path, no_hardening: None) -> None:
    root = tmp_path / "stick" / "app"
    env: dict[str, str] = {"HOME": "/home/her", "TMPDIR": "/tmp"}
    changed = portable.prepare_environment(AppPaths(root, True), env)
    assert set(changed) == set(REDIRECTED)
    for variable in REDIRECTED:
        target = Path(env[variable])
        assert env[variable] == changed[variable]
        assert target.is_relative_to(root) and target.is_dir(), variable
        if os.name == "posix":
            assert stat.S_IMODE(target.stat().st_mode) == 0o700, variable
    assert env["TMPDIR"] == env["TEMP"] == env["TMP"] == str(root / "tmp")
    assert env["MESA_SHADER_CACHE_DIR"] == str(root / "cache" / "mesa")
    assert len({env[v] for v in REDIRECTED[3:]}) == 5  # config, data, state, caches apart
    assert env["HOME"] == "/home/her"  # only the listed variables


def test_installed_mode_redirects_nothing(tmp_path: Path, no_hardening: None) -> None:
    env: dict[str, str] = {"TMPDIR": "/tmp"}
    assert portable.prepare_environment(AppPaths(tmp_path / "r", False), env) == {}
    assert env["TMPDIR"] == "/tmp" and "XDG_CACHE_HOME" not in env
    assert (tmp_path / "r" / "store").is_dir()  # the app's own folders are still made


def test_prepare_reads_tmpdir_again_when_it_changes_the_real_environment(
        tmp_path: Path, no_hardening: None, monkeypatch) -> None:
    import tempfile

    for variable in REDIRECTED:
        monkeypatch.setenv(variable, os.environ.get(variable, ""))
    monkeypatch.setattr(tempfile, "tempdir", "/somewhere/else")
    portable.prepare_environment(AppPaths(tmp_path / "p", True))
    assert tempfile.tempdir is None
    assert tempfile.gettempdir() == str(tmp_path / "p" / "tmp")
    monkeypatch.setattr(tempfile, "tempdir", None)


def test_dbus_is_made_unreachable_unless_allowed_exactly() -> None:
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    portable.block_dbus(env)
    assert {env[v] for v in portable.DBUS_VARIABLES} == {"disabled:"}
    assert set(portable.DBUS_VARIABLES) == {"DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS",
                                            "AT_SPI_BUS_ADDRESS"}
    for value in ("0", "yes", "", "11"):
        env = {"SAFEPLAN_ALLOW_DBUS": value}
        portable.block_dbus(env)
        assert env["DBUS_SESSION_BUS_ADDRESS"] == "disabled:", value
    kept = {"SAFEPLAN_ALLOW_DBUS": "1", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/bus"}
    portable.block_dbus(kept)
    assert kept == {"SAFEPLAN_ALLOW_DBUS": "1", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/bus"}


def test_prepare_blocks_dbus_in_both_modes(tmp_path: Path, no_hardening: None) -> None:
    for is_portable in (True, False):
        env: dict[str, str] = {}
        portable.prepare_environment(AppPaths(tmp_path / str(is_portable), is_portable), env)
        assert env["AT_SPI_BUS_ADDRESS"] == "disabled:"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="umask, RLIMIT_CORE and "
                    "/proc/self/comm are checked on Linux")
def test_hardened_process_has_no_core_dumps_private_files_and_a_neutral_name() -> None:
    code = (
        "import os, resource, sys\n"
        "from safeplan.core import portable\n"
        "portable.harden_process()\n"
        "mask = os.umask(0)\n"
        "print(oct(mask), resource.getrlimit(resource.RLIMIT_CORE),"
        " open('/proc/self/comm').read().strip(), sys.dont_write_bytecode,"
        " os.environ.get('PYTHONDONTWRITEBYTECODE'))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-B", "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=os.getcwd() if (Path.cwd() / "safeplan").is_dir()
                          else REPO, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0o77", "(0,", "0)", "calculator", "True", "1"]


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="/proc/self/comm and umask are checked on Linux")


@pytest.fixture
def restored_process(monkeypatch):  # type: ignore[no-untyped-def]
    """harden_process in this very process, everything it changes put back afterwards (the
    core-dump limit is recorded, not applied: the child test above applies it for real)."""
    import resource

    asked: list[tuple[int, tuple[int, int]]] = []
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: asked.append((which, limits)))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "0")
    comm = Path("/proc/self/comm")
    name = comm.read_text().strip()
    mask = os.umask(0o022)
    try:
        yield asked
    finally:
        os.umask(mask)
        comm.write_text(name)


@linux_only
def test_hardening_in_process(restored_process: list[tuple[int, tuple[int, int]]]) -> None:
    import resource

    portable.harden_process()
    mask = os.umask(0o022)
    assert mask == 0o077
    assert restored_process == [(resource.RLIMIT_CORE, (0, 0))]
    assert Path("/proc/self/comm").read_text().strip() == "calculator"
    assert sys.dont_write_bytecode is True and os.environ["PYTHONDONTWRITEBYTECODE"] == "1"


@linux_only
def test_a_fixed_core_limit_does_not_stop_the_rest(restored_process: list[object],
                                                   monkeypatch) -> None:
    import resource

    def fixed(which: int, limits: tuple[int, int]) -> None:
        raise ValueError("not allowed to lower the hard limit")

    monkeypatch.setattr(resource, "setrlimit", fixed)
    portable.harden_process()
    assert Path("/proc/self/comm").read_text().strip() == "calculator"


@linux_only
def test_the_name_is_set_on_linux_only(restored_process: list[object], monkeypatch) -> None:
    before = Path("/proc/self/comm").read_text().strip()
    monkeypatch.setattr(portable.sys, "platform", "win32")
    portable._set_process_name("calculator")
    assert Path("/proc/self/comm").read_text().strip() == before


def test_a_disabled_accessibility_address_is_removed_when_no_bus_is_found(tmp_path: Path) -> None:
    """Screen-reader mode, an earlier start's "disabled:" address left in the environment and no
    launcher socket: the address goes (Qt then asks the session bus, which stays usable), or
    Orca would stay silent."""
    env = {portable.SCREEN_READER_VARIABLE: "1", "AT_SPI_BUS_ADDRESS": "disabled:",
           "XDG_RUNTIME_DIR": str(tmp_path / "empty"), "DISPLAY": ":0",
           "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    portable.block_dbus(env)
    assert "AT_SPI_BUS_ADDRESS" not in env
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
    assert env["DBUS_SYSTEM_BUS_ADDRESS"] == "disabled:"
