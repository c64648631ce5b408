"""Issue 15 in the shell: Exit first, Enter presses buttons, Shift feedback, the calculator
comes back where it was, easy reading enlarges the bar, Ctrl+1…9 are told."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.ui.conftest import press_shift, type_door_code, unlock


def _activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _first_tab_stop(window: QWidget) -> QWidget:
    widget = window.nextInFocusChain()
    while widget is not window:
        if (widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and widget.isVisible()
                and widget.isEnabled()):
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("no tab stop")


def test_exit_is_the_first_tab_stop_on_unlock_and_in_the_journal(qtbot: Any,
                                                                 ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    assert _first_tab_stop(shell.window) is shell.window.exit_button
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    for key in ("incidents", "plan", "directory", "settings"):
        workspace.show_page(key)
        QApplication.processEvents()
        assert _first_tab_stop(shell.window) is shell.window.exit_button, key
    # Shift+Tab from the first control of the journal goes back to the bar, not round the page.
    first_page_control = shell.window.privacy_button.nextInFocusChain()
    assert first_page_control is not shell.window.exit_button


def test_enter_on_a_focused_button_presses_it(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    button = workspace.note_button
    _activate(qtbot, shell.window)
    button.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert workspace.current_key() == "quick_note"
    workspace.show_page("incidents")
    pressed: list[bool] = []
    extra = QPushButton("x", workspace)
    extra.clicked.connect(lambda: pressed.append(True))
    extra.show()
    extra.setFocus()
    qtbot.keyClick(extra, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert pressed == [True]


def test_shift_presses_are_shown_before_the_exit(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    hint = shell.window.shift_hint
    assert not hint.isVisible()
    press_shift(qtbot, shell.window, 1)
    assert hint.isVisible() and "2" in hint.text()
    press_shift(qtbot, shell.window, 1)
    assert hint.isVisible() and "1" in hint.text()
    qtbot.keyClick(shell.window, Qt.Key.Key_A)  # another key breaks the sequence
    assert not hint.isVisible()
    press_shift(qtbot, shell.window, 3)
    assert shell.window.showing() is shell.window.decoy
    assert not hint.isVisible()


def test_the_calculator_comes_back_at_its_size_and_place(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    window = shell.window
    available = window.available_geometry()
    where = QRect(available.x() + 37, available.y() + 21, 300, 400)
    window.setGeometry(where)
    QApplication.processEvents()
    before = QRect(window.geometry())
    unlock(qtbot, shell)
    assert window.geometry() != before
    shell.session.quick_exit()
    assert window.geometry() == before


def test_the_journal_window_is_wholly_on_the_screen(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    window = shell.window
    available = window.available_geometry()
    # The calculator was moved to the bottom-right corner before the door code.
    window.setGeometry(QRect(available.right() - 300, available.bottom() - 400, 300, 400))
    unlock(qtbot, shell)
    QApplication.processEvents()
    assert available.contains(window.frameGeometry())
    exit_rect = QRect(window.exit_button.mapToGlobal(QPoint(0, 0)), window.exit_button.size())
    assert available.contains(exit_rect)


def test_easy_reading_enlarges_the_bar_and_simplifies_words(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    normal_exit = shell.window.exit_button.font().pointSizeF()
    names = [workspace.nav.item(row).text() for row in range(workspace.nav.count())]
    shell.session.vault.set_setting("easy_reading", True)
    workspace.apply_easy_reading(True)
    assert shell.window.exit_button.font().pointSizeF() > normal_exit * 1.2
    easy = [workspace.nav.item(row).text() for row in range(workspace.nav.count())]
    assert easy[1] == "What happened" and easy != names
    shell.session.quick_exit()
    assert shell.window.exit_button.font().pointSizeF() == normal_exit


def test_section_shortcuts_are_told(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    assert workspace.nav.item(0).toolTip() == "Ctrl+1"
    assert "Ctrl+1" in workspace.keys_hint.text() and workspace.keys_hint.isVisible()
    _activate(qtbot, shell.window)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_key() == "messages"
