"""Requirement 4, what blobs.py's docstring promises and the audit found untested: each chunk's
authenticated data binds the blob id, the chunk's index and whether it is the last, so chunks
cannot be reordered, swapped between blobs, dropped at a chunk boundary or added, and a blob
file cannot be passed off under another blob's name. A bug dropping any of the three from the
authenticated data, or numbering the nonce wrongly, would let an attacker with the disk edit an
attachment without the vault noticing."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from safeplan.core.errors import StorageFull, VaultDamaged
from safeplan.core.storage import blobs
from safeplan.core.storage.blobs import CHUNK_BYTES, BlobStore

KEY = bytes(range(32))
SEALED = CHUNK_BYTES + 16  # one full chunk on disk


def _three_chunks(store: BlobStore, seed: bytes = b"a") -> tuple[str, bytes]:
    data = bytes([seed[0]]) * CHUNK_BYTES + bytes([seed[0] + 1]) * CHUNK_BYTES + seed * 10
    return store.put(data).blob_id, data


def _damaged(store: BlobStore, blob_id: str) -> bool:
    try:
        store.read(blob_id)
    except VaultDamaged:
        return True
    return False


def test_chunks_cannot_be_reordered(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    blob_id, data = _three_chunks(store)
    path = store.path_of(blob_id)
    raw = path.read_bytes()
    head, one, two, rest = raw[:8], raw[8:8 + SEALED], raw[8 + SEALED:8 + 2 * SEALED], \
        raw[8 + 2 * SEALED:]
    assert store.read(blob_id) == data
    path.write_bytes(head + two + one + rest)
    assert _damaged(store, blob_id)


def test_the_last_chunk_cannot_be_dropped_at_a_boundary(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    blob_id, _ = _three_chunks(store)
    path = store.path_of(blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw[:8 + 2 * SEALED])  # two whole chunks, the short last one gone
    assert _damaged(store, blob_id)
    path.write_bytes(raw[:8 + SEALED])
    assert _damaged(store, blob_id)


def test_chunks_cannot_be_added(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    blob_id, _ = _three_chunks(store)
    path = store.path_of(blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw + raw[8:8 + SEALED])
    assert _damaged(store, blob_id)


def test_chunks_cannot_be_swapped_between_blobs(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    first, _ = _three_chunks(store, b"a")
    second, _ = _three_chunks(store, b"p")
    raw_first = store.path_of(first).read_bytes()
    raw_second = store.path_of(second).read_bytes()
    mixed = raw_first[:8 + SEALED] + raw_second[8 + SEALED:]
    store.path_of(first).write_bytes(mixed)
    assert _damaged(store, first)
    # even with the other blob's nonce prefix: the blob id is bound
    store.path_of(first).write_bytes(raw_second[:8] + raw_first[8:])
    assert _damaged(store, first)


def test_a_blob_cannot_be_passed_off_under_another_name(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    real = store.put(b"the photo of the bruise")
    other = store.put(b"something else")
    os.replace(store.path_of(real.blob_id), store.path_of(other.blob_id))
    assert _damaged(store, other.blob_id)
    assert not store.verify(other.blob_id, real.sha256)


def test_each_blob_gets_its_own_nonce_prefix_and_name(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    first, second = store.put(b"same bytes"), store.put(b"same bytes")
    assert first.blob_id != second.blob_id
    raw_first = store.path_of(first.blob_id).read_bytes()
    raw_second = store.path_of(second.blob_id).read_bytes()
    assert raw_first[:8] != raw_second[:8] and raw_first[8:] != raw_second[8:]
    assert b"same bytes" not in raw_first


def test_blob_files_and_folder_are_private(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(b"x")
    if os.name == "posix":
        assert stat.S_IMODE(store.path_of(stored.blob_id).stat().st_mode) == 0o600
        assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


def test_a_refusing_disk_is_a_typed_error_and_leaves_nothing(tmp_path: Path,
                                                              monkeypatch) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    store.put(b"first")
    before = sorted(p.name for p in store.folder.iterdir())

    def refuse(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(blobs.os, "replace", refuse)
    with pytest.raises(StorageFull, match="No space left on device"):
        store.put(b"second")
    monkeypatch.undo()
    assert sorted(p.name for p in store.folder.iterdir()) == before
