"""Fixtures for the shell tests: a real app shell over a real portable folder and real vaults.

``ready_shell`` starts the way a survivor's app starts after set-up: settings with a door code
(``2468``), a real SQLCipher vault with cheap test KDF parameters, the decoy on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from safeplan.app import guard_pyside_refcount_bug

# PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call; without this the
# whole UI test run aborts at interpreter shutdown ("deallocating None"). See safeplan/app.py.
guard_pyside_refcount_bug()

DOOR_CODE = "2468"
PASSPHRASE = "violet tractor moon seven"


@pytest.fixture
def paths(tmp_path: Path) -> Any:
    from safeplan.core.paths import resolve_paths

    found = resolve_paths(tmp_path / "stick")
    found.ensure()
    return found


@pytest.fixture
def build(qapp: Any, paths: Any) -> Iterator[Callable[..., Any]]:
    """``build(**kwargs)`` → a :class:`safeplan.app.Shell`; every shell is torn down at the end."""
    from safeplan.app import build_shell, remove_shell
    from safeplan.core.storage.kdf import KdfParams

    shells: list[Any] = []

    def factory(**kwargs: Any) -> Any:
        kwargs.setdefault("kdf", KdfParams.for_tests())
        shell = build_shell(qapp, paths, **kwargs)
        quits: list[bool] = []
        shell.quits = quits  # the test's QApplication must never end; record the request
        shell.session.quit_app = lambda: quits.append(True)
        shells.append(shell)
        return shell

    yield factory
    for shell in shells:
        remove_shell(shell)
    qapp.processEvents()


@pytest.fixture
def prepared(paths: Any) -> Callable[..., Path]:
    """Write a vault and settings as the first-run wizard would (``duress`` optional)."""
    from safeplan.core.settings import SettingsStore, hash_door_code
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    def factory(duress: str = "", **settings: Any) -> Path:
        vault = Vault.create(paths.default_vault, PASSPHRASE, kdf=KdfParams.for_tests())
        try:
            if duress:
                from safeplan.ui.shell.duress_sample import DuressSample

                vault.set_duress_passphrase(duress, populate=DuressSample().populate)
        finally:
            vault.lock()
        store = SettingsStore(paths.settings_file)
        base = store.load().with_vault_path(paths.default_vault, paths.root)
        store.save(
            replace(
                base,
                door_code_hash=hash_door_code(DOOR_CODE),
                first_run_done=True,
                language="en",
                **settings,
            )
        )
        return paths.default_vault

    return factory


@pytest.fixture
def ready_shell(build: Callable[..., Any], prepared: Callable[..., Path]) -> Any:
    prepared()
    return build()


def type_door_code(shell: Any, code: str = DOOR_CODE) -> None:
    for digit in code:
        shell.window.decoy.press(digit)
    shell.window.decoy.press("equals")


def unlock(qtbot: Any, shell: Any, passphrase: str = PASSPHRASE) -> None:
    """Door code, passphrase, wait for the journal (or for the failure message)."""
    if shell.session.state == "decoy":
        type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15000)


def press_shift(qtbot: Any, widget: Any, times: int = 3) -> None:
    from PySide6.QtCore import Qt

    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Shift)
