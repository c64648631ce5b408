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
    _shift_through_the_window(shell.window)
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


def _shift_through_the_window(window: Any, times: int = 3) -> None:
    """As the platform delivers a key: to the window first, then to the focused widget."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for _ in range(times):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)


def _watch_quick_exit(monkeypatch: Any) -> list[tuple[str, bool]]:
    """(kind of event, first frame done yet) for every show or paint event the quick-exit
    filter is shown for a widget."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from safeplan.ui.quick_exit import QuickExitFilter

    seen: list[tuple[str, bool]] = []
    original = QuickExitFilter.eventFilter
    kinds = {QEvent.Type.Show: "show", QEvent.Type.Paint: "paint"}

    def watching(self: Any, watched: Any, event: Any) -> bool:
        kind = kinds.get(event.type())
        if kind and isinstance(watched, QWidget):
            seen.append((kind, bool(watched.window().property("start_seen"))))
        result: bool = original(self, watched, event)
        return result

    monkeypatch.setattr(QuickExitFilter, "eventFilter", watching)
    return seen


def test_quick_exit_listens_on_the_window_until_the_first_frame(
        build: Any, prepared: Any, monkeypatch: Any, qtbot: Any) -> None:
    """Showing and painting the calculator sends ~400 events; the application-wide Python
    filters would see every one of them (~8 ms before the first frame, issue 17.2). Until the
    first frame quick exit listens on the window — where every key arrives first — so Shift ×3
    straight after the start, with no turn of the event loop, still quits."""
    seen = _watch_quick_exit(monkeypatch)
    prepared(quit_on_exit=True)
    shell = build()
    assert shell.window.isVisible()
    assert not shell.window.start_complete
    assert seen == [], "the app-wide filters saw the window being shown"
    _shift_through_the_window(shell.window)
    assert not shell.window.isVisible()  # hidden at the third press, before any loop turn
    qtbot.waitUntil(lambda: shell.quits == [True])


def test_the_app_wide_filters_take_over_after_the_first_frame(
        build: Any, prepared: Any, monkeypatch: Any, qtbot: Any) -> None:
    seen = _watch_quick_exit(monkeypatch)
    prepared(quit_on_exit=True)
    shell = build()
    shell.window.start_completed.connect(lambda: shell.window.setProperty("start_seen", True))
    qtbot.waitUntil(lambda: shell.window.start_complete, timeout=5000)
    assert ("paint", False) not in seen, "the first frame was painted through the filters"
    assert shell.session.app_filters == (shell.window.enter_clicks, shell.quick_exit,
                                         shell.idle)
    # Now a key sent to any widget (a dialog's, a field's) is heard, as before.
    press_shift(qtbot, shell.window.decoy)
    assert not shell.window.isVisible()
    qtbot.waitUntil(lambda: shell.quits == [True])


def test_the_decoy_is_built_inside_the_window(build: Any, prepared: Any,
                                              monkeypatch: Any) -> None:
    """Built in its place, not built alone and moved in (moving the finished calculator in
    re-resolved fonts, palette and style for all its widgets: ~2 ms of the start)."""
    from safeplan.ui.shell.calculator import CalculatorDecoy

    windows: list[str] = []
    original = CalculatorDecoy.retranslate_ui  # the constructor's last step

    def noting(self: Any) -> None:
        windows.append(type(self.window()).__name__)
        original(self)

    monkeypatch.setattr(CalculatorDecoy, "retranslate_ui", noting)
    prepared()
    shell = build()
    assert windows[0] == "ShellWindow"
    assert shell.window.decoy.isVisible()


def test_qt_settings_are_redirected_before_the_first_dialog_not_before_the_decoy(
        build: Any, prepared: Any, paths: Any) -> None:
    """Qt's own settings (the file dialog's history) go to our folder as INI files — set up
    with the dialogs, which the first frame or the first dialog brings, not before."""
    from PySide6.QtCore import QSettings

    prepared()
    shell = build()
    qt_folder = paths.root / "qt"
    assert not shell.window.start_complete
    assert not qt_folder.exists()
    assert shell.dialogs.open_count == 0  # the first use builds the dialogs
    assert qt_folder.is_dir()
    assert QSettings.defaultFormat() == QSettings.Format.IniFormat
    assert QSettings("QtProject", "x").fileName().startswith(str(qt_folder))


def test_the_collector_comes_back_even_without_a_first_frame(qtbot: Any) -> None:
    """The entry point turns the garbage collector off for the start; if the window never
    paints (hidden at once, say), it is on again two seconds later all the same."""
    import gc

    from safeplan.app import _collect_again_after_the_start
    from safeplan.ui.shell.main_window import ShellWindow
    from safeplan.ui.shell.pages import make_decoy

    window = ShellWindow(make_decoy)  # never shown: no first frame
    qtbot.addWidget(window)
    gc.disable()
    try:
        _collect_again_after_the_start(window)
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        gc.enable()
    assert not window.start_complete
