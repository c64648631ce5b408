"""The vault header: the data key wrapped in fixed key slots, with nothing an examiner can find.

Format 2 (written for every new vault, and for an old one on its next write), every byte of it
looks random and its size is chosen at random (306–1024 bytes) — issue 14.10:

    0      salt (16 bytes)
    16     attempt-log public key (X25519, 32 bytes; the unused top bit is random)
    48     SLOT_COUNT slots × (nonce 12 ‖ AES-256-GCM(data key 32 ‖ target 1) 33 ‖ tag 16)
    292    preset byte: low 5 bits XOR a mask derived from the salt name the Argon2id preset
    293    random padding

The Argon2id parameters are not stored: they are one of ``kdf.PRESETS`` (32 of them, so every
value of the preset bits names a real preset and a random file "decodes" just as well as a
header). Format 1 (the first releases: version byte, parameters in clear, 305 bytes) is still
read; it is rewritten as format 2 when its parameters are a preset (kdf.preset_index).

Every slot is wrapped under a key-encryption key derived from *its* passphrase with the shared
salt and parameters. Unused slots hold random bytes, indistinguishable from used ones, so the
header never says whether a recovery code or a duress passphrase exists (requirement 11). Unlock
derives once and tries every slot with no early exit, so timing does not tell slots apart.
The authenticated data of each slot is the format-1 prefix (version, parameters, salt, attempt
key) plus the slot index, in both formats: changing the parameters, the salt or the attempt-log
key breaks every slot, and converting the format keeps every slot.
"""

from __future__ import annotations

import hashlib
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
HEADER_SIZE = _PREFIX.size + SLOT_COUNT * _SLOT  # format 1
_SLOTS_AT = kdf.SALT_BYTES + 32
_PRESET_AT = _SLOTS_AT + SLOT_COUNT * _SLOT
MIN_SIZE_2 = _PRESET_AT + 1
MAX_SIZE_2 = 1024

TARGET_MAIN = 0
TARGET_ALTERNATE = 1  # the duress journal (a separate database file)


@dataclass
class UnlockedSlot:
    """What a passphrase opened: the data key, which database it belongs to, and its slot."""

    data_key: bytearray
    target: int
    slot: int


def _preset_mask(salt: bytes) -> int:
    return hashlib.sha256(salt + b"kdf-preset").digest()[0]


def _random_size() -> int:
    return MIN_SIZE_2 + secrets.randbelow(MAX_SIZE_2 - MIN_SIZE_2 + 1)


@dataclass
class Header:
    params: kdf.KdfParams
    salt: bytes
    attempt_public_key: bytes
    slots: list[bytes]
    size: int = 0  # format 2: the file's size, kept across rewrites (0: choose one)

    @classmethod
    def new(cls, params: kdf.KdfParams, attempt_public_key: bytes) -> Header:
        return cls(
            params=params,
            salt=secrets.token_bytes(kdf.SALT_BYTES),
            attempt_public_key=attempt_public_key,
            slots=[secrets.token_bytes(_SLOT) for _ in range(SLOT_COUNT)],
        )

    def prefix(self) -> bytes:
        """The authenticated data shared by every slot (the format-1 layout, never stored in
        format 2)."""
        p = self.params
        return _PREFIX.pack(VERSION, p.time_cost, p.memory_kib, p.lanes, self.salt,
                            self.attempt_public_key)

    @property
    def hidden(self) -> bool:
        """Written in format 2 (its parameters are a preset)."""
        return kdf.preset_index(self.params) is not None

    def to_bytes(self) -> bytes:
        index = kdf.preset_index(self.params)
        if index is None:  # an old vault's own parameters: only format 1 can say them
            return self.prefix() + b"".join(self.slots)
        if not self.size:
            self.size = _random_size()
        pub = bytearray(self.attempt_public_key)
        pub[31] |= secrets.randbelow(2) << 7  # X25519 ignores the top bit: make it random
        preset = (index ^ _preset_mask(self.salt)) & 0x1F | (secrets.randbelow(8) << 5)
        body = self.salt + bytes(pub) + b"".join(self.slots) + bytes([preset])
        return body + secrets.token_bytes(self.size - len(body))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        if len(raw) == HEADER_SIZE:
            old = cls._format_1(raw)
            if old is not None:
                return old
        if not MIN_SIZE_2 <= len(raw) <= MAX_SIZE_2:
            raise VaultDamaged("the key header has the wrong size", part="header")
        salt = raw[:kdf.SALT_BYTES]
        pub = bytearray(raw[kdf.SALT_BYTES:_SLOTS_AT])
        pub[31] &= 0x7F
        body = raw[_SLOTS_AT:_PRESET_AT]
        slots = [body[i * _SLOT:(i + 1) * _SLOT] for i in range(SLOT_COUNT)]
        index = (raw[_PRESET_AT] ^ _preset_mask(salt)) & 0x1F
        return cls(kdf.PRESETS[index], salt, bytes(pub), slots, size=len(raw))

    @classmethod
    def _format_1(cls, raw: bytes) -> Header | None:
        version, t, m, p, salt, pub = _PREFIX.unpack_from(raw)
        if version != VERSION or not (1 <= t <= 64 and 8 <= m <= 4 * 1024 * 1024 and 1 <= p <= 64):
            return None
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

