"""Mutation audit of the security and evidence core (issue 14): plant bugs, see the tests fail.

    .venv/bin/python tests/mutation/run.py                 # every module below (about an hour)
    .venv/bin/python tests/mutation/run.py kdf blobs csv   # some of them
    make mutation MODULES="kdf blobs"

mutmut (a maintained mutation tool, in the ``test`` extra) rewrites one module at a time into many
small bugs ("mutants") and runs only that module's own test files against each: a mutant the tests
do not notice "survives". Each module is mutated in a private copy of the repository in a
temporary folder (mutmut works in ``mutants/`` beside the sources), so the working tree is never
changed and several people can run it at once. Two worker processes by default (``--jobs``).

Prints one line per module (killed / total, score) and the total score; ``--survivors`` also
lists what survived (``mutmut show NAME`` in the kept folder shows the diff).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEC = "tests/core/security/"

# name → (module, its own test files). Keep the test lists short: mutmut runs them per mutant.
MODULES: dict[str, tuple[str, list[str]]] = {
    "kdf": ("safeplan/core/storage/kdf.py",
            [SEC + "test_kdf_calibration.py", SEC + "test_kdf_bounds.py",
             SEC + "test_header_hidden.py"]),
    "keyslots": ("safeplan/core/storage/keyslots.py",
                 [SEC + "test_keyslot_format.py", SEC + "test_storage_properties.py",
                  SEC + "test_header_hidden.py", "tests/core/test_vault.py"]),
    "blobs": ("safeplan/core/storage/blobs.py",
              [SEC + "test_blob_store.py", SEC + "test_blob_binding.py",
               SEC + "test_storage_properties.py"]),
    "attempts": ("safeplan/core/storage/attempts.py",
                 [SEC + "test_attempt_record.py", SEC + "test_attempt_log_units.py",
                  "tests/core/test_vault.py"]),
    "database": ("safeplan/core/storage/database.py",
                 [SEC + "test_storage_properties.py", "tests/core/test_vault.py"]),
    "vault": ("safeplan/core/vault/vault.py",
              [SEC + "test_attempt_record.py", SEC + "test_vault_files.py",
               SEC + "test_header_hidden.py", "tests/core/test_vault.py"]),
    "duress_files": ("safeplan/core/vault/duress_files.py",
                     [SEC + "test_duress_files_units.py", SEC + "test_vault_files.py"]),
    "passphrase_policy": ("safeplan/core/storage/passphrase_policy.py",
                          [SEC + "test_passphrase_policy.py"]),
    "vault_slots": ("safeplan/core/vault/vault_slots.py",
                    [SEC + "test_storage_properties.py", SEC + "test_vault_files.py",
                     "tests/core/test_vault.py"]),
    "chain": ("safeplan/core/journal/chain.py",
              [SEC + "test_export_properties.py", "tests/core/test_foundation_chain.py"]),
    # manifest and verify: the hand-made signed exports (no PDF drawn per mutant; with the PDF
    # tests the manifest run did not finish). test_manifest_verify.py still runs in the suite.
    "manifest": ("safeplan/core/export/manifest.py",
                 [SEC + "test_manifest_signing.py", SEC + "test_verify_checks.py"]),
    "verify": ("safeplan/core/export/verify.py",
               [SEC + "test_verify_checks.py", SEC + "test_manifest_signing.py"]),
    "csv": ("safeplan/core/export/csv_export.py",
            [SEC + "test_csv_columns.py", "tests/core/export/test_csv_precision.py",
             "tests/core/fidelity/test_message_citations.py", SEC + "test_export_properties.py",
             "tests/core/export/test_csv_bundle_cli.py"]),
    "vault_lock": ("safeplan/core/storage/vault_lock.py", [SEC + "test_lock_and_atomic.py"]),
    "atomic": ("safeplan/core/atomic.py", [SEC + "test_lock_and_atomic.py"]),
    "portable": ("safeplan/core/portable.py",
                 [SEC + "test_portable_environment.py", SEC + "test_screen_reader_env.py"]),
}

_COPIED = ("safeplan", "tests", "resources", "translations", "pyproject.toml")


def _mutmut_config(module: str, tests: list[str]) -> str:
    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["safeplan"]\n'
        f"only_mutate = {toml_list([module])}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
        'also_copy = ["resources", "translations"]\n'
    )


def _prepare(work: Path, module: str, tests: list[str], head: bool) -> None:
    if head:  # the last commit, not the working tree (others' unfinished edits left out)
        archive = subprocess.run(["git", "archive", "HEAD", *_COPIED], cwd=REPO,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(work)], input=archive, check=True)
    for name in () if head else _COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, work / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "mutants"))
        elif src.exists():
            shutil.copy2(src, work / name)
    existing = [t for t in tests if (work / t).exists()]
    with open(work / "pyproject.toml", "a", encoding="utf-8") as handle:
        handle.write(_mutmut_config(module, existing))


def run_module(name: str, jobs: int, keep: bool, survivors: bool,
               head: bool = False) -> tuple[int, int]:
    module, tests = MODULES[name]
    work = Path(tempfile.mkdtemp(prefix=f"mutation-{name}-"))
    try:
        _prepare(work, module, tests, head)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        mutmut = [sys.executable, "-m", "mutmut"]
        start = time.monotonic()
        subprocess.run([*mutmut, "run", "--max-children", str(jobs)], cwd=work, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        subprocess.run([*mutmut, "export-cicd-stats"], cwd=work, env=env,
                       stdout=subprocess.DEVNULL, check=False)
        stats_path = work / "mutants" / "mutmut-cicd-stats.json"
        if not stats_path.exists():
            print(f"{name:12} no result (mutmut failed; rerun with --keep to look in {work})")
            return 0, 0
        stats = json.loads(stats_path.read_text())
        killed = stats["killed"] + stats["timeout"] + stats["segfault"]
        total = killed + stats["survived"] + stats["no_tests"] + stats["suspicious"]
        score = 100.0 * killed / total if total else 100.0
        print(f"{name:12} {killed:4d} / {total:4d} killed  {score:5.1f} %"
              f"  ({time.monotonic() - start:.0f} s)", flush=True)
        if survivors:
            listing = subprocess.run([*mutmut, "results"], cwd=work, env=env,
                                     capture_output=True, text=True, check=False)
            for line in listing.stdout.splitlines():
                if "survived" in line or "no tests" in line:
                    print("    " + line.strip())
        return killed, total
    finally:
        if keep:
            print(f"    kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help="some of: " + ", ".join(MODULES))
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the work folders")
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("--head", action="store_true",
                        help="audit the last commit instead of the working tree")
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module {', '.join(unknown)}; choose from {', '.join(MODULES)}")
    killed = total = 0
    for name in args.modules or list(MODULES):
        k, t = run_module(name, args.jobs, args.keep, args.survivors, args.head)
        killed, total = killed + k, total + t
    if total:
        print(f"{'total':12} {killed:4d} / {total:4d} killed  {100.0 * killed / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
