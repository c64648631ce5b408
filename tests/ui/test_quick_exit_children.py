"""Quick exit hides windows that have the main window as their Qt parent too (requirement 7).

The mutation audit of issue 14 planted a quick exit that hid only parentless windows; the
attachment viewer, a dialog or a tool window parented to the main window then stayed on screen
over the decoy. Each kind of window below must be hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.conftest import press_shift, unlock


def test_windows_parented_to_the_main_window_are_hidden(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    child_window = QWidget(shell.window, Qt.WindowType.Window)
    tool = QWidget(shell.window, Qt.WindowType.Tool)
    dialog = QDialog(shell.window)
    for widget in (child_window, tool, dialog):
        widget.setWindowTitle("Photo")
        widget.show()
    assert all(w.isVisible() for w in (child_window, tool, dialog))
    press_shift(qtbot, shell.window)
    assert not any(w.isVisible() for w in (child_window, tool, dialog))
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.window]
    assert shell.session.state == "decoy"
