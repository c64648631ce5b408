"""Issue 15: a new incident opened scrolled to the bottom, the cursor in the off-screen title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.conftest import unlock


def _visible_in(scroll: QScrollArea, widget: Any) -> bool:
    view = scroll.viewport()
    rect = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    return view.rect().contains(rect)


def test_a_new_incident_opens_at_the_top_with_the_first_field_focused(qtbot: Any,
                                                                      ready_shell: Any) -> None:
    shell = ready_shell
    shell.window.resize(1000, 600)
    unlock(qtbot, shell)
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow, timeout=5000)
    incidents = shell.session.host.workspace.show_page("incidents")
    for _attempt in range(2):  # the second time after she scrolled down in the first
        incidents.new_incident()
        for _ in range(4):
            QApplication.processEvents()
        editor = incidents.editor
        scroll = editor.findChild(QScrollArea, "incident_scroll")
        assert scroll.verticalScrollBar().value() == 0, "the form opened scrolled down"
        assert QApplication.focusWidget() is editor.title
        assert _visible_in(scroll, editor.title)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        editor.close_editor() if hasattr(editor, "close_editor") else incidents.show_list()
