"""Cold start to the decoy window (issue 9) vs. a bare PySide6 window, in the same run.

Each start is a fresh process, until the first window is visible and the event loop has run once,
offscreen unless QT_QPA_PLATFORM says otherwise. The app starts through its own entry point,
``safeplan --portable DIR`` (safeplan/__main__.py: what the launcher of the bundle and the
``safeplan`` command run), in portable mode in a temporary folder whose settings say the first
run is done, so the decoy calculator is what appears (as for a survivor on every later start).
All children interleaved; median of 5 runs (``--quick``) or 11.
Prints JSON lines {"name", "value", "unit", "baseline", "ratio", "cpu_ms", "baseline_cpu_ms",
"cpu_ratio"}: wall time (the target) and, beside it, the CPU time each child had used when it
reported — on a 2-core machine shared with other work the wall time of a single start moves by
tens of milliseconds with their load (and more for the longer start), its CPU time far less.

Three figures (issue 17.2). The target one is the program as shipped: the PyInstaller bundle
(packaging/safeplan.spec) carries every module compiled to bytecode, so here a temporary copy of
the package is compiled ahead and started (nothing is written into the source tree; the bare
window reads PySide6's own compiled modules the same way). The second is the source tree as it
runs in development: the program never writes bytecode (no trace), so every one of its modules
is compiled from source at each start. The third is for information: the same shipped start and
the same bare window, each until its first frame has been painted — what a person sees. (The
event loop's first turn comes before the first paint, for both; text needs Qt's font database,
~5 ms here, which the bare window never loads: moving that work from before the first turn to
the paint would flatter the target figure and show the calculator no sooner. This figure keeps
such a move honest.)

The child imports only what the app imports: the harness's own modules (subprocess, statistics,
tempfile, json) are imported in the parent, so they are not counted against the decoy.

Method, changed in issue 17.2 (the bare window is measured exactly as before): until then the
child called ``build_shell`` itself, skipping the entry point — and with it ``safeplan.cli``,
which the real program imported first (argparse, every command, the journal, the vault,
SQLCipher: ~60 ms of CPU). The tree as it was before issue 17.2's changes, measured both ways in
one run (loaded machine): 1.50× CPU, 1.66× wall with the old method; 2.05× CPU, 1.72× wall from
the entry point.
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

# The same bare window, reporting once its first frame is painted (the third figure). The
# filter watches that one window and is installed after show(), as in child_decoy.
_BARE_FRAME = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["bare"])
w = QWidget(); w.resize(360, 520); w.show()
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest:
            w.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("shown", w.isVisible(), time.process_time(),
                                                flush=True), app.quit()))
        return False
frame = FirstFrame(); w.installEventFilter(frame)
app.exec()
"""


_KEEP: list[Any] = []  # the first-frame watcher lives as long as the child


class _FirstFrame:
    """Reports once the window's first update request (its first frame) has been processed."""

    def __init__(self, window: Any, report: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        update = QEvent.Type.UpdateRequest

        class Watch(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == update:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, report)
                return False

        self.watch = Watch()
        window.installEventFilter(self.watch)


def child_decoy(root: Path, code: Path, first_frame: bool = False) -> None:
    """The program's own entry point (``safeplan --portable ROOT``, safeplan/__main__.py), as
    a survivor starts it; the only addition reports the decoy and quits once the event loop
    has run once with the window shown (or, ``first_frame``, once its first frame is painted).
    The report is hooked in when safeplan.app is imported by the entry point itself, so the
    program imports everything in its own order (the entry point's set-up comes first)."""
    from importlib.machinery import PathFinder

    sys.path.insert(0, str(code))
    import safeplan

    if not Path(safeplan.__file__).resolve().is_relative_to(code.resolve()):
        raise RuntimeError(f"started {safeplan.__file__}, not the copy in {code}")

    def hook(composition: Any) -> None:
        build_shell = composition.build_shell

        def build_and_report(app: Any, paths: Any, **options: Any) -> Any:
            from PySide6.QtCore import QTimer

            shell = build_shell(app, paths, **options)

            def shown() -> None:
                print("shown", shell.window.isVisible() and shell.session.state == "decoy",
                      time.process_time(), flush=True)
                app.quit()

            if first_frame:
                _KEEP.append(_FirstFrame(shell.window, shown))
            else:
                QTimer.singleShot(0, shown)
            return shell

        composition.build_shell = build_and_report  # run_gui looks it up when it runs

    class HookOnImport:
        """Finds safeplan.app as Python would and hooks the report in once it has run."""

        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "safeplan.app":
                return None
            sys.meta_path.remove(self)
            spec = PathFinder.find_spec(name, path)
            assert spec is not None and spec.loader is not None
            run_module = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                run_module(module)
                hook(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, HookOnImport())
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
    shipped_code = compiled_copy(folder)
    shipped_child = [__file__, "--child", str(root), str(shipped_code)]
    source_child = [__file__, "--child", str(root), str(ROOT)]
    frame_child = [__file__, "--child-frame", str(root), str(shipped_code)]
    bare_child = ["-c", _BARE]
    bare_frame_child = ["-c", _BARE_FRAME]
    children = (bare_child, shipped_child, source_child, bare_frame_child, frame_child)
    for child in children:
        _spawn_until_shown(child)  # warm the disk cache
    # Interleaved, so a change of the machine's load hits all of them alike.
    times: dict[int, list[tuple[float, float]]] = {index: [] for index in range(len(children))}
    for _ in range(runs):
        for index, child in enumerate(children):
            times[index].append(_spawn_until_shown(child))
    for name, ours, bare, target in (
            ("cold start to the decoy window, as shipped (bytecode compiled ahead)", 1, 0,
             "ratio <= 1.5 to a bare PySide6 window"),
            ("cold start to the decoy window, from the source tree (compiled at start)", 2, 0,
             None),
            ("cold start to the decoy's first frame painted, as shipped (vs. the bare window's)",
             4, 3, None)):
        wall = statistics.median(w for w, _ in times[ours])
        cpu = statistics.median(c for _, c in times[ours])
        bare_wall = statistics.median(w for w, _ in times[bare])
        bare_cpu = statistics.median(c for _, c in times[bare])
        line = {"name": name, "value": round(wall * 1000, 1), "unit": "ms",
                "baseline": round(bare_wall * 1000, 1), "ratio": round(wall / bare_wall, 2),
                "cpu_ms": round(cpu * 1000, 1), "baseline_cpu_ms": round(bare_cpu * 1000, 1),
                "cpu_ratio": round(cpu / bare_cpu, 2)}
        if target:
            line["target"] = target
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] in ("--child", "--child-frame"):
        child_decoy(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[1] == "--child-frame")
    else:
        main(quick="--quick" in sys.argv[1:])
