"""THREAT_MODEL.md requirements 1–4 and 11, each tested so a planted bug fails it.

The mutation audit of issue 14 planted these bugs and the suite did not notice: secure_delete
off, temp_store=FILE, SQLCipher compatibility settings downgraded, a constant GCM nonce across
attachments, chunk index and final flag not bound, a wrong passphrase rewriting the key header,
unlock stopping at the first slot that opens. Each test below was run against the planted bug.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from safeplan.core.errors import VaultDamaged, WrongPassphrase
from safeplan.core.storage import blobs as blobs_module
from safeplan.core.storage import keyslots
from safeplan.core.storage.blobs import CHUNK_BYTES, BlobStore
from safeplan.core.storage.database import open_database
from safeplan.core.vault.vault import Vault
from tests.core.security.sqlcipher_pages import plaintext_pages

CANARY = "CANARY-" + "purple-elephant-" * 8


# -- requirement 3: secure_delete, temp_store, synchronous, journal mode ----------------------

def test_connection_pragmas(make_vault: Any) -> None:
    vault = make_vault()
    conn = vault.connection
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_deleted_text_is_gone_from_the_file_even_with_the_key(make_vault: Any) -> None:
    """secure_delete: a purged note must not be readable from free pages by someone who has
    the key (a coerced passphrase). The positive control proves the page reader works."""
    vault = make_vault()
    vault.set_setting("canary", CANARY)
    key = vault.data_key
    assert CANARY.encode() in plaintext_pages(vault.path, key)
    vault.connection.execute("DELETE FROM settings WHERE key='canary'")
    assert CANARY.encode() not in plaintext_pages(vault.path, key)


def test_emptied_trash_leaves_no_text_in_the_file(make_vault: Any) -> None:
    vault = make_vault()
    uid = vault.journal.save("incident", {"title": "t", "description": CANARY})
    key = vault.data_key
    assert CANARY.encode() in plaintext_pages(vault.path, key)
    vault.journal.delete(uid)
    vault.journal.empty_trash()
    assert CANARY.encode() not in plaintext_pages(vault.path, key)


# -- requirement 2: SQLCipher 4 defaults, no downgrade ----------------------------------------

def test_database_is_sqlcipher4_defaults_readable_by_a_plain_connection(make_vault: Any) -> None:
    """A fresh connection with SQLCipher 4 defaults and nothing but the raw key reads the file:
    any cipher_compatibility, page size, KDF or HMAC downgrade in open_database breaks this."""
    vault = make_vault()
    vault.set_setting("probe", "1")
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
    assert conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    assert conn.execute("PRAGMA cipher_plaintext_header_size").fetchone()[0] == "0"
    assert conn.execute("PRAGMA cipher_use_hmac").fetchone()[0] == "1"
    key, path = vault.data_key, vault.path
    vault.lock()
    plain = sqlcipher3.connect(str(path))
    try:
        plain.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert plain.execute("SELECT value FROM settings WHERE key='probe'").fetchone()
    finally:
        plain.close()
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert len(raw) % 4096 == 0


def test_open_database_refuses_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    conn = open_database(path, bytes(32))
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(VaultDamaged):
        open_database(path, bytes([1]) * 32)


# -- requirement 4: attachments --------------------------------------------------------------

def test_every_attachment_gets_its_own_nonce(tmp_path: Path) -> None:
    """Two blobs with the same content under the same key never share a nonce (a constant
    GCM nonce leaks the XOR of plaintexts and lets tags be forged)."""
    store = BlobStore(tmp_path / "b", bytes(32))
    stored = [store.put(b"same bytes") for _ in range(20)]
    raw = [store.path_of(s.blob_id).read_bytes() for s in stored]
    prefixes = {r[:8] for r in raw}
    assert len(prefixes) == 20
    assert len({r[8:] for r in raw}) == 20


def _three_chunk_blob(tmp_path: Path) -> tuple[BlobStore, str, bytes, list[bytes]]:
    store = BlobStore(tmp_path / "b", bytes(range(32)))
    data = b"".join(bytes([n]) * CHUNK_BYTES for n in (1, 2)) + b"tail"
    blob_id = store.put(data).blob_id
    raw = store.path_of(blob_id).read_bytes()
    size = CHUNK_BYTES + 16
    chunks = [raw[8:8 + size], raw[8 + size:8 + 2 * size], raw[8 + 2 * size:]]
    assert len(chunks[2]) == 4 + 16
    return store, blob_id, raw[:8], chunks


def test_truncated_attachment_is_detected(tmp_path: Path) -> None:
    """Dropping the last chunk must fail: the final-chunk flag is authenticated."""
    store, blob_id, prefix, chunks = _three_chunk_blob(tmp_path)
    store.path_of(blob_id).write_bytes(prefix + chunks[0] + chunks[1])
    with pytest.raises(VaultDamaged):
        store.read(blob_id)


def test_reordered_chunks_are_detected(tmp_path: Path) -> None:
    store, blob_id, prefix, chunks = _three_chunk_blob(tmp_path)
    store.path_of(blob_id).write_bytes(prefix + chunks[1] + chunks[0] + chunks[2])
    with pytest.raises(VaultDamaged):
        store.read(blob_id)


def test_chunk_index_and_final_flag_are_in_the_authenticated_data(tmp_path: Path) -> None:
    """Even with a nonce that does not change per chunk, the AAD alone must tell chunk 0 from
    chunk 1 and the final chunk from the others."""
    aad = BlobStore._aad
    blob_id = "0" * 32
    variants = {aad(blob_id, i, f) for i in (0, 1, 2) for f in (False, True)}
    assert len(variants) == 6
    assert aad(blob_id, 0, False) != aad("1" * 32, 0, False)


def test_blob_copied_under_another_name_is_detected(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", bytes(32))
    a, b = store.put(b"first"), store.put(b"second")
    store.path_of(b.blob_id).write_bytes(store.path_of(a.blob_id).read_bytes())
    with pytest.raises(VaultDamaged):
        store.read(b.blob_id)


def test_blob_file_holds_no_plaintext(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "b", bytes(32))
    stored = store.put(CANARY.encode())
    raw = store.path_of(stored.blob_id).read_bytes()
    assert CANARY.encode() not in raw
    assert stored.sha256 == hashlib.sha256(CANARY.encode()).hexdigest()
    assert blobs_module.blob_key(bytes(32)) != bytearray(32)


# -- requirements 1 and 11: the key header ----------------------------------------------------

def _digest(path: Path) -> tuple[str, int, int]:
    """Content, inode and modification time: a rewrite with the same bytes also counts."""
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_ino, info.st_mtime_ns


def test_wrong_old_passphrase_never_rewrites_the_header(make_vault: Any) -> None:
    vault = make_vault()
    path, header = vault.path, vault.files.header
    before = _digest(header)
    with pytest.raises(WrongPassphrase):
        vault.change_own_passphrase("not it", "a new one entirely")
    assert _digest(header) == before
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.change_passphrase(path, "not it", "a new one entirely")
    assert _digest(header) == before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "not it", sleep=lambda _: None)
    assert _digest(header) == before
    Vault.unlock(path, "correct horse", sleep=lambda _: None).lock()


def test_unlock_tries_every_slot_even_after_one_opens(make_vault: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Requirement 11: the same work whichever slot opens (no early exit), so timing does not
    say whether the main, recovery or duress slot was used."""
    vault = make_vault()
    vault.set_duress_passphrase("duress words here")
    path = vault.path
    vault.lock()
    calls: list[int] = []
    real = keyslots.AESGCM

    class Counting:
        """AES-GCM that counts decryptions (the real cipher does the work)."""

        def __init__(self, key: bytes) -> None:
            self._aead = real(key)

        def decrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            calls.append(1)
            return self._aead.decrypt(nonce, data, aad)

        def encrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            return self._aead.encrypt(nonce, data, aad)

    monkeypatch.setattr(keyslots, "AESGCM", Counting)
    for passphrase, target in (("correct horse", 0), ("duress words here", 1)):
        calls.clear()
        opened = keyslots.Header.read(Path(str(path) + "-h")).unlock(passphrase)
        assert opened.target == target
        assert len(calls) == keyslots.SLOT_COUNT, passphrase
    calls.clear()
    with pytest.raises(WrongPassphrase):
        keyslots.Header.read(Path(str(path) + "-h")).unlock("wrong")
    assert len(calls) == keyslots.SLOT_COUNT


