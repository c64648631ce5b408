"""Quick exit (Shift ×3) in the real shell while the export or an import runs: the screen goes
neutral, the work is cancelled, nothing half-written remains, and the vault locks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safeplan.core.journal.search import Query
from tests.ui.conftest import press_shift, unlock


def _workspace(qtbot: Any, shell: Any) -> Any:
    unlock(qtbot, shell)
    qtbot.waitUntil(lambda: shell.session.state == "open", timeout=15000)
    return shell.session.host.workspace


def test_quick_exit_during_export(qtbot: Any, ready_shell: Any, tmp_path: Path) -> None:
    from safeplan.core import demo

    workspace = _workspace(qtbot, ready_shell)
    demo.populate(ready_shell.session.vault.journal, "en")
    page = workspace.show_page("export")
    out = tmp_path / "out"
    out.mkdir()
    page.start_export(out / "chronology.pdf", page.options.options())
    assert page.busy
    press_shift(qtbot, ready_shell.window)
    qtbot.waitUntil(lambda: ready_shell.session.state == "decoy", timeout=15000)
    qtbot.waitUntil(lambda: ready_shell.session.vault is None, timeout=15000)
    assert not page.busy
    assert list(out.iterdir()) == []  # cancelled before the rename: no PDF, no parts


def test_quick_exit_during_import_commit(qtbot: Any, ready_shell: Any, samples: Path) -> None:
    from safeplan.core.vault.vault import Vault
    from tests.ui.conftest import PASSPHRASE

    workspace = _workspace(qtbot, ready_shell)
    vault_path = ready_shell.session.vault.path
    page = workspace.show_page("import")
    page.read_file(samples / "whatsapp" / "germanios24h.txt", "Europe/Berlin")
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert page.import_button.isEnabled()
    in_file = page.batch.summary.message_count
    page.commit()
    press_shift(qtbot, ready_shell.window)
    qtbot.waitUntil(lambda: ready_shell.session.vault is None, timeout=15000)
    vault = Vault.unlock(vault_path, PASSPHRASE)
    try:
        # all of the file or none of it — never a part
        assert vault.journal.count(Query(kinds=("message",))) in (0, in_file)
    finally:
        vault.lock()
