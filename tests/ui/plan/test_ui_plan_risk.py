from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from safeplan.core.journal.search import Query
from safeplan.core.plan.plan import PlanStore
from safeplan.core.plan.risk import RiskLog
from safeplan.core.vault.vault import Vault
from safeplan.ui.plan.risk_page import RiskPage
from safeplan.ui.plan.safety_plan_page import SafetyPlanPage

from .conftest import PASSPHRASE


def test_plan_wizard_fill_leave_resume(qtbot, vault, vault_path, dialogs) -> None:
    page = SafetyPlanPage(vault, dialogs)
    qtbot.addWidget(page)
    page.show()
    assert page.section_title.text() == "Warning signs"
    page.items.item(0).setCheckState(Qt.CheckState.Checked)
    page.notes.setPlainText("He drinks on Fridays")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    # Moving on committed a revision of the one plan entry.
    entries = vault.journal.list(Query(kinds=("safety_plan",)))
    assert len(entries) == 1
    saved = entries[0].content["sections"]["warning_signs"]
    assert saved["items"][0]["done"] is True and saved["notes"] == "He drinks on Fridays"
    assert page.section_title.text() == "Safe people and code words"
    assert "Part 2 of 10" in page.step_label.text()
    # Half-typed notes go to the encrypted draft after a pause …
    page.new_item.setText("Call Olga, code word: blue tea")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.notes.setPlainText("Olga lives near the station")
    store = PlanStore(vault)
    qtbot.waitUntil(store.has_unsaved_draft, timeout=3000)
    # … and she leaves at once (quick exit locks the vault without any prompt).
    vault.lock()
    page.hide()
    assert dialogs.errors == []

    again = Vault.unlock(vault_path, PASSPHRASE)
    try:
        resumed = SafetyPlanPage(again, dialogs)
        qtbot.addWidget(resumed)
        assert resumed.section_title.text() == "Safe people and code words"
        assert resumed.notes.toPlainText() == "Olga lives near the station"
        texts = [resumed.items.item(i).text() for i in range(resumed.items.count())]
        assert texts[-1] == "Call Olga, code word: blue tea"
        assert "You have started 2 of 10 parts" in resumed.progress_label.text()
        assert resumed.steps.item(0).text().endswith("(1/5)")
        qtbot.mouseClick(resumed.back_button, Qt.MouseButton.LeftButton)
        assert resumed.items.item(0).checkState() == Qt.CheckState.Checked
        assert not PlanStore(again).has_unsaved_draft()  # moving committed the draft
    finally:
        again.lock()


def test_review_reminder_inside_the_app(qtbot, vault, dialogs) -> None:
    clock = {"now": datetime(2026, 1, 10, tzinfo=UTC)}
    page = SafetyPlanPage(vault, dialogs, clock=lambda: clock["now"])
    qtbot.addWidget(page)
    page.items.item(1).setCheckState(Qt.CheckState.Checked)
    page.commit()
    page._refresh_progress()
    assert page.review_box.isVisibleTo(page)
    assert "look over your plan" in page.review_box.label.text()
    qtbot.mouseClick(page.reviewed_button, Qt.MouseButton.LeftButton)
    assert "Last looked over: 10 Jan 2026" in page.review_box.label.text()
    clock["now"] = datetime(2026, 5, 1, tzinfo=UTC)
    page._refresh_progress()
    assert "You last looked over your plan on 10 Jan 2026" in page.review_box.label.text()


def test_print_asks_first_and_writes_an_embedded_font_pdf(qtbot, vault, dialogs,
                                                          tmp_path) -> None:
    page = SafetyPlanPage(vault, dialogs)
    qtbot.addWidget(page)
    dialogs.confirm_answer = False
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert "can be found" in dialogs.confirms[-1]
    assert not list(tmp_path.glob("*.pdf"))
    dialogs.confirm_answer = True
    dialogs.path = tmp_path / "plan.pdf"
    page.pdf_language.setCurrentIndex(page.pdf_language.findData("ru"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert dialogs.errors == []


def test_risk_checklist_history(qtbot, vault, dialogs) -> None:
    clock = {"now": datetime(2026, 2, 1, 9, tzinfo=UTC)}
    page = RiskPage(vault, dialogs, clock=lambda: clock["now"])
    qtbot.addWidget(page)
    assert "not a prediction" in page.note.label.text()
    assert "No answers saved yet" in page.change_label.text()
    page.boxes["threat_to_kill"].setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    clock["now"] = datetime(2026, 3, 1, 9, tzinfo=UTC)
    assert page.boxes["threat_to_kill"].isChecked()  # pre-filled from the last check
    page.boxes["strangulation"].setChecked(True)
    page.boxes["threat_to_kill"].setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    history = RiskLog(vault.journal).history()
    assert [c.ticked for c in history] == [("threat_to_kill",), ("strangulation",)]
    table = page.history
    assert table.columnCount() == 3  # the sign, then one column per check
    assert table.horizontalHeaderItem(1).text() == "1 Mar 2026"  # newest first
    row_strangle = 0  # RISK_ITEM_IDS order
    assert table.item(row_strangle, 0).text().startswith("He has choked")
    assert table.item(row_strangle, 1).text() == "✓"
    assert table.item(row_strangle, 2).text() == ""
    # Clicking the wrapped text ticks the box too (large target for unsteady hands).
    qtbot.mouseClick(page.boxes["weapon"].label, Qt.MouseButton.LeftButton)
    assert page.boxes["weapon"].isChecked()
    text = page.change_label.text()
    assert "now ticked" in text and "no longer ticked" in text


def test_typing_after_a_lock_raises_nothing(qtbot, vault, dialogs) -> None:
    page = SafetyPlanPage(vault, dialogs)
    qtbot.addWidget(page)
    page.notes.setPlainText("typed just before the lock")
    vault.lock()  # the idle lock fires while the draft timer is still pending
    qtbot.wait(page._draft_timer.interval() + 200)
    page.commit()
    assert dialogs.errors == []
