"""Issue 12.4 on the Export page: the court copy is the default; a clearly worded tick box makes
a working copy, and the hint says which of the two she is making."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_court_copy_by_default_and_a_named_working_copy_option(qtbot: Any) -> None:
    from safeplan.ui.workspace.export_options import ExportOptionsForm

    form = ExportOptionsForm()
    qtbot.addWidget(form)
    form.show()
    box = form.include_working_notes
    assert not box.isChecked() and form.options().include_working_notes is False
    assert "Court copy" in form.working_hint.text()
    assert "not for the court" in box.accessibleName()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard only
    assert form.options().include_working_notes is True
    assert "Working copy" in form.working_hint.text()
    assert "Do not give this copy to the court" in form.working_hint.text()
    form.clear_for_lock()
    assert form.options().include_working_notes is False  # a later export is a court copy


def test_an_entry_marked_for_her_and_her_lawyer_stays_out_of_the_court_copy(
        qtbot: Any, make_vault: Any, tmp_path: Any) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.export.data import build
    from safeplan.core.export.source import VaultSource
    from tests.ui.fidelity.test_answers_ui_to_pdf import _editor

    vault = make_vault()
    editor = _editor(qtbot, vault)
    editor.title.setText("ONLY-FOR-LAWYER")
    editor.private.setFocus()
    qtbot.keyClick(editor.private, Qt.Key.Key_Space)
    uid = editor.save()
    assert vault.journal.get(uid).content["private"] is True
    editor.load(uid, use_draft=False)
    assert editor.private.isChecked()
    source = VaultSource(vault)
    court = build(source.document(), ChronologyOptions(), source.revision_times)
    work = build(source.document(), ChronologyOptions(include_working_notes=True),
                 source.revision_times)
    assert [e.uid for e in court.entries] == [] and [e.uid for e in work.entries] == [uid]
    export_chronology(vault, ChronologyOptions(), tmp_path / "c.pdf")  # renders without it
