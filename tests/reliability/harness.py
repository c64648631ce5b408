"""The parent side of the kill -9 harness: run the driver, kill it, check what survived.

A ``Ledger`` folds the driver's begin/ack lines into what the vault must hold (acknowledged) and
what it may hold (the one operation in flight when the process died). ``verify`` reopens the
vault and checks it against the ledger: every acknowledged item is there exactly as written,
nothing half-written is visible (an import is all or none of its items, an attachment entry
always has its full bytes), SQLCipher's cipher_integrity_check and SQLite's integrity_check pass
(``vault.check()``) and the hash chain verifies. After a check the in-flight operation is resolved
(committed or not) so the next round starts from exact knowledge.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safeplan.core.errors import WrongPassphrase
from safeplan.core.journal import chain
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault

DRIVER = Path(__file__).with_name("crash_driver.py")
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Ledger:
    passphrase: str
    # uid → acceptable content hashes (the last acknowledged one, plus an in-flight revision)
    entries: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, bool] = field(default_factory=dict)
    attachments: dict[str, str] = field(default_factory=dict)  # uid → sha256
    batches: dict[str, int] = field(default_factory=dict)  # tag → item count
    next_op: int = 0
    kills: int = 0
    in_flight: dict[str, Any] | None = None
    mid_operation_kills: int = 0
    passphrase_kills: int = 0
    leftover_files: int = 0  # encrypted blob files a kill left unreferenced (never visible)

    def absorb(self, lines: list[str]) -> None:
        """Fold one child's log into the ledger (only complete lines count)."""
        self.in_flight = None
        for line in lines:
            record = json.loads(line)
            if record.get("event") == "begin":
                self.in_flight = record
                self.next_op = max(self.next_op, record["op"] + 1)
            elif record.get("event") == "ack":
                self.in_flight = None
                self._apply(record)

    def _apply(self, ack: dict[str, Any]) -> None:
        kind = ack["kind"]
        if kind in ("save", "update"):
            self.entries[ack["uid"]] = {ack["hash"]}
            self.deleted.setdefault(ack["uid"], False)
        elif kind == "delete":
            self.deleted[ack["uid"]] = True
        elif kind == "attachment":
            self.attachments[ack["uid"]] = ack["sha256"]
        elif kind == "import":
            self.batches[ack["tag"]] = ack["count"]
        elif kind == "passwd":
            self.passphrase = ack["new"]


