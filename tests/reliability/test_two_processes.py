"""Two processes on one vault: the second is told "busy" (CLI exit 6), never corruption."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeplan.core.errors import VaultBusy
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

from .harness import REPO

_HOLDER = """
import sys, time
sys.path.insert(0, sys.argv[3])
from safeplan.core.vault.vault import Vault
vault = Vault.unlock(sys.argv[1], sys.argv[2], sleep=lambda _: None)
print("ready", flush=True)
n = 0
while sys.stdin.readline():
    vault.journal.save("incident", {"title": f"holder {n}"})
    n += 1
    print("saved", n, flush=True)
vault.lock()
"""


def _cli(args: list[str], stdin: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "SAFEPLAN_LANG": "en",
           "HOME": str(env_home)}
    return subprocess.run([sys.executable, "-m", "safeplan", *args], input=stdin, text=True,
                          capture_output=True, cwd=REPO, env=env, timeout=60)


def _document(tag: str, n: int = 20) -> dict[str, object]:
    return {"format": "safeplan-journal", "version": 1,
            "incidents": [{"id": f"i{k}", "title": f"{tag} {k}", "tags": [tag]} for k in range(n)]}


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "data.db"
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    vault.journal.save("incident", {"title": "first"})
    vault.lock()
    return path


def test_second_process_is_told_busy(vault_path: Path, tmp_path: Path,
                                     private_home: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(vault_path), "correct horse",
                               str(REPO)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(VaultBusy):
            Vault.unlock(vault_path, "correct horse", sleep=lambda _: None)
        with pytest.raises(VaultBusy):
            Vault.change_passphrase(vault_path, "correct horse", "other")
        (tmp_path / "stick").mkdir()
        doc = tmp_path / "in.json"
        doc.write_text(json.dumps(_document("blocked")), encoding="utf-8")
        for args in (["vault", "check", str(vault_path)],
                     ["import", str(vault_path), str(doc), "--format", "safeplan-json"],
                     ["export", str(vault_path), "--json", str(tmp_path / "out.json")],
                     ["vault", "passwd", str(vault_path)],
                     ["vault", "backup", str(vault_path), str(tmp_path / "stick")]):
            done = _cli(args, "correct horse\nnew one\n", private_home)
            assert done.returncode == 6, (args, done.stderr)
            assert "open in another window" in done.stderr
            assert "Traceback" not in done.stderr
        assert not (tmp_path / "out.json").exists()
        # The holder keeps working while the others were turned away.
        for _ in range(3):
            holder.stdin.write("save\n")
            holder.stdin.flush()
            assert holder.stdout.readline().startswith("saved")
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
    vault = Vault.unlock(vault_path, "correct horse", sleep=lambda _: None)
    try:
        assert vault.check().ok
        titles = {e.content["title"] for e in vault.journal.list(Query(kinds=("incident",)))}
        assert titles == {"first", "holder 0", "holder 1", "holder 2"}  # nothing of "blocked"
    finally:
        vault.lock()


def test_lock_is_released_when_the_holder_is_killed(vault_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(vault_path), "correct horse",
                               str(REPO)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    holder.kill()
    holder.wait()
    vault = Vault.unlock(vault_path, "correct horse", sleep=lambda _: None)
    try:
        assert vault.check().ok
    finally:
        vault.lock()


def test_concurrent_cli_imports_never_corrupt(vault_path: Path, tmp_path: Path,
                                              private_home: Path) -> None:
    """Six imports race: each one either lands whole (exit 0) or is refused whole (exit 6)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "SAFEPLAN_LANG": "en",
           "HOME": str(private_home)}
    procs = []
    for k in range(6):
        doc = tmp_path / f"in{k}.json"
        doc.write_text(json.dumps(_document(f"race{k}", 300)), encoding="utf-8")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "safeplan", "import", str(vault_path), str(doc), "--format",
             "safeplan-json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env))
    codes = []
    for proc in procs:
        _, err = proc.communicate("correct horse\n", timeout=120)
        assert proc.returncode in (0, 6), err
        assert "Traceback" not in err
        codes.append(proc.returncode)
    vault = Vault.unlock(vault_path, "correct horse", sleep=lambda _: None)
    try:
        assert vault.check().ok
        counts: dict[str, int] = {}
        for entry in vault.journal.list(Query(kinds=("incident",))):
            for tag in entry.content.get("tags") or []:
                counts[tag] = counts.get(tag, 0) + 1
        for k, code in enumerate(codes):
            assert counts.get(f"race{k}", 0) == (300 if code == 0 else 0)
    finally:
        vault.lock()
    assert 0 in codes
