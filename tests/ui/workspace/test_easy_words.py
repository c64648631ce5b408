"""Easy reading simplifies words, not only sizes (issue 15): the incident form's labels and the
incident page's buttons switch to everyday words live, the way the section names do."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.workspace.journal_fixtures import StubDialogs


def _label_texts(editor: Any) -> set[str]:
    return {label.text() for label in editor.findChildren(QLabel)}


def test_easy_reading_switches_form_labels_and_buttons_live(qtbot: Any,
                                                            make_vault: Any) -> None:
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    vault = make_vault()
    workspace = WorkspaceWidget(vault, StubDialogs())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    page = workspace.page("incidents")
    page.new_incident()
    editor = page.editor
    office = {"Forms of abuse", "What happened (facts)", "Witnesses", "Linked earlier incidents"}
    plain = {"What kind of harm", "What was done to you", "How it affected you", "Who saw or heard it",
             "Did this happen before?", "Proof you still need to get"}
    assert office <= _label_texts(editor) and not plain & _label_texts(editor)
    assert page.open_button.text() == "Open" and editor.history_button.text() == "History"

    workspace.apply_easy_reading(True)  # what Settings → easy reading does, without a restart
    labels = _label_texts(editor)
    assert plain <= labels, plain - labels
    assert not office & labels
    assert page.open_button.text() == "Read or change"
    assert page.history_button.text() == "Earlier versions"
    assert editor.history_button.text() == "Earlier versions"
    assert editor.precision.accessibleName() == "How sure are you of the date"
    grab_dir = os.environ.get("SAFEPLAN_GRAB_DIR")
    if grab_dir:  # for a person to look at, never in CI
        QApplication.processEvents()  # let the layouts take the larger font first
        editor.grab().save(os.path.join(grab_dir, "easy-incident-form.png"))

    workspace.apply_easy_reading(False)
    labels = _label_texts(editor)
    assert office <= labels and not plain & labels
    assert page.open_button.text() == "Open" and editor.history_button.text() == "History"


def test_a_page_built_after_easy_reading_is_on_speaks_plainly(qtbot: Any,
                                                               make_vault: Any) -> None:
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    vault = make_vault()
    vault.set_setting("easy_reading", True)
    workspace = WorkspaceWidget(vault, StubDialogs())
    qtbot.addWidget(workspace)
    page = workspace.page("incidents")
    assert page.trash_button.text() == "Delete (you can bring it back)"
    page.new_incident()  # the form is built lazily, after the setting was applied
    assert "What kind of harm" in _label_texts(page.editor)
