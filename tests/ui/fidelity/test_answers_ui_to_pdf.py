"""Issue 12.3 through the real form: yes / no / not answered from the incident editor to the PDF.

The editor's questions were single tick boxes, so an untouched box was saved as False and the court
copy printed "Children present: no". Now each is a three-way choice that starts at "Not answered";
the test drives it with the keyboard, saves through the editor, exports a real PDF and reads it
back with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.export import ChronologyOptions, export_chronology
from tests.ui.workspace.journal_fixtures import StubDialogs


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF cannot be read back")
    out = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _editor(qtbot: Any, vault: Any) -> Any:
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    workspace = WorkspaceWidget(vault, StubDialogs())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 800)
    workspace.show()
    page = workspace.page("incidents")
    page.new_incident()
    return page.editor


def test_untouched_questions_print_nothing_and_answers_print_as_chosen(
        qtbot: Any, make_vault: Any, tmp_path: Path) -> None:
    vault = make_vault()
    editor = _editor(qtbot, vault)
    # a new incident: nothing is claimed
    assert editor.children_present.value() is None
    assert editor.police_contacted.value() is None
    assert editor.children_present.currentText() == "Not answered"
    assert editor.children_present.accessibleName() == "Children were there"
    editor.title.setText("UNTOUCHED")
    untouched = editor.save()
    assert untouched
    stored = vault.journal.get(untouched).content
    assert stored["children_present"] is None and stored["police"]["contacted"] is None

    editor.load(None)
    editor.title.setText("ANSWERED")
    # by keyboard: focus the question, arrow down to "Yes" (children), twice to "No" (police)
    editor.children_present.setFocus()
    qtbot.keyClick(editor.children_present, Qt.Key.Key_Down)
    editor.police_contacted.setFocus()
    qtbot.keyClick(editor.police_contacted, Qt.Key.Key_Down)
    qtbot.keyClick(editor.police_contacted, Qt.Key.Key_Down)
    assert (editor.children_present.value(), editor.police_contacted.value()) == (True, False)
    answered = editor.save()
    assert answered

    # reopening shows what was chosen (and "not answered" for the untouched one)
    editor.load(untouched, use_draft=False)
    assert editor.children_present.value() is None
    editor.load(answered, use_draft=False)
    assert (editor.children_present.value(), editor.police_contacted.value()) == (True, False)

    pdf = tmp_path / "court.pdf"
    export_chronology(vault, ChronologyOptions(), pdf)
    text = _pdf_text(pdf)
    first = text.rsplit("UNTOUCHED", 1)[1].split(" No. ")[0]
    second = text.rsplit("ANSWERED", 1)[1].split(" No. ")[0]
    assert "Children present" not in first and "Police" not in first, first
    assert "Children present: yes" in second, second
    assert "not contacted" in second, second


def test_an_old_unticked_box_opens_as_not_answered(qtbot: Any, make_vault: Any) -> None:
    """Saved by the old form (no three-state mark): False cannot be told from untouched."""
    vault = make_vault()
    old = vault.journal.save("incident", {"title": "old", "children_present": False,
                                          "police": {"contacted": True}})
    editor = _editor(qtbot, vault)
    editor.load(old, use_draft=False)
    assert editor.children_present.value() is None  # not "no"
    assert editor.police_contacted.value() is True  # a ticked box was a real "yes"
