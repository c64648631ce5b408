"""Issue 14.10: a vault was found on a seized disk by structure alone (a 305-byte header with the
Argon2 parameters in clear). Every file of a vault must look like random bytes of a plausible
size; old vaults keep opening and lose their clear header on the next write."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.storage import kdf, keyslots
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault


def _looks_random(data: bytes) -> bool:
    """Incompressible: no structure zlib can find (text, zero runs, repeated fields)."""
    return len(zlib.compress(data, 9)) >= len(data)


def test_every_file_of_a_vault_looks_random(make_vault: Any) -> None:
    vault = make_vault()
    vault.journal.add_attachment(os.urandom(10) + b"photo bytes" * 100, "a.jpg")
    vault.journal.save("incident", {"title": "x" * 2000})
    vault.set_duress_passphrase("duress words here")
    folder = vault.path.parent
    vault.lock()
    files = [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith("-l")]
    assert {p.name for p in files} >= {"data.db", "data.db-h", "data.db-a", "data.db-x"}
    for path in files:
        assert _looks_random(path.read_bytes()), path.name


def test_header_has_no_parameters_and_a_varying_size(make_vault: Any) -> None:
    sizes = set()
    for n in range(12):
        vault = make_vault(f"v{n}/data.db")
        raw = vault.files.header.read_bytes()
        sizes.add(len(raw))
        assert len(raw) != keyslots.HEADER_SIZE
        assert keyslots.MIN_SIZE_2 <= len(raw) <= keyslots.MAX_SIZE_2
        params = KdfParams.for_tests()
        assert struct.pack(">III", params.time_cost, params.memory_kib, params.lanes) not in raw
    assert len(sizes) > 1


def test_any_random_bytes_read_as_a_header() -> None:
    """Our own reader cannot tell a header from random bytes: every size in range and every
    value of the preset byte is valid (so an examiner with this code cannot either)."""
    for size in (keyslots.MIN_SIZE_2, 500, keyslots.MAX_SIZE_2):
        for _ in range(64):
            header = keyslots.Header.from_bytes(os.urandom(size))
            assert header.params in kdf.PRESETS


def test_rewrites_keep_the_size_but_change_every_byte(make_vault: Any) -> None:
    vault = make_vault()
    before = vault.files.header.read_bytes()
    vault.create_recovery_code()
    after = vault.files.header.read_bytes()
    assert len(after) == len(before) and after != before


def _write_format_1(header_path: Path) -> None:
    header = keyslots.Header.read(header_path)
    header_path.write_bytes(header.prefix() + b"".join(header.slots))


def test_old_format_opens_and_is_hidden_on_the_next_write(make_vault: Any) -> None:
    vault = make_vault()
    code = vault.create_recovery_code()
    vault.set_duress_passphrase("duress words here")
    path, header_path = vault.path, vault.files.header
    vault.lock()
    _write_format_1(header_path)
    assert len(header_path.read_bytes()) == keyslots.HEADER_SIZE
    opened = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    assert len(header_path.read_bytes()) == keyslots.HEADER_SIZE  # unlocking alone writes nothing
    opened.journal.save("incident", {"title": "first write"})
    opened.lock()
    assert len(header_path.read_bytes()) != keyslots.HEADER_SIZE  # converted
    for passphrase, target in (("correct horse", 0), (code, 0), ("duress words here", 1)):
        again = Vault.unlock(path, passphrase, sleep=lambda _: None)
        assert again.target == target
        again.lock()


def test_old_format_with_its_own_parameters_still_opens(tmp_path: Path) -> None:
    odd = KdfParams(time_cost=2, memory_kib=8 * 1024, lanes=2)
    assert kdf.preset_index(odd) is None
    vault = Vault.create(tmp_path / "v" / "data.db", "correct horse", kdf=odd)
    vault.journal.save("incident", {"title": "x"})
    path, header_path = vault.path, vault.files.header
    vault.lock()
    assert len(header_path.read_bytes()) == keyslots.HEADER_SIZE  # it can only be said in clear
    Vault.unlock(path, "correct horse", sleep=lambda _: None).lock()


@pytest.mark.parametrize("measured", [KdfParams(3, 64 * 1024, 4), KdfParams(7, 512 * 1024, 4),
                                      KdfParams(40, 1024 * 1024, 4), KdfParams(3, 96 * 1024, 4)])
def test_calibration_lands_on_a_preset_never_below_the_floor(measured: KdfParams) -> None:
    chosen = kdf.snap_to_preset(measured)
    assert kdf.preset_index(chosen) is not None and chosen.meets_floor
    assert chosen.memory_kib <= measured.memory_kib and chosen.time_cost <= measured.time_cost


def test_attempt_key_top_bit_is_random(make_vault: Any) -> None:
    """A real X25519 key always has its top bit clear; random bytes have it set half the time."""
    vault = make_vault()
    bits = set()
    for _ in range(40):
        vault.remove_recovery_code()
        bits.add(vault.files.header.read_bytes()[keyslots._SLOTS_AT - 1] >> 7)
    assert bits == {0, 1}
    path = vault.path
    vault.lock()
    Vault.unlock(path, "correct horse", sleep=lambda _: None).lock()
