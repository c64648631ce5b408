"""Issue 17.2: the decoy appears before anything it does not need is even imported.

A fresh interpreter (so nothing earlier in the test run is already loaded) starts the app the
way a survivor's later starts do — through the program's entry point (safeplan/__main__.py, as
the launcher and the ``safeplan`` command run it) with the first run done — runs the event loop
once with the calculator on screen, and reports which modules are loaded. The journal, the PDF
library, SQLCipher, cryptography, the passphrase dictionaries, the workspace and the scriptable
tool must not be among them: they load after the decoy is shown (or never, for the tool).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Module prefixes the decoy must not wait for (each is loaded on demand after unlock).
DEFERRED = (
    "reportlab", "sqlcipher3", "cryptography", "argon2", "zxcvbn", "PIL", "pypdfium2",
    "safeplan.core.journal", "safeplan.core.storage.database", "safeplan.core.storage.kdf",
    "safeplan.core.vault", "safeplan.core.export", "safeplan.core.plan",
    "safeplan.core.importers", "safeplan.ui.workspace", "safeplan.ui.plan",
    "safeplan.ui.shell.first_run", "subprocess",
    # Needed only later: the door code's hash and the clipboard's fingerprint (OpenSSL's hashes),
    # the .ts reader (compiled .qm files are loaded by Qt), the notes decoy when the calculator
    # is the decoy, the plain journal page.
    "hashlib", "_hashlib", "hmac", "secrets", "xml", "safeplan.ui.shell.notes_decoy",
    # The focus outline's proxy style: installed after the first frame (the calculator has no
    # focus rings), or before any other page is shown.
    "safeplan.ui.shell.focus_style",
    # The scriptable tool: its parser and commands (they pull in the journal and the vault).
    "safeplan.cli", "safeplan.commands",
    # Built when first needed (after the door code), with their modules: the unlock screen, the
    # bar with Exit, the journal's frame and the background-work thread.
    "safeplan.ui.shell.unlock_screen", "safeplan.ui.shell.unlock_flow", "safeplan.ui.shell.shell_bar",
    "safeplan.ui.shell.journal_host", "safeplan.ui.shell.core_task",
    # ctypes: the process name is written to /proc/self/comm, the PySide 6.12 guard needs it
    # only on that version.
    "ctypes",
    # Built with the first frame (no dialog can open, nothing can be copied before it): the
    # dialogs and the clipboard guard. The calculator's arithmetic loads at its first sum.
    "safeplan.ui.dialogs", "safeplan.ui.clipboard_guard", "decimal", "_decimal",
    # The drawn icon and Enter-presses-buttons: with the first frame.
    "safeplan.ui.shell.after_start",
)
# Deferred, not dropped: loaded once the first frame is on screen.
AFTER_THE_FIRST_FRAME = ("safeplan.ui.dialogs", "safeplan.ui.clipboard_guard",
                         "safeplan.ui.shell.focus_style", "safeplan.ui.shell.after_start")

_CHILD = """
import enum, json, sys
from pathlib import Path
built = []  # the Python enum types PySide builds (lazily, class by class)
_create = enum.EnumType._create_
def _spy(cls, class_name, *args, **kwargs):
    built.append(class_name)
    return _create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = _spy
root, mode = Path(sys.argv[1]), sys.argv[2]
import safeplan.app as composition
build_shell = composition.build_shell

def observe(app, paths, **options):  # run_gui calls this; the test watches from here
    from PySide6.QtCore import QTimer
    shell = build_shell(app, paths, **options)
    if mode == "unlock":  # another page straight away, before any frame of the decoy
        shell.session.show_unlock()
        print(json.dumps({"style": type(app.style()).__name__,
                          "icons": [not app.windowIcon().isNull(),
                                    not shell.window.windowIcon().isNull()]}))
        sys.exit(0)
    shown, at_show = [], {}
    def styled():
        return type(app.style()).__name__ == "FocusStyle"
    def first_turn():
        shown.append(shell.window.isVisible() and shell.session.state == "decoy")
        at_show.update(modules=sorted(sys.modules), enums=list(built), styled=styled(),
                       collecting=__import__("gc").isenabled())
        # Then the first frame is painted; the focus outline's style follows it.
        poll.start()
    poll = QTimer(app, interval=5)
    polls = []
    def check():
        polls.append(1)
        if styled() or len(polls) > 2000:
            poll.stop()
            app.quit()
    poll.timeout.connect(check)
    QTimer.singleShot(0, first_turn)
    def report():
        print(json.dumps({"shown": shown, **at_show, "styled_later": styled(),
                          "later_modules": sorted(sys.modules),
                          "collecting_later": __import__("gc").isenabled(),
                          "icons": [not app.windowIcon().isNull(),
                                    not shell.window.windowIcon().isNull()]}))
    app.aboutToQuit.connect(report)
    return shell

