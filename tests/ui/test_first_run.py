"""First run: language → limits → location → passphrase → decoy/door code → duress → done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6

from safeplan.core.journal.search import Query
from safeplan.core.settings import SettingsStore
from safeplan.core.vault.vault import Vault
from tests.ui.conftest import type_door_code, unlock

MAIN = "copper lantern orchard river"


def wizard_of(shell: Any) -> Any:
    page = shell.session.setup_page
    assert page is not None and shell.window.showing() is page
    return page


def walk_to_passphrase(wizard: Any, folder: Path | None = None) -> None:
    assert wizard.current is wizard.language_page
    wizard.next_button.click()
    assert wizard.current is wizard.limits_page
    wizard.next_button.click()
    assert wizard.current is wizard.location_page
    if folder is not None:
        wizard.location_page.choose_folder(folder)
    wizard.next_button.click()


def test_full_first_run_creates_the_vault_and_opens_it(qtbot: Any, build: Any, paths: Any) -> None:
    shell = build()
    wizard = wizard_of(shell)
    assert wizard.step_label.text() == "Step 1 of 7"
    walk_to_passphrase(wizard)
    page = wizard.passphrase_page
    assert wizard.current is page
    page.first.setText("password")
    page.repeat.setText("password")
    assert not wizard.next_button.isEnabled()  # a common password is refused
    assert "too easy" in wizard.problem_label.text()
    page.first.setText(MAIN)
    page.repeat.setText(MAIN)
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    decoy = wizard.decoy_page
    decoy.code.setText("12")
    decoy.repeat.setText("12")
    assert not wizard.next_button.isEnabled()
    decoy.code.setText("97531")
    decoy.repeat.setText("97531")
    wizard.next_button.click()
    duress = wizard.duress_page
    duress.enable.setChecked(True)
    duress.first.setText(MAIN)
    duress.repeat.setText(MAIN)
    assert "different" in wizard.problem_label.text()
    duress.first.setText("garden party")
    duress.repeat.setText("garden party")
    assert wizard.next_button.text().replace("&", "") == "Create"
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.current is wizard.done_page, timeout=20000)
    code = wizard.done_page.recovery_code.text()
    assert len(code) == 35 and code.count("-") == 5
    assert wizard.step_label.text() == "Step 7 of 7"

    # Settings are saved as soon as the vault exists: neutral words, a hash, no code in clear.
    ini = paths.settings_file.read_text()
    assert "97531" not in ini
    assert "initialised = true" in ini
    for word in ("safeplan", "vault", "journal", "door", "duress", "abuse", "safety"):
        assert word not in ini.lower()
    assert paths.default_vault.exists()

    wizard.next_button.click()  # Start
    assert shell.session.state == "open"
    assert shell.session.setup_page is None
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)

    # The recovery code, the door code and the second passphrase all work.
    type_door_code(shell, "97531")
    unlock(qtbot, shell, code)
    assert shell.session.state == "open"
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    type_door_code(shell, "97531")
    unlock(qtbot, shell, "garden party")
    people = shell.session.vault.journal.list(Query(kinds=("person",)))
    names = {p.content["name"] for p in people}  # drawn per installation (issue 14.4)
    assert 2 <= len(names) <= 3 and names <= {"Mum", "Grandma", "Sveta", "Aunt Valya", "Dr. Novak",
                                              "Olga Petrovna"}


def test_vault_in_a_chosen_folder(qtbot: Any, build: Any, paths: Any, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    shell = build()
    wizard = wizard_of(shell)
    walk_to_passphrase(wizard, stick)
    wizard.passphrase_page.first.setText(MAIN)
    wizard.passphrase_page.repeat.setText(MAIN)
    wizard.passphrase_page.recovery.setChecked(False)
    wizard.next_button.click()
    wizard.decoy_page.notes.setChecked(True)
    wizard.decoy_page.code.setText("1357")
    wizard.decoy_page.repeat.setText("1357")
    wizard.next_button.click()
    wizard.next_button.click()  # no second passphrase
    qtbot.waitUntil(lambda: wizard.current is wizard.done_page, timeout=20000)
    assert not wizard.done_page.recovery_code.isVisible()
    assert (stick / "data.db").exists()
    settings = SettingsStore(paths.settings_file).load()
    assert settings.resolved_vault_path(paths.root, paths.default_vault) == stick / "data.db"
    assert settings.decoy_kind == "notes"
    assert shell.window.windowTitle() == "Notes"


def test_existing_data_is_used_not_replaced(qtbot: Any, build: Any, paths: Any) -> None:
    from safeplan.core.storage.kdf import KdfParams

    Vault.create(paths.default_vault, MAIN, kdf=KdfParams.for_tests()).lock()
    before = paths.default_vault.stat().st_mtime_ns
    shell = build()
    wizard = wizard_of(shell)
    walk_to_passphrase(wizard)
    assert wizard.current is wizard.decoy_page  # passphrase steps skipped
    assert wizard.step_label.text() == "Step 4 of 5"
    wizard.decoy_page.code.setText("8080")
    wizard.decoy_page.repeat.setText("8080")
    wizard.next_button.click()
    assert wizard.current is wizard.done_page
    wizard.next_button.click()
    assert shell.session.state == "unlock"
    unlock(qtbot, shell, MAIN)
    assert shell.session.state == "open"
    assert paths.default_vault.stat().st_mtime_ns >= before


def test_quick_exit_during_set_up_drops_what_was_typed(qtbot: Any, build: Any) -> None:
    shell = build()
    wizard = wizard_of(shell)
    walk_to_passphrase(wizard)
    wizard.passphrase_page.first.setText(MAIN)
    shell.session.quick_exit()
    assert shell.window.showing() is shell.window.decoy
    field = wizard.passphrase_page.first
    qtbot.waitUntil(lambda: shell.session.setup_page is None)
    # The typed passphrase is cleared, and the page itself is destroyed.
    qtbot.waitUntil(lambda: not shiboken6.isValid(field) or field.text() == "")
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))


def test_language_choice_applies_at_once(qtbot: Any, build: Any) -> None:
    shell = build()
    wizard = wizard_of(shell)
    wizard.language_page.buttons["ru"].setChecked(True)
    assert shell.language.language == "ru"
    wizard.language_page.buttons["en"].setChecked(True)
    assert wizard.heading.text() == "Language"


def test_every_wizard_control_has_an_accessible_name(build: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    shell = build()
    wizard = wizard_of(shell)
    for page in wizard._all_pages():
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert name, widget.objectName()
