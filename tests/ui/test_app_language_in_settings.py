"""The app's language can be changed in Settings, without the passphrase (QA finding F3)."""

from __future__ import annotations

from typing import Any

from safeplan.core.settings import SettingsStore
from tests.ui.conftest import unlock


def test_settings_page_switches_and_keeps_the_language(qtbot: Any, ready_shell: Any,
                                                       paths: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    page = workspace.show_page("settings")
    combo = page.app_language
    assert combo.currentData() == "en"
    combo.activated.emit(combo.findData("ru"))
    qtbot.waitUntil(lambda: shell.language.language == "ru")
    assert shell.session.state == "open"  # no passphrase asked, the journal stays open
    assert SettingsStore(paths.settings_file).load().language == "ru"


def test_typed_passphrases_leave_with_the_page(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    workspace = shell.session.host.workspace
    page = workspace.show_page("settings")
    page.current.setText("correct horse")
    page.new.setText("something new and long")
    workspace.show_page("incidents")
    assert page.current.text() == "" and page.new.text() == ""
