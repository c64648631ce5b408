"""The failed-attempt record: written without the passphrase, readable only after unlock.

Requirement 10: a survivor must be able to see whether someone tried to get in. A failed attempt
cannot be encrypted with the data key (we don't have it), so each record is sealed to an X25519
public key kept in the header; the private key lives inside the vault. A record holds only the
time — never the passphrase tried. Records are fixed-size, so their number (which drives the
growing delay after repeated failures) is readable without decrypting.

Issue 14.7: deleting the file, or replacing it with a link to /dev/null, silenced both the record
and the delay. Now:

* the file always starts with an *epoch* record, sealed with a key derived from the private key
  (so only the vault can make one) and numbered; the journal remembers, inside its encrypted
  database, the epoch and how many failures it has already shown (``LogState``). A missing file,
  a link or special file, a first record that is not a genuine epoch, an older epoch put back, or
  fewer records than were already seen: the record was tampered with, and she is told on unlock;
* links and special files are never followed: a failure replaces them with a regular file.

Epoch and failure records have the same size and both look like random bytes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from safeplan.core.atomic import atomic_write

RECORD_SIZE = 32 + 12 + 8 + 16
_INFO = b"attempt-log-v1"
_EPOCH_INFO = b"attempt-log-epoch-v1"


def _key(shared: bytes, info: bytes = _INFO) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


@dataclass
class LogState:
    """What the journal saw last time: the epoch, and how many failures of it it has shown."""

    epoch: int
    seen: int = 0


@dataclass
class AttemptLog:
    """What is in the record now, read with the private key."""

    present: bool  # a regular file exists (links and special files do not count)
    epoch: int | None  # None: no genuine epoch record first
    failures: list[int] = field(default_factory=list)  # Unix times, oldest first

    def tampered_since(self, last: LogState | None) -> bool:
        """Removed, replaced, an older copy put back, or cut short since ``last`` was stored."""
        if last is None:  # a vault from before epochs: nothing to compare with yet
            return False
        if not self.present or self.epoch is None or self.epoch < last.epoch:
            return True
        return self.epoch == last.epoch and len(self.failures) < last.seen

    def new_failures(self, last: LogState | None) -> list[int]:
        if last is not None and self.epoch == last.epoch:
            return self.failures[last.seen:]
        return list(self.failures)


def _regular(path: Path) -> os.stat_result | None:
    """``lstat`` of a regular file (never following a link), else None."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def failed_count(log_path: Path) -> int:
    """Failures since the last epoch (the delay's count). Nothing is followed or opened."""
    info = _regular(log_path)
    if info is None:
        return 0
    return max(0, info.st_size // RECORD_SIZE - 1)


def delay_seconds(failures: int) -> float:
    """No delay for the first two mistakes (everyone mistypes), then 2, 4, 8 … up to 60 s."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 2), 60))


def append_failure(log_path: Path, public_key: bytes, at: float | None = None) -> None:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = secrets.token_bytes(12)
    stamp = struct.pack(">Q", int(at if at is not None else time.time()))
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    record = eph_pub + nonce + AESGCM(_key(shared)).encrypt(nonce, stamp, eph_pub)
    with contextlib.suppress(OSError):  # a read-only stick must not block unlocking
        if os.path.lexists(log_path) and _regular(log_path) is None:
            log_path.unlink()  # a link (to /dev/null …) or a special file: replaced, not used
        flags = (os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        fd = os.open(log_path, flags, 0o600)
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.write(fd, record)
                os.fsync(fd)
        finally:
            os.close(fd)


def _epoch_record(private_key: bytes, epoch: int) -> bytes:
    label = secrets.token_bytes(32)
    nonce = secrets.token_bytes(12)
    key = _key(private_key, _EPOCH_INFO)
    return label + nonce + AESGCM(key).encrypt(nonce, struct.pack(">Q", epoch), label)


def start_epoch(log_path: Path, private_key: bytes, epoch: int) -> None:
    """Replace the record by a fresh one holding only epoch ``epoch`` (atomic; a link at the
    path is replaced, never followed)."""
    if os.path.lexists(log_path) and _regular(log_path) is None:
        with contextlib.suppress(OSError):
            log_path.unlink()
    atomic_write(log_path, _epoch_record(private_key, epoch))


def read_log(log_path: Path, private_key: bytes) -> AttemptLog:
    """The epoch and the failure times (undecryptable records are skipped)."""
    if _regular(log_path) is None:
        return AttemptLog(present=False, epoch=None)
    try:
        fd = os.open(log_path, os.O_RDONLY | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read()
    except OSError:
        return AttemptLog(present=False, epoch=None)
    log = AttemptLog(present=True, epoch=_read_epoch(raw[:RECORD_SIZE], private_key))
    key = X25519PrivateKey.from_private_bytes(private_key)
    first = RECORD_SIZE if log.epoch is not None else 0
    for start in range(first, len(raw) - RECORD_SIZE + 1, RECORD_SIZE):
        record = raw[start:start + RECORD_SIZE]
        eph_pub, nonce, sealed = record[:32], record[32:44], record[44:]
        try:
            shared = key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
            plain = AESGCM(_key(shared)).decrypt(nonce, sealed, eph_pub)
        except (InvalidTag, ValueError):
            continue
        log.failures.append(struct.unpack(">Q", plain)[0])
    return log


def _read_epoch(record: bytes, private_key: bytes) -> int | None:
    if len(record) != RECORD_SIZE:
        return None
    try:
        plain = AESGCM(_key(private_key, _EPOCH_INFO)).decrypt(record[32:44], record[44:],
                                                               record[:32])
    except InvalidTag:
        return None
    return int(struct.unpack(">Q", plain)[0])


def read_failures(log_path: Path, private_key: bytes) -> list[int]:
    """Unix times of the failed attempts recorded."""
    return read_log(log_path, private_key).failures
