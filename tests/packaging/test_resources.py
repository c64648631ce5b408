"""Every bundled asset resolves through safeplan.core.resources — in the checkout and in a wheel.

Issue 8: resources/ and translations/ must resolve in every layout from one module. The same
list (packaging/resource_check.py) runs here in the development checkout, in a real wheel built
from this tree and installed into a scratch folder, and (tests/packaging/test_bundle.py) inside
the frozen bundle.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
CHECK = REPO / "packaging" / "resource_check.py"
_LOOKUPS = {"resource", "resources_dir", "translations_dir"}


def _load_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("resource_check", CHECK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _modules_using_resources() -> set[str]:
    """Every safeplan module that imports a look-up function from safeplan.core.resources."""
    users = set()
    for path in sorted((REPO / "safeplan").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.ImportFrom) and node.module == "safeplan.core.resources"
                    and _LOOKUPS & {alias.name for alias in node.names}):
                users.add(".".join(path.relative_to(REPO).with_suffix("").parts))
    return users


def test_every_module_reading_resources_is_exercised() -> None:
    check = _load_check()
    unexercised = _modules_using_resources() - set(check.EXERCISED_MODULES)
    assert not unexercised, (
        f"{sorted(unexercised)} read bundled resources but packaging/resource_check.py does not "
        "load them — add their loaders there so every layout (checkout, wheel, bundle) is proven"
    )


def test_every_resource_resolves_in_the_checkout(qapp: object) -> None:
    report = _load_check().check_all(with_qt=True)
    assert Path(report["resources_dir"]) == REPO / "resources"
    assert Path(report["translations_dir"]) == REPO / "translations"
    assert report["directory_entries"] > 0
    assert report["qt_ru_cancel"] == "Отмена"  # Qt's own catalogue loaded beside ours


def test_resource_lookup_fails_loudly_for_a_missing_file() -> None:
    from safeplan.core.resources import resource

    with pytest.raises(FileNotFoundError):
        resource("icons", "no-such-icon.svg")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real wheel of this tree (pip + setup.py's build hook), as users would install it."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"),
    )
    if done.returncode != 0:
        pytest.fail(f"wheel build failed:\n{done.stderr[-3000:]}")
    (found,) = out.glob("safeplan-*.whl")
    return found


def _shipped(folder: str) -> set[str]:
    """The files of resources/ or translations/ the program may read (not caches)."""
    root = REPO / folder
    return {str(p.relative_to(root)) for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
            and p.suffix != ".py"}  # tools for translators (translations/fill.py) stay behind


def test_wheel_carries_every_resource_and_catalogue(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for folder in ("resources", "translations"):
        inside = {n.removeprefix(f"safeplan/_data/{folder}/") for n in names
                  if n.startswith(f"safeplan/_data/{folder}/")}
        missing = _shipped(folder) - inside
        assert not missing, f"not in the wheel (add the pattern in setup.py): {sorted(missing)}"


def test_every_resource_resolves_in_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile",
                    "--target", str(site), str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, str(CHECK)], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    data = site / "safeplan" / "_data"
    assert Path(report["resources_dir"]) == data / "resources"
    assert Path(report["translations_dir"]) == data / "translations"
    assert report["qt_ru_cancel"] == "Отмена"
    assert report["core_catalogue_ru"] > 0
