"""Cold start to the decoy window (issue 9) vs. a bare PySide6 window, in the same run.

Each start is a fresh process (``python …`` until the first window is visible and the event loop
has run once), offscreen unless QT_QPA_PLATFORM says otherwise. The app starts in portable mode
in a temporary folder whose settings say the first run is done, so the decoy calculator is what
appears (as for a survivor on every later start). Median of 3 runs (``--quick``) or 7.
Prints JSON lines {"name", "value", "unit", "baseline", "ratio"}.

Two figures (issue 17.2). The target one is the program as shipped: the PyInstaller bundle
(packaging/safeplan.spec) carries every module compiled to bytecode, so here a temporary copy of
the package is compiled ahead and started (nothing is written into the source tree; the bare
window reads PySide6's own compiled modules the same way). The second is the source tree as it
runs in development: the program never writes bytecode (no trace), so every one of its modules
is compiled from source at each start.

The child imports only what the app imports: the harness's own modules (subprocess, statistics,
tempfile, json) are imported in the parent, so they are not counted against the decoy.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True


_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["bare"])
w = QWidget(); w.resize(360, 520); w.show()
QTimer.singleShot(0, lambda: (print("shown", w.isVisible(), flush=True), app.quit()))
app.exec()
"""


def child_decoy(root: Path, code: Path) -> None:
    sys.path.insert(0, str(code))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import safeplan
    from safeplan.app import NEUTRAL_ARGV0, build_shell, configure_application
    from safeplan.core.paths import resolve_paths
    from safeplan.core.portable import prepare_environment

    if not Path(safeplan.__file__).resolve().is_relative_to(code.resolve()):
        raise RuntimeError(f"started {safeplan.__file__}, not the copy in {code}")
    paths = resolve_paths(root)
    prepare_environment(paths)
    app = QApplication([NEUTRAL_ARGV0])
    configure_application(app)
    shell = build_shell(app, paths)

    def shown() -> None:
        print("shown", shell.window.isVisible() and shell.session.state == "decoy", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


def _spawn_until_shown(args: list[str]) -> float:
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True, env=env,
                             stderr=subprocess.DEVNULL,
                             cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "shown True":
        raise RuntimeError(f"window not shown: {line!r}")
    return elapsed


def main(quick: bool = False) -> None:
    import json
    import tempfile

    runs = 3 if quick else 7
    if not (ROOT / "safeplan" / "app.py").exists():
        print(json.dumps({"name": "cold start to the decoy window", "value": None, "unit": "ms",
                          "baseline": None, "ratio": None, "skipped": "no safeplan/app.py"}))
        return
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        measure(Path(tmp), runs)


def compiled_copy(folder: Path) -> Path:
    """A copy of the package with its bytecode, as the bundle carries it (the resources and
    translations are the tree's own, linked). Returns the folder to put first on sys.path."""
    import compileall
    import shutil

    code = folder / "shipped"
    shutil.copytree(ROOT / "safeplan", code / "safeplan",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("resources", "translations"):
        (code / name).symlink_to(ROOT / name, target_is_directory=True)
    if not compileall.compile_dir(code / "safeplan", quiet=1):
        raise RuntimeError("the package did not compile")
    return code


def measure(folder: Path, runs: int) -> None:
    import json
    import statistics
    from dataclasses import replace

    from safeplan.core.paths import resolve_paths
    from safeplan.core.settings import SettingsStore

    root = folder / "portable"
    store = SettingsStore(resolve_paths(root).settings_file)
    store.save(replace(store.load(), first_run_done=True))
    shipped_child = [__file__, "--child", str(root), str(compiled_copy(folder))]
    source_child = [__file__, "--child", str(root), str(ROOT)]
    _spawn_until_shown(shipped_child)  # warm the disk cache
    _spawn_until_shown(source_child)
    _spawn_until_shown(["-c", _BARE])
    # Interleaved, so a change of the machine's load hits all three alike.
    shipped: list[float] = []
    source: list[float] = []
    bare_runs: list[float] = []
    for _ in range(runs):
        bare_runs.append(_spawn_until_shown(["-c", _BARE]))
        shipped.append(_spawn_until_shown(shipped_child))
        source.append(_spawn_until_shown(source_child))
    bare = statistics.median(bare_runs)
    for name, times, target in (
            ("cold start to the decoy window, as shipped (bytecode compiled ahead)", shipped,
             "ratio <= 1.5 to a bare PySide6 window"),
            ("cold start to the decoy window, from the source tree (compiled at start)", source,
             None)):
        ours = statistics.median(times)
        line = {"name": name, "value": round(ours * 1000, 1), "unit": "ms",
                "baseline": round(bare * 1000, 1), "ratio": round(ours / bare, 2)}
        if target:
            line["target"] = target
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child_decoy(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main(quick="--quick" in sys.argv[1:])