def test_changing_any_header_byte_breaks_unlock(make_vault: Any) -> None:
    """The parameters, salt and attempt key are authenticated with every slot: any changed
    byte of the header before and in the passphrase's slot stops it opening."""
    vault = make_vault()
    header_path = vault.files.header
    vault.lock()
    good = header_path.read_bytes()
    opened_slot_end = keyslots._SLOTS_AT + keyslots._SLOT  # salt, attempt key, slot 0
    for offset in [*range(0, opened_slot_end, 3), keyslots._PRESET_AT]:
        bad = bytearray(good)
        bad[offset] ^= 0x01
        header_path.write_bytes(bytes(bad))
        with pytest.raises((WrongPassphrase, VaultDamaged)):
            keyslots.Header.read(header_path).unlock("correct horse")
    header_path.write_bytes(good)


def test_emptied_trash_leaves_no_word_in_the_search_index(make_vault: Any) -> None:
    """The full-text index keeps each word separately: a purged word must go from it too."""
    vault = make_vault()
    word = b"qwzebrafoxtrot"
    uid = vault.journal.save("incident", {"title": "t", "description": "qwzebrafoxtrot is here"})
    assert word in plaintext_pages(vault.path, vault.data_key)
    vault.journal.delete(uid)
    vault.journal.empty_trash()
    assert word not in plaintext_pages(vault.path, vault.data_key)
