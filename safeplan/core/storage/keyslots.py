"""The vault header: Argon2id parameters, salt, and the data key wrapped in fixed key slots.

Layout (fixed size, no magic string, nothing that names the program — threat A2):

    0      version (1 byte)
    1      time_cost, memory_kib, lanes (3 × uint32, big-endian)
    13     salt (16 bytes)
    29     attempt-log public key (X25519, 32 bytes)
    61     SLOT_COUNT slots × (nonce 12 ‖ AES-256-GCM(data key 32 ‖ target 1) 33 ‖ tag 16)

Every slot is wrapped under a key-encryption key derived from *its* passphrase with the shared
salt and parameters. Unused slots hold random bytes, indistinguishable from used ones, so the
header never says whether a recovery code or a duress passphrase exists (requirement 11). Unlock
derives once and tries every slot with no early exit, so timing does not tell slots apart.
The authenticated data of each slot is the header prefix plus the slot index: changing the
parameters, the salt or the attempt-log key breaks every slot.
"""

from __future__ import annotations

import secrets
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safeplan.core.atomic import atomic_write
from safeplan.core.errors import VaultDamaged, WrongPassphrase
from safeplan.core.storage import kdf

VERSION = 1
SLOT_COUNT = 4
_PREFIX = struct.Struct(">BIII16s32s")
_NONCE = 12
_PLAIN = kdf.KEY_BYTES + 1
_SLOT = _NONCE + _PLAIN + 16
HEADER_SIZE = _PREFIX.size + SLOT_COUNT * _SLOT

TARGET_MAIN = 0
TARGET_ALTERNATE = 1  # the duress journal (a separate database file)


@dataclass
class UnlockedSlot:
    """What a passphrase opened: the data key, which database it belongs to, and its slot."""

    data_key: bytearray
    target: int
    slot: int


@dataclass
class Header:
    params: kdf.KdfParams
    salt: bytes
    attempt_public_key: bytes
    slots: list[bytes]

    @classmethod
    def new(cls, params: kdf.KdfParams, attempt_public_key: bytes) -> Header:
        return cls(
            params=params,
            salt=secrets.token_bytes(kdf.SALT_BYTES),
            attempt_public_key=attempt_public_key,
            slots=[secrets.token_bytes(_SLOT) for _ in range(SLOT_COUNT)],
        )

    def prefix(self) -> bytes:
        p = self.params
        return _PREFIX.pack(VERSION, p.time_cost, p.memory_kib, p.lanes, self.salt,
                            self.attempt_public_key)

    def to_bytes(self) -> bytes:
        return self.prefix() + b"".join(self.slots)

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        if len(raw) != HEADER_SIZE:
            raise VaultDamaged("the key header has the wrong size", part="header")
        version, t, m, p, salt, pub = _PREFIX.unpack_from(raw)
        if version != VERSION or not (1 <= t <= 64 and 8 <= m <= 4 * 1024 * 1024 and 1 <= p <= 64):
            raise VaultDamaged("the key header is not readable", part="header")
        body = raw[_PREFIX.size:]
        slots = [body[i * _SLOT:(i + 1) * _SLOT] for i in range(SLOT_COUNT)]
        return cls(kdf.KdfParams(t, m, p), salt, pub, slots)

    @classmethod
    def read(cls, path: Path) -> Header:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultDamaged("the key header file is missing", part="header") from exc
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        """Atomic replace: a crash leaves exactly the old or the new header (requirement 1)."""
        atomic_write(path, self.to_bytes())

    # -- slots ------------------------------------------------------------------------------

    def _aad(self, index: int) -> bytes:
        return self.prefix() + bytes([index])

    def derive(self, passphrase: str) -> bytearray:
        return kdf.derive_key(passphrase, self.salt, self.params)

    def open_with_key(self, kek: bytes | bytearray) -> UnlockedSlot:
        """Try every slot (no early exit). The main journal wins if two slots open."""
        aead = AESGCM(bytes(kek))
        opened: list[UnlockedSlot] = []
        for index, slot in enumerate(self.slots):
            try:
                plain = aead.decrypt(slot[:_NONCE], slot[_NONCE:], self._aad(index))
            except InvalidTag:
                continue
            opened.append(UnlockedSlot(bytearray(plain[: kdf.KEY_BYTES]), plain[kdf.KEY_BYTES], index))
        if not opened:
            raise WrongPassphrase("no key slot opened")
        opened.sort(key=lambda s: s.target)
        for other in opened[1:]:
            kdf.wipe(other.data_key)
        return opened[0]

    def unlock(self, passphrase: str) -> UnlockedSlot:
        kek = self.derive(passphrase)
        try:
            return self.open_with_key(kek)
        finally:
            kdf.wipe(kek)

    def set_slot(self, index: int, passphrase: str, data_key: bytes | bytearray, target: int) -> None:
        kek = self.derive(passphrase)
        try:
            nonce = secrets.token_bytes(_NONCE)
            sealed = AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key) + bytes([target]),
                                                self._aad(index))
            self.slots[index] = nonce + sealed
        finally:
            kdf.wipe(kek)

    def clear_slot(self, index: int) -> None:
        self.slots[index] = secrets.token_bytes(_SLOT)

