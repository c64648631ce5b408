"""Backup, restore and the integrity check (requirements 5 and 6).

A backup is itself a vault (the same files, still encrypted, under the same passphrase) in a new
folder: restoring is copying it back, and a backup can be opened directly if the laptop is lost.
It is taken while the vault is open: this process holds the vault's lock and every write goes
through its single connection, so inside ``BEGIN IMMEDIATE`` the files cannot change underneath
the copy. After writing, the copy is opened with the key and compared: row counts, chain head,
every blob's ciphertext hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from safeplan.core.atomic import fsync_folder
from safeplan.core.errors import StorageFull, VaultDamaged, VaultExists
from safeplan.core.journal.journal import Journal
from safeplan.core.paths import make_private_dir
from safeplan.core.storage.blobs import BlobStore, blob_key
from safeplan.core.storage.database import CheckReport, VaultFiles, open_database
from safeplan.core.storage.vault_lock import VaultLock

if TYPE_CHECKING:
    from safeplan.core.vault.vault import Vault

_COUNTED = ("entries", "revisions", "blobs")


def _copy_file(src: Path, dst: Path) -> None:
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(src, "rb") as source, os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(source, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _counts(conn: object) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[attr-defined]  # noqa: S608
            for t in _COUNTED}


def _copy_file_set(source: VaultFiles, copy: VaultFiles) -> list[tuple[Path, Path]]:
    """Copy every file of the vault (databases, header, attempt record, both blob folders);
    returns the (source, copy) pairs of plain files for the verification."""
    pairs: list[tuple[Path, Path]] = []
    for suffix in ("", "-h", "-a", "-x"):
        src = source.side(suffix) if suffix else source.db
        if src.is_file() and not src.is_symlink():
            dst = copy.side(suffix) if suffix else copy.db
            _copy_file(src, dst)
            pairs.append((src, dst))
    for suffix in ("-b", "-xb"):
        make_private_dir(copy.side(suffix))
        folder = source.side(suffix)
        if folder.is_dir():
            for item in folder.iterdir():
                if item.is_file() and not item.is_symlink() and not item.name.startswith("."):
                    _copy_file(item, copy.side(suffix) / item.name)
                    pairs.append((item, copy.side(suffix) / item.name))
    return pairs


def backup_vault(vault: Vault, dest_dir: Path) -> Path:
    """Copy the vault into a new folder inside ``dest_dir``; returns the copy's database path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = dest_dir / f"backup-{stamp}"
    n = 1
    while folder.exists():
        n += 1
        folder = dest_dir / f"backup-{stamp}-{n}"
    copy = VaultFiles(folder / vault.files.db.name)
    conn = vault.connection
    try:
        make_private_dir(folder)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # The whole file set, both journals (issue 14.4: without data.db-x the duress
            # passphrase said "damaged" on a backup, and the backup's files gave it away).
            others = _copy_file_set(vault.files, copy)
            source_blobs = vault.files.blob_folder(vault.target)
            blob_ids = [b for _, b, _ in vault.journal.attachment_blobs()]
            expected = _counts(conn)
            head = vault.journal.chain_head()
        finally:
            conn.execute("COMMIT")
        fsync_folder(folder)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageFull(f"the backup could not be written: {exc.strerror}") from exc
    # Verify what is on the destination, not what we meant to write.
    check = open_database(copy.database(vault.target), vault.data_key)
    copy_blobs = copy.blob_folder(vault.target)
    try:
        problems = []
        if _counts(check) != expected:
            problems.append("row counts differ")
        journal = Journal(check, BlobStore(copy_blobs, blob_key(vault.data_key)))
        if journal.chain_head() != head:
            problems.append("chain head differs")
        for blob_id in blob_ids:
            if _file_hash(copy_blobs / blob_id) != _file_hash(source_blobs / blob_id):
                problems.append("an attachment differs")
                break
        if any(_file_hash(dst) != _file_hash(src) for src, dst in others):
            problems.append("a file differs")
    finally:
        check.close()
    if problems:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageFull("the backup did not verify: " + ", ".join(problems))
    return copy.db


