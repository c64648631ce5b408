"""Cold start to the decoy window (issue 9) vs. a bare PySide6 window, in the same run.

Each start is a fresh process (``python …`` until the first window is visible and the event loop
has run once), offscreen unless QT_QPA_PLATFORM says otherwise. The app starts in portable mode
in a temporary folder whose settings say the first run is done, so the decoy calculator is what
appears (as for a survivor on every later start). Median of 3 runs (``--quick``) or 7.
Prints JSON lines {"name", "value", "unit", "baseline", "ratio"}.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
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


def child_decoy(root: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from safeplan.app import NEUTRAL_ARGV0, build_shell, configure_application
    from safeplan.core.paths import resolve_paths
    from safeplan.core.portable import prepare_environment

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
    runs = 3 if quick else 7
    if not (ROOT / "safeplan" / "app.py").exists():
        print(json.dumps({"name": "cold start to the decoy window", "value": None, "unit": "ms",
                          "baseline": None, "ratio": None, "skipped": "no safeplan/app.py"}))
        return
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        measure(Path(tmp), runs)


def measure(folder: Path, runs: int) -> None:
    from dataclasses import replace

    from safeplan.core.paths import resolve_paths
    from safeplan.core.settings import SettingsStore

    root = folder / "portable"
    store = SettingsStore(resolve_paths(root).settings_file)
    store.save(replace(store.load(), first_run_done=True))
    _spawn_until_shown([__file__, "--child", str(root)])  # warm the disk cache
    _spawn_until_shown(["-c", _BARE])
    ours = statistics.median(_spawn_until_shown([__file__, "--child", str(root)])
                             for _ in range(runs))
    bare = statistics.median(_spawn_until_shown(["-c", _BARE]) for _ in range(runs))
    print(json.dumps({"name": "cold start to the decoy window (process start to shown)",
                      "value": round(ours * 1000, 1), "unit": "ms",
                      "baseline": round(bare * 1000, 1), "ratio": round(ours / bare, 2),
                      "target": "ratio to a bare PySide6 window"}), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_decoy(Path(sys.argv[2]))
    else:
        main(quick="--quick" in sys.argv[1:])