composition.build_shell = observe
# The program's own entry point, as the launcher and the safeplan command start it.
from safeplan.__main__ import main
sys.exit(main(["--portable", str(root)]))
"""


def _loaded_at_decoy(tmp_path: Path, mode: str = "decoy") -> dict[str, object]:
    # The settings say the first run is done; written here, not in the child, so that saving
    # them (atomic writes, hashing) does not load anything the start itself would not.
    from safeplan.core.paths import resolve_paths
    from safeplan.core.settings import SettingsStore

    store = SettingsStore(resolve_paths(tmp_path / "stick").settings_file)
    store.save(replace(store.load(), first_run_done=True))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path / "stick"), mode], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_decoy_start_imports_nothing_it_does_not_need(tmp_path: Path) -> None:
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    modules = result["modules"]
    assert isinstance(modules, list)
    early = [name for name in modules
             if any(name == prefix or name.startswith(prefix + ".") for prefix in DEFERRED)]
    assert early == [], f"loaded before the decoy was shown: {early}"


def test_decoy_start_does_not_make_pyside_build_all_of_qtcore(tmp_path: Path) -> None:
    """When an object of a class PySide does not know (a Qt-private one) reaches one of the
    app's Python event filters, PySide builds every QtCore type to look for it: ~135 enum
    types, ~25 ms of the start. QMainWindow did that by laying out its central widget through
    an animation (its private timer object passed the filters before the decoy showed).
    QSharedMemory, which nothing here uses, is the witness: its enums exist only then."""
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    enums = result["enums"]
    assert isinstance(enums, list)
    assert "SharedMemoryError" not in enums, f"{len(enums)} enum types built before the decoy"


def test_focus_outline_style_follows_the_first_frame(tmp_path: Path) -> None:
    """Deferred, not dropped: once the calculator is painted the focus outline is installed."""
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    assert result["styled"] is False
    assert result["styled_later"] is True
    later = result["later_modules"]
    assert isinstance(later, list)
    assert [name for name in AFTER_THE_FIRST_FRAME if name not in later] == []
    assert result["icons"] == [True, True]  # the neutral icon, application and window


def test_a_page_shown_before_the_first_frame_has_the_focus_outline(tmp_path: Path) -> None:
    result = _loaded_at_decoy(tmp_path, "unlock")
    assert result["style"] == "FocusStyle"
    assert result["icons"] == [True, True]


def test_decoy_start_does_not_build_the_qt_namespace(tmp_path: Path) -> None:
    """The first use of ``Qt`` builds its ~95 enum types (~15 ms); the decoy's start uses
    plain ints instead (safeplan/ui/qt_values.py). Witness: Qt.GlobalColor is never built."""
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    enums = result["enums"]
    assert isinstance(enums, list)
    assert "GlobalColor" not in enums, f"the Qt namespace was built: {len(enums)} enum types"


def test_decoy_start_builds_no_type_of_a_widget_it_does_not_show(tmp_path: Path) -> None:
    """PySide builds a class's Python enum types the first time the class is touched (~0.1 ms
    each, issue 17.2). Witnesses: the tool button (Enter-clicks-buttons imports it on the first
    key press), the dialogs and file dialog, the unlock screen's line edit, the background
    thread — none on screen before the decoy."""
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    enums = result["enums"]
    assert isinstance(enums, list)
    witnesses = ("ToolButtonPopupMode", "DialogCode", "FileMode", "EchoMode", "Priority")
    assert [name for name in witnesses if name in enums] == []


def test_the_garbage_collector_is_off_for_the_start_only(tmp_path: Path) -> None:
    """Off from the entry point to the decoy's first frame (its passes over the objects the
    start makes were ~4 ms), and on again after it — never left off."""
    result = _loaded_at_decoy(tmp_path)
    assert result["shown"] == [True]
    assert result["collecting"] is False
    assert result["collecting_later"] is True
