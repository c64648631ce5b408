"""Encrypted attachment store: one file per blob, AES-256-GCM in 1 MiB chunks.

Requirement 4: attachments never exist as plaintext files. Blobs stream in and out chunk by chunk,
so a 1 GB video never sits whole in memory. File names are random (they reveal nothing), and each
chunk's authenticated data binds the blob id, the chunk index and a final-chunk flag, so chunks
cannot be reordered, swapped between blobs, or the file truncated without detection.

File layout: nonce prefix (8 bytes) ‖ chunk₀ ‖ chunk₁ … where chunkᵢ = AES-GCM(plainᵢ) ‖ tag;
nonceᵢ = prefix ‖ uint32(i). The SHA-256 of the *original* bytes is computed in the same pass
that encrypts them (requirement 16: hash before any processing).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safeplan.core.atomic import fsync_folder
from safeplan.core.errors import Cancelled, StorageFull, VaultDamaged
from safeplan.core.paths import make_private_dir

CHUNK_BYTES = 1024 * 1024
_TAG = 16
_PREFIX = 8


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    sha256: str
    size: int


def blob_key(data_key: bytes | bytearray) -> bytearray:
    """A separate key for blobs, so the database key never encrypts anything else."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"blob-store-v1")
    return bytearray(hkdf.derive(bytes(data_key)))


class BlobStore:
    """Encrypted blobs in one folder beside the vault database."""

    def __init__(self, folder: Path, key: bytes | bytearray) -> None:
        self.folder = folder
        self._aead: AESGCM | None = AESGCM(bytes(key))

    def close(self) -> None:
        self._aead = None

    @property
    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise VaultDamaged("blob store is closed")
        return self._aead

    def path_of(self, blob_id: str) -> Path:
        if len(blob_id) != 32 or not all(c in "0123456789abcdef" for c in blob_id):
            raise VaultDamaged("bad blob reference", part="blobs")
        return self.folder / blob_id

    @staticmethod
    def _aad(blob_id: str, index: int, final: bool) -> bytes:
        return blob_id.encode("ascii") + struct.pack(">Q?", index, final)

    def put(
        self,
        source: bytes | BinaryIO,
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> StoredBlob:
        """Encrypt ``source`` into a new blob; returns its id, SHA-256 and size."""
        make_private_dir(self.folder)
        blob_id = secrets.token_hex(16)
        final_path = self.path_of(blob_id)
        tmp = self.folder / f".{blob_id}.part"
        reader = _chunks_of(source)
        digest = hashlib.sha256()
        size = 0
        prefix = secrets.token_bytes(_PREFIX)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(prefix)
                index = 0
                current = next(reader, b"")
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled("blob write cancelled")
                    following = next(reader, None)
                    final = following is None
                    digest.update(current)
                    size += len(current)
                    nonce = prefix + struct.pack(">I", index)
                    out.write(self._cipher.encrypt(nonce, current, self._aad(blob_id, index, final)))
                    if following is None:
                        break
                    current = following
                    index += 1
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final_path)
            fsync_folder(self.folder)
        except OSError as exc:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise StorageFull(f"could not write an attachment: {exc.strerror}") from exc
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        return StoredBlob(blob_id=blob_id, sha256=digest.hexdigest(), size=size)

    def iter_chunks(self, blob_id: str) -> Iterator[bytes]:
        """Decrypt a blob chunk by chunk; any tampering raises VaultDamaged."""
        path = self.path_of(blob_id)
        try:
            handle = open(path, "rb")
        except FileNotFoundError as exc:
            raise VaultDamaged("an attachment file is missing", part="blobs") from exc
        with handle:
            prefix = handle.read(_PREFIX)
            if len(prefix) != _PREFIX:
                raise VaultDamaged("an attachment file is truncated", part="blobs")
            index = 0
            block = handle.read(CHUNK_BYTES + _TAG)
            while True:
                following = handle.read(CHUNK_BYTES + _TAG)
                final = not following
                if len(block) < _TAG:
                    raise VaultDamaged("an attachment file is truncated", part="blobs")
                nonce = prefix + struct.pack(">I", index)
                try:
                    yield self._cipher.decrypt(nonce, block, self._aad(blob_id, index, final))
                except InvalidTag as exc:
                    raise VaultDamaged("an attachment file is damaged", part="blobs") from exc
                if final:
                    return
                block = following
                index += 1

    def read(self, blob_id: str) -> bytes:
        return b"".join(self.iter_chunks(blob_id))

    def verify(self, blob_id: str, sha256: str) -> bool:
        digest = hashlib.sha256()
        try:
            for chunk in self.iter_chunks(blob_id):
                digest.update(chunk)
        except VaultDamaged:
            return False
        return digest.hexdigest() == sha256

    def delete(self, blob_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_of(blob_id).unlink()

    def remove_unreferenced(self, referenced: set[str]) -> int:
        """Delete blob files no entry refers to, and half-written ``.part`` files.

        Both are left only by a crash or kill between writing a blob and committing its entry:
        encrypted and never shown, but they cost space and hint at past activity.
        """
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            stale_part = path.name.startswith(".") and path.name.endswith(".part")
            orphan = len(path.name) == 32 and "." not in path.name and path.name not in referenced
            if stale_part or orphan:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        return removed

    def all_ids(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.iterdir() if len(p.name) == 32 and "." not in p.name}


def _chunks_of(source: bytes | BinaryIO) -> Iterator[bytes]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        for start in range(0, len(data), CHUNK_BYTES):
            yield data[start:start + CHUNK_BYTES]
        return
    while True:
        piece = _read_full(source, CHUNK_BYTES)
        if not piece:
            return
        yield piece


def _read_full(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining:
        piece = stream.read(remaining)
        if not piece:
            break
        parts.append(piece)
        remaining -= len(piece)
    return b"".join(parts)
