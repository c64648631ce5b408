from __future__ import annotations

from PySide6.QtCore import Qt

from safeplan.core.journal.search import Query
from safeplan.core.paths import resolve_paths
from safeplan.core.vault.vault import Vault
from safeplan.ui.plan.guides_page import GuidesPage
from safeplan.ui.plan.handover_wizard import HandoverWizard

from .conftest import PASSPHRASE


def test_guides_show_disclaimer_sources_and_escape_text(qtbot, vault, dialogs) -> None:
    page = GuidesPage(vault, dialogs)
    qtbot.addWidget(page)
    assert page.guide_list.count() == 3
    text = page.browser.toPlainText()
    assert "not legal advice" in text
    assert "Sources" in text and "konspekts.ru" in text
    assert "Last checked: 25 Nov 2026" in text
    page.guide_list.setCurrentRow(1)
    assert "15 days" in page.browser.toPlainText()


def test_draft_outline_from_ticked_entries(qtbot, vault, dialogs, tmp_path) -> None:
    j = vault.journal
    him = j.save("person", {"name": "Ivan P.", "role": "perpetrator"})
    neighbour = j.save("person", {"name": "Maria S.", "role": "witness"})
    j.save("incident", {"occurred_at": "2024-03-12T21:05:00+03:00", "precision": "minute",
                        "title": "Pushed me in the kitchen", "perpetrator_ids": [him],
                        "witness_ids": [neighbour]})
    page = GuidesPage(vault, dialogs)
    qtbot.addWidget(page)
    page.draft_language.setCurrentIndex(page.draft_language.findData("en"))
    assert page.witnesses.count() == 1  # the perpetrator is not offered as a witness
    page.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    page.witnesses.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    outline = page.outline.toPlainText()
    assert outline.count("DRAFT") == 2
    assert "Pushed me in the kitchen" in outline and "Maria S." in outline
    dialogs.path = tmp_path / "draft.txt"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not encrypted" in dialogs.confirms[-1]
    assert (tmp_path / "draft.txt").read_text(encoding="utf-8") == outline


def test_handover_leaves_the_laptop_folder_empty(qtbot, vault, vault_path, dialogs,
                                                 tmp_path) -> None:
    laptop_root = vault_path.parent.parent
    (laptop_root / "settings.ini").write_text("[x]\n", encoding="utf-8")
    (laptop_root / "cache").mkdir()
    vault.journal.save("incident", {"title": "kept safe"})
    usb = tmp_path / "usb"
    usb.mkdir()
    default = HandoverWizard(vault, dialogs)
    qtbot.addWidget(default)
    assert default.laptop_root == resolve_paths().root  # the per-user folder (not portable)
    wizard = HandoverWizard(vault, dialogs, laptop_root=laptop_root)
    qtbot.addWidget(wizard)
    # A folder on the laptop itself is refused.
    dialogs.path = laptop_root / "cache"
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 0 and dialogs.errors
    dialogs.path = usb
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 1
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 2, timeout=15000)
    # A wrong passphrase: a calm message, nothing removed.
    wizard.passphrase.setText("wrong")
    qtbot.mouseClick(wizard.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.isEnabled(), timeout=15000)
    assert wizard.stack.currentIndex() == 2 and len(dialogs.errors) == 2
    assert vault_path.exists()
    wizard.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 3, timeout=15000)
    assert wizard.passphrase.text() == ""
    planned = [wizard.planned.item(i).text() for i in range(wizard.planned.count())]
    assert any(p.startswith("settings.ini") for p in planned)
    assert any(p.startswith("store/data.db") for p in planned)
    qtbot.mouseClick(wizard.remove_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 4
    assert not laptop_root.exists()
    assert not vault.is_open
    checklist = [wizard.checklist.item(i).text() for i in range(wizard.checklist.count())]
    assert any("Nothing of SafePlan is left" in line for line in checklist)
    with qtbot.waitSignal(wizard.handover_finished, timeout=1000):
        qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    copies = list(usb.glob("backup-*/data.db"))
    assert len(copies) == 1
    opened = Vault.unlock(copies[0], PASSPHRASE)
    try:
        titles = [e.content["title"] for e in opened.journal.list(Query(kinds=("incident",)))]
        assert titles == ["kept safe"]
    finally:
        opened.lock()


def test_handover_leaves_a_vault_outside_the_app_folder_alone(qtbot, vault, vault_path,
                                                              dialogs, tmp_path) -> None:
    laptop_root = tmp_path / "per-user" / "calc-data"
    laptop_root.mkdir(parents=True)
    (laptop_root / "settings.ini").write_text("[x]\n", encoding="utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = HandoverWizard(vault, dialogs, laptop_root=laptop_root)
    qtbot.addWidget(wizard)
    dialogs.path = usb
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 2, timeout=15000)
    wizard.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 3, timeout=15000)
    planned = [wizard.planned.item(i).text() for i in range(wizard.planned.count())]
    assert any("The owner's vault is not in this folder" in p for p in planned)
    qtbot.mouseClick(wizard.remove_button, Qt.MouseButton.LeftButton)
    assert not laptop_root.exists()
    assert vault_path.exists()  # the vault elsewhere (e.g. on her stick) is untouched
