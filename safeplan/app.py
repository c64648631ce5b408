"""The composition root (STYLE.md 2): paths, settings, dialogs, translator, windows — built here once.

Order matters for "no trace" (requirement 13): the environment is prepared (portable redirects,
no core dumps, no bytecode) *before* the ``QApplication`` exists, because Qt, fontconfig and Mesa
read their cache locations at start. Qt's own settings (the widget file dialog's history) are
pointed into our folder as INI files, never the registry or a native store.

Neutral identity (threat A1): application name "Calculator", a drawn calculator icon, WM_CLASS
``calculator``/``Calculator`` (from argv[0] and the application name), no organisation name.
The real name appears only inside the opened journal.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safeplan.core.paths import AppPaths, make_private_dir, resolve_paths
from safeplan.core.portable import prepare_environment
from safeplan.core.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

NEUTRAL_NAME = "Calculator"
NEUTRAL_ARGV0 = "calculator"


@dataclass
class Shell:
    """Everything the running app is made of (tests and the benchmark drive it through this)."""

    app: Any
    paths: AppPaths
    store: SettingsStore
    window: Any
    session: Any
    language: Any
    idle: Any
    quick_exit: Any

    @property
    def dialogs(self) -> Any:
        return self.session.dialogs

    @property
    def clipboard(self) -> Any:
        return self.session.clipboard


def guard_pyside_refcount_bug() -> bool:
    """Work around PySide6 6.12.0 dropping a reference on every call that returns nothing.

    Under Python < 3.12 (where None/True/False are not yet immortal) each such call lowers
    ``None``'s reference count by one; after enough calls the interpreter aborts with
    "deallocating None" — a crash in the middle of her writing. Making the three singletons
    effectively immortal (as Python 3.12 does) removes the crash. The real fix is a PySide6
    without the bug (6.11.x is fine); this only runs on the affected combination.
    """
    import PySide6

    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        return False
    import ctypes  # only here: ~1.5 ms the decoy's start does without (issue 17.2)

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


def redirect_qt_settings(folder: Path) -> None:
    """Every QSettings Qt writes by itself (file dialog history) goes to ``folder`` as INI."""
    from PySide6.QtCore import QSettings

    make_private_dir(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


def configure_application(app: Any) -> None:
    """Neutral names for the whole process (threat A1). The drawn calculator icon follows
    the decoy's first frame (ShellWindow.complete_start, issue 17.2)."""
    app.setApplicationName(NEUTRAL_NAME)
    app.setOrganizationName("")
    app.setOrganizationDomain("")
    app.setDesktopFileName(NEUTRAL_ARGV0)


def build_shell(
    app: Any,
    paths: AppPaths,
    *,
    kdf: Any = None,
    workspace_factory: Callable[[Any, Any], Any] | None = None,
    idle_clock: Callable[[], float] | None = None,
    clipboard_clear_ms: int | None = None,
) -> Shell:
    """Wire settings, translator, dialogs, guards, window and session; show the first screen."""
    from safeplan.ui.i18n import LanguageSwitcher, system_language
    from safeplan.ui.idle_lock import IdleLock, default_clock
    from safeplan.ui.quick_exit import QuickExitFilter
    from safeplan.ui.shell.main_window import ShellWindow
    from safeplan.ui.shell.pages import default_workspace_factory, make_decoy
    from safeplan.ui.shell.session import Session

    qt_folder = paths.root / "qt"
    store = SettingsStore(paths.settings_file)
    settings: Settings = store.load()
    language = LanguageSwitcher(app)
    language.switch(settings.language or system_language())

    def make_dialogs() -> Any:
        from safeplan.ui.dialogs import Dialogs

        # Qt's own settings are written only by its dialogs (the file dialog's history): they
        # are pointed into our folder before the first dialog can exist, not before the decoy.
        redirect_qt_settings(qt_folder)
        return Dialogs(qt_folder, start_dir=paths.root.parent if paths.portable else None)

    def make_clipboard() -> Any:
        from safeplan.ui.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard

        return ClipboardGuard(
            clear_after_ms=CLEAR_AFTER_MS if clipboard_clear_ms is None else clipboard_clear_ms
        )

    idle = IdleLock(settings.autolock_seconds, clock=idle_clock or default_clock)
    window = ShellWindow(make_decoy, settings.decoy_kind)
    session = Session(
        window=window,
        paths=paths,
        store=store,
        settings=settings,
        make_dialogs=make_dialogs,
        make_clipboard=make_clipboard,
        idle=idle,
        quit_app=app.quit,
        workspace_factory=workspace_factory or default_workspace_factory,
    )
    session.language = language
    quick_exit = QuickExitFilter(session.quick_exit, parent=app)
    quick_exit.presses_counted.connect(window.show_shift_presses)
    session.start(setup_factory=lambda s: _first_run_wizard(s, language, kdf))
    _listen_from_the_first_frame(app, window, session, quick_exit, idle)
    return Shell(
        app=app,
        paths=paths,
        store=store,
        window=window,
        session=session,
        language=language,
        idle=idle,
        quick_exit=quick_exit,
    )


