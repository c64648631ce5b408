"""The Linux PyInstaller bundle is built, started offscreen, opens the decoy and quits cleanly.

Issue 8 (packages) and threat A1/A3: one-folder build with neutral names, every resource and
catalogue inside the bundle, a portable USB layout that turns portable mode on by itself and
leaves nothing in the home folder. The build runs once per test session (about 30–50 s on two
cores); PyInstaller comes with the ``[test]`` extras, and the tests skip without it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.i18n.catalogue import read_ts, ts_path

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle only")


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safeplan_build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the [test] extras")
    return _load_build()


@pytest.fixture(scope="module")
def bundle(build: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/build.py's own ``bundle`` step, in a scratch folder with a scratch home."""
    scratch = tmp_path_factory.mktemp("bundle")
    saved = dict(os.environ)
    os.environ["HOME"] = str(scratch / "build-home")  # PyInstaller's cache, not the user's
    started = time.monotonic()
    try:
        folder: Path = build.bundle(scratch / "dist", scratch / "work")
    finally:
        os.environ.clear()
        os.environ.update(saved)
    print(f"bundle built in {time.monotonic() - started:.1f} s")
    return folder


def _clean_env(home: Path) -> dict[str, str]:
    """A start as from a desktop: an empty home, no development paths."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PYTHON", "QT_", "SAFEPLAN_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               LANG="C.UTF-8")
    return env


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _finished_ru(context: str, source: str) -> str:
    for message in read_ts(ts_path("ru")):
        if message.context == context and message.source == source and message.kind == "":
            return message.forms[0]
    return source


def _run(build: ModuleType, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    started = time.monotonic()
    report: dict[str, Any] = build.self_test(folder, env, timeout=90)
    report["seconds"] = time.monotonic() - started
    print(f"self-test: {report['seconds']:.1f} s")
    assert report["process_exit_code"] == 0, report
    return report


def test_one_folder_bundle_with_neutral_names(bundle: Path) -> None:
    assert bundle.name == "Calculator"
    top = sorted(p.name for p in bundle.iterdir())
    assert top == ["_internal", "calculator"], top  # nothing beside the program names it
    internal = bundle / "_internal"
    for lang in ("be", "ru", "en"):
        assert (internal / "translations" / f"safeplan_{lang}.qm").is_file()
        assert (internal / "translations" / f"safeplan_{lang}.ts").is_file()
    assert (internal / "resources" / "icons" / "calculator.svg").is_file()
    assert (internal / "resources" / "fonts" / "PTSans-Regular.ttf").is_file()
    # fallback fonts: every character reaches the court PDF (issue 12)
    from safeplan.core.export.glyphs import FALLBACKS
    for _name, regular, bold in FALLBACKS:
        for file_name in filter(None, (regular, bold)):
            assert (internal / "resources" / "fonts" / file_name).is_file(), file_name
    assert (internal / "resources" / "fonts" / "LICENSE-Noto.txt").is_file()
    # One-folder: no self-extracting archive, so no copy unpacked into the host's temp folder.
    assert (bundle / "calculator").stat().st_size < 10_000_000


def test_bundle_starts_opens_the_decoy_and_quits(build: ModuleType, bundle: Path,
                                                 tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _clean_env(home)
    from safeplan.core.paths import default_data_root

    data_root = default_data_root(env)
    build.prepare_decoy_start(data_root)
    report = _run(build, bundle, env)

    assert report["ok"] is True, report
    assert report["frozen"] is True and report["portable"] is False
    assert report["window_visible"] and report["showing_decoy"], report
    assert report["decoy_class"] == "CalculatorDecoy"
    assert report["window_title"] == "Calculator"
    assert report["exit_code"] == 0
    # Resources and catalogues came from inside the bundle, not from this checkout.
    assert report["resources_dir"].startswith(str(bundle))
    assert report["translations_dir"].startswith(str(bundle))
    assert report["directory_entries"] > 0
    # Russian interface from the bundled .qm, and Qt's own Russian for its buttons.
    assert report["qt_ru_exit"] == _finished_ru("ShellWindow", "E&xit")
    assert report["qt_ru_cancel"] == "Отмена"
    assert report["qt_be_cancel"] == "Скасаваць"  # our qtbase_be, placed where Qt looks
    assert report["core_catalogue_ru"] > 0 and report["core_catalogue_be"] > 0
    assert report["seconds"] < 60
    # Everything it wrote is inside its data folder.
    outside = [f for f in _files_under(home) if not (home / f).is_relative_to(data_root)
               and not data_root.is_relative_to(home / f)]
    assert outside == [], outside


def test_portable_usb_layout_starts_portable_by_itself(build: ModuleType, bundle: Path,
                                                       tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    program = build.portable_layout(bundle, stick)
    assert (program / "portable.txt").is_file()
    assert (program / "data").is_dir()
    assert (program / "data").stat().st_mode & 0o077 == 0
    build.prepare_decoy_start(program / "data")
    home = tmp_path / "laptop-home"
    home.mkdir()
    report = _run(build, program, _clean_env(home))

    assert report["ok"] is True, report
    assert report["portable"] is True
    assert Path(report["data_root"]) == (program / "data").resolve()
    assert report["showing_decoy"]
    # Threat A3: the loaned laptop's home folder is exactly as it was — empty.
    assert _files_under(home) == []
    assert (program / "data" / "settings.ini").is_file()


def _extract_own_archive(tar: tarfile.TarFile, dest: Path) -> None:
    """Extraction filters came in Python 3.11.4; on 3.11.0–3.11.3 (Debian 12 has 3.11.2) check
    the members ourselves, then extract as 3.11.4's "tar" filter would allow."""
    for member in tar.getmembers():
        target = (dest / member.name).resolve()
        assert target.is_relative_to(dest.resolve()), member.name
        assert not member.issym() or not Path(member.linkname).is_absolute(), member.name
    if hasattr(tarfile, "tar_filter"):
        tar.extractall(dest, filter="tar")
    else:  # pragma: no cover - only on Python < 3.11.4
        tar.extractall(dest)  # members checked above


def test_linux_tarball_installs_for_one_user_with_neutral_menu_entry(
        build: ModuleType, bundle: Path, tmp_path: Path) -> None:
    archive = build.linux_package(bundle, tmp_path)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        _extract_own_archive(tar, tmp_path / "unpacked")
    stage = archive.name.removesuffix(".tar.gz")
    for member in ("Calculator/calculator", "calculator.desktop", "calculator.png", "install.sh"):
        assert f"{stage}/{member}" in names
    assert not any("safeplan" in name.lower().split("/_internal/")[0] for name in names)

    home = tmp_path / "home"
    env = _clean_env(home)
    subprocess.run(["sh", str(tmp_path / "unpacked" / stage / "install.sh")], env=env, check=True,
                   capture_output=True, timeout=120)
    desktop = (home / ".local/share/applications/calculator.desktop").read_text(encoding="utf-8")
    assert "Name=Calculator\n" in desktop and "Icon=calculator\n" in desktop
    installed = home / ".local/opt/calculator/calculator"
    assert f"Exec={installed}\n" in desktop
    assert os.access(installed, os.X_OK)
    assert (home / ".local/share/icons/hicolor/256x256/apps/calculator.png").is_file()
    subprocess.run(["sh", str(tmp_path / "unpacked" / stage / "install.sh"), "--uninstall"], env=env,
                   check=True, capture_output=True, timeout=60)
    assert not installed.exists()
    shutil.rmtree(tmp_path / "unpacked")
