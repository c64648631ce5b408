"""The shell's state machine: decoy → door code → unlock → journal → (quick exit) → decoy.

Requirement 7 and UX principle 2 live here. :meth:`leave` is the one road out of the journal —
quick exit, the Lock button, idle auto-lock, minimise, closing the window — and it always runs in
the same order: first *hide* (every sensitive window hidden, the decoy painted, within a frame),
then, on the next turn of the event loop, save drafts, cancel work, clear forms, lock the vault,
clear the clipboard if it holds our text. Never a prompt, never I/O before the screen is neutral.
Re-entry always goes through the decoy and the door code (issue 4).

Its helpers, each in its own module: the passphrase screen and the unlock it starts
(unlock_flow.py, built after the door code), the background work quick exit cancels
(background_work.py), what locks without her (auto_lock.py), the journal's frame
(journal_host.py) and the privacy settings (privacy_dialog.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from safeplan.core.paths import AppPaths
from safeplan.core.settings import Settings, SettingsStore, door_code_matches
from safeplan.ui.idle_lock import IdleLock
from safeplan.ui.shell.auto_lock import AutoLock
from safeplan.ui.shell.background_work import BackgroundWork
from safeplan.ui.shell.main_window import ShellWindow
from safeplan.ui.shell.pages import WorkspaceFactory, default_workspace_factory, make_decoy
from safeplan.ui.shell.quiet_filters import filters_paused
from safeplan.ui.strings import ErrorText

if TYPE_CHECKING:
    from safeplan.ui.clipboard_guard import ClipboardGuard
    from safeplan.ui.dialogs import Dialogs
    from safeplan.ui.shell.core_task import CoreTask
    from safeplan.ui.shell.journal_host import JournalHost
    from safeplan.ui.shell.unlock_flow import UnlockFlow
    from safeplan.ui.shell.unlock_screen import UnlockScreen

log = logging.getLogger(__name__)


class Session(QObject):
    """Owns the open vault (if any) and every transition of the one window."""

    opened = Signal()
    locked = Signal()

    def __init__(
        self,
        *,
        window: ShellWindow,
        paths: AppPaths,
        store: SettingsStore,
        settings: Settings,
        make_dialogs: Callable[[], Dialogs],
        make_clipboard: Callable[[], ClipboardGuard],
        idle: IdleLock,
        quit_app: Callable[[], None],
        workspace_factory: WorkspaceFactory = default_workspace_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.paths = paths
        self.store = store
        self.settings = settings
        # Built on first use or with the decoy's first frame (complete_start), whichever comes
        # first: nothing before it can open a dialog or copy text (issue 17.2).
        self._make_dialogs = make_dialogs
        self._make_clipboard = make_clipboard
        self._dialogs: Dialogs | None = None
        self._clipboard: ClipboardGuard | None = None
        self.idle = idle
        self.quit_app = quit_app
        self.workspace_factory = workspace_factory
        self.errors = ErrorText(self)
        self.state = "decoy"
        self.vault: Any = None
        self.host: JournalHost | None = None
        self._unlock: UnlockFlow | None = None
        self.setup_page: QWidget | None = None
        self.work = BackgroundWork(self)
        self._leaving = False
        self._quitting = False
        self.language: Any = None  # the LanguageSwitcher, set by the composition root
        # The app-wide event filters, in installation order (set by the composition root);
        # paused while the journal is hidden (quiet_filters.py, issue 17.3).
        self.app_filters: tuple[QObject, ...] = ()
        self._wire()

    # --- wiring ----------------------------------------------------------------------------
    def _wire(self) -> None:
        self.connect_decoy(self.window.decoy)
        self.window.exit_clicked.connect(self.quick_exit)
        self.window.lock_clicked.connect(self.lock)
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.privacy_clicked.connect(self._on_window_privacy_clicked)
        self.auto_lock = AutoLock(self)  # idle time-out, suspend, minimise

    def connect_decoy(self, decoy: QWidget) -> None:
        decoy.number_entered.connect(self._on_decoy_number_entered)  # type: ignore[attr-defined]

    @property
    def dialogs(self) -> Dialogs:
        """Every dialog goes through this (its Exit button is quick exit)."""
        if self._dialogs is None:
            self._dialogs = self._make_dialogs()
            self._dialogs.set_exit_handler(self.quick_exit)
        return self._dialogs

    @property
    def clipboard(self) -> ClipboardGuard:
        if self._clipboard is None:
            self._clipboard = self._make_clipboard()
        return self._clipboard

    def complete_start(self) -> None:
        """After the decoy's first frame: what the start could do without."""
        _ = self.dialogs, self.clipboard

    @property
    def unlock(self) -> UnlockFlow:
        """The passphrase screen and its unlock, built when first needed: after the door code,
        never on the decoy's start (issue 17.2: its module, its fields and their polish are
        ~2 ms)."""
        if self._unlock is None:
            from safeplan.ui.shell.unlock_flow import UnlockFlow

            self._unlock = UnlockFlow(self)
        return self._unlock

    @property
    def unlock_screen(self) -> UnlockScreen:
        return self.unlock.screen

    @property
    def unlock_screen_built(self) -> bool:
        return self._unlock is not None

    @property
    def vault_path(self) -> Path:
        return self.settings.resolved_vault_path(self.paths.root, self.paths.default_vault)

    # --- start -----------------------------------------------------------------------------
    def start(self, setup_factory: Callable[[Session], QWidget] | None = None) -> None:
        """Decoy first; the first-run wizard instead when nothing has been set up yet."""
        if not self.settings.first_run_done and setup_factory is not None:
            self.setup_page = setup_factory(self)
            self.state = "setup"
            self.window.show_page(self.setup_page)
        else:
            self.state = "decoy"
            self.window.show_decoy()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def save_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.store.save(settings)
        self.idle.set_timeout(settings.autolock_seconds)

    # --- decoy → unlock --------------------------------------------------------------------
    def _on_decoy_number_entered(self, digits: str) -> None:
        if self.state != "decoy" or not self.settings.door_code_hash:
            return  # a wrong code just calculates
        if not door_code_matches(digits, self.settings.door_code_hash):
            return
        decoy = self.window.decoy
        remove = getattr(decoy, "remove_code_line", None)
        if remove is not None:
            remove(digits)
        decoy.reset()  # type: ignore[attr-defined]
        self.show_unlock()

    def show_unlock(self) -> None:
        self.state = "unlock"
        self.unlock_screen.clear()
        self.unlock_screen.wrong_tries = 0  # a new unlock session: earlier tries were not hers
        self.window.show_page(self.unlock_screen)
        self._drop_setup_page()

    def _drop_setup_page(self) -> None:
        if self.setup_page is not None:
            self.window.remove_page(self.setup_page)
            self.setup_page.deleteLater()
            self.setup_page = None

    def apply_decoy(self, kind: str) -> None:
        """Calculator or notes (a setting); the window title follows."""
        if kind == self.window.decoy_kind:
            return
        decoy = make_decoy(kind, self.window.stack)
        self.connect_decoy(decoy)
        self.window.replace_decoy(decoy, kind)

    def adopt_unfinished_setup(self, task: CoreTask, settings: Settings) -> None:
        """Set-up was left while the vault was being created: lock it, keep it reachable."""
        self._orphan_settings = settings
        task.succeeded.connect(self._on_orphan_succeeded)

    def _on_orphan_succeeded(self, task: CoreTask, result: tuple[Any, str]) -> None:
        result[0].lock()
        self.save_settings(self._orphan_settings)
        self.apply_decoy(self._orphan_settings.decoy_kind)

    def run_task(self, task: CoreTask) -> None:
        """Start background work that quick exit must cancel."""
        self.work.run(task)

    # --- journal ---------------------------------------------------------------------------
    def open_journal(self, vault: Any) -> None:
        """Show the workspace for an unlocked vault, with the access-log notice above it."""
        from safeplan.ui.shell.journal_host import JournalHost, read_access_log

        self.vault = vault
        failures, first_opening, tampered = read_access_log(vault)
        workspace = self.workspace_factory(vault, self.dialogs)
        lock_signal = getattr(workspace, "lock_requested", None)
        if lock_signal is not None:
            lock_signal.connect(self.lock)
        # Volunteer hand-over ends with "quit" (UX): lock and leave, whatever the exit setting.
        handover = getattr(workspace, "handover_finished", None)
        if handover is not None:
            handover.connect(self._on_workspace_handover_finished)
        language = getattr(workspace, "language_requested", None)
        if language is not None:
            language.connect(self._on_workspace_language_requested)
        easy = getattr(workspace, "easy_reading_changed", None)
        if easy is not None:
            easy.connect(self.window.set_header_scale)
            self.window.set_header_scale(getattr(workspace, "header_scale", 1.0))
        self.host = JournalHost(workspace, failures, own_tries=self.unlock_screen.wrong_tries,
                                first_opening=first_opening, tampered=tampered)
        self.unlock_screen.wrong_tries = 0
        self.auto_lock.watch_suspend()
        self.state = "open"
        self._drop_setup_page()
        self.window.show_page(self.host, journal_open=True)
        if getattr(workspace, "plain_shell", False):
            self.window.name_label.hide()  # the diary: the program's name would give it away
        self.idle.set_timeout(self.settings.autolock_seconds)
        self.idle.arm()
        self.clipboard.watch(True)
        self.opened.emit()

    # --- leaving ---------------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Shift ×3 or the Exit button: neutral screen now (or quit, by setting)."""
        self.leave(quit_allowed=True)

    def _on_workspace_language_requested(self, lang: str) -> None:
        """The interface language chosen in Settings: saved before unlock, applied at once."""
        if self.language is not None:
            lang = self.language.switch(lang)
        self.save_settings(replace(self.settings, language=lang))

    def _on_workspace_handover_finished(self) -> None:
        if self._leaving:
            return
        self.hide_sensitive(quitting=True)
        self._leaving = True
        self._schedule_finish(True)

    def lock(self) -> None:
        """Lock button, idle auto-lock, minimise, the workspace asking: back to the decoy."""
        self.leave(quit_allowed=False)

    def leave(self, *, quit_allowed: bool) -> None:
        if self._leaving:
            return
        quitting = quit_allowed and self.settings.quit_on_exit
        self.hide_sensitive(quitting=quitting)
        self._leaving = True
        self.work.cancel_all()
        # The rest waits one turn of the event loop so the neutral screen is painted first.
        self._schedule_finish(quitting)

    def hide_sensitive(self, *, quitting: bool = False) -> None:
        """The fast part: hide every window but the decoy and show the decoy. No I/O."""
        with filters_paused(self.app_filters):
            self._hide_sensitive(quitting)

    def _hide_sensitive(self, quitting: bool) -> None:
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()
        self.state = "decoy"
        if quitting:
            self.window.hide()
        else:
            self.window.show_decoy()
            self.window.repaint()
        QApplication.sync()

    def _schedule_finish(self, quitting: bool) -> None:
        # A bound slot on a zero timer (not a lambda): the receiver keeps it alive and it runs
        # on this thread's next event-loop turn.
        self._quitting = quitting
        QTimer.singleShot(0, self, self._on_finish_timer_timeout)

    def _on_finish_timer_timeout(self) -> None:
        self._finish_leaving(self._quitting)

    def _finish_leaving(self, quitting: bool) -> None:
        try:
            if self._dialogs is not None:  # none built yet: none open
                self._dialogs.close_all()
            self.close_journal()
            if self._unlock is not None:  # never built: nothing typed to clear, none waiting
                self._unlock.clear()
            if self._clipboard is not None:  # none built yet: nothing copied, nothing owned
                self._clipboard.clear_if_ours()
            abort = getattr(self.setup_page, "abort", None)
            if abort is not None:
                abort()
            self._drop_setup_page()
        finally:
            self._leaving = False
            self.locked.emit()
        if quitting:
            self.quit_app()
        else:
            self.window.activateWindow()
            self.window.decoy.setFocus()

    def close_journal(self) -> None:
        """Save drafts (encrypted, in the vault), clear the forms, lock. Safe to repeat."""
        self.idle.disarm()
        if self._clipboard is not None:
            self._clipboard.watch(False)
        host, vault = self.host, self.vault
        self.host, self.vault = None, None
        if host is not None:
            workspace = host.workspace
            for step in ("save_drafts", "clear_for_lock"):
                try:
                    getattr(workspace, step)()
                except Exception as exc:  # locking must go on whatever a page does
                    log.error("workspace %s failed: %s", step, type(exc).__name__)
            self.window.remove_page(host)
            host.deleteLater()
        if vault is not None:
            self.work.lock_when_idle(vault)

    # --- privacy settings ------------------------------------------------------------------
    def _on_window_privacy_clicked(self) -> None:
        if self.state == "open" and self.vault is not None:
            from safeplan.ui.shell.privacy_dialog import open_privacy_settings

            open_privacy_settings(self)

    # --- window events ---------------------------------------------------------------------
    def _on_window_close_requested(self) -> None:
        self.hide_sensitive(quitting=True)
        self.work.cancel_all()
        if self._dialogs is not None:
            self._dialogs.close_all()
        self.close_journal()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()

    def shutdown(self, wait_ms: int = 5000) -> None:
        """Before the process ends: lock, and let background work finish its cleanup."""
        self._on_window_close_requested()
        self.work.stop(wait_ms)

    def update_settings(self, **changes: Any) -> Settings:
        settings = replace(self.settings, **changes)
        self.save_settings(settings)
        return settings