def _listen_from_the_first_frame(app: Any, window: Any, session: Any, quick_exit: Any,
                                 idle: Any) -> None:
    """Quick exit listens from the moment the window is shown; the application-wide filters
    come with the decoy's first frame.

    They are Python filters: every event of every widget becomes a Python call through each,
    and PySide wraps every object and event type they are shown. Showing and painting the
    calculator sends hundreds of events they have nothing to do with: passing them through
    put ~7 ms between the window being shown and its first frame (issue 17.2). So until then
    quick exit listens on the window alone: the calculator, the only control on screen (there
    is no other window yet), passes Shift on to it, as every widget passes on a key it has no
    use for. No turn of the event loop passes between showing the window and this, so no key
    reaches the app unheard; the app-wide filters take over, in their installation order,
    when the first frame is on screen or a page other than the decoy is about to show
    (ShellWindow.complete_start)."""
    early = not window.start_complete
    if early:
        window.installEventFilter(quick_exit)

    def listen_everywhere() -> None:
        app_filters = (window.enter_clicks, quick_exit, idle)
        session.app_filters = app_filters  # installation order (quiet_filters.py)
        for event_filter in app_filters:
            app.installEventFilter(event_filter)
        if early:
            window.removeEventFilter(quick_exit)
        session.complete_start()  # the dialogs and the clipboard guard, after the frame

    if early:
        window.start_completed.connect(listen_everywhere)
    else:  # the first-run wizard was shown straight away
        listen_everywhere()


def _first_run_wizard(session: Any, language: Any, kdf: Any) -> Any:
    """Imported only on the very first start: the wizard pulls in the passphrase-strength
    dictionaries (zxcvbn), which the decoy on every later start must not wait for (issue 17)."""
    from safeplan.ui.shell.first_run import FirstRunWizard

    return FirstRunWizard(session, language, kdf=kdf)


def remove_shell(shell: Shell) -> None:
    """Undo :func:`build_shell` (lock, uninstall filters) — for tests and a clean quit."""
    shell.session.shutdown()
    shell.app.removeEventFilter(shell.quick_exit)
    shell.app.removeEventFilter(shell.idle)
    shell.language.uninstall()
    shell.language.deleteLater()
    shell.quick_exit.deleteLater()
    shell.window.hide()
    shell.window.deleteLater()


def run_gui(portable_dir: Path | None = None) -> int:
    """``safeplan`` with no command: decoy first, the journal behind the door code."""
    paths = resolve_paths(portable_dir)
    prepare_environment(paths)  # before any Qt object (requirement 13)

    from PySide6.QtWidgets import QApplication

    guard_pyside_refcount_bug()
    # argv[0] becomes the X11 WM_CLASS instance name; the real program name must not leak.
    app = QApplication([NEUTRAL_ARGV0])
    configure_application(app)
    shell = build_shell(app, paths)
    _collect_again_after_the_start(shell.window)
    app.aboutToQuit.connect(shell.session.shutdown)
    try:
        code = int(app.exec())
    finally:
        gc.enable()
    log.debug("event loop ended")
    return code


def _collect_again_after_the_start(window: Any) -> None:
    """The entry point turns the garbage collector off for the start (safeplan/__main__.py):
    on again with the decoy's first frame, or two seconds after the start if no frame came."""
    if gc.isenabled():
        return
    from PySide6.QtCore import QTimer

    window.start_completed.connect(gc.enable)
    QTimer.singleShot(2000, gc.enable)
