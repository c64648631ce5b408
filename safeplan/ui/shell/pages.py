"""Which widgets fill the shell: the decoy of her choice, and the workspace behind the door.

The workspace pages are built by another part of the program
(``safeplan.ui.workspace.workspace.WorkspaceWidget``); until that module is installed the shell
shows its own plain page, with the same small interface.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from safeplan.ui.shell.calculator import CalculatorDecoy

WorkspaceFactory = Callable[[Any, Any], QWidget]


def default_workspace_factory(vault: Any, dialogs: Any) -> QWidget:
    """The real workspace when it is installed, else our plain page; for the journal a second
    passphrase opens, a plain diary (issue 14.4: none of the evidence app's screens).

    Imported here, not at the top: the decoy starts without the journal code (issue 17.2)."""
    from safeplan.core.storage.keyslots import TARGET_MAIN

    if getattr(vault, "target", TARGET_MAIN) != TARGET_MAIN:
        from safeplan.ui.shell.diary_window import DiaryPage

        return DiaryPage(vault, dialogs)
    try:
        from safeplan.ui.workspace.workspace import WorkspaceWidget
    except ImportError:
        from safeplan.ui.shell.journal_host import PlainJournalPage

        return PlainJournalPage(vault, dialogs)
    widget: QWidget = WorkspaceWidget(vault, dialogs)
    return widget


def make_decoy(kind: str, parent: QWidget | None = None) -> QWidget:
    """The neutral first screen (threat A1): a calculator, or a notes pad. Only the chosen
    one is imported: every module before the decoy shows is start-up time (issue 17.2).
    Built inside ``parent`` (the window's page stack), where it will stay."""
    if kind == "notes":
        from safeplan.ui.shell.notes_decoy import NotesDecoy

        return NotesDecoy(parent)
    return CalculatorDecoy(parent)
