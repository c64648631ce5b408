"""Backup → damage → restore: row counts, attachment hashes and chain head identical (req. 6)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.errors import VaultDamaged, WrongPassphrase
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

from .harness import REPO

TABLES = ("entries", "revisions", "blobs", "access_log", "settings", "drafts", "meta")


def _fingerprint(vault: Vault) -> dict[str, Any]:
    conn = vault.connection
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    hashes = sorted(hashlib.sha256(vault.journal.read_attachment(uid)).hexdigest()
                    for uid, _, _ in vault.journal.attachment_blobs())
    return {"counts": counts, "attachments": hashes, "head": vault.journal.chain_head()}


def _populated(path: Path) -> Vault:
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    journal = vault.journal
    person = journal.save("person", {"name": "Іван", "role": "perpetrator"})
    for i in range(40):
        uid = journal.save("incident", {"title": f"incident {i}", "perpetrator_ids": [person],
                                        "description": "Ён сказаў: «…» \r\n" * 20})
        if i % 5 == 0:
            journal.save("incident", {"title": f"incident {i} (corrected)"}, uid)
        if i % 9 == 0:
            journal.delete(uid)
    journal.empty_trash()
    for size in (0, 10, 1024 * 1024, 2 * 1024 * 1024 + 3):
        journal.add_attachment(os.urandom(size), f"file{size}.bin")
    journal.save_draft("incident:new", {"title": "half-typed"})
    vault.set_setting("auto_lock_minutes", 5)
    return vault


def _damage(kind: str, vault_path: Path) -> None:
    db, header, blobs = vault_path, Path(f"{vault_path}-h"), Path(f"{vault_path}-b")
    if kind == "flip-database":
        raw = bytearray(db.read_bytes())
        for offset in range(4096, len(raw), 8192):
            raw[offset] ^= 0x5A
        db.write_bytes(bytes(raw))
    elif kind == "truncate-database":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    elif kind == "zero-database":
        db.write_bytes(b"\0" * db.stat().st_size)
    elif kind == "lose-header":
        header.unlink()
    elif kind == "flip-attachment":
        victim = max(blobs.iterdir(), key=lambda p: p.stat().st_size)
        raw = bytearray(victim.read_bytes())
        raw[len(raw) // 2] ^= 1
        victim.write_bytes(bytes(raw))
    elif kind == "lose-attachments":
        shutil.rmtree(blobs)
    else:
        raise AssertionError(kind)


def _is_damaged(vault_path: Path) -> bool:
    try:
        vault = Vault.unlock(vault_path, "correct horse", sleep=lambda _: None)
    except (VaultDamaged, WrongPassphrase):
        return True
    try:
        return not vault.check().ok
    finally:
        vault.lock()


DAMAGE = ["flip-database", "truncate-database", "zero-database", "lose-header",
          "flip-attachment", "lose-attachments"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_backup_damage_restore(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "vault" / "data.db"
    vault = _populated(path)
    before = _fingerprint(vault)
    backup = vault.backup(tmp_path / "usb stick")
    vault.lock()
    # Locking records this session in the access log after the backup was taken.
    _damage(damage, path)
    assert _is_damaged(path)
    kept = Vault.restore(backup, path, "correct horse")
    assert kept is not None and any(kept.iterdir())  # the damaged files are kept, not deleted
    restored = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    try:
        after = _fingerprint(restored)
        assert after["head"] == before["head"]
        assert after["attachments"] == before["attachments"]
        assert {k: v for k, v in after["counts"].items() if k != "access_log"} == {
            k: v for k, v in before["counts"].items() if k != "access_log"}
        report = restored.check()
        assert report.ok, report.problems
        assert restored.journal.load_draft("incident:new") == {"title": "half-typed"}
        assert restored.get_setting("auto_lock_minutes") == 5
    finally:
        restored.lock()


def test_cli_backup_damage_restore(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "vault" / "data.db"
    vault = _populated(path)
    before = _fingerprint(vault)
    vault.lock()
    env = {**os.environ, "SAFEPLAN_LANG": "en", "HOME": str(private_home)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "safeplan", *args], input="correct horse\n",
                              text=True, capture_output=True, cwd=REPO, env=env, timeout=60)

    (tmp_path / "stick").mkdir()
    done = cli("vault", "backup", str(path), str(tmp_path / "stick"))
    assert done.returncode == 0, done.stderr
    backup = next((tmp_path / "stick").glob("backup-*/data.db"))
    _damage("flip-database", path)
    assert cli("vault", "check", str(path)).returncode == 4
    done = cli("vault", "restore", str(backup), str(path))
    assert done.returncode == 0, done.stderr
    assert cli("vault", "check", str(path)).returncode == 0
    restored = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    try:
        after = _fingerprint(restored)
        assert (after["head"], after["attachments"]) == (before["head"], before["attachments"])
    finally:
        restored.lock()


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "vault" / "data.db"
    vault = _populated(path)
    backup = vault.backup(tmp_path / "stick")
    vault.lock()
    original = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    _damage("flip-attachment", backup)
    with pytest.raises(VaultDamaged):
        Vault.restore(backup, path, "correct horse")
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.is_file() and not p.name.endswith("-a")} == {
        k: v for k, v in original.items() if not k.endswith("-a")}
