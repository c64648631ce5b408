"""Settings refuses a new passphrase the first run would refuse (one policy, issue 14.6)."""

from __future__ import annotations

from typing import Any

import pytest

from safeplan.core.vault.vault import Vault
from safeplan.ui.workspace.settings_page import SettingsPage
from tests.ui.conftest import PASSPHRASE


@pytest.mark.parametrize("weak", ["password", "пароль123", "gfhjkm12345"])
def test_settings_refuses_a_weak_new_passphrase(qtbot: Any, show: Any, make_vault: Any,
                                                dialogs: Any, weak: str) -> None:
    vault = make_vault(passphrase=PASSPHRASE)
    page = show(SettingsPage(vault, dialogs))
    header = vault.files.header.read_bytes()
    page.current.setText(PASSPHRASE)
    page.new.setText(weak)
    page.repeat.setText(weak)
    page.change_button.click()
    assert not page.busy
    assert len(dialogs.errors) == 1
    assert "too easy to guess" in str(dialogs.errors[0])
    assert vault.files.header.read_bytes() == header
    path = vault.path
    vault.lock()
    Vault.unlock(path, PASSPHRASE).lock()  # the old passphrase still opens it
