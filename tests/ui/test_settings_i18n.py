"""Pre-unlock settings, the no-trace environment, error sentences and translations."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from safeplan.core import errors
from safeplan.core.paths import AppPaths
from safeplan.core.portable import prepare_environment
from safeplan.core.settings import (
    Settings,
    SettingsStore,
    door_code_matches,
    hash_door_code,
    valid_door_code,
)
from safeplan.ui.i18n import LanguageSwitcher, TsTranslator
from safeplan.ui.strings import ErrorText

REPO = Path(__file__).resolve().parents[2]


def test_settings_round_trip_and_permissions(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "s" / "settings.ini")
    assert store.load() == Settings()
    wanted = replace(Settings(), language="be", decoy_kind="notes", autolock_seconds=900,
                     quit_on_exit=True, first_run_done=True, door_code_hash=hash_door_code("4321"))
    store.save(wanted)
    assert store.load() == wanted
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert not list(store.path.parent.glob("*.new"))


def test_unreadable_or_odd_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[calculator]\nmode = spaceship\nidle_seconds = soon\nformat = 1\n")
    settings = SettingsStore(path).load()
    assert settings.decoy_kind == "calculator"
    assert settings.autolock_seconds == 300
    path.write_bytes(b"\xff\xfe garbage")
    assert SettingsStore(path).load() == Settings()


def test_door_code_is_hashed_and_salted() -> None:
    first, second = hash_door_code("2468"), hash_door_code("2468")
    assert first != second and "2468" not in first
    assert door_code_matches("2468", first) and door_code_matches("2468", second)
    assert not door_code_matches("2469", first)
    assert not door_code_matches("2468", "") and not door_code_matches("2468", "x$y")
    assert valid_door_code("0000") and not valid_door_code("123") and not valid_door_code("12a4")
    assert not valid_door_code("١٢٣٤")  # non-ASCII digits cannot be typed on the calculator


def test_vault_path_is_relative_inside_the_stick(tmp_path: Path) -> None:
    root = tmp_path / "stick"
    inside = root / "store" / "data.db"
    settings = Settings().with_vault_path(inside, root)
    assert settings.vault_path == str(Path("store") / "data.db")
    moved = tmp_path / "mounted-elsewhere"
    assert settings.resolved_vault_path(moved, moved / "d.db") == moved / "store" / "data.db"
    assert Settings().with_vault_path(inside, root, inside).vault_path == ""
    outside = tmp_path / "usb" / "data.db"
    assert Settings().with_vault_path(outside, root).vault_path == str(outside.resolve())


def test_portable_environment_redirects_everything(tmp_path: Path) -> None:
    """Run in a child process: it changes umask and resource limits for good."""
    script = (
        "import os, resource, sys, tempfile\n"
        "from pathlib import Path\n"
        "from safeplan.core.paths import AppPaths\n"
        "from safeplan.core.portable import prepare_environment\n"
        f"paths = AppPaths(root=Path({str(tmp_path / 'p')!r}), portable=True)\n"
        "changed = prepare_environment(paths)\n"
        "print(sorted(changed))\n"
        "print(all(os.environ[k].startswith(str(paths.root)) for k in changed))\n"
        "print(tempfile.gettempdir().startswith(str(paths.root)))\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(sys.dont_write_bytecode, oct(os.umask(0)))\n"
        "print(open('/proc/self/comm').read().strip())\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=REPO, env=env, check=True).stdout.splitlines()
    assert "XDG_CACHE_HOME" in out[0] and "TMPDIR" in out[0] and "XDG_CONFIG_HOME" in out[0]
    assert out[1:4] == ["True", "True", "(0, 0)"]
    assert out[4] == "True 0o77"
    assert out[5] == "calculator"


def test_non_portable_mode_leaves_the_environment_alone(tmp_path: Path) -> None:
    env: dict[str, str] = {"XDG_CACHE_HOME": "/somewhere"}
    paths = AppPaths(root=tmp_path / "data", portable=False)
    old_umask = os.umask(0o022)
    try:
        assert prepare_environment(paths, env) == {}
    finally:
        os.umask(old_umask)
    # Only the D-Bus addresses are made unusable, in every mode (no sockets: issue 14.9).
    from safeplan.core.portable import DBUS_VARIABLES

    assert {k: v for k, v in env.items() if k not in DBUS_VARIABLES} == {
        "XDG_CACHE_HOME": "/somewhere"}
    assert all(env[k] == "disabled:" for k in DBUS_VARIABLES)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errors.WrongPassphrase(), "did not open"),
        (errors.VaultDamaged(), "backup"),
        (errors.VaultBusy(), "already open"),
        (errors.InvalidInput("bad", where="messages[3].date"), "messages[3].date"),
        (errors.Cancelled(), "Nothing was changed"),
        (errors.StorageFull(), "disk is full"),
        (OSError("x"), "file or folder"),
        (RuntimeError("secret journal text"), "Something went wrong"),
    ],
)
def test_error_sentences(qapp: Any, error: BaseException, words: str) -> None:
    text = ErrorText().message(error)
    assert words in text
    assert "secret journal text" not in text and "Traceback" not in text


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Demo</name>
    <message><source>Exit</source><translation>Выход</translation></message>
    <message><source>Later</source><translation type="unfinished"></translation></message>
    <message numerus="yes">
        <source>Seconds left: %n.</source>
        <translation>
            <numerusform>Осталась %n секунда.</numerusform>
            <numerusform>Осталось %n секунды.</numerusform>
            <numerusform>Осталось %n секунд.</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_ts_file_read_in_memory_with_russian_plurals(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "safeplan_ru.ts").write_text(TS, encoding="utf-8")
    switcher = LanguageSwitcher(qapp, folder)
    try:
        assert switcher.switch("ru") == "ru"
        tr = QCoreApplication.translate
        assert tr("Demo", "Exit") == "Выход"
        assert tr("Demo", "Later") == "Later"  # unfinished → the source text
        assert tr("Demo", "Seconds left: %n.", "", 1) == "Осталась 1 секунда."
        assert tr("Demo", "Seconds left: %n.", "", 3) == "Осталось 3 секунды."
        assert tr("Demo", "Seconds left: %n.", "", 11) == "Осталось 11 секунд."
        assert tr("Demo", "Seconds left: %n.", "", 21) == "Осталась 21 секунда."
        assert switcher.switch("xx") == "en"
        assert tr("Demo", "Exit") == "Exit"
    finally:
        switcher.uninstall()
    assert TsTranslator(folder / "safeplan_ru.ts", "ru").message_count == 2


def test_the_shipped_catalogues_load(qapp: Any) -> None:
    switcher = LanguageSwitcher(qapp)
    try:
        for lang in ("be", "ru", "en"):
            assert switcher.switch(lang) == lang
            assert switcher._installed, lang
    finally:
        switcher.uninstall()
