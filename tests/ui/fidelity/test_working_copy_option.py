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
