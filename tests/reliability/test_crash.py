"""kill -9 at seeded moments: acknowledged work survives, nothing half-written is visible.

Quick form (default run): 50 kills. Long form (``pytest --long``): 1,000 kills, a fresh vault
every 50 so each round's checks stay quick. The kill points come from a seeded generator and the
child's own progress (never a wall-clock delay); the seed is fixed (``DEFAULT_SEED``) so every run
interrupts the same operations, and ``SAFEPLAN_CRASH_SEED`` tries another one (it is printed).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from safeplan.core.errors import WrongPassphrase
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

from .harness import REPO, Ledger, run_and_kill, verify

DEFAULT_SEED = 20261206


def _rng() -> random.Random:
    seed = int(os.environ.get("SAFEPLAN_CRASH_SEED", DEFAULT_SEED))
    print(f"crash seed {seed}")
    return random.Random(seed)


def _rounds(tmp_path: Path, kills: int, per_vault: int = 25) -> list[Ledger]:
    rng = _rng()
    ledgers: list[Ledger] = []
    done = 0
    while done < kills:
        folder = tmp_path / f"round{len(ledgers)}"
        path = folder / "vault" / "data.db"
        Vault.create(path, "first passphrase", kdf=KdfParams.for_tests()).lock()
        ledger = Ledger("first passphrase")
        for _ in range(min(per_vault, kills - done)):
            run_and_kill(path, ledger, rng, folder)
            verify(path, ledger)
            done += 1
        ledgers.append(ledger)
    return ledgers


def _summary(ledgers: list[Ledger]) -> str:
    entries = sum(len(x.entries) for x in ledgers)
    return (f"{sum(x.kills for x in ledgers)} kills, {sum(x.mid_operation_kills for x in ledgers)}"
            f" mid-operation, {sum(x.passphrase_kills for x in ledgers)} during a passphrase"
            f" change; {entries} entries, {sum(len(x.attachments) for x in ledgers)} attachments,"
            f" {sum(len(x.batches) for x in ledgers)} imports verified;"
            f" {sum(x.leftover_files for x in ledgers)} unreferenced encrypted blob files left")


def test_kill_9_quick(tmp_path: Path) -> None:
    ledgers = _rounds(tmp_path, 50)
    print(_summary(ledgers))
    # The harness must really have interrupted work, not only idle moments.
    assert sum(x.mid_operation_kills for x in ledgers) >= 10
    assert sum(len(x.entries) for x in ledgers) > 20


@pytest.mark.slow
def test_kill_9_long(tmp_path: Path) -> None:
    ledgers = _rounds(tmp_path, 1000)
    print(_summary(ledgers))
    assert sum(x.mid_operation_kills for x in ledgers) >= 200


_PASSWD_LOOP = """
import sys
sys.path.insert(0, sys.argv[3])
from safeplan.core.vault.vault import Vault
path, a, b = sys.argv[1], sys.argv[2].split("|")[0], sys.argv[2].split("|")[1]
cur, nxt = a, b
while True:
    print("begin", cur, "->", nxt, flush=True)
    Vault.change_passphrase(path, cur, nxt)
    print("ack", nxt, flush=True)
    cur, nxt = nxt, cur
"""


@pytest.mark.parametrize("kills", [pytest.param(25, id="quick"),
                                   pytest.param(300, id="long", marks=pytest.mark.slow)])
def test_kill_9_during_passphrase_change(tmp_path: Path, kills: int) -> None:
    """A loop of nothing but passphrase changes, killed at random: exactly one works each time."""
    path = tmp_path / "vault" / "data.db"
    vault = Vault.create(path, "alpha one", kdf=KdfParams.for_tests())
    uid = vault.journal.save("incident", {"title": "kept"})
    vault.lock()
    rng = _rng()
    in_flight = 0
    for round_no in range(kills):
        log = tmp_path / "passwd.log"
        with open(log, "wb") as out:
            child = subprocess.Popen([sys.executable, "-c", _PASSWD_LOOP, str(path),
                                      "alpha one|beta two", str(REPO)], stdout=out)
        # Killed as the n-th change begins (n seeded) or, now and then, as the n-th is done.
        marker = b"begin" if rng.random() < 0.8 else b"ack"
        target = rng.randint(1, 3)
        deadline = time.monotonic() + 60
        while log.read_bytes().count(marker) < target and time.monotonic() < deadline:
            time.sleep(0.001)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        lines = [ln for ln in log.read_text().split("\n")[:-1] if ln]
        working = []
        for candidate in ("alpha one", "beta two"):
            try:
                Vault.unlock(path, candidate, sleep=lambda _: None).lock()
                working.append(candidate)
            except WrongPassphrase:
                pass
        assert len(working) == 1, f"round {round_no}: {working}"
        if lines and lines[-1].startswith("ack"):
            assert working[0] == lines[-1].split(" ", 1)[1]
        elif lines:
            in_flight += 1
            assert working[0] in lines[-1].removeprefix("begin ").split(" -> ")
        # The loop may start from either passphrase next time: restore "alpha one".
        if working[0] != "alpha one":
            Vault.change_passphrase(path, working[0], "alpha one")
    assert in_flight >= kills // 3
    again = Vault.unlock(path, "alpha one", sleep=lambda _: None)
    try:
        assert again.journal.get(uid).content["title"] == "kept"
        assert again.check().ok
        # No temp header copies left behind by the atomic replace except at most one per kill.
        leftovers = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert len(leftovers) <= kills
    finally:
        again.lock()
