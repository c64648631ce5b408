"""Key-slot operations on a vault: passphrase change, recovery code, duress passphrase.

Mixed into ``Vault``. Every change rewrites the fixed-size key header atomically (keyslots.py),
so a crash at any instant leaves exactly the old or the new set of passphrases working.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.errors import VaultLocked, VaultNotFound, WrongPassphrase
from safeplan.core.journal.journal import Journal
from safeplan.core.storage import attempts, kdf, keyslots, schema
from safeplan.core.storage.blobs import BlobStore, blob_key
from safeplan.core.storage.database import VaultFiles, open_database
from safeplan.core.storage.vault_lock import VaultLock
from safeplan.core.vault import duress_files

SLOT_PASSPHRASE = 0
SLOT_RECOVERY = 1
SLOT_DURESS = 2


class VaultSlots:
    """Passphrase, recovery-code and duress slots (needs ``files``, ``target``, ``_data_key``)."""

    files: VaultFiles
    target: int
    _data_key: bytearray

    @classmethod
    def change_passphrase(cls, path: Path, old: str, new: str) -> None:
        """Rewrap the data key under ``new``; the header is replaced atomically.

        Opened with the recovery code, the *main* passphrase slot is rewritten (that is what a
        recovery is for) and the code keeps working.
        """
        if not new:
            raise WrongPassphrase("an empty passphrase is not allowed")

        files = VaultFiles(Path(path))
        if not files.db.exists() and not files.header.exists():
            # A mistyped path: say so, and create nothing there (not even the lock file).
            raise VaultNotFound("no vault at that path")
        lock = VaultLock(files.lock)
        lock.acquire()
        try:
            header = keyslots.Header.read(files.header)
            try:
                opened = header.unlock(old)
            except WrongPassphrase:
                attempts.append_failure(files.attempts, header.attempt_public_key)
                raise
            slot = SLOT_PASSPHRASE if opened.slot == SLOT_RECOVERY else opened.slot
            header.set_slot(slot, new, opened.data_key, opened.target)
            kdf.wipe(opened.data_key)
            header.write(files.header)
        finally:
            lock.release()

    def change_own_passphrase(self, old: str, new: str) -> None:
        """Change the passphrase of this open vault (settings page): ``old`` must open it.

        Opened with the recovery code, the main passphrase slot is rewritten, as in
        ``change_passphrase``; the header is replaced atomically.
        """
        if not new:
            raise WrongPassphrase("an empty passphrase is not allowed")
        header = keyslots.Header.read(self.files.header)
        try:
            opened = header.unlock(old)
        except WrongPassphrase:  # someone at an unlocked screen guessing: she should see it
            attempts.append_failure(self.files.attempts, header.attempt_public_key)
            raise
        try:
            if bytes(opened.data_key) != bytes(self._data_key):
                raise WrongPassphrase("that passphrase opens another journal")
            slot = SLOT_PASSPHRASE if opened.slot == SLOT_RECOVERY else opened.slot
            header.set_slot(slot, new, self._data_key, opened.target)
            header.write(self.files.header)
        finally:
            kdf.wipe(opened.data_key)

    def _rewrite_slot(self, slot: int, passphrase: str | None, key: bytes | bytearray,
                      target: int) -> None:
        header = keyslots.Header.read(self.files.header)
        if passphrase is None:
            header.clear_slot(slot)
        else:
            header.set_slot(slot, passphrase, key, target)
        header.write(self.files.header)

    def create_recovery_code(self) -> str:
        """A random code (shown once, for a trusted person) that also opens the vault."""
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        groups = ["".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(6)]
        code = "-".join(groups)
        self._rewrite_slot(SLOT_RECOVERY, code, self._data_key, keyslots.TARGET_MAIN)
        return code

    def remove_recovery_code(self) -> None:
        self._rewrite_slot(SLOT_RECOVERY, None, b"", keyslots.TARGET_MAIN)

    def set_duress_passphrase(self, passphrase: str,
                              populate: Callable[[Journal], None] | None = None) -> None:
        """Create (or replace) the separate journal a duress passphrase opens.

        ``populate`` fills it with believable, editable entries, recorded at moments spread over
        the past weeks (duress_files.SpreadClock). The database takes the place and exact size of
        the random placeholder every vault has, so the files look the same before and after. If
        the duress passphrase equals the real one, the real journal still wins at unlock.
        """
        if self.target != keyslots.TARGET_MAIN:
            raise VaultLocked("only the main journal can set this")
        alternate = self.files.database(keyslots.TARGET_ALTERNATE)
        try:
            size = alternate.stat().st_size
        except FileNotFoundError:
            size = duress_files.placeholder_size()
        for stale in (alternate, alternate.with_name(alternate.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        blob_folder = self.files.blob_folder(keyslots.TARGET_ALTERNATE)
        duress_files.prepare_folder(blob_folder)
        key = bytearray(secrets.token_bytes(kdf.KEY_BYTES))

        conn = open_database(alternate, key)
        try:
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # lets pad_database be exact
            schema.migrate(conn)
            conn.execute("INSERT INTO meta(key, value) VALUES ('signing_key', ?)",
                         (Ed25519PrivateKey.generate().private_bytes_raw(),))
            self._share_attempt_record(conn)
            clock = duress_files.SpreadClock()
            if populate is not None:
                populate(Journal(conn, BlobStore(blob_folder, blob_key(key)), clock=clock))
            duress_files.record_history(conn, clock)
            duress_files.pad_database(conn, alternate, size)
        finally:
            conn.close()
        self._rewrite_slot(SLOT_DURESS, passphrase, key, keyslots.TARGET_ALTERNATE)
        kdf.wipe(key)

    def _share_attempt_record(self, conn: object) -> None:
        """The duress journal reads the failed-attempt record too (the same notice as the real
        one, issue 14.4): it gets the record's key and starts from what is in it now."""
        private = self._attempt_private_key()
        if not private:
            return
        log = attempts.read_log(self.files.attempts, private)
        state = {"epoch": log.epoch or 0, "seen": len(log.failures)}
        for key, value in (("attempt_key", private), ("attempt_state", json.dumps(state).encode())):
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",  # type: ignore[attr-defined]
                         (key, value))

    def _attempt_private_key(self) -> bytes | None:
        raise NotImplementedError

    def remove_duress_passphrase(self) -> None:
        """The slot becomes random bytes; the database becomes random bytes of the same size
        and its attachment folder is emptied, so the file set is the same as before."""
        self._rewrite_slot(SLOT_DURESS, None, b"", keyslots.TARGET_MAIN)
        alternate = self.files.database(keyslots.TARGET_ALTERNATE)
        try:
            size = alternate.stat().st_size
        except FileNotFoundError:
            size = None
        duress_files.write_placeholder(alternate, size)
        duress_files.prepare_folder(self.files.blob_folder(keyslots.TARGET_ALTERNATE))

    def verify_passphrase(self, passphrase: str) -> bool:
        """Re-asking before security settings change (requirement 9)."""
        try:
            opened = keyslots.Header.read(self.files.header).unlock(passphrase)
        except WrongPassphrase:
            return False
        ok = bytes(opened.data_key) == bytes(self._data_key)
        kdf.wipe(opened.data_key)
        return ok

