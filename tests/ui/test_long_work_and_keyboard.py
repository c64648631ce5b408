"""Quick exit during a running export; the growing wait; a keyboard-only way in; suspend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safeplan.core.errors import Cancelled
from safeplan.ui.shell.core_task import CoreTask
from tests.ui.conftest import DOOR_CODE, PASSPHRASE, press_shift, type_door_code, unlock


def fill(vault: Any, incidents: int) -> None:
    vault.journal.save_many([
        ("incident", {"title": f"Evening {n}", "description": "He shouted at me. " * 30,
                      "occurred_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T20:00:00+01:00",
                      "precision": "minute", "categories": ["psychological"], "severity": 2},
         None)
        for n in range(incidents)])


def test_shift_three_times_during_a_running_export(qtbot: Any, ready_shell: Any,
                                                    tmp_path: Path) -> None:
    from safeplan.core.export.chronology import export_chronology
    from safeplan.core.export.options import ChronologyOptions

    shell = ready_shell
    unlock(qtbot, shell)
    vault = shell.session.vault
    fill(vault, 400)
    out = tmp_path / "out" / "chronology.pdf"
    out.parent.mkdir()
    steps: list[int] = []
    outcome: list[str] = []

    def work(task: CoreTask) -> Any:
        return export_chronology(vault, ChronologyOptions(lang="en"), out,
                                 progress=lambda done, total: steps.append(done),
                                 cancelled=lambda: task.cancelled)

    task = CoreTask(work)
    task.failed.connect(lambda _t, error: outcome.append(type(error).__name__))
    task.succeeded.connect(lambda _t, _r: outcome.append("finished"))
    shell.session.run_task(task)
    qtbot.waitUntil(lambda: bool(steps), timeout=30000)
    press_shift(qtbot, shell.window)
    # The screen is neutral at once, while the export thread is still winding down.
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert outcome == [Cancelled.__name__]
    qtbot.waitUntil(lambda: not vault.is_open, timeout=10000)
    assert not out.exists() and list(out.parent.iterdir()) == []  # nothing half-written


def test_growing_wait_is_explained(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    for wrong in ("one", "two", "three"):
        unlock(qtbot, shell, wrong)
    screen = shell.session.unlock_screen
    screen.passphrase.setText("four")
    screen.unlock_button.click()
    assert screen.is_busy
    assert "Seconds left: 2." in screen.message.text()
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15000)
    assert "did not open" in screen.message.text()


def test_keyboard_only_way_in(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    decoy = shell.window.decoy
    qtbot.keyClicks(decoy, DOOR_CODE)
    qtbot.keyClick(decoy, Qt.Key.Key_Equal)
    screen = shell.session.unlock_screen
    assert shell.window.showing() is screen
    assert screen.focusProxy() is screen.passphrase
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.session.state == "open", timeout=15000)
    # The Exit button is reachable and works from the keyboard too.
    exit_button = shell.window.exit_button
    assert exit_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    exit_button.setFocus()
    qtbot.keyClick(exit_button, Qt.Key.Key_Space)
    assert shell.window.showing() is decoy


def test_suspend_locks(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    vault = shell.session.vault
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: not vault.is_open)
    assert shell.window.showing() is shell.window.decoy
