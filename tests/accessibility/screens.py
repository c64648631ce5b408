"""A tour of every screen that exists, in the real app shell, for the a11y and clipping checks.

Built the way a survivor meets them: a first-run set-up in an empty folder (every wizard page);
then a folder with a finished set-up and a real vault full of demo data — the decoy calculator,
the notes decoy, the unlock screen, every workspace page, every plan tab and the incident editor.
Pages are discovered from the workspace's own page lists, so a page added later is toured too.

Used by tests/accessibility, tests/i18n (pseudo-translation) and packaging/screenshots.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

DOOR_CODE = "2468"
PASSPHRASE = "violet tractor moon seven"
# A 1366×768 laptop less the taskbar and the window frame (issue 8: usable at 1366×768).
JOURNAL_SIZE = QSize(1280, 700)


@dataclass
class Screen:
    name: str
    window: QWidget  # the top-level window as shown
    shell: Any
    page: QWidget | None = None  # the part that is new in this state (None: the whole window)


def settle(app: Any, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def dispose(app: Any, shell: Any) -> None:
    """Tear a shell down and really delete its widgets (deleteLater waits for an event loop
    turn that a test never returns to)."""
    from safeplan.app import remove_shell

    # Lock first and let the closed journal's pages really go, as the running event loop would
    # do before anything else happens; then take the shell down.
    shell.session.close_journal()
    settle(app)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    remove_shell(shell)
    settle(app)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settle(app)


def prepare_journal_folder(root: Path, lang: str = "en") -> Any:
    """A finished set-up: settings with a door code and a vault with demo data (cheap KDF)."""
    from safeplan.core import demo
    from safeplan.core.paths import resolve_paths
    from safeplan.core.settings import SettingsStore, hash_door_code
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    paths = resolve_paths(root)
    paths.ensure()
    vault = Vault.create(paths.default_vault, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        demo.populate(vault.journal, lang)
    finally:
        vault.lock()
    store = SettingsStore(paths.settings_file)
    base = store.load().with_vault_path(paths.default_vault, paths.root)
    store.save(replace(base, door_code_hash=hash_door_code(DOOR_CODE), first_run_done=True,
                       language=lang))
    return paths


def _build(app: Any, paths: Any) -> Any:
    from safeplan.app import build_shell
    from safeplan.core.storage.kdf import KdfParams

    shell = build_shell(app, paths, kdf=KdfParams.for_tests())
    shell.session.quit_app = lambda: None  # the test's QApplication must keep running
    return shell


def _size(window: QWidget, size: QSize | None) -> None:
    """The tour's laptop size, or (None) the size the app chose for the screen it is on."""
    if size is not None:
        window.resize(size)


def first_run_screens(app: Any, root: Path, size: QSize | None = JOURNAL_SIZE) -> Iterator[Screen]:
    """Every page of the first-run wizard (an empty folder: nothing set up yet)."""
    from safeplan.core.paths import resolve_paths

    shell = _build(app, resolve_paths(root))
    try:
        wizard = shell.session.setup_page
        assert wizard is not None, "an empty folder must start the first-run wizard"
        pages = wizard._all_pages() if hasattr(wizard, "_all_pages") else []
        for index, page in enumerate(pages):
            wizard.go_to(page)
            _size(shell.window, size)
            settle(app)
            yield Screen(f"first_run/{index + 1}_{type(page).__name__}", shell.window, shell, page)
    finally:
        dispose(app, shell)


def open_journal(shell: Any) -> Any:
    """Unlock the tour's vault and show the workspace, as the unlock screen would."""
    from safeplan.core.vault.vault import Vault

    vault = Vault.unlock(shell.session.vault_path, PASSPHRASE)
    shell.session.open_journal(vault)
    return shell.session.host.workspace


def workspace_keys() -> list[str]:
    from safeplan.ui.workspace.workspace import PAGES

    return [spec.key for spec in PAGES]


def journal_screens(app: Any, shell: Any, size: QSize | None = JOURNAL_SIZE) -> Iterator[Screen]:
    """Every workspace page, every plan tab, and the incident editor (new and with an entry)."""
    workspace = open_journal(shell)
    _size(shell.window, size)
    for key in workspace_keys():
        page = workspace.show_page(key)
        settle(app)
        if isinstance(page, QTabWidget):
            for index in range(page.count()):
                page.setCurrentIndex(index)
                settle(app)
                yield Screen(f"plan/{type(page.widget(index)).__name__}", shell.window, shell,
                             page.widget(index))
        else:
            yield Screen(f"workspace/{key}", shell.window, shell, page)
    incidents = workspace.show_page("incidents")
    from safeplan.core.journal.search import Query

    journal = shell.session.vault.journal
    entries = journal.list(Query(kinds=("incident",), limit=1))
    if entries:
        incidents.open_incident(entries[0].uid)
        settle(app)
        yield Screen("incident_editor/existing", shell.window, shell, incidents.editor)
    incidents.new_incident()
    settle(app)
    yield Screen("incident_editor/new", shell.window, shell, incidents.editor)
    for key in ("quick_note", "guided"):  # reached by buttons, not by the navigation
        page = workspace.show_page(key)
        settle(app)
        yield Screen(f"workspace/{key}", shell.window, shell, page)


def shell_screens(app: Any, paths: Any, size: QSize | None = JOURNAL_SIZE) -> Iterator[Screen]:
    """Decoys, unlock, then the whole journal, in one shell over a prepared folder."""
    shell = _build(app, paths)
    try:
        settle(app)
        yield Screen("decoy/calculator", shell.window, shell, shell.window.decoy)
        shell.session.apply_decoy("notes")
        settle(app)
        yield Screen("decoy/notes", shell.window, shell, shell.window.decoy)
        shell.session.apply_decoy("calculator")
        shell.session.show_unlock()
        _size(shell.window, size)
        settle(app)
        yield Screen("unlock", shell.window, shell, shell.session.unlock_screen)
        yield from journal_screens(app, shell, size)
    finally:
        dispose(app, shell)


def all_screens(app: Any, tmp: Path, lang: str = "en",
                size: QSize | None = JOURNAL_SIZE) -> Iterator[Screen]:
    """The whole tour; ``tmp`` is an empty scratch folder; ``size`` None leaves the window at
    the size the app gives it on the screen it is on."""
    yield from first_run_screens(app, tmp / "empty", size)
    yield from shell_screens(app, prepare_journal_folder(tmp / "ready", lang), size)


def top_levels_besides(window: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
