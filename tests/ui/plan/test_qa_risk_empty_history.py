"""QA regression: with no saved check the "Earlier answers" table repeated every sign with no date
column, a second copy of the list that looked like answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safeplan.ui.plan.risk_page import RiskPage


def test_history_table_appears_only_after_a_saved_check(qtbot, vault, dialogs) -> None:
    page = RiskPage(vault, dialogs)
    qtbot.addWidget(page)
    page.show()
    assert not page.history.isVisible()
    assert "No answers saved yet" in page.change_label.text()
    page.boxes["weapon"].setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.history.isVisible() and page.history.columnCount() == 2
