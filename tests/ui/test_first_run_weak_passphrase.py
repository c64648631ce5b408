"""The first run refuses Russian and Belarusian common passwords too (issue 14.6)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.test_first_run import walk_to_passphrase, wizard_of


@pytest.mark.parametrize("weak", ["пароль123", "gfhjkm", "lyubov2024", "йцукен123"])
def test_first_run_refuses_common_ru_be_passwords(qtbot: Any, build: Any, weak: str) -> None:
    wizard = wizard_of(build())
    walk_to_passphrase(wizard)
    page = wizard.passphrase_page
    page.first.setText(weak)
    page.repeat.setText(weak)
    assert not wizard.next_button.isEnabled()
    assert "too easy" in wizard.problem_label.text()
