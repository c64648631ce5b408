"""The failed-attempt log: written without the passphrase, readable only after unlock.

Requirement 10: a survivor must be able to see whether someone tried to get in. A failed attempt
cannot be encrypted with the data key (we don't have it), so each record is sealed to an X25519
public key kept in the header; the private key lives inside the vault. A record holds only the
time — never the passphrase tried. Records are fixed-size, so their number (which drives the
growing delay after repeated failures) is readable without decrypting.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
import time
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RECORD_SIZE = 32 + 12 + 8 + 16
_INFO = b"attempt-log-v1"


def _key(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def failed_count(log_path: Path) -> int:
    try:
        return log_path.stat().st_size // RECORD_SIZE
    except FileNotFoundError:
        return 0


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
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    record = eph_pub + nonce + AESGCM(_key(shared)).encrypt(nonce, stamp, eph_pub)
    with contextlib.suppress(OSError):  # a read-only stick must not block unlocking
        fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0),
                     0o600)
        try:
            os.write(fd, record)
            os.fsync(fd)
        finally:
            os.close(fd)


def read_failures(log_path: Path, private_key: bytes) -> list[int]:
    """Unix times of the failed attempts recorded (undecryptable records are skipped)."""
    try:
        raw = log_path.read_bytes()
    except FileNotFoundError:
        return []
    key = X25519PrivateKey.from_private_bytes(private_key)
    times: list[int] = []
    for start in range(0, len(raw) - RECORD_SIZE + 1, RECORD_SIZE):
        record = raw[start:start + RECORD_SIZE]
        eph_pub, nonce, sealed = record[:32], record[32:44], record[44:]
        try:
            shared = key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
            plain = AESGCM(_key(shared)).decrypt(nonce, sealed, eph_pub)
        except (InvalidTag, ValueError):
            continue
        times.append(struct.unpack(">Q", plain)[0])
    return times


def clear(log_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        log_path.unlink()
