"""The survivor's main path through the workspace, on a real SQLCipher vault.

create → add an incident with a photo and a witness → search finds it → edit → history shows two
revisions → lock (save drafts, clear, vault.lock) → unlock → everything still there. And: what
she was typing survives a forced lock, restored when she opens the form again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault
from tests.ui.workspace.journal_fixtures import (
    PASSPHRASE,
    StubDialogs,
    files_under,
    photo_bytes,
)


@pytest.fixture
def dialogs() -> StubDialogs:
    return StubDialogs()


def open_workspace(qtbot: Any, vault: Any, dialogs: StubDialogs) -> Any:
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    workspace = WorkspaceWidget(vault, dialogs)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    return workspace


def child(widget: Any, cls: type, name: str) -> Any:
    found = widget.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name}"
    return found


def lock(workspace: Any, vault: Any) -> None:
    """What the shell does on lock and quick exit: drafts first, then clear, then lock."""
    workspace.save_drafts()
    workspace.clear_for_lock()
    vault.lock()


def test_incident_with_photo_and_witness_survives_lock(qtbot: Any, make_vault: Any,
                                                       dialogs: StubDialogs,
                                                       tmp_path: Path) -> None:
    vault = make_vault()
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    assert workspace.current_key() == "incidents"
    qtbot.mouseClick(child(page, QPushButton, "incidents_new"), Qt.MouseButton.LeftButton)
    editor = child(page, type(page.editor), "incident_editor")
    qtbot.waitUntil(editor.isVisible)

    child(editor, QLineEdit, "incident_title").setText("Pushed in the hall")
    child(editor, QPlainTextEdit, "incident_description").setPlainText(
        "He pushed me against the wall near the door.")
    child(editor, QPlainTextEdit, "incident_words_said").setPlainText("“You will regret it.”")
    child(editor, QPlainTextEdit, "incident_impact").setPlainText("I could not sleep.")
    child(editor, QPushButton, "chip_physical").click()
    # The photo comes through the seam's file chooser, as it would from the widget dialog.
    photo = tmp_path / "outside" / "IMG_0001.jpg"
    photo.parent.mkdir()
    photo.write_bytes(photo_bytes())
    dialogs.paths.append(photo)
    vault_folder = vault.path.parent
    before = files_under(vault_folder)
    qtbot.mouseClick(child(editor, QPushButton, "attachments_add"), Qt.MouseButton.LeftButton)
    assert len(editor.attachments.ids()) == 1
    # Only encrypted blobs were added inside the vault folder: no copy of the photo anywhere.
    added = files_under(vault_folder) - before
    assert all(photo.read_bytes() not in p.read_bytes() for p in added)
    # A witness typed in as a new name (quick-add) becomes a person at once.
    child(editor, QLineEdit, "incident_witnesses_new_name").setText("Olga, neighbour")
    qtbot.mouseClick(child(editor, QPushButton, "incident_witnesses_new"),
                     Qt.MouseButton.LeftButton)
    assert len(editor.witnesses.ids()) == 1

    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        qtbot.mouseClick(child(editor, QPushButton, "incident_save"), Qt.MouseButton.LeftButton)
    uid = saved.args[0]
    entry = vault.journal.get(uid)
    assert entry.content["categories"] == ["physical"]
    assert entry.content["words_said"] == "“You will regret it.”"
    assert vault.journal.get(entry.content["witness_ids"][0]).content["name"] == "Olga, neighbour"
    assert vault.journal.read_attachment(entry.content["attachment_ids"][0]) == photo.read_bytes()

    # Back to the list; search finds it by a word of the facts, and not by a word it lacks.
    qtbot.mouseClick(child(editor, QPushButton, "incident_close"), Qt.MouseButton.LeftButton)
    table = child(page, QTableView, "incidents_table")
    assert page.model.total == 1
    search = child(page, QLineEdit, "filter_search")
    with qtbot.waitSignal(page.model.query_applied, timeout=2000):
        qtbot.keyClicks(search, "wall")
    assert page.model.total == 1 and page.model.entry(0).uid == uid
    with qtbot.waitSignal(page.model.query_applied, timeout=2000):
        search.setText("bicycle")
    assert page.model.total == 0
    with qtbot.waitSignal(page.model.query_applied, timeout=2000):
        search.setText("")

    # Edit: a second revision, never an overwrite.
    table.selectRow(0)
    qtbot.mouseClick(child(page, QPushButton, "incidents_open"), Qt.MouseButton.LeftButton)
    assert editor.uid == uid
    child(editor, QPlainTextEdit, "incident_description").setPlainText(
        "He pushed me against the wall near the door, twice.")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(child(editor, QPushButton, "incident_save"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(editor, QPushButton, "incident_history"), Qt.MouseButton.LeftButton)
    history = page._history
    assert history is not None and history.objectName() == "history_dialog"
    assert history.revisions.count() == 2
    changes = history.changes_of(1)
    assert [label for label, _b, _a in changes] == ["What happened"]
    assert changes[0][2].endswith("twice.")
    history.reject()

    lock(workspace, vault)
    assert page.model.rowCount() == 0 and editor.title.text() == ""
    assert not vault.is_open

    reopened = Vault.unlock(vault.path, PASSPHRASE)
    try:
        again = open_workspace(qtbot, reopened, dialogs)
        incidents = again.page("incidents")
        assert incidents.model.total == 1
        content = incidents.model.entry(0).content
        assert content["description"].endswith("twice.")
        assert len(content["attachment_ids"]) == 1 and len(content["witness_ids"]) == 1
        assert reopened.journal.history(uid)[-1].seq == 2
        again.clear_for_lock()
    finally:
        reopened.lock()


def test_typing_survives_a_forced_lock(qtbot: Any, make_vault: Any,
                                       dialogs: StubDialogs) -> None:
    vault = make_vault()
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    page.new_incident()
    editor = page.editor
    editor.title.setText("Half written")
    editor.words_said.setPlainText("“I know where you live.”")
    # The autosave timer alone keeps it (no explicit save): an interruption loses nothing.
    qtbot.waitUntil(lambda: vault.journal.load_draft("incident:new") is not None, timeout=5000)
    editor.impact.setPlainText("Afraid to go out.")  # typed after the autosave...
    lock(workspace, vault)  # ...kept by the lock's save_drafts
    assert editor.words_said.toPlainText() == ""

    reopened = Vault.unlock(vault.path, PASSPHRASE)
    try:
        assert reopened.journal.count(Query(kinds=("incident",))) == 0  # a draft, not an entry
        again = open_workspace(qtbot, reopened, dialogs)
        incidents = again.page("incidents")
        banner = child(incidents, QLabel, "incidents_draft_banner")
        assert not banner.isHidden()
        qtbot.mouseClick(child(incidents, QPushButton, "incidents_continue_draft"),
                         Qt.MouseButton.LeftButton)
        restored = incidents.editor
        assert restored.title.text() == "Half written"
        assert restored.words_said.toPlainText() == "“I know where you live.”"
        assert restored.impact.toPlainText() == "Afraid to go out."
        assert restored.status.text()  # she is told her words were brought back
        with qtbot.waitSignal(restored.saved, timeout=2000):
            restored.save()
        assert reopened.journal.load_draft("incident:new") is None
        assert reopened.journal.count(Query(kinds=("incident",))) == 1
        again.clear_for_lock()
    finally:
        reopened.lock()


def test_editing_draft_of_existing_incident_is_restored(qtbot: Any, make_vault: Any,
                                                        dialogs: StubDialogs) -> None:
    vault = make_vault()
    uid = vault.journal.save("incident", {"title": "Original", "description": "facts",
                                          "occurred_at": "2024-01-02T21:05:00+03:00",
                                          "precision": "approximate",
                                          "date_hint": "around New Year, old flat"})
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    page.open_incident(uid)
    assert page.editor.precision.currentData() == "approximate"
    assert page.editor.date_hint.text() == "around New Year, old flat"
    page.editor.description.setPlainText("facts, amended")
    lock(workspace, vault)
    reopened = Vault.unlock(vault.path, PASSPHRASE)
    try:
        assert reopened.journal.get(uid).content["description"] == "facts"
        again = open_workspace(qtbot, reopened, dialogs)
        editor = again.page("incidents").editor
        assert editor.load(uid) is True
        assert editor.description.toPlainText() == "facts, amended"
        content = editor.content()
        # The stored offset and the approximate date are kept as they were, never invented.
        assert content["occurred_at"].endswith("+03:00")
        assert content["precision"] == "approximate"
        again.clear_for_lock()
    finally:
        reopened.lock()
