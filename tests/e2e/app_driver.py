"""Runs the real app for end-to-end tests and reports what it does on stdout.

    python -m tests.e2e.app_driver --portable DIR [--script] [--test-kdf]

It builds the app exactly as ``safeplan.app.run_gui`` does (environment first, then Qt, the
neutral identity, the same shell) and prints one line per state change (``STATE decoy``,
``STATE unlock``, ``STATE open``), ``LOCKED`` after every lock, ``READY`` once the window shows.
With ``--script`` it walks a whole session on its own — first run, an incident with a photo,
a search, a PDF export to the portable folder, quick exit, quit — and prints ``DONE``; the
no-trace and no-network tests run that.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True


def say(line: str) -> None:
    print(line, flush=True)


def build(portable: Path, test_kdf: bool) -> Any:
    from safeplan.app import build_shell, configure_application, guard_pyside_refcount_bug
    from safeplan.core.paths import resolve_paths
    from safeplan.core.portable import prepare_environment

    paths = resolve_paths(portable)
    prepare_environment(paths)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    guard_pyside_refcount_bug()
    app = QApplication(["calculator"])
    configure_application(app)
    kdf = None
    if test_kdf:
        from safeplan.core.storage.kdf import KdfParams

        kdf = KdfParams.for_tests()
    shell = build_shell(app, paths, kdf=kdf)
    app.aboutToQuit.connect(shell.session.shutdown)
    last = {"state": ""}

    def watch() -> None:
        if shell.session.state != last["state"]:
            last["state"] = shell.session.state
            say(f"STATE {last['state']}")

    timer = QTimer(app)
    timer.timeout.connect(watch)
    timer.start(20)
    shell.session.locked.connect(lambda: say("LOCKED"))
    QTimer.singleShot(0, lambda: say("READY"))
    shell.watch_timer = timer
    return shell


def run_script(shell: Any) -> None:
    """A whole session, step by step on the event loop (each step waits for the last)."""
    from PySide6.QtCore import Qt, QTimer

    from safeplan.core.journal.search import Query

    session = shell.session
    wizard = session.setup_page
    steps: list[Any] = []

    def step(fn: Any) -> None:
        steps.append(fn)

    def advance() -> None:
        if not steps:
            return
        done = steps[0]()
        if done is not False:
            steps.pop(0)
        QTimer.singleShot(30, advance)

    step(lambda: wizard.next_button.click())
    step(lambda: wizard.next_button.click())
    step(lambda: wizard.next_button.click())

    def passphrase() -> None:
        wizard.passphrase_page.first.setText("maple quartz ferry window")
        wizard.passphrase_page.repeat.setText("maple quartz ferry window")
        wizard.next_button.click()

    def door() -> None:
        wizard.decoy_page.code.setText("2468")
        wizard.decoy_page.repeat.setText("2468")
        wizard.next_button.click()

    step(passphrase)
    step(door)
    step(lambda: wizard.next_button.click())  # create (no second passphrase)
    step(lambda: wizard.current is wizard.done_page and wizard.next_button.click() is None)

    def record() -> Any:
        if session.state != "open":
            return False
        journal = session.vault.journal
        photo = bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cf000000020001e221bc330000000049454e44ae426082"
        )
        attachment = journal.add_attachment(photo, "bruise.png", "image/png")
        journal.save("incident", {"title": "Kitchen", "description": "He threw a plate.",
                                  "occurred_at": "2026-03-01T20:00:00+01:00",
                                  "precision": "minute", "attachment_ids": [attachment]})
        found = journal.list(Query(kinds=("incident",), text="plate"))
        say(f"FOUND {len(found)}")
        return True

    def export() -> None:
        from safeplan.core.export.chronology import export_chronology
        from safeplan.core.export.options import ChronologyOptions

        out = shell.paths.root / "out" / "chronology.pdf"
        out.parent.mkdir(exist_ok=True)
        export_chronology(session.vault, ChronologyOptions(lang="en"), out)
        say(f"EXPORTED {out.exists()}")

    def choose_folder() -> None:
        """A file dialog, as for "back up to a USB stick": it writes Qt's own history file."""
        from PySide6.QtWidgets import QApplication, QFileDialog

        def accept() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QFileDialog) and widget.isVisible():
                    widget.accept()
                    return
            QTimer.singleShot(50, accept)

        QTimer.singleShot(50, accept)
        chosen = shell.dialogs.choose_path(shell.window, "Folder", folder=True,
                                           directory=shell.paths.root)
        say(f"CHOSE {chosen is not None}")

    step(record)
    step(choose_folder)
    step(export)
    step(session.quick_exit)
    step(lambda: session.vault is None and shell.app.quit() is None)
    QTimer.singleShot(50, advance)
    shell.app.aboutToQuit.connect(lambda: say("DONE"), Qt.ConnectionType.SingleShotConnection)


def main(argv: list[str] | None = None) -> int:
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1)  # a stuck test can ask where the app is
    parser = argparse.ArgumentParser()
    parser.add_argument("--portable", type=Path, required=True)
    parser.add_argument("--script", action="store_true")
    parser.add_argument("--test-kdf", action="store_true")
    args = parser.parse_args(argv)
    shell = build(args.portable, args.test_kdf)
    if args.script:
        run_script(shell)
    return int(shell.app.exec())


if __name__ == "__main__":
    sys.exit(main())
