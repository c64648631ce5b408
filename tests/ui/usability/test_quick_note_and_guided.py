"""Issue 15 (new): the 30-second note and the one-question-at-a-time entry, in the real shell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from safeplan.core.journal.search import Query
from tests.ui.conftest import press_shift, unlock


def _incidents(shell: Any) -> list[Any]:
    return shell.session.vault.journal.list(Query(kinds=("incident",)))


def test_quick_note_from_the_first_screen_is_saved_at_once(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    assert workspace.current_key() == "incidents"  # the first screen after unlock
    assert workspace.note_button.isVisible()
    qtbot.mouseClick(workspace.note_button, Qt.MouseButton.LeftButton)
    page = workspace.page("quick_note")
    assert workspace.current_key() == "quick_note" and page.isVisible()
    now = QDateTime.currentDateTime()
    assert abs(page.when.dateTime().secsTo(now)) < 120  # "when" defaults to now
    qtbot.keyClicks(page.what, "He threw my phone against the wall")
    page.when.setDateTime(now.addSecs(-3600))  # editable
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    notes = [e for e in _incidents(shell) if "quick-note" in (e.content.get("tags") or [])]
    assert len(notes) == 1
    note = notes[0].content
    assert note["description"] == "He threw my phone against the wall"
    assert "He threw my phone" in note["title"]
    assert note["occurred_at"].startswith(now.addSecs(-3600).toPython().strftime("%Y-%m-%dT%H"))
    assert workspace.current_key() == "incidents"  # back to the list, the note in it


def test_quick_note_by_shortcut_survives_quick_exit(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    workspace.show_page("messages")
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow, timeout=5000)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = workspace.page("quick_note")
    assert workspace.current_key() == "quick_note"
    assert QApplication.focusWidget() is page.what
    qtbot.keyClicks(page.what, "half a sentence")
    vault = shell.session.vault
    press_shift(qtbot, page.what)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=15000)
    unlock(qtbot, shell)
    texts = [e.content.get("description") for e in _incidents(shell)]
    assert "half a sentence" in texts


def test_guided_entry_one_question_at_a_time_with_skip(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    incidents = workspace.show_page("incidents")
    qtbot.mouseClick(incidents.guided_button, Qt.MouseButton.LeftButton)
    page = workspace.page("guided")
    assert workspace.current_key() == "guided"
    answers = {"what": "He pushed me", "where": "Kitchen", "words": "You are nothing",
               "injuries": "Bruise on the arm", "told": "My sister, the next day"}
    seen = []
    for _ in range(7):
        key = page.current_key()
        seen.append(key)
        assert page.steps[key].page.isVisible() and page.skip_button.isVisible()
        if key in answers:
            field = page.steps[key].field
            qtbot.keyClicks(field, answers[key])
            qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert seen == ["what", "when", "where", "who", "words", "injuries", "told"]
    saved = [e.content for e in _incidents(shell) if e.content.get("title") == "He pushed me"]
    assert len(saved) == 1
    incident = saved[0]
    assert incident["location"] == "Kitchen"
    assert incident["words_said"] == "You are nothing"
    assert incident["injuries"] == "Bruise on the arm"
    assert "My sister" in incident["actions_after"]
    assert incident["precision"] == "minute"
    assert workspace.current_key() == "incidents"
