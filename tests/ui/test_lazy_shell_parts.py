"""Issue 17.2: the unlock screen and the bar with Exit are built when first needed, not on the
decoy's start — and nothing a survivor does before then finds them missing.

tests/ui/test_decoy_imports.py checks that their modules are not even loaded when the calculator
first shows; these tests drive a real shell through the moments before and after they exist:
quick exit with nothing built yet, a language switch before the bar exists, the door code.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSPHRASE, press_shift, type_door_code, unlock


def test_the_decoy_starts_without_the_unlock_screen_and_the_bar(ready_shell: Any) -> None:
    shell = ready_shell
    assert shell.session.state == "decoy"
    assert not shell.session.unlock_screen_built
    assert not shell.window.bar_built


def test_quick_exit_on_the_decoy_before_anything_else_is_built(qtbot: Any,
                                                               ready_shell: Any) -> None:
    """Shift ×3 at the very start (nothing behind the calculator built yet): the decoy stays,
    nothing fails, nothing is built for it; the door code then works as always."""
    shell = ready_shell
    shell.window.activateWindow()
    press_shift(qtbot, shell.window.decoy)
    QApplication.processEvents()  # the second half of leaving runs on the next turn
    assert shell.session.state == "decoy"
    assert shell.window.showing() is shell.window.decoy
    assert not shell.session.unlock_screen_built
    assert not shell.window.bar_built
    type_door_code(shell)
    assert shell.session.state == "unlock"
    assert shell.window.showing() is shell.session.unlock_screen
    assert shell.window.bar.isVisible() and shell.window.exit_button.isVisible()


def test_quick_exit_from_the_just_built_unlock_screen(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText("half a passph")
    press_shift(qtbot, screen.passphrase)
    assert shell.window.showing() is shell.window.decoy
    assert not shell.window.bar.isVisible()
    QApplication.processEvents()
    assert screen.passphrase.text() == ""
    # The Exit button, pressed on the second visit, works the same.
    type_door_code(shell)
    shell.window.exit_button.pressed.emit()
    assert shell.window.showing() is shell.window.decoy


def test_the_bar_built_after_a_language_switch_speaks_that_language(qtbot: Any,
                                                                    ready_shell: Any) -> None:
    """Switched before the bar existed: the bar is written in the new language when built;
    switched after, it follows as before."""
    shell = ready_shell
    assert not shell.window.bar_built
    shell.language.switch("ru")
    QApplication.processEvents()
    type_door_code(shell)
    russian = QCoreApplication.translate("ShellWindow", "E&xit")
    assert russian != "E&xit", "no Russian catalogue for the shell"
    assert shell.window.exit_button.text() == russian
    shell.language.switch("en")
    QApplication.processEvents()
    assert shell.window.exit_button.text() == "E&xit"


def test_the_unlock_screen_built_on_demand_opens_the_journal(qtbot: Any,
                                                             ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell, PASSPHRASE)
    assert shell.session.state == "open"
    assert shell.window.lock_button.isVisible()
    shell.window.lock_button.click()
    assert shell.session.state == "decoy"
    assert not shell.window.bar.isVisible()


def test_app_filters_come_after_the_show_and_before_any_input(
        qtbot: Any, build: Any, prepared: Any, monkeypatch: Any) -> None:
    """Quick exit's filter (and the idle clock's, Enter's) is installed once the window is
    shown — showing it sends ~200 events the filters have no use for — but before the event
    loop runs: Shift ×3 straight after the start is counted, with no turn of the loop between."""
    from PySide6.QtCore import QEvent

    from safeplan.ui.quick_exit import QuickExitFilter
    from safeplan.ui.shell.main_window import ShellWindow

    seen_show: list[str] = []
    original = QuickExitFilter.eventFilter

    def watching(self: Any, watched: Any, event: Any) -> bool:
        if isinstance(watched, ShellWindow) and event.type() == QEvent.Type.Show:
            seen_show.append(type(watched).__name__)
        result: bool = original(self, watched, event)
        return result

    monkeypatch.setattr(QuickExitFilter, "eventFilter", watching)
    prepared(quit_on_exit=True)
    shell = build()
    assert shell.window.isVisible()
    assert seen_show == [], "the filters saw the window being shown"
    press_shift(qtbot, shell.window.decoy)
    assert not shell.window.isVisible()  # hidden at the third press, before any loop turn
    qtbot.waitUntil(lambda: shell.quits == [True])