def verified_backup(backup_db: Path, passphrase: str,
                    unlock: Callable[[Path, str], Vault]) -> tuple[VaultFiles, list[str]]:
    """Open a backup with the passphrase and check it fully; its files and blob ids.

    ``unlock`` is ``Vault.unlock``, passed in by the vault so this module never imports the
    vault at run time (the vault imports maintenance; tests/core/test_layout_rules.py).
    """
    source = unlock(backup_db, passphrase)  # proves the passphrase and the copy
    try:
        report = source.check()
        if not report.ok:
            raise VaultDamaged("the backup is damaged: " + "; ".join(report.problems))
        return source.files, [b for _, b, _ in source.journal.attachment_blobs()]
    finally:
        source.lock()


def restore_vault(backup_db: Path, vault_path: Path, passphrase: str,
                  unlock: Callable[[Path, str], Vault],
                  held_lock: VaultLock | None = None) -> Path | None:
    """Put a verified backup in place of the vault; the old files are moved aside, not deleted.

    The vault being replaced must not be open anywhere (VaultBusy), unless the caller is the
    open vault itself and passes the lock it holds (``Vault.restore_from_backup``). Returns the
    folder where the replaced vault's files were kept (None if there was none).
    """
    source_files, blob_ids = verified_backup(backup_db, passphrase, unlock)
    target = VaultFiles(vault_path)
    make_private_dir(vault_path.parent)
    target_lock = held_lock or VaultLock(target.lock)
    if held_lock is None:
        target_lock.acquire()
    try:
        return _replace_with(source_files, blob_ids, target, vault_path)
    finally:
        if held_lock is None:
            target_lock.release()


def _replace_with(source_files: VaultFiles, blob_ids: list[str], target: VaultFiles,
                  vault_path: Path) -> Path | None:
    staging = vault_path.parent / f".restore-{time.strftime('%Y%m%d-%H%M%S')}"
    make_private_dir(vault_path.parent)
    if staging.exists():
        raise VaultExists("a restore is already in progress")
    make_private_dir(staging)
    staged = VaultFiles(staging / vault_path.name)
    try:
        _copy_file_set(source_files, staged)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageFull(f"the restore could not be written: {exc.strerror}") from exc
    kept: Path | None = None
    if target.db.exists() or target.header.exists():
        kept = vault_path.parent / f"replaced-{time.strftime('%Y%m%d-%H%M%S')}"
        make_private_dir(kept)
        for path in (target.db, target.header, target.blobs, target.attempts,
                     target.side("-x"), target.side("-xb")):
            if path.exists() or path.is_symlink():
                os.replace(path, kept / path.name)
    for suffix in ("", "-h", "-a", "-x", "-b", "-xb"):
        path = staged.side(suffix) if suffix else staged.db
        if path.exists():
            os.replace(path, vault_path.parent / path.name)
    with contextlib.suppress(OSError):
        staging.rmdir()
    fsync_folder(vault_path.parent)
    return kept


def check_vault(vault: Vault, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """cipher_integrity_check + integrity_check + the hash chain + every attachment's hash."""
    report = CheckReport(ok=True)
    conn = vault.connection
    try:
        cipher_rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if cipher_rows:
            report.problems.append(f"{len(cipher_rows)} encrypted pages fail authentication")
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            report.problems.append("the database structure is damaged")
    except sqlcipher3.DatabaseError:
        report.problems.append("the database file is damaged")
        report.ok = False
        return report
    chain_report = vault.journal.verify_chain()
    if not chain_report.ok:
        report.problems.append("history chain broken at " + chain_report.message)
    else:
        report.notes.append(chain_report.message)
        if chain_report.purged:
            report.notes.append(f"{chain_report.purged} revisions were emptied from the trash")
    blobs = vault.journal.attachment_blobs()
    store = vault.journal._blobs
    for done, (_, blob_id, sha256) in enumerate(blobs, start=1):
        if not store.verify(blob_id, sha256):
            report.problems.append("an attachment is damaged or missing")
        if progress is not None:
            progress(done, len(blobs))
    orphans = store.all_ids() - {b for _, b, _ in blobs}
    if orphans:
        report.notes.append(f"{len(orphans)} unused attachment files (left by an interrupted save)")
    report.ok = not report.problems
    return report
