"""Settings: a verified backup that opens, passphrase change, recovery code, reading comfort."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.errors import WrongPassphrase
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault
from safeplan.ui.workspace.settings_page import SettingsPage

PASSPHRASE = "correct horse"


def _wait(qtbot: Any, page: SettingsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def test_backup_makes_a_copy_that_opens(qtbot: Any, show: Any, demo_vault: Any, dialogs: Any,
                                        tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.paths.append(stick)
    page = show(SettingsPage(demo_vault, dialogs))
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert dialogs.errors == []
    copy = page.last_backup
    assert copy is not None and copy.is_file() and stick in copy.parents
    assert copy.parent.name in page.status.text()
    expected = demo_vault.journal.count(Query())
    head = demo_vault.journal.chain_head()
    backup = Vault.unlock(copy, PASSPHRASE)
    try:
        assert backup.journal.count(Query()) == expected
        assert backup.journal.chain_head() == head
        assert backup.check().ok
    finally:
        backup.lock()


def test_change_passphrase_while_open(qtbot: Any, show: Any, make_vault: Any, dialogs: Any) -> None:
    vault = make_vault()
    vault.journal.save("person", {"name": "Anna"})
    page = show(SettingsPage(vault, dialogs))
    qtbot.keyClicks(page.current, "wrong words")
    qtbot.keyClicks(page.new, "new long passphrase")
    qtbot.keyClicks(page.repeat, "new long passphrase")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert len(dialogs.errors) == 1 and page.current.text() == ""  # fields cleared after use
    qtbot.keyClicks(page.current, PASSPHRASE)
    qtbot.keyClicks(page.new, "new long passphrase")
    qtbot.keyClicks(page.repeat, "new long passphrase!")
    page.change_button.click()
    assert len(dialogs.errors) == 2 and not page.busy  # the two new ones differ: refused
    page.repeat.setText("new long passphrase")
    page.change_button.click()
    _wait(qtbot, page)
    assert len(dialogs.errors) == 2 and "changed" in page.status.text()
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)
    reopened = Vault.unlock(path, "new long passphrase")
    try:
        assert reopened.journal.count(Query(kinds=("person",))) == 1
    finally:
        reopened.lock()


def test_recovery_code_is_shown_once_and_opens(qtbot: Any, show: Any, make_vault: Any,
                                               dialogs: Any) -> None:
    vault = make_vault()
    page = show(SettingsPage(vault, dialogs))
    page.recovery_button.click()
    assert dialogs.errors and not page.busy  # asks for the current passphrase first
    page.current.setText(PASSPHRASE)
    page.recovery_button.click()
    _wait(qtbot, page)
    code = page.recovery_code.text()
    assert page.recovery_code.isVisible() and len(code) == 35
    page.hide()
    assert page.recovery_code.text() == ""  # leaving the page takes it off the screen
    path = vault.path
    vault.lock()
    Vault.unlock(path, code).lock()


def test_restore_puts_the_backup_back_and_asks_to_lock(qtbot: Any, show: Any, make_vault: Any,
                                                       dialogs: Any, tmp_path: Path) -> None:
    vault = make_vault()
    vault.journal.save("person", {"name": "Before backup"})
    page = show(SettingsPage(vault, dialogs))
    folder = tmp_path / "backups"
    folder.mkdir()
    page.backup_to(folder)
    _wait(qtbot, page)
    vault.journal.save("person", {"name": "After backup"})
    page.restore_passphrase.setText(PASSPHRASE)
    dialogs.files.append(page.last_backup)
    with qtbot.waitSignal(page.lock_requested, timeout=60000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.confirms and dialogs.errors == []
    assert page.restore_passphrase.text() == ""
    path = vault.path
    vault.lock()
    restored = Vault.unlock(path, PASSPHRASE)
    try:
        names = [e.content["name"] for e in restored.journal.list(Query(kinds=("person",)))]
        assert names == ["Before backup"]
    finally:
        restored.lock()


def test_easy_reading_and_export_language_are_stored(qtbot: Any, show: Any, make_vault: Any,
                                                     dialogs: Any) -> None:
    vault = make_vault()
    page = show(SettingsPage(vault, dialogs))
    with qtbot.waitSignal(page.easy_reading_changed):
        page.easy_reading.setChecked(True)
    assert vault.get_setting("easy_reading") is True
    page.export_language.setCurrentIndex(page.export_language.findData("be"))
    assert vault.get_setting("export_language") == "be"
    again = show(SettingsPage(vault, dialogs))
    assert again.easy_reading.isChecked()
    assert again.export_language.currentData() == "be"
    page.clear_for_lock()
    assert page.current.text() == ""
