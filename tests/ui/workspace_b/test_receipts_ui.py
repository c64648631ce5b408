"""Issue 18, dated receipts on screen: Settings makes a receipt and copies its code; after a new
incident the incident list suggests one in plain words, and stops once a receipt covers it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from safeplan.core.journal.receipts import ReceiptBook, grouped
from safeplan.ui.workspace.incidents_page import IncidentsPage
from safeplan.ui.workspace.settings_page import SettingsPage


def test_settings_makes_and_copies_a_receipt(qtbot: Any, show: Any, make_vault: Any,
                                             dialogs: Any) -> None:
    vault = make_vault()
    vault.journal.save("person", {"name": "Anna"})
    page = show(SettingsPage(vault, dialogs))
    box = page.receipts
    assert "No receipts" in box.made.text()
    qtbot.mouseClick(box.make_button, Qt.MouseButton.LeftButton)
    receipts = ReceiptBook(vault.journal).all()
    assert len(receipts) == 1
    assert box.row.code.text() == grouped(receipts[0].code) and box.row.isVisible()
    assert grouped(receipts[0].code) in box.made.text()
    assert "sends nothing" in box.send_text.text()
    qtbot.mouseClick(box.row.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == grouped(receipts[0].code)
    QGuiApplication.clipboard().clear()


def test_new_incident_suggests_a_receipt(qtbot: Any, show: Any, make_vault: Any,
                                         dialogs: Any) -> None:
    vault = make_vault()
    page = show(IncidentsPage(vault, dialogs))
    suggestion = page.receipt_suggestion
    assert not suggestion.isVisible()
    page.new_incident()
    page.editor.title.setText("He took my phone")
    page.editor.save()
    page.show_list()
    assert suggestion.isVisible() and "receipt" in suggestion.text.text()
    qtbot.mouseClick(suggestion.make_button, Qt.MouseButton.LeftButton)
    code = ReceiptBook(vault.journal).all()[-1].code
    assert suggestion.row.code.text() == grouped(code)
    assert ReceiptBook(vault.journal).current_is_covered()
    page.new_incident()
    page.editor.title.setText("Second time")
    page.editor.save()
    page.show_list()
    assert suggestion.isVisible() and suggestion.make_button.isVisible()
