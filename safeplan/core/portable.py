"""Process hardening and the no-trace environment for portable mode.

Threat A3 (the next user of a loaned laptop) and requirement 13: in portable mode nothing may be
written outside the portable folder. Python, fontconfig, Mesa and Qt all pick their cache and temp
folders from the environment when they first start, so :func:`prepare_environment` must run
*before* ``QApplication`` exists (``app.py`` calls it first thing).

Also, in every mode: no ``__pycache__`` beside the program, no core dumps (a dump holds the key),
owner-only file permissions, and a neutral process name (threat A1: a process list says
"calculator", not the program's real name).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Mapping, MutableMapping
from pathlib import Path

from safeplan.core.paths import AppPaths, make_private_dir

log = logging.getLogger(__name__)

NEUTRAL_PROCESS_NAME = "calculator"

# Environment variables that send caches, config and temp files somewhere; in portable mode each
# points into the portable folder. Subfolder names are neutral.
_REDIRECTS = {
    "TMPDIR": "tmp",
    "TEMP": "tmp",
    "TMP": "tmp",
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "share",
    "XDG_STATE_HOME": "state",
    "MESA_SHADER_CACHE_DIR": "cache/mesa",
}


def harden_process() -> None:
    """No bytecode files, no core dumps, private permissions, a neutral process name."""
    sys.dont_write_bytecode = True
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    if os.name == "posix":
        os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on Windows; the limit may be fixed
        log.debug("core dump limit not available here")
    _set_process_name(NEUTRAL_PROCESS_NAME)


def _set_process_name(name: str) -> None:
    """Linux: the name ``ps``/``top`` show (PR_SET_NAME). Elsewhere nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    # Writing /proc/self/comm is what prctl(PR_SET_NAME) does for the calling (here the main)
    # thread, without importing ctypes: ~1.5 ms before the decoy can appear (issue 17.2).
    try:
        with open("/proc/self/comm", "w", encoding="utf-8") as comm:  # the name is ASCII
            comm.write(name)
    except OSError:
        log.debug("could not set the process name")


DBUS_VARIABLES = ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")
_UNUSABLE = "disabled:"
# Set to "1" by ``safeplan --screen-reader`` (the entry point, before this module runs) or by a
# launcher: keep the accessibility bus for Orca, nothing else.
SCREEN_READER_VARIABLE = "SAFEPLAN_SCREEN_READER"


def block_dbus(env: MutableMapping[str, str]) -> None:
    """Requirement 14 and SECURITY.md: no sockets. On Linux, Qt's platform theme and its
    accessibility bridge connect to the D-Bus session bus (a local socket; issue 14.9). An address
    no D-Bus library can use keeps them from opening it. Screen-reader mode keeps the one bus Orca
    needs (:func:`keep_accessibility_bus`); ``SAFEPLAN_ALLOW_DBUS=1`` keeps every bus."""
    if env.get("SAFEPLAN_ALLOW_DBUS") == "1":
        return
    if env.get(SCREEN_READER_VARIABLE) == "1":
        keep_accessibility_bus(env)
        return
    for variable in DBUS_VARIABLES:
        env[variable] = _UNUSABLE


def keep_accessibility_bus(env: MutableMapping[str, str]) -> None:
    """Screen readers on Linux (Orca) reach an app only through AT-SPI, a D-Bus bus of its own.
    Qt connects straight to it when AT_SPI_BUS_ADDRESS names it, and then never needs the session
    bus, which stays unusable (the theme and everything else keep off it); so does the system bus,
    which AT-SPI never uses. Only when the accessibility bus cannot be found without asking the
    session bus (org.a11y.Bus) is the session bus kept: a silent app is no use to a blind person
    who asked for the screen reader. Nothing is written anywhere: only this process's environment
    changes."""
    env["DBUS_SYSTEM_BUS_ADDRESS"] = _UNUSABLE
    address = accessibility_bus(env)
    if address is None:
        if env.get("AT_SPI_BUS_ADDRESS") == _UNUSABLE:
            del env["AT_SPI_BUS_ADDRESS"]
        log.warning("screen reader: no accessibility bus address; the session bus stays usable")
        return
    env["AT_SPI_BUS_ADDRESS"] = address
    env["DBUS_SESSION_BUS_ADDRESS"] = _UNUSABLE


def accessibility_bus(env: Mapping[str, str]) -> str | None:
    """The AT-SPI bus's address without asking the session bus: AT_SPI_BUS_ADDRESS when the
    desktop set it, else the socket at-spi-bus-launcher listens on at its fixed place,
    ``$XDG_RUNTIME_DIR/at-spi/bus_<DISPLAY>`` (":0" → "bus_0") or ``…/at-spi/bus`` without X11."""
    given = env.get("AT_SPI_BUS_ADDRESS", "")
    if given and given != _UNUSABLE:
        return given
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if not runtime:
        return None
    display = env.get("DISPLAY", "")
    names = ["bus" + display.replace(":", "_", 1)] if display else []
    for name in [*names, "bus"]:
        candidate = Path(runtime) / "at-spi" / name
        try:
            if candidate.is_socket():
                return f"unix:path={candidate}"
        except OSError:  # an unreadable runtime folder is no bus
            continue
    return None


def prepare_environment(
    paths: AppPaths, environ: MutableMapping[str, str] | None = None
) -> dict[str, str]:
    """Harden the process; in portable mode redirect every cache/config/temp folder into it.

    Returns the variables that were set (the volunteer hand-over screen lists them: "the app
    shows what it wrote and where"). Must run before any Qt object is created.
    """
    env = os.environ if environ is None else environ
    harden_process()
    block_dbus(env)
    paths.ensure()
    changed: dict[str, str] = {}
    if paths.portable:
        for variable, sub in _REDIRECTS.items():
            target = paths.root / sub
            make_private_dir(target)
            env[variable] = str(target)
            changed[variable] = str(target)
        if env is os.environ:
            tempfile.tempdir = None  # re-read TMPDIR on next use
    return changed
