"""Build SafePlan's packages: ``python packaging/build.py <target> [options]``.

Targets (see packaging/README.md):

  bundle     the one-folder PyInstaller build → DIST/Calculator/ (DIST/Calculator.app on macOS)
  linux      bundle + Calculator-linux-<arch>.tar.gz (program, .desktop file, icon, install.sh)
  windows    bundle + Calculator-windows.zip (and the Inno Setup recipe, if ISCC is installed)
  macos      bundle + Calculator-macos.zip holding Calculator.app
  portable   bundle + a USB layout in --dest: Calculator/ with portable.txt and data/
  selftest   start a built bundle offscreen and check it opens the decoy and quits cleanly

Neutral names everywhere (threat A1): the folder, executable, menu entry and icon say
"Calculator". One-folder builds only (threat A3: a one-file program unpacks a copy of itself into
the host's temp folder on every start).

The .qm catalogues are compiled here, from the .ts files, into the work folder, and the spec
bundles those — so a bundle always carries the current translations.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "safeplan.spec"
PORTABLE_MARKER = "portable.txt"  # the same name safeplan.core.paths looks for
BUNDLE_NAME = "Calculator"
EXECUTABLE = {"win32": "Calculator.exe", "darwin": "Calculator"}.get(sys.platform, "calculator")
PORTABLE_NOTE = (
    "This file tells the program to keep everything in the folder beside it (data/).\n"
    "Do not delete it. Take the whole folder with you; nothing is left on the computer.\n"
)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found — install the project with `pip install -e '.[test]'`")
    return found


def compile_translations(work: Path) -> Path:
    """lrelease every translations/*.ts into ``work/qm`` (unfinished messages left out)."""
    out = work / "qm"
    out.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts),
                        "-qm", str(out / f"{ts.stem}.qm")], check=True)
    return out


def bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (or .app on macOS)."""
    qm_dir = compile_translations(work)
    env = dict(os.environ, SAFEPLAN_QM_DIR=str(qm_dir))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
        check=True, cwd=ROOT, env=env,
    )
    if sys.platform == "darwin":
        return dist / f"{BUNDLE_NAME}.app"
    return dist / BUNDLE_NAME


def executable(folder: Path) -> Path:
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / EXECUTABLE
    return folder / EXECUTABLE


def linux_package(folder: Path, dist: Path) -> Path:
    """A tarball: Calculator/ + calculator.desktop + calculator.png + install.sh."""
    arch = platform.machine() or "x86_64"
    stage = dist / f"{BUNDLE_NAME}-linux-{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    shutil.copytree(folder, stage / BUNDLE_NAME, symlinks=True)
    shutil.copyfile(HERE / "linux" / "calculator.desktop", stage / "calculator.desktop")
    shutil.copyfile(ROOT / "resources" / "icons" / "calculator-256.png", stage / "calculator.png")
    shutil.copyfile(HERE / "linux" / "install.sh", stage / "install.sh")
    os.chmod(stage / "install.sh", 0o755)  # noqa: S103 - an installer script must be executable
    archive = dist / f"{stage.name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=stage.name)
    return archive


def zip_folder(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(folder.rglob("*")):
            out.write(path, Path(folder.name) / path.relative_to(folder))
    return archive


def windows_package(folder: Path, dist: Path) -> Path:
    archive = zip_folder(folder, dist / f"{BUNDLE_NAME}-windows.zip")
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc:
        subprocess.run([iscc, f"/DSourceDir={folder}", f"/O{dist}", str(HERE / "windows" /
                        "calculator.iss")], check=True)
    else:
        print("Inno Setup (ISCC) not found: only the zip was made", file=sys.stderr)
    return archive


def portable_layout(folder: Path, dest: Path) -> Path:
    """``dest/Calculator/``: the program, ``portable.txt`` beside it, an empty ``data/`` (0700)."""
    if folder.suffix == ".app":
        raise SystemExit("portable layout: build on Windows or Linux (a .app keeps no files beside it)")
    target = dest / BUNDLE_NAME
    if target.exists():
        raise SystemExit(f"{target} exists — choose an empty destination (the stick may hold data)")
    shutil.copytree(folder, target, symlinks=True)
    (target / PORTABLE_MARKER).write_text(PORTABLE_NOTE, encoding="utf-8")
    (target / "data").mkdir(mode=0o700)
    return target


def self_test(folder: Path, env: dict[str, str] | None = None, timeout: float = 120) -> dict[str, Any]:
    """Start the built program offscreen in self-test mode; returns its JSON report."""
    run_env = dict(os.environ if env is None else env)
    run_env.update(SAFEPLAN_SELF_TEST="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([str(executable(folder))], env=run_env, capture_output=True, text=True,
                          timeout=timeout, cwd=folder.parent)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    report: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    report["process_exit_code"] = done.returncode
    if done.returncode != 0:
        report["stderr_tail"] = done.stderr[-2000:]
    return report


def prepare_decoy_start(data_root: Path) -> None:
    """Settings of a finished first run (door code 1234) in ``data_root``: the app opens the decoy."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from safeplan.core.settings import Settings, SettingsStore, hash_door_code

    data_root.mkdir(parents=True, exist_ok=True, mode=0o700)
    SettingsStore(data_root / "settings.ini").save(
        Settings(first_run_done=True, door_code_hash=hash_door_code("1234")))


def check_after_build(folder: Path, work: Path) -> dict[str, Any]:
    """Self-test in a throw-away home, so the build machine's own data is never touched."""
    home = work / "selftest-home"
    if home.exists():
        shutil.rmtree(home)
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from safeplan.core.paths import default_data_root

    prepare_decoy_start(default_data_root(env))
    return self_test(folder, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=("bundle", "linux", "windows", "macos", "portable", "selftest"))
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--dest", type=Path, help="portable: the USB stick (or a folder on it)")
    parser.add_argument("--no-selftest", action="store_true", help="skip the start-and-quit check")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    if args.target == "selftest":
        report = self_test(dist / (f"{BUNDLE_NAME}.app" if sys.platform == "darwin" else BUNDLE_NAME))
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0 if report.get("ok") and report["process_exit_code"] == 0 else 1
    if args.target == "portable" and args.dest is None:
        parser.error("portable needs --dest")

    folder = bundle(dist, work)
    if not args.no_selftest and sys.platform.startswith("linux"):
        report = check_after_build(folder, work)
        if not report.get("ok") or report["process_exit_code"] != 0:
            print(json.dumps(report, ensure_ascii=False, indent=1), file=sys.stderr)
            raise SystemExit("the built program failed its self-test")
    made: Path = folder
    if args.target == "linux":
        made = linux_package(folder, dist)
    elif args.target == "windows":
        made = windows_package(folder, dist)
    elif args.target == "macos":
        made = zip_folder(folder, dist / f"{BUNDLE_NAME}-macos.zip")
    elif args.target == "portable":
        made = portable_layout(folder, args.dest.resolve())
    print(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
