"""The vault: one SQLCipher database, its key header, encrypted blobs, and the attempt log.

Files for a vault at ``DIR/data.db`` (names reveal nothing — threat A2):

    data.db      SQLCipher 4 database (no plaintext header)
    data.db-h    key header (keyslots.py)
    data.db-b/   encrypted attachment blobs (blobs.py)
    data.db-a    failed-attempt log (attempts.py)
    data.db-l    process lock (vault_lock.py)
    data.db-x    the duress journal's database — random bytes of the same size when there is
                 none (duress_files.py); -xb/ its blobs

Every one of them looks like random bytes (the header too: keyslots.py, format 2).

A wrong passphrase never opens (let alone writes) any of these; only the attempt log grows.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from safeplan.core.errors import (
    SafePlanError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from safeplan.core.journal.journal import AccessEvent, Journal
from safeplan.core.paths import make_private_dir
from safeplan.core.storage import attempts, kdf, keyslots, schema
from safeplan.core.storage.blobs import BlobStore, blob_key
from safeplan.core.storage.database import CheckReport, VaultFiles, open_database
from safeplan.core.storage.vault_lock import VaultLock
from safeplan.core.vault import duress_files
from safeplan.core.vault.vault_slots import SLOT_DURESS, SLOT_PASSPHRASE, SLOT_RECOVERY, VaultSlots


class Vault(VaultSlots):
    """An unlocked vault. Build with ``create`` or ``unlock``; ``lock()`` ends it."""

    def __init__(self, files: VaultFiles, target: int, data_key: bytearray, conn: Any,
                 lock: VaultLock) -> None:
        self.files = files
        self.target = target
        self._data_key = data_key
        self._conn = conn
        self._lock = lock
        self._blob_key = blob_key(data_key)
        self._journal = Journal(conn, BlobStore(files.blob_folder(target), self._blob_key))
        self._pending_access: list[tuple[str, str]] = []
        self._attempt_seen: tuple[attempts.LogState | None, attempts.AttemptLog] | None = None
        self._known_damaged = False
        self._journal.before_first_write = self._on_first_write

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: kdf.KdfParams | None = None) -> Vault:
        """A new, empty vault, unlocked. ``kdf`` None means calibrate to ~1 s on this machine."""
        params = kdf
        files = VaultFiles(Path(path))
        if files.db.exists() or files.header.exists():
            raise VaultExists("a file with that name already exists")
        if not passphrase:
            raise WrongPassphrase("an empty passphrase is not allowed")
        new_folder = not files.db.parent.exists()
        make_private_dir(files.db.parent)
        lock = VaultLock(files.lock)
        lock.acquire()
        conn: Any = None
        try:
            attempt_key = X25519PrivateKey.generate()
            public = attempt_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            header = keyslots.Header.new(params or _calibrated(), public)
            data_key = bytearray(secrets.token_bytes(kdf_key_bytes()))
            header.set_slot(SLOT_PASSPHRASE, passphrase, data_key, keyslots.TARGET_MAIN)
            conn = open_database(files.db, data_key)
            schema.migrate(conn)
            conn.execute("INSERT INTO meta(key, value) VALUES ('attempt_key', ?)",
                         (attempt_key.private_bytes_raw(),))
            conn.execute("INSERT INTO meta(key, value) VALUES ('signing_key', ?)",
                         (Ed25519PrivateKey.generate().private_bytes_raw(),))
            conn.execute("INSERT INTO meta(key, value) VALUES ('attempt_state', ?)",
                         (_state_bytes(attempts.LogState(1)),))
            attempts.start_epoch(files.attempts, attempt_key.private_bytes_raw(), 1)
            # The same files with or without a duress journal (issue 14.4): its place is taken
            # by random bytes of a plausible size until one is set up.
            duress_files.write_placeholder(files.database(keyslots.TARGET_ALTERNATE))
            duress_files.prepare_folder(files.blob_folder(keyslots.TARGET_ALTERNATE))
            make_private_dir(files.blobs)
            header.write(files.header)
            vault = cls(files, keyslots.TARGET_MAIN, data_key, conn, lock)
            vault._pending_access = [("created", _local_iso(time.time()))]
            return vault
        except BaseException:
            # Interrupted (Ctrl+C during calibration, a full disk …): leave nothing behind, not
            # even the lock file — a half-made vault would later be reported as "damaged".
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            lock.release()
            _remove_quietly(files, new_folder)
            raise

    @classmethod
    def unlock(cls, path: Path, passphrase: str, *,
               sleep: Callable[[float], None] = time.sleep) -> Vault:
        files = VaultFiles(Path(path))
        if not files.db.exists():
            raise VaultNotFound("no vault at that path")
        lock = VaultLock(files.lock)
        lock.acquire()
        try:
            header = keyslots.Header.read(files.header)
            sleep(attempts.delay_seconds(attempts.failed_count(files.attempts)))
            try:
                opened = header.unlock(passphrase)
            except WrongPassphrase:
                attempts.append_failure(files.attempts, header.attempt_public_key)
                raise
            database = files.database(opened.target)
            if not database.exists():
                raise VaultDamaged("the database file is missing", part="database")
            conn = open_database(database, opened.data_key)
            try:
                schema.migrate(conn)
                # The journal reads the chain head on construction: a damaged page there must
                # be reported as damage (with the backup offered), not as a raw SQLite error.
                vault = cls(files, opened.target, opened.data_key, conn, lock)
            except sqlcipher3.DatabaseError as exc:
                conn.close()
                raise VaultDamaged("the database is damaged", part="database") from exc
            vault._collect_attempts()
            return vault
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def pending_delay(path: Path) -> float:
        """Seconds the next unlock attempt will wait (for the unlock screen to explain)."""
        return attempts.delay_seconds(attempts.failed_count(VaultFiles(Path(path)).attempts))

    def _collect_attempts(self) -> None:
        """Read the sealed failed-attempt record; what is new since this journal's last visit
        reaches its encrypted access log with the first write (or at lock), so unlocking alone
        writes nothing — not even to a damaged file. A record removed, replaced by a link or
        an older copy, or cut short is noted as "record-tampered" (issue 14.7).

        Both journals read it (the duress journal must say what the real one says); only the
        real journal starts a new epoch, so the duress journal never changes the file.
        """
        private = self._journal.meta_get("attempt_key")
        now = _local_iso(time.time())
        if private:
            last = _state_from(self._journal.meta_get("attempt_state"))
            log = attempts.read_log(self.files.attempts, private)
            self._attempt_seen = (last, log)
            for stamp in log.new_failures(last):
                self._pending_access.append(("failed", _local_iso(stamp)))
            if log.tampered_since(last):
                self._pending_access.append(("record-tampered", now))
        self._pending_access.append(("unlock", now))

    def _on_first_write(self) -> None:
        """Work deferred from unlock to the first write (unlocking alone writes nothing).

        Runs inside the first transaction, before anything of this session is stored, so every
        blob file not in the database is left over from an interrupted earlier save.
        """
        referenced = {blob_id for _, blob_id, _ in self._journal.attachment_blobs()}
        self._journal._blobs.remove_unreferenced(referenced)
        for event, at in self._pending_access:
            self._journal.record_access(event, at)
        self._pending_access = []
        self._settle_attempt_log()
        if self.target == keyslots.TARGET_MAIN:
            self._hide_old_header()

    def _hide_old_header(self) -> None:
        """An old (format-1) header, parameters in clear, is rewritten in format 2 on the first
        write — every slot kept (keyslots.py) — when its parameters are a preset (issue 14.10)."""
        with contextlib.suppress(OSError, VaultDamaged):
            if self.files.header.stat().st_size != keyslots.HEADER_SIZE:
                return
            header = keyslots.Header.read(self.files.header)
            if header.hidden:
                header.write(self.files.header)

    def _settle_attempt_log(self) -> None:
        """After the access log took the new records: the real journal starts a new epoch (the
        delay starts again); the duress journal remembers how far it has read."""
        if self._attempt_seen is None:
            return
        last, log = self._attempt_seen
        self._attempt_seen = None
        private = self._journal.meta_get("attempt_key")
        if not private:
            return
        if self.target == keyslots.TARGET_MAIN:
            epoch = max(log.epoch or 0, last.epoch if last else 0) + 1
            attempts.start_epoch(self.files.attempts, private, epoch)
            state: attempts.LogState | None = attempts.LogState(epoch)
        else:
            state = attempts.LogState(log.epoch, len(log.failures)) if log.epoch else last
        if state is not None:
            self._journal.meta_set("attempt_state", _state_bytes(state))

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def path(self) -> Path:
        return self.files.db

    @property
    def journal(self) -> Journal:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._journal

    def lock(self) -> None:
        """Close the connection, wipe key bytes we hold, release the process lock. Idempotent."""
        if self._conn is not None:
            if self._pending_access and not self._known_damaged:
                with contextlib.suppress(Exception), self._journal.transaction():
                    pass  # runs the first-write hook: the access log is recorded
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        kdf.wipe(self._data_key)
        kdf.wipe(self._blob_key)
        self._journal._blobs.close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- keys ------------------------------------------------------------------------------

    def _attempt_private_key(self) -> bytes | None:
        return self.journal.meta_get("attempt_key")

    def signing_key(self) -> Ed25519PrivateKey:
        raw = self.journal.meta_get("signing_key")
        if raw is None:  # the duress journal gets its own on first use
            key = Ed25519PrivateKey.generate()
            self.journal.meta_set("signing_key", key.private_bytes_raw())
            return key
        return Ed25519PrivateKey.from_private_bytes(raw)

    def public_key_fingerprint(self) -> str:
        return fingerprint(self.signing_key().public_key().public_bytes(Encoding.Raw,
                                                                         PublicFormat.Raw))

    # -- settings and access log (inside the encrypted vault) --------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.journal.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.journal.set_setting(key, value)

    def access_events(self) -> list[AccessEvent]:
        """Unlocks and failed attempts, oldest first (including this session's, not yet saved)."""
        return self.journal.access_events() + [AccessEvent(at, event)
                                               for event, at in self._pending_access]

    # -- backup, restore, check: see maintenance.py ------------------------------------------

    def backup(self, dest_dir: Path) -> Path:
        from safeplan.core.vault.maintenance import backup_vault

        return backup_vault(self, Path(dest_dir))

    @classmethod
    def restore(cls, backup_db: Path, vault_path: Path, passphrase: str) -> Path | None:
        from safeplan.core.vault.maintenance import restore_vault

        return restore_vault(Path(backup_db), Path(vault_path), passphrase, cls.unlock)

    def restore_from_backup(self, backup_db: Path, passphrase: str) -> Path | None:
        """Replace this open vault with a verified backup (settings page); locks it afterwards.

        The backup is checked first, while the vault stays open (a wrong passphrase or a damaged
        copy changes nothing); then the connection closes and the files are replaced under the
        process lock this vault already holds, so nobody can open them half-replaced.
        """
        from safeplan.core.vault.maintenance import restore_vault, verified_backup

        verified_backup(Path(backup_db), passphrase, type(self).unlock)
        lock, self._lock = self._lock, VaultLock(self.files.lock)  # keep holding the real one
        self.lock()
        try:
            return restore_vault(Path(backup_db), self.files.db, passphrase, type(self).unlock,
                                 held_lock=lock)
        finally:
            lock.release()

    def check(self, progress: Callable[[int, int], None] | None = None) -> CheckReport:
        from safeplan.core.vault.maintenance import check_vault

        report = check_vault(self, progress)
        self._known_damaged = not report.ok
        return report

    @property
    def connection(self) -> Any:
        """For maintenance code in the core only (never the UI)."""
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def data_key(self) -> bytes:
        return bytes(self._data_key)


def _state_bytes(state: attempts.LogState) -> bytes:
    return json.dumps({"epoch": state.epoch, "seen": state.seen}).encode()


def _state_from(raw: bytes | None) -> attempts.LogState | None:
    try:
        data = json.loads(bytes(raw).decode()) if raw else None
        return attempts.LogState(int(data["epoch"]), int(data["seen"])) if data else None
    except (ValueError, KeyError, TypeError):
        return None


def _remove_quietly(files: VaultFiles, folder_too: bool) -> None:
    alternate = files.database(keyslots.TARGET_ALTERNATE)
    for path in (files.db, files.side("-journal"), files.header, files.attempts, alternate,
                 files.lock):
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in (files.blobs, files.blob_folder(keyslots.TARGET_ALTERNATE)):
        with contextlib.suppress(OSError):
            folder.rmdir()
    if folder_too:
        with contextlib.suppress(OSError):
            files.db.parent.rmdir()  # only if empty


def _local_iso(stamp: float) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")


def kdf_key_bytes() -> int:
    return kdf.KEY_BYTES


def fingerprint(public_key: bytes) -> str:
    import hashlib

    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _calibrated() -> kdf.KdfParams:
    return kdf.calibrate(1.0)


__all__ = ["SLOT_DURESS", "SLOT_PASSPHRASE", "SLOT_RECOVERY", "CheckReport", "SafePlanError", "Vault",
           "VaultFiles", "fingerprint"]
