"""Issue 15: "Who sent it: Sent to me" said neither who nor which way the message went."""

from __future__ import annotations

from typing import Any


def test_direction_says_who_wrote_to_whom(qtbot: Any, make_vault: Any) -> None:
    from safeplan.ui.workspace.message_editor import MessageEditor
    from tests.ui.workspace.journal_fixtures import StubDialogs

    vault = make_vault()
    editor = MessageEditor(vault, StubDialogs())
    qtbot.addWidget(editor)
    items = {editor.direction.itemData(i): editor.direction.itemText(i)
             for i in range(editor.direction.count())}
    assert items == {"incoming": "He/they wrote to me", "outgoing": "I wrote to him/them"}
    assert editor.labels["direction"].text() == "Who wrote:"
