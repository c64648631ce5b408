"""Issue 15 proof: a keyboard-only walk through every page — Tab from Exit to the navigation,
arrow keys to every section, Tab into each page's controls, and back out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import unlock


def _focus() -> Any:
    return QApplication.focusWidget()


def test_every_page_is_reached_and_entered_with_the_keyboard(qtbot: Any, ready_shell: Any) -> None:
    from safeplan.ui.workspace.workspace import PAGES

    shell = ready_shell
    unlock(qtbot, shell)
    window = shell.window
    workspace = shell.session.host.workspace
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.exit_button.setFocus(Qt.FocusReason.TabFocusReason)
    presses = 0
    while _focus() is not workspace.nav and presses < 10:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        presses += 1
    assert _focus() is workspace.nav, "Tab never reached the sections"
    assert presses <= 6  # Exit, Lock, Privacy, access notice OK, Quick note, sections
    workspace.nav.setCurrentRow(0)
    seen = []
    for row, spec in enumerate(PAGES):
        if row:
            qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)
        assert workspace.current_key() == spec.key
        page = workspace.page(spec.key)
        assert page.isVisible()
        qtbot.keyClick(workspace.nav, Qt.Key.Key_Tab)
        inside = _focus()
        assert inside is not None and page.isAncestorOf(inside), f"Tab does not enter {spec.key}"
        seen.append(spec.key)
        workspace.nav.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert seen == [spec.key for spec in PAGES]
