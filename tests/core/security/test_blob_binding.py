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


# -- the format is frozen: an attachment saved by this release opens in every later one --------

FROZEN_ID = "960a06d457b055788957e58d0df68b7c"
FROZEN = bytes.fromhex("16fdb903b6fd63c1f08562d9cf317122efa46f3b51126763d1d40667f442b58c13e335d7"
                       "b1982bae933c8a")


def test_an_attachment_of_this_release_still_opens(tmp_path: Path) -> None:
    key = blobs.blob_key(KEY)
    assert bytes(key).hex() == ("652e0906329bb2ef4b18676cb7ac70a1"
                                "672971412d0542beb40b33cd99e9a294")
    store = BlobStore(tmp_path / "b", key)
    store.folder.mkdir()
    store.path_of(FROZEN_ID).write_bytes(FROZEN)
    assert store.read(FROZEN_ID) == "Синяк, 12 см".encode()


def test_damage_names_the_attachments(tmp_path: Path) -> None:
    """The CLI and the check report say which part of the vault is damaged (details["part"])."""
    store = BlobStore(tmp_path / "b", KEY)
    stored = store.put(b"photo")
    path = store.path_of(stored.blob_id)
    raw = path.read_bytes()
    cases = {"bad name": lambda: store.path_of("../x"),
             "missing": lambda: store.read("f" * 32),
             "short prefix": lambda: (path.write_bytes(raw[:5]), store.read(stored.blob_id)),
             "short chunk": lambda: (path.write_bytes(raw[:8 + 10]), store.read(stored.blob_id)),
             "changed": lambda: (path.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1])),
                                 store.read(stored.blob_id))}
    for name, damage in cases.items():
        with pytest.raises(VaultDamaged) as caught:
            damage()
        assert caught.value.details == {"part": "blobs"}, name


def test_clean_up_touches_only_what_a_crash_leaves(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    kept = store.put(b"kept")
    strangers = [".directory", "notes.part", "IMG_20240312_210500_cropped.jpg", "NOTES",
                 "IMG_20240312_210500_cropped.jpeg"]  # the last one is 32 characters long
    assert len(strangers[-1]) == 32
    for name in strangers:
        (store.folder / name).write_bytes(b"not ours")
    (store.folder / f".{'d' * 32}.part").write_bytes(b"half")
    assert store.all_ids() == {kept.blob_id}
    assert store.remove_unreferenced({kept.blob_id}) == 1
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([kept.blob_id, *strangers])


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_the_half_written_file_is_never_one_that_already_exists(tmp_path: Path,
                                                                monkeypatch) -> None:
    store = BlobStore(tmp_path / "b", KEY)
    store.put(b"first")
    victim = tmp_path / "victim"
    victim.write_bytes(b"hers")
    monkeypatch.setattr(blobs.secrets, "token_hex", lambda n: "e" * 32)
    (store.folder / f".{'e' * 32}.part").symlink_to(victim)
    with pytest.raises(StorageFull):
        store.put(b"second")
    assert victim.read_bytes() == b"hers"
