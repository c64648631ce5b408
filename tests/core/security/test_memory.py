"""Issue 14.11: after the vault is locked, the process memory held the data key as a hex string
(from ``PRAGMA key``). The check runs in a fresh child process that scans its own writable
memory (/proc/self/mem) for the first half of the key's hex form, and for the raw key bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r'''
import binascii, gc, sys, tempfile
from pathlib import Path
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

def scan(needle):
    hits = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            addr, perms = line.split()[:2]
            if not perms.startswith("rw"):
                continue
            start, end = (int(x, 16) for x in addr.split("-"))
            try:
                mem.seek(start)
                hits += mem.read(end - start).count(needle)
            except (OSError, OverflowError, ValueError):
                continue
    return hits

folder = Path(tempfile.mkdtemp())
vault = Vault.create(folder / "data.db", "violet tractor moon", kdf=KdfParams.for_tests())
vault.journal.save("incident", {"title": "x"})
raw = bytes(vault._data_key[:16])
hex_half = binascii.hexlify(raw)  # bytes: no str copy of our own
vault.lock()
again = Vault.unlock(folder / "data.db", "violet tractor moon", sleep=lambda _: None)
again.lock()
del vault, again
gc.collect()
print(scan(hex_half) - 1, scan(raw) - 1)  # minus the needles themselves
'''


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc/self/mem")
def test_no_hex_key_left_in_memory_after_lock() -> None:
    repo = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          cwd=repo, timeout=120, env={**os.environ, "PYTHONPATH": str(repo)})
    assert done.returncode == 0, done.stderr[-2000:]
    hex_copies, raw_copies = (int(x) for x in done.stdout.split())
    assert hex_copies == 0
    assert raw_copies == 0
