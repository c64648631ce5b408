"""Requirement 4, the blob store in detail (mutation audit: its survivors): streaming in and out
byte for byte, chunk sizes, damage and truncation, names that cannot leave the folder, clean-up
of what an interrupted save left, and cancelling."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from safeplan.core.errors import Cancelled, VaultDamaged
from safeplan.core.storage.blobs import CHUNK_BYTES, BlobStore, blob_key

KEY = bytes(range(32))


@pytest.mark.parametrize("size", [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1,
                                  2 * CHUNK_BYTES + 17])
def test_stream_in_and_out_byte_for_byte(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    store = BlobStore(tmp_path / "b", KEY)

    class Trickle(io.RawIOBase):  # a stream that hands out at most 1000 bytes per read
        def __init__(self) -> None:
            self.pos = 0

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            piece = data[self.pos:self.pos + min(n, 1000)]
            self.pos += len(piece)
            return piece

    for source in (data, io.BytesIO(data), Trickle()):
        stored = store.put(source)  # type: ignore[arg-type]
        assert stored.size == size
        assert stored.sha256 == hashlib.sha256(data).hexdigest()
        chunks = list(store.iter_chunks(stored.blob_id))
        assert b"".join(chunks) == data
        assert all(len(c) == CHUNK_BYTES for c in chunks[:-1]) and len(chunks[-1]) <= CHUNK_BYTES
        assert len(chunks) == max(1, -(-size // CHUNK_BYTES))
        assert store.verify(stored.blob_id, stored.sha256)
        assert not store.verify(stored.blob_id, hashlib.sha256(b"other").hexdigest())
        raw = store.path_of(stored.blob_id).read_bytes()
        assert len(raw) == 8 + size + 16 * len(chunks)


@pytest.mark.parametrize("cut", [0, 4, 8, 8 + 15])
def test_short_files_are_damage(tmp_path: Path, cut: int) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(b"some attachment bytes")
    path = store.path_of(stored.blob_id)
    path.write_bytes(path.read_bytes()[:cut])
    with pytest.raises(VaultDamaged):
        store.read(stored.blob_id)
    assert not store.verify(stored.blob_id, stored.sha256)


def test_missing_file_and_closed_store_are_damage(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(b"x")
    store.delete(stored.blob_id)
    store.delete(stored.blob_id)  # twice: no error
    with pytest.raises(VaultDamaged):
        store.read(stored.blob_id)
    store.close()
    with pytest.raises(VaultDamaged):
        store.put(b"y")


def test_wrong_key_cannot_read(tmp_path: Path) -> None:
    stored = BlobStore(tmp_path / "b", KEY).put(b"secret")
    with pytest.raises(VaultDamaged):
        BlobStore(tmp_path / "b", bytes(32)).read(stored.blob_id)


@pytest.mark.parametrize("bad", ["../" + "a" * 29, "A" * 32, "a" * 31, "a" * 33, "g" * 32,
                                 "/" + "a" * 31, ""])
def test_names_cannot_leave_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(VaultDamaged):
        BlobStore(tmp_path / "b", KEY).path_of(bad)


def test_leftovers_removed_referenced_kept(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    kept, orphan = store.put(b"kept"), store.put(b"orphan")
    (store.folder / f".{'c' * 32}.part").write_bytes(b"half")
    (store.folder / "notes.txt").write_bytes(b"not ours")
    assert store.all_ids() == {kept.blob_id, orphan.blob_id}
    assert store.remove_unreferenced({kept.blob_id}) == 2
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([kept.blob_id, "notes.txt"])
    assert store.all_ids() == {kept.blob_id}
    assert BlobStore(tmp_path / "none", KEY).remove_unreferenced(set()) == 0
    assert BlobStore(tmp_path / "none", KEY).all_ids() == set()


def test_cancelled_put_leaves_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        store.put(os.urandom(3 * CHUNK_BYTES), cancelled=cancelled)
    assert list(store.folder.iterdir()) == []


def test_blob_key_is_derived_and_separate() -> None:
    derived = blob_key(KEY)
    assert isinstance(derived, bytearray) and len(derived) == 32
    assert derived == blob_key(bytearray(KEY)) and derived != bytearray(KEY)
    assert derived != blob_key(bytes(32))
