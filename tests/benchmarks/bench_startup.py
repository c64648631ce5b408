"""Cold start to the decoy window (issue 9) vs. a bare PySide6 window, in the same run.

Each start is a fresh process, until the first window is visible and the event loop has run once,
offscreen unless QT_QPA_PLATFORM says otherwise. The app starts through its own entry point,
``safeplan --portable DIR`` (safeplan/__main__.py: what the launcher of the bundle and the
``safeplan`` command run), in portable mode in a temporary folder whose settings say the first
run is done, so the decoy calculator is what appears (as for a survivor on every later start).
Interleaved with the bare window; median of 5 runs (``--quick``) or 11.
Prints JSON lines {"name", "value", "unit", "baseline", "ratio", "cpu_ms", "baseline_cpu_ms",
"cpu_ratio"}: wall time (the target) and, beside it, the CPU time each child had used when it
reported the window shown — on a 2-core machine shared with other work the wall time of a
single start moves by tens of milliseconds with their load, its CPU time hardly at all.

Two figures (issue 17.2). The target one is the program as shipped: the PyInstaller bundle
(packaging/safeplan.spec) carries every module compiled to bytecode, so here a temporary copy of
the package is compiled ahead and started (nothing is written into the source tree; the bare
window reads PySide6's own compiled modules the same way). The second is the source tree as it
runs in development: the program never writes bytecode (no trace), so every one of its modules
is compiled from source at each start.

The child imports only what the app imports: the harness's own modules (subprocess, statistics,
tempfile, json) are imported in the parent, so they are not counted against the decoy.

Method, changed in issue 17.2 (the bare window is measured as before): until then the child
called ``build_shell`` itself, skipping the entry point — and with it ``safeplan.cli``, which the
real program imported first (argparse, every command, the journal, the vault, SQLCipher: ~60 ms
of CPU). The same tree measured both ways, one run: 1.51× (old method) and 2.2× CPU (entry point).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

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
QTimer.singleShot(0, lambda: (print("shown", w.isVisible(), time.process_time(), flush=True),
                              app.quit()))
app.exec()
"""


def child_decoy(root: Path, code: Path) -> None:
    """The program's own entry point (``safeplan --portable ROOT``, safeplan/__main__.py), as
    a survivor starts it; the only addition reports the decoy and quits once the event loop
    has run once with the window shown."""
    sys.path.insert(0, str(code))
    import safeplan
    import safeplan.app as composition

    if not Path(safeplan.__file__).resolve().is_relative_to(code.resolve()):
        raise RuntimeError(f"started {safeplan.__file__}, not the copy in {code}")
    build_shell = composition.build_shell

    def build_and_report(app: Any, paths: Any, **options: Any) -> Any:
        from PySide6.QtCore import QTimer

        shell = build_shell(app, paths, **options)

        def shown() -> None:
            print("shown", shell.window.isVisible() and shell.session.state == "decoy",
                  time.process_time(), flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
        return shell

    composition.build_shell = build_and_report  # run_gui looks it up when it runs
    from safeplan.__main__ import main as program

    sys.exit(program(["--portable", str(root)]))


def _spawn_until_shown(args: list[str]) -> tuple[float, float]:
    """Wall time from spawning the child to its "shown" line, and the CPU time the child had
    used by then (its own count: on a machine shared with other work, CPU time barely moves
    with their load while wall time does)."""
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
    words = line.split()
    if words[:2] != ["shown", "True"] or len(words) != 3:
        raise RuntimeError(f"window not shown: {line!r}")
    return elapsed, float(words[2])


def main(quick: bool = False) -> None:
    import json
    import tempfile

    runs = 5 if quick else 11
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
    shipped: list[tuple[float, float]] = []
    source: list[tuple[float, float]] = []
    bare_runs: list[tuple[float, float]] = []
    for _ in range(runs):
        bare_runs.append(_spawn_until_shown(["-c", _BARE]))
        shipped.append(_spawn_until_shown(shipped_child))
        source.append(_spawn_until_shown(source_child))
    bare = statistics.median(wall for wall, _ in bare_runs)
    bare_cpu = statistics.median(cpu for _, cpu in bare_runs)
    for name, times, target in (
            ("cold start to the decoy window, as shipped (bytecode compiled ahead)", shipped,
             "ratio <= 1.5 to a bare PySide6 window"),
            ("cold start to the decoy window, from the source tree (compiled at start)", source,
             None)):
        ours = statistics.median(wall for wall, _ in times)
        cpu = statistics.median(c for _, c in times)
        line = {"name": name, "value": round(ours * 1000, 1), "unit": "ms",
                "baseline": round(bare * 1000, 1), "ratio": round(ours / bare, 2),
                "cpu_ms": round(cpu * 1000, 1), "baseline_cpu_ms": round(bare_cpu * 1000, 1),
                "cpu_ratio": round(cpu / bare_cpu, 2)}
        if target:
            line["target"] = target
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child_decoy(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main(quick="--quick" in sys.argv[1:])
