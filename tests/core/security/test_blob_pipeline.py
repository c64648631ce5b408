"""The blob store's second threads (the hash beside encryption, early writeback) change how fast,
never what is stored or what is guaranteed: the file is the documented format, the SHA-256 covers
every byte in order, fsync still comes before the rename, errors arrive in order, and no thread
or open file outlives a put or a read, however it ends."""

from __future__ import annotations

import errno
import gc
import hashlib
import io
import os
import struct
import threading
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safeplan.core.errors import Cancelled, StorageFull, VaultDamaged
from safeplan.core.storage import blobs
from safeplan.core.storage.blobs import CHUNK_BYTES, BlobStore

KEY = bytes(range(32))
SIZE = 5 * CHUNK_BYTES + 1234  # six chunks: the hashing thread starts


def _our_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("blob-") and t.is_alive()]


def _open_files_under(folder: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        with_target = os.path.realpath(fd) if fd.is_symlink() else ""
        if with_target.startswith(str(folder.resolve())):
            found.append(with_target)
    return found


def test_a_threaded_put_writes_the_documented_format(tmp_path: Path) -> None:
    data = os.urandom(SIZE)
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(io.BytesIO(data))
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == SIZE
    # Decoded by hand from the layout in the module docstring, not through the store.
    raw = store.path_of(stored.blob_id).read_bytes()
    prefix, body = raw[:8], raw[8:]
    sealed = [body[i:i + CHUNK_BYTES + 16] for i in range(0, len(body), CHUNK_BYTES + 16)]
    assert len(sealed) == 6
    aead = AESGCM(KEY)
    plain = b""
    for index, chunk in enumerate(sealed):
        aad = stored.blob_id.encode("ascii") + struct.pack(">Q?", index, index == 5)
        plain += aead.decrypt(prefix + struct.pack(">I", index), chunk, aad)
    assert plain == data
    assert _our_threads() == []


def test_read_back_whole_and_verified(tmp_path: Path) -> None:
    data = os.urandom(SIZE)
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(data)
    assert store.read(stored.blob_id) == data
    assert store.verify(stored.blob_id, hashlib.sha256(data).hexdigest())
    assert [len(c) for c in store.iter_chunks(stored.blob_id)] == [CHUNK_BYTES] * 5 + [1234]
    assert _our_threads() == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd (Linux)")
@pytest.mark.parametrize("how", ["close", "drop"])
def test_an_abandoned_read_closes_the_file(tmp_path: Path, how: str) -> None:
    data = os.urandom(SIZE)
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(data)
    reading = store.iter_chunks(stored.blob_id)
    assert next(reading) == data[:CHUNK_BYTES]
    assert _open_files_under(tmp_path)
    if how == "close":
        reading.close()
    else:
        del reading
        gc.collect()
    assert _our_threads() == []
    assert _open_files_under(tmp_path) == []


@pytest.mark.parametrize("where", ["damaged", "truncated"])
def test_damage_is_raised_after_the_good_chunks(tmp_path: Path, where: str) -> None:
    data = os.urandom(SIZE)
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(data)
    path = store.path_of(stored.blob_id)
    raw = bytearray(path.read_bytes())
    third = 8 + 3 * (CHUNK_BYTES + 16)
    if where == "damaged":
        raw[third + 100] ^= 1
    else:
        del raw[third + 5:]
    path.write_bytes(bytes(raw))
    got = []
    with pytest.raises(VaultDamaged):
        for chunk in store.iter_chunks(stored.blob_id):
            got.append(chunk)
    assert got == [data[i * CHUNK_BYTES:(i + 1) * CHUNK_BYTES] for i in range(3)]
    assert not store.verify(stored.blob_id, hashlib.sha256(data).hexdigest())
    assert _our_threads() == []


class _RecordingOS:
    """Delegates to ``os``; records the syncs and the rename, fails fdatasync when asked."""

    def __init__(self, fail_datasync: bool = False) -> None:
        self.events: list[str] = []
        self.fail_datasync = fail_datasync

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fdatasync(self, fd: int) -> None:
        self.events.append("fdatasync")
        if self.fail_datasync:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        os.fdatasync(fd)

    def fsync(self, fd: int) -> None:
        self.events.append("fsync")
        os.fsync(fd)

    def replace(self, src: Any, dst: Any) -> None:
        self.events.append("replace")
        os.replace(src, dst)


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="no fdatasync here: no early writeback")
def test_early_writeback_then_the_final_fsync_before_the_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blobs, "_SYNC_EVERY", CHUNK_BYTES)
    recording = _RecordingOS()
    monkeypatch.setattr(blobs, "os", recording)
    data = os.urandom(SIZE)
    stored = BlobStore(tmp_path / "b", KEY).put(data)
    monkeypatch.undo()
    assert "fdatasync" in recording.events
    last_fsync = len(recording.events) - 1 - recording.events[::-1].index("fsync")
    assert "fdatasync" not in recording.events[last_fsync:]
    assert recording.events.index("replace") > last_fsync
    assert BlobStore(tmp_path / "b", KEY).read(stored.blob_id) == data
    assert _our_threads() == []


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="no fdatasync here: no early writeback")
def test_a_failing_writeback_is_a_storage_error_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blobs, "_SYNC_EVERY", CHUNK_BYTES)
    monkeypatch.setattr(blobs, "os", _RecordingOS(fail_datasync=True))
    store = BlobStore(tmp_path / "b", KEY)
    with pytest.raises(StorageFull):
        store.put(os.urandom(SIZE))
    monkeypatch.undo()
    assert list((tmp_path / "b").iterdir()) == []
    assert _our_threads() == []


def test_cancelling_a_threaded_put_leaves_no_file_and_no_thread(tmp_path: Path) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    store = BlobStore(tmp_path / "b", KEY)
    with pytest.raises(Cancelled):
        store.put(os.urandom(SIZE), cancelled=cancelled)
    assert list((tmp_path / "b").iterdir()) == []
    assert _our_threads() == []


def test_the_hash_takes_the_chunks_in_order_while_the_hasher_lags(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hashing thread is held on the first chunk until the last one has been read, so every
    other chunk waits in the queue: the SHA-256 must still be that of the bytes in order."""
    data = b"".join(bytes([i]) * CHUNK_BYTES for i in range(5)) + b"tail"
    last_read = threading.Event()
    real_sha256 = hashlib.sha256

    class HeldDigest:
        def __init__(self) -> None:
            self._inner = real_sha256()

        def update(self, piece: bytes) -> None:
            assert last_read.wait(timeout=30)
            self._inner.update(piece)

        def hexdigest(self) -> str:
            return self._inner.hexdigest()

    monkeypatch.setattr(blobs.hashlib, "sha256", HeldDigest)
    asked = 0

    def cancelled() -> bool:  # asked once per chunk, before the chunk is handed to the hash
        nonlocal asked
        asked += 1
        if asked == min(6, blobs._AHEAD + 2):
            last_read.set()
        return False

    stored = BlobStore(tmp_path / "b", KEY).put(io.BytesIO(data), cancelled=cancelled)
    monkeypatch.undo()
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert _our_threads() == []