def run_and_kill(vault_path: Path, ledger: Ledger, rng: random.Random, workdir: Path) -> None:
    """Start the driver, let it work up to a seeded point, SIGKILL it, absorb its log."""
    log = workdir / f"driver-{ledger.kills}.log"
    errors = workdir / f"driver-{ledger.kills}.err"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with open(log, "wb") as out, open(errors, "wb") as err:
        child = subprocess.Popen(
            [sys.executable, str(DRIVER), str(vault_path), ledger.passphrase, str(ledger.next_op),
             str(rng.randrange(2**32))], stdout=out, stderr=err, cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + 30
        while b'"ready"' not in log.read_bytes():
            if child.poll() is not None:
                raise AssertionError("driver died before it was ready: "
                                     + errors.read_text(errors="replace")[-3000:])
            if time.monotonic() > deadline:
                raise AssertionError("driver did not get ready")
            time.sleep(0.005)
        # The kill point is chosen by the seeded generator from the driver's own progress (the
        # n-th operation begun, or now and then the n-th finished), not from a wall-clock delay:
        # the same seed interrupts the same operations however fast the machine is.
        marker = b'"event": "begin"' if rng.random() < 0.85 else b'"event": "ack"'
        target = rng.randint(1, 4)
        while log.read_bytes().count(marker) < target and child.poll() is None:
            if time.monotonic() > deadline + 60:
                raise AssertionError("driver made no progress")
            time.sleep(0.001)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    ledger.kills += 1
    text = log.read_text(encoding="ascii")
    complete = text.split("\n")[:-1]  # the last piece has no newline: cut off by the kill
    ledger.absorb(complete)
    if child.returncode != -signal.SIGKILL:
        raise AssertionError(f"driver ended on its own with {child.returncode}: {text[-300:]}\n"
                             + errors.read_text(errors="replace")[-3000:])
    log.unlink()
    errors.unlink()


def _open(vault_path: Path, ledger: Ledger) -> Vault:
    """Exactly one of old/new passphrase works when a change was in flight (requirement 1)."""
    flight = ledger.in_flight
    if flight is not None and flight["kind"] == "passwd":
        ledger.passphrase_kills += 1
        working = []
        for candidate in (flight["old"], flight["new"]):
            try:
                Vault.unlock(vault_path, candidate, sleep=lambda _: None).lock()
                working.append(candidate)
            except WrongPassphrase:
                pass
        assert len(working) == 1, f"passphrase change killed: {len(working)} passphrases work"
        ledger.passphrase = working[0]
    return Vault.unlock(vault_path, ledger.passphrase, sleep=lambda _: None)


def verify(vault_path: Path, ledger: Ledger) -> None:
    """Reopen after a kill and check everything the ledger promises (see module docstring)."""
    flight = ledger.in_flight
    if flight is not None:
        ledger.mid_operation_kills += 1
    vault = _open(vault_path, ledger)
    try:
        report = vault.check()
        assert report.ok, report.problems
        blob_folder = vault.files.blob_folder(vault.target)
        referenced = {b for _, b, _ in vault.journal.attachment_blobs()}
        ledger.leftover_files = sum(1 for p in blob_folder.iterdir() if p.name not in referenced
                                    ) if blob_folder.is_dir() else 0
        chain_report = vault.journal.verify_chain()
        assert chain_report.ok, chain_report.message
        journal = vault.journal
        if flight is not None and flight["kind"] in ("update",):
            ledger.entries[flight["uid"]].add(flight["hash"])
        for uid, hashes in ledger.entries.items():
            entry = journal.get(uid)
            got = hashlib.sha256(chain.canonical_json(entry.content)).hexdigest()
            assert got in hashes, f"entry {uid} does not hold its acknowledged content"
            ledger.entries[uid] = {got}  # resolved
            expected_deleted = ledger.deleted.get(uid, False)
            if flight is not None and flight["kind"] == "delete" and flight["uid"] == uid:
                ledger.deleted[uid] = entry.deleted  # either is fine; now known
            else:
                assert entry.deleted == expected_deleted, f"entry {uid} trash state wrong"
        # check() has just hashed every blob's decrypted bytes against the stored SHA-256;
        # here the stored SHA-256 must be the one the driver acknowledged.
        stored = {uid: sha for uid, _, sha in journal.attachment_blobs()}
        for uid, sha in ledger.attachments.items():
            assert stored.get(uid) == sha, f"attachment {uid} lost or changed"
        _check_incidents(journal, ledger, flight)
        _check_batches(journal, ledger, flight)
        _check_attachment_in_flight(journal, ledger, flight)
        _check_search(journal, ledger)
    finally:
        vault.lock()
    ledger.in_flight = None


def _all(journal: Any, kind: str) -> list[Any]:
    return [*journal.list(Query(kinds=(kind,))), *journal.list(Query(kinds=(kind,), in_trash=True))]


def _check_incidents(journal: Any, ledger: Ledger, flight: dict[str, Any] | None) -> None:
    """No incident the driver did not acknowledge, except the single save in flight."""
    for entry in _all(journal, "incident"):
        if entry.uid in ledger.entries:
            continue
        tags = entry.content.get("tags") or []
        if tags and tags[0].startswith("batch"):
            continue  # checked per batch
        assert flight is not None and flight["kind"] == "save", "an unacknowledged entry appeared"
        got = hashlib.sha256(chain.canonical_json(entry.content)).hexdigest()
        assert got == flight["hash"], "the in-flight entry was stored with other content"
        ledger.entries[entry.uid] = {got}
        ledger.deleted[entry.uid] = False


def _check_batches(journal: Any, ledger: Ledger, flight: dict[str, Any] | None) -> None:
    counts: dict[str, int] = {}
    for entry in _all(journal, "incident"):
        for tag in entry.content.get("tags") or []:
            if tag.startswith("batch"):
                counts[tag] = counts.get(tag, 0) + 1
    for entry in _all(journal, "message"):
        tag = entry.content.get("conversation", "")
        counts[tag] = counts.get(tag, 0) + 1
    for entry in _all(journal, "person"):
        tag = entry.content.get("name", "").removeprefix("Person ")
        counts[tag] = counts.get(tag, 0) + 1
    for entry in _all(journal, "attachment"):
        name = entry.content.get("file_name", "")
        if name.startswith("batch"):
            counts[name.removesuffix(".bin")] = counts.get(name.removesuffix(".bin"), 0) + 1
    for tag, count in ledger.batches.items():
        assert counts.pop(tag, 0) == count, f"acknowledged import {tag} is incomplete"
    if flight is not None and flight["kind"] == "import":
        found = counts.pop(flight["tag"], 0)
        assert found in (0, flight["count"]), f"half an import is visible ({found} items)"
        if found:
            ledger.batches[flight["tag"]] = found
    assert not counts, f"unacknowledged imports appeared: {sorted(counts)}"


def _check_attachment_in_flight(journal: Any, ledger: Ledger, flight: dict[str, Any] | None
                                ) -> None:
    for entry in _all(journal, "attachment"):
        if entry.uid in ledger.attachments or entry.content["file_name"].startswith("batch"):
            continue
        assert flight is not None and flight["kind"] == "attachment", "unacknowledged attachment"
        assert entry.content["file_name"] == flight["name"]
        data = journal.read_attachment(entry.uid)
        assert hashlib.sha256(data).hexdigest() == flight["sha256"] == entry.content["sha256"]
        ledger.attachments[entry.uid] = flight["sha256"]


def _check_search(journal: Any, ledger: Ledger) -> None:
    """The full-text index is written in the same transaction as the entry."""
    live = [uid for uid, gone in ledger.deleted.items() if not gone]
    for uid in live[-3:]:
        entry = journal.get(uid)
        marker = entry.content["description"].split(" ", 1)[0]
        found = journal.list(Query(kinds=("incident",), text=marker))
        assert uid in [e.uid for e in found], "an entry is missing from the search index"
