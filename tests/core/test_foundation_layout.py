"""Foundation layout proofs: the core is Qt-free (ARCHITECTURE.md; a UI layer sits on top)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import safeplan.core

REPO = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
import safeplan.core
failed = []
names = sorted(m.name for m in pkgutil.walk_packages(safeplan.core.__path__, "safeplan.core."))
for name in names:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
leaked = sorted(m for m in sys.modules if m.startswith(("PySide6.", "shiboken6")))
print(len(names))
print("\\n".join(failed + leaked))
"""


def test_every_core_module_imports_without_pyside6() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    count, *problems = done.stdout.strip().split("\n")
    expected = len(list(pkgutil.walk_packages(safeplan.core.__path__, "safeplan.core.")))
    assert int(count) == expected >= 30
    assert [p for p in problems if p] == []


def test_no_core_source_mentions_qt_imports() -> None:
    """A second, static look: no import line in safeplan/core names PySide6 or shiboken."""
    offenders = []
    for path in Path(safeplan.core.__file__).parent.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and (
                    "PySide6" in stripped or "shiboken" in stripped):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []
