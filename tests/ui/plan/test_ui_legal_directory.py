from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt

from safeplan.core.plan.directory import Directory
from safeplan.core.plan.legal import LegalStore
from safeplan.core.vault.vault import Vault
from safeplan.ui.plan.directory_page import DirectoryPage
from safeplan.ui.plan.legal_page import LegalPage, reminder_lines

from .conftest import PASSPHRASE


def test_reminders_on_unlock_and_on_the_page(qtbot, vault, vault_path, dialogs) -> None:
    clock = {"now": datetime(2026, 4, 1, 9, tzinfo=UTC)}
    page = LegalPage(vault, dialogs, clock=lambda: clock["now"])
    qtbot.addWidget(page)
    assert not page.reminders.isVisibleTo(page)
    page.kind.setCurrentIndex(page.kind.findData("protection-order"))
    page.start.setDate(QDate(2026, 4, 1))
    qtbot.mouseClick(page.order_15, Qt.MouseButton.LeftButton)
    assert page.end.date() == QDate(2026, 4, 16)
    page.reference.setText("№ 77")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.kind.setCurrentIndex(page.kind.findData("evidence-to-collect"))
    page.reference.setText("forensic certificate")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2 and dialogs.errors == []
    assert page.reminder_texts() == ["Evidence still to collect (forensic certificate)."]
    vault.lock()

    # Two weeks later she opens SafePlan: the reminder is computed on unlock, in words.
    clock["now"] = datetime(2026, 4, 14, 9, tzinfo=UTC)
    again = Vault.unlock(vault_path, PASSPHRASE)
    try:
        assert [r.event for r in LegalStore(again.journal, lambda: clock["now"]).reminders()] \
            == ["order-ends", "evidence"]
        # What the shell shows right after unlock (never an OS notification).
        lines = reminder_lines(again, lambda: clock["now"])
        assert lines[0].startswith("Your protection order (№ 77) ends in 2 days")
        later = LegalPage(again, dialogs, clock=lambda: clock["now"])
        qtbot.addWidget(later)
        text = later.reminders.label.text()
        assert "Your protection order (№ 77) ends in 2 days, on 16 Apr 2026" in text
        assert later.reminders.isVisibleTo(later)
        # Marking the evidence done removes its reminder.
        later.table.selectRow(1)
        later.done.setChecked(True)
        qtbot.mouseClick(later.save_button, Qt.MouseButton.LeftButton)
        assert len(later.reminder_texts()) == 1
    finally:
        again.lock()


def test_legal_bad_dates_give_a_message(qtbot, vault, dialogs) -> None:
    page = LegalPage(vault, dialogs)
    qtbot.addWidget(page)
    page.start.setDate(QDate(2026, 4, 10))
    page.has_end.setChecked(True)
    page.end.setDate(QDate(2026, 4, 1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors and "legal.ends_at" in dialogs.errors[0]
    assert page.table.rowCount() == 0


def _select(page: DirectoryPage, entry_id: str) -> None:
    for i in range(page.list.topLevelItemCount()):
        item = page.list.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == entry_id:
            page.list.setCurrentItem(item)
            return
    raise AssertionError(entry_id)


def test_directory_browse_edit_add_hide(qtbot, vault, dialogs) -> None:
    page = DirectoryPage(vault, dialogs)
    qtbot.addWidget(page)
    assert page.country.currentData() == "BY"
    names = [page.list.topLevelItem(i).text(1) for i in range(page.list.topLevelItemCount())]
    assert "8 801 100 8 801" in names
    _select(page, "by-dv-hotline")
    assert "Last checked: 25 Nov 2026" in page.details.text()
    assert "genderperspectives.by" in page.details.text()
    page.f_hours.setText("08:00–20:00, call first")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    entry = next(e for e in Directory(vault).entries() if e.id == "by-dv-hotline")
    assert entry.edited and entry.hours_text("en") == "08:00–20:00, call first"
    assert entry.source_url.startswith("https://www.genderperspectives.by")  # kept
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.f_name.setText("Crisis room, Minsk")
    page.f_phone.setText("+375 17 000 00 00")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert any(e.name == "Crisis room, Minsk" and e.origin == "own"
               for e in Directory(vault).entries(country="BY"))
    _select(page, "by-rescue")
    qtbot.mouseClick(page.hide_button, Qt.MouseButton.LeftButton)
    assert "by-rescue" not in {e.id for e in Directory(vault).entries()}
    page.show_hidden.setChecked(True)
    _select(page, "by-rescue")
    assert page.hide_button.text() == "Show again"


def test_directory_import_malformed_changes_nothing(qtbot, vault, dialogs, tmp_path) -> None:
    page = DirectoryPage(vault, dialogs)
    qtbot.addWidget(page)
    Directory(vault).set_hidden("by-police", True)
    before = vault.get_setting("directory")
    bad = tmp_path / "org-directory.json"
    bad.write_text(json.dumps({"format": "safeplan-directory", "version": 1, "entries": [
        {"id": "ok-1", "country": "PL", "kind": "shelter", "name": "Fine"},
        {"id": "bad-1", "country": "PL", "kind": "shelter", "name": "Bad",
         "phone": "ring ring"}]}), encoding="utf-8")
    dialogs.path = bad
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.errors) == 1
    assert "entries[1].phone" in dialogs.errors[0]
    assert "Nothing was changed" in dialogs.errors[0]
    assert vault.get_setting("directory") == before
    assert "ok-1" not in {e.id for e in Directory(vault).entries(include_hidden=True)}

    good = tmp_path / "org-good.json"
    good.write_text(json.dumps({"format": "safeplan-directory", "version": 1, "entries": [
        {"id": "ok-1", "country": "PL", "kind": "shelter", "name": "Fine",
         "phone": "+48 000", "last_verified": "2026-11-01"}]}), encoding="utf-8")
    dialogs.path = good
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.infos and "1 entry imported" in dialogs.infos[-1]
    assert "ok-1" in {e.id for e in Directory(vault).entries()}


def test_reminder_banner_for_the_timeline(qtbot, vault) -> None:
    from safeplan.ui.plan.reminder_banner import ReminderBanner

    clock = {"now": datetime(2026, 6, 1, 9, tzinfo=UTC)}
    banner = ReminderBanner(vault, clock=lambda: clock["now"])
    qtbot.addWidget(banner)
    assert banner.lines() == [] and banner.label.text() == ""
    LegalStore(vault.journal).save({"kind": "court-hearing", "starts_at": "2026-06-04",
                                    "reference": "district court, room 5"})
    banner.refresh()
    assert banner.lines() == ["Court hearing (district court, room 5) in 3 days, on "
                              "4 Jun 2026."]
    assert banner.label.text() == banner.lines()[0]
    vault.lock()
    banner.refresh()  # a locked vault: nothing shown, no error
    assert banner.label.text() == ""
