"""Entry point of the frozen bundle (PyInstaller runs this file as the program).

The bundle behaves exactly like the ``safeplan`` command: no arguments → the decoy calculator,
a subcommand → the scriptable tool. Its executable is called "calculator" (threat A1).

``SAFEPLAN_SELF_TEST=1`` in the environment runs a self-test instead, used by
tests/packaging/test_bundle.py and by packaging/build.py after a build: it starts the real app
(offscreen when ``QT_QPA_PLATFORM=offscreen``), checks that the decoy is what shows, that every
bundled resource and both catalogues (.qm for Qt, .ts for the core) resolve inside the bundle,
prints one JSON line and quits through the normal shutdown path. It reads and writes nothing but
the app's own data folder (portable folder or per-user folder), like a normal start.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def self_test() -> int:
    """Start the real app, confirm the decoy is up, quit cleanly. 0 = every check passed."""
    from safeplan.app import build_shell, configure_application
    from safeplan.core.paths import resolve_paths
    from safeplan.core.portable import prepare_environment

    paths = resolve_paths(None)
    prepare_environment(paths)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["calculator"])
    configure_application(app)
    shell = build_shell(app, paths)
    report: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False)),
                              "portable": paths.portable, "data_root": str(paths.root)}

    def check() -> None:
        try:
            window = shell.window
            report["window_visible"] = window.isVisible()
            report["window_title"] = window.windowTitle()
            report["showing_decoy"] = window.showing() is window.decoy
            report["decoy_class"] = type(window.decoy).__name__
            shell.language.switch("ru")
            report["qt_ru_exit"] = QCoreApplication.translate("ShellWindow", "E&xit")
            report["qt_ru_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
            shell.language.switch("be")
            report["qt_be_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
            shell.language.switch("en")
            from resource_check import check_all

            report.update(check_all(with_qt=False))
            report["ok"] = bool(report["window_visible"] and report["showing_decoy"])
        except Exception as exc:  # reported, never a traceback: this is a shipped program
            report["ok"] = False
            report["error"] = f"{type(exc).__name__}: {exc}"
        app.quit()

    QTimer.singleShot(0, check)
    code = int(app.exec())
    shell.session.shutdown()
    report["exit_code"] = code
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if report.get("ok") and code == 0 else 1


def main() -> int:
    if os.environ.get("SAFEPLAN_SELF_TEST") == "1":
        return self_test()
    # The app's short road; a command goes on to safeplan.cli (safeplan/__main__.py).
    from safeplan.__main__ import main as program

    return program()


if __name__ == "__main__":
    # Frozen: the program folder, not the current folder, anchors resources (core/resources.py).
    sys.path[:0] = [] if getattr(sys, "frozen", False) else [str(Path(__file__).resolve().parents[1])]
    sys.exit(main())
