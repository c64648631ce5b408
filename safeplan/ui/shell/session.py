"""The shell's state machine: decoy → door code → unlock → journal → (quick exit) → decoy.

Requirement 7 and UX principle 2 live here. :meth:`leave` is the one road out of the journal —
quick exit, the Lock button, idle auto-lock, minimise, closing the window — and it always runs in
the same order: first *hide* (every sensitive window hidden, the decoy painted, within a frame),
then, on the next turn of the event loop, save drafts, cancel work, clear forms, lock the vault,
clear the clipboard if it holds our text. Never a prompt, never I/O before the screen is neutral.
Re-entry always goes through the decoy and the door code (issue 4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from safeplan.core.errors import Cancelled, WrongPassphrase
from safeplan.core.paths import AppPaths
from safeplan.core.settings import Settings, SettingsStore, door_code_matches
from safeplan.ui.idle_lock import IdleLock
from safeplan.ui.shell.main_window import ShellWindow
from safeplan.ui.shell.pages import WorkspaceFactory, default_workspace_factory, make_decoy
from safeplan.ui.shell.quiet_filters import filters_paused
from safeplan.ui.strings import ErrorText

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from safeplan.ui.clipboard_guard import ClipboardGuard
    from safeplan.ui.dialogs import Dialogs
    from safeplan.ui.shell.core_task import CoreTask
    from safeplan.ui.shell.journal_host import JournalHost
    from safeplan.ui.shell.unlock_screen import UnlockScreen

log = logging.getLogger(__name__)

def _unlock_vault(path: Path, passphrase: str, task: CoreTask) -> Any:
    from safeplan.core.vault.vault import Vault

    return Vault.unlock(path, passphrase, sleep=task.interruptible_sleep)


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
        self._unlock: UnlockScreen | None = None
        self.setup_page: QWidget | None = None
        self._tasks: set[CoreTask] = set()
        self._leaving = False
        self._quitting = False
        self._queued_unlock: str | None = None
        self._typed_yo_ye = False
        self._watching_state = False
        # Vaults whose lock waits for cancelled background work to stop using them: closing
        # the connection under a running export would be a crash, not a lock.
        self._waiting_to_lock: list[Any] = []
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
        self.window.minimised.connect(self._on_window_minimised)
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.privacy_clicked.connect(self._on_window_privacy_clicked)
        self.idle.timed_out.connect(self.lock)

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
    def unlock_screen(self) -> UnlockScreen:
        """The passphrase screen, built when first needed: after the door code, never on the
        decoy's start (issue 17.2: its module, its fields and their polish are ~2 ms)."""
        if self._unlock is None:
            from safeplan.ui.shell.unlock_screen import UnlockScreen

            unlock = UnlockScreen()
            unlock.unlock_requested.connect(self._on_unlock_requested)
            unlock.back_requested.connect(self.lock)  # Esc: back to the calculator
            self.window.add_page(unlock)
            self._unlock = unlock
        return self._unlock

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

    # --- unlock ----------------------------------------------------------------------------
    def _on_unlock_requested(self, passphrase: str) -> None:
        if any(task.cancelled for task in self._tasks):
            # An unlock cancelled by a quick exit may still be inside Argon2id, holding the
            # vault's process lock; start this one when it lets go (not a "busy" error).
            self._queued_unlock = passphrase
            self.unlock_screen.set_busy(True)
            return
        self._start_unlock(passphrase)

    def _start_unlock(self, passphrase: str) -> None:
        from safeplan.core.vault.vault import Vault
        from safeplan.ui.shell.core_task import CoreTask

        path = self.vault_path
        try:
            wait = Vault.pending_delay(path)
        except OSError:
            wait = 0.0
        self._typed_yo_ye = any(letter in passphrase.lower() for letter in "ёе")
        task = CoreTask(lambda t: _unlock_vault(path, passphrase, t), self)
        task.succeeded.connect(self._on_unlock_succeeded)
        task.failed.connect(self._on_unlock_failed)
        self.run_task(task)
        self.unlock_screen.set_busy(True, wait)

    def run_task(self, task: CoreTask) -> None:
        """Start background work that quick exit must cancel."""
        self._tasks.add(task)
        task.ended.connect(self._on_task_ended)  # queued: runs here, on the UI thread
        task.start()

    def _on_task_ended(self, task: CoreTask) -> None:
        self._tasks.discard(task)
        task.wait()
        task.deleteLater()
        if not self._tasks:
            self._lock_waiting_vaults()
        queued = self._queued_unlock
        if queued is not None and not any(t.cancelled for t in self._tasks):
            self._queued_unlock = None
            if self.state == "unlock":
                self._start_unlock(queued)

    def _lock_waiting_vaults(self) -> None:
        waiting, self._waiting_to_lock = self._waiting_to_lock, []
        for vault in waiting:
            try:
                vault.lock()
            except Exception as exc:
                log.error("lock failed: %s", type(exc).__name__)

    def _on_unlock_succeeded(self, task: CoreTask, vault: Any) -> None:
        if task.cancelled or self.state != "unlock":
            vault.lock()  # finished after a quick exit: never show it (re-entry via decoy)
            return
        self.unlock_screen.clear()
        self.open_journal(vault)

    def _on_unlock_failed(self, task: CoreTask, error: BaseException) -> None:
        if isinstance(error, Cancelled) or task.cancelled:
            return
        if self.state != "unlock":
            return
        text = self.errors.message(error)
        if isinstance(error, WrongPassphrase):
            self.unlock_screen.wrong_tries += 1
            if self._typed_yo_ye:
                text += "\n" + self.tr(
                    "Check the letters ё and е: they count as different letters, so type them "
                    "exactly as when you made the passphrase.")
        self.unlock_screen.show_failure(text)

    # --- journal ---------------------------------------------------------------------------
    def open_journal(self, vault: Any) -> None:
        """Show the workspace for an unlocked vault, with the access-log notice above it."""
        from safeplan.ui.shell.journal_host import (
            JournalHost,
            failed_since_last_open,
            is_first_opening,
            record_tampered_since_last_open,
        )

        self.vault = vault
        first_opening = tampered = False
        try:
            events = vault.access_events()
            failures = failed_since_last_open(events)
            first_opening = is_first_opening(events)
            tampered = record_tampered_since_last_open(events)
        except Exception:
            log.warning("access log unreadable")
            failures = 0
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
        self._watch_application_state()
        self.state = "open"
        if self.setup_page is not None:
            self.window.remove_page(self.setup_page)
            self.setup_page.deleteLater()
            self.setup_page = None
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
        for task in list(self._tasks):
            task.cancel()
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
            if self._unlock is not None:  # never built: nothing typed to clear
                self._unlock.clear()
            self._queued_unlock = None
            if self._clipboard is not None:  # none built yet: nothing copied, nothing owned
                self._clipboard.clear_if_ours()
            if self.setup_page is not None:
                abort = getattr(self.setup_page, "abort", None)
                if abort is not None:
                    abort()
                self.window.remove_page(self.setup_page)
                self.setup_page.deleteLater()
                self.setup_page = None
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
            self._waiting_to_lock.append(vault)
            if not self._tasks:
                self._lock_waiting_vaults()

    # --- privacy settings ------------------------------------------------------------------
    def _on_window_privacy_clicked(self) -> None:
        if self.state == "open" and self.vault is not None:
            from safeplan.ui.shell.privacy_dialog import open_privacy_settings

            open_privacy_settings(self)

    # --- window events ---------------------------------------------------------------------
    def _watch_application_state(self) -> None:
        """Suspend matters only while the journal is open; watched from its first opening.
        Not on the decoy's start: the signal's argument is a ``Qt`` enum, which PySide can
        convert only once its ``Qt`` namespace is built (safeplan/ui/qt_values.py)."""
        if self._watching_state:
            return
        from PySide6.QtCore import Qt  # noqa: F401  (builds the argument's type first)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
            self._watching_state = True

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Suspend, where the platform reports it (requirement 7); the boot-time idle clock
        # covers platforms that do not.
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        if state == Qt.ApplicationState.ApplicationSuspended and self.state == "open":
            self.lock()

    def _on_window_minimised(self) -> None:
        if self.state == "open" and self.settings.lock_on_minimise:
            self.lock()

    def _on_window_close_requested(self) -> None:
        self.hide_sensitive(quitting=True)
        for task in list(self._tasks):
            task.cancel()
        if self._dialogs is not None:
            self._dialogs.close_all()
        self.close_journal()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()

    def shutdown(self, wait_ms: int = 5000) -> None:
        """Before the process ends: lock, and let background work finish its cleanup."""
        self._on_window_close_requested()
        for task in list(self._tasks):
            task.cancel()
            task.wait(wait_ms)
        self._tasks.clear()
        self._lock_waiting_vaults()

    def update_settings(self, **changes: Any) -> Settings:
        settings = replace(self.settings, **changes)
        self.save_settings(settings)
        return settings
