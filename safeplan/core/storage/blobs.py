"""Encrypted attachment store: one file per blob, AES-256-GCM in 1 MiB chunks.

Requirement 4: attachments never exist as plaintext files. Blobs stream in and out chunk by chunk,
so a 1 GB video never sits whole in memory. File names are random (they reveal nothing), and each
chunk's authenticated data binds the blob id, the chunk index and a final-chunk flag, so chunks
cannot be reordered, swapped between blobs, or the file truncated without detection.

File layout: nonce prefix (8 bytes) ‖ chunk₀ ‖ chunk₁ … where chunkᵢ = AES-GCM(plainᵢ) ‖ tag;
nonceᵢ = prefix ‖ uint32(i). The SHA-256 of the *original* bytes is computed in the same pass
that encrypts them (requirement 16: hash before any processing).

Speed (1 GB on the 2-core machine): SHA-256 of the original (~1.8 GB/s) is the slowest step and
fsync the second (~0.5 s). Both run beside the rest: the hash on a second thread (hashlib and
AES-GCM both release the GIL for large buffers), the disk writing started early by a background
fdatasync every 64 MiB. Nothing stored changes, and the blob is still fsynced before ``put``
returns. Reading stays on one thread: reading the file or decrypting ahead on a second one won
4% on an idle machine and lost 10-15% on a busy one (the caller's own hash is most of the time).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import secrets
import struct
import threading
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
# Early writeback every 64 MiB: small enough that the final fsync waits for little, large enough
# that a blob of a few MiB (a photo) starts no extra thread.
_SYNC_EVERY = 64 * CHUNK_BYTES
# Chunks waiting for the hasher: a few MiB of memory at most.
_AHEAD = 4


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
        hasher = _Hasher()
        size = 0
        prefix = secrets.token_bytes(_PREFIX)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
            with os.fdopen(fd, "wb") as out:
                writeback = _Writeback(out.fileno())
                try:
                    out.write(prefix)
                    index = 0
                    current = next(reader, b"")
                    while True:
                        if cancelled is not None and cancelled():
                            raise Cancelled("blob write cancelled")
                        following = next(reader, None)
                        final = following is None
                        hasher.add(current, more=not final)
                        size += len(current)
                        nonce = prefix + struct.pack(">I", index)
                        sealed = self._cipher.encrypt(nonce, current,
                                                      self._aad(blob_id, index, final))
                        out.write(sealed)
                        writeback.wrote(len(sealed))
                        if following is None:
                            break
                        current = following
                        index += 1
                    out.flush()
                finally:
                    # Before the file is closed: the background fdatasync must not outlive fd.
                    writeback.finish()
                os.fsync(out.fileno())
            os.replace(tmp, final_path)
            fsync_folder(self.folder)
            sha256 = hasher.finish()
        except BaseException as exc:  # cancelled, a disk error, anything: leave nothing behind
            hasher.finish()
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            if isinstance(exc, OSError):
                raise StorageFull(f"could not write an attachment: {exc.strerror}") from exc
            raise
        return StoredBlob(blob_id=blob_id, sha256=sha256, size=size)

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


class _Hasher:
    """SHA-256 of the original on a second thread, fed in order through a short queue.

    hashlib releases the GIL for buffers over 2 KiB, so on two cores the hash (the slowest step)
    runs beside encryption and the write. A blob of one chunk is hashed inline: no thread.
    """

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_AHEAD)
        self._thread: threading.Thread | None = None

    def add(self, piece: bytes, *, more: bool) -> None:
        if self._thread is None and not more:
            self._digest.update(piece)  # the only chunk: nothing queued before it
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="blob-hash", daemon=True)
            self._thread.start()
        self._queue.put(piece)

    def _run(self) -> None:
        while (piece := self._queue.get()) is not None:
            self._digest.update(piece)

    def finish(self) -> str:
        """Waits for every queued chunk; safe to call more than once."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        return self._digest.hexdigest()


class _Writeback:
    """Starts the disk writing early: every 64 MiB a background fdatasync hands what is already
    written to the disk, so the final fsync (still the one ``put`` relies on) waits for the last
    few MiB instead of the whole blob. Purely an optimisation: skipped where there is no
    fdatasync; an error it meets is raised at the next chunk or at ``finish``."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._unsynced = 0
        self._pending: threading.Thread | None = None
        self._error: OSError | None = None

    def wrote(self, count: int) -> None:
        self._unsynced += count
        if self._unsynced < _SYNC_EVERY or not hasattr(os, "fdatasync"):
            return
        if self._pending is not None:
            if self._pending.is_alive():
                return  # the disk is still busy with the last batch
            self._pending.join()
            self._raise()
        self._unsynced = 0
        self._pending = threading.Thread(target=self._sync, name="blob-writeback", daemon=True)
        self._pending.start()

    def _sync(self) -> None:
        try:
            os.fdatasync(self._fd)
        except OSError as exc:
            self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def finish(self) -> None:
        if self._pending is not None:
            self._pending.join()
            self._pending = None
        self._raise()

