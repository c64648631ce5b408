"""Issue 14.7: a deleted failed-attempt record is told to her on unlock, as a warning."""

from __future__ import annotations

import os
from typing import Any

from tests.ui.conftest import unlock


def test_deleted_record_is_told_on_unlock(qtbot: Any, build: Any, prepared: Any,
                                          paths: Any) -> None:
    vault_path = prepared()
    os.unlink(f"{vault_path}-a")
    shell = build()
    unlock(qtbot, shell)
    assert shell.session.state == "open"
    notice = shell.session.host.notice
    assert notice.isVisible() and notice.tampered
    assert "deleted or replaced the record" in notice.text.text()
    assert "Nobody tried" not in notice.text.text()
