"""Issue 15: in portable mode hand-over step 4 said "These are all the files SafePlan wrote on
this laptop. They will be deleted." above a list saying it wrote nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.plan.conftest import PASSPHRASE


def test_step_four_does_not_promise_deletion_when_nothing_was_written(
        qtbot: Any, vault: Any, dialogs: Any, tmp_path: Path) -> None:
    from safeplan.ui.plan.handover_wizard import HandoverWizard

    laptop = tmp_path / "laptop-user-folder"  # portable mode: the laptop's folder stays empty
    laptop.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = HandoverWizard(vault, dialogs, laptop_root=laptop)
    qtbot.addWidget(wizard)
    dialogs.path = usb
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 2, timeout=15000)
    wizard.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 3, timeout=15000)
    step_text = wizard._step_labels[3][1].text()
    assert "will be deleted" not in step_text and "nothing to delete" in step_text
    assert "Remove" not in wizard.remove_button.text()
    confirms = len(dialogs.confirms)
    qtbot.mouseClick(wizard.remove_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 4 and len(dialogs.confirms) == confirms


def test_settings_explain_the_second_passphrase(qtbot: Any, vault: Any, dialogs: Any) -> None:
    from safeplan.ui.workspace.settings_page import SettingsPage

    page = SettingsPage(vault, dialogs)
    qtbot.addWidget(page)
    text = page.duress_text.text()
    assert "Second passphrase" in text and "harmless journal" in text and "Privacy" in text
