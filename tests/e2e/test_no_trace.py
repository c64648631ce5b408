"""No trace and no network (requirements 13 and 14): a whole session of the real app.

The session — first run, an incident with a photo, a search, a PDF export, quick exit, quit —
runs in a child process in portable mode with HOME, every XDG_* folder and TMPDIR pointing at
empty folders; afterwards they must still be empty. The same run with socket creation failing in
the C library (an LD_PRELOAD shim, so Qt's C++ code is covered as well as Python) must still
finish, and must never have tried an internet socket.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import child_env, driver_command

HOST_FOLDERS = ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS")

SHIM = r"""
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

static void note(const char *what, int family) {
    const char *path = getenv("SOCKET_LOG");
    if (!path) return;
    FILE *log = fopen(path, "a");
    if (!log) return;
    fprintf(log, "%s %d\n", what, family);
    fclose(log);
}

int socket(int domain, int type, int protocol) {
    (void)type; (void)protocol;
    note("socket", domain);
    errno = EACCES;
    return -1;
}

int socketpair(int domain, int type, int protocol, int sv[2]) {
    (void)type; (void)protocol; (void)sv;
    note("socketpair", domain);
    errno = EACCES;
    return -1;
}
"""


def host(tmp_path: Path) -> dict[str, str]:
    folders = {}
    for name in HOST_FOLDERS:
        folder = tmp_path / "host" / name.lower()
        folder.mkdir(parents=True)
        folder.chmod(0o700)
        folders[name] = str(folder)
    return folders


def run_session(tmp_path: Path, **extra: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    folders = host(tmp_path)
    portable = tmp_path / "stick"
    result = subprocess.run(
        driver_command(portable, "--script", "--test-kdf"),
        capture_output=True, text=True, timeout=180,
        env=child_env(QT_QPA_PLATFORM="offscreen", **folders, **extra),
    )
    return result, folders


def leftovers(folders: dict[str, str]) -> list[str]:
    return [str(p) for folder in folders.values() for p in Path(folder).rglob("*")]


def test_a_whole_session_leaves_the_host_folders_empty(tmp_path: Path) -> None:
    result, folders = run_session(tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FOUND 1" in result.stdout and "EXPORTED True" in result.stdout
    assert "CHOSE True" in result.stdout and "DONE" in result.stdout
    assert leftovers(folders) == []
    # Everything the program wrote is inside the portable folder.
    stick = tmp_path / "stick"
    assert (stick / "store" / "data.db").exists()
    assert (stick / "out" / "chronology.pdf").exists()


def test_the_app_never_opens_a_socket(tmp_path: Path) -> None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("needs a C compiler to build the socket-blocking shim")
    source = tmp_path / "nosocket.c"
    source.write_text(SHIM)
    shim = tmp_path / "nosocket.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(shim), str(source)], check=True)
    log = tmp_path / "sockets.log"
    result, _folders = run_session(tmp_path, LD_PRELOAD=str(shim), SOCKET_LOG=str(log))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "DONE" in result.stdout and "EXPORTED True" in result.stdout
    attempts = log.read_text().split("\n") if log.exists() else []
    families = {int(line.split()[1]) for line in attempts if line.strip()}
    # 2 = AF_INET, 10 = AF_INET6, 17 = AF_PACKET: no network socket was ever asked for.
    assert not families & {2, 10, 17}, attempts
    # The shim really was in force: a Python socket in the same environment fails.
    probe = subprocess.run(
        ["python3", "-c", "import socket; socket.socket()"], capture_output=True, text=True,
        env=child_env(LD_PRELOAD=str(shim)),
    )
    assert probe.returncode != 0 and "Permission denied" in probe.stderr
