"""The key header's format (keyslots.py), frozen: a header written by this release must open in
every later one. Bugs a mutation of keyslots.py plants that the vault-level tests did not notice:
the preset mask or the slot layout changed (every existing vault then fails to open), the
format-2 size limits off by one, format-1 parameter limits widened or narrowed (an old header
read as format 2, or a random file read as format 1), two opening slots resolved the wrong way,
the header's random size drawn from the wrong range.

The two headers below were written by the release of 2026-12-06 with the tests' cheap Argon2id
preset (so they derive in milliseconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeplan.core.errors import VaultDamaged, WrongPassphrase
from safeplan.core.storage import kdf, keyslots
from safeplan.core.storage.keyslots import Header

ATTEMPT_KEY = bytes(range(100, 131)) + b"\x03"
# format 2 (293 bytes, the smallest size): slot 0 "правільна" → main journal, slot 2
# "correct horse" → the alternate (duress) journal
FORMAT_2 = bytes.fromhex(
    "fdcf68ceed44aebf833126013b8bd42e6465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
    "80818283f27634d5f1c03ce95a09fe8f40ca34948115458f2569477d5fa551f2bffaff8a4bbc1804496b1d6b"
    "d4330021d8a3de3797d13e2dcc4d5c9ad88bb77d2335a5ceebd2ef34f7ec8e6981ee477dab124ab5874bad50"
    "6612541e02462ca80cb85f2474d0d83c4a2ae7beb1f3886f608da0b8b0a0a7732a2fe262e30a0d477d42d3a6"
    "a19e8a4fc64619b2664c803cb0637d199a6256fb8026e4db87d0bb7dc87c950f746fe626eb39b2f91258f80a"
    "40cc519ac9d03a96c516e0f1e87c1ffc29bef1b1f2185cb7236e2c7828209fe2cf0fcc7ed60b6a69a3617141"
    "76d0a9afdb6b36cb383c9bfd5dc7f15cebc89110c2f5f3ef83d9bf4e17")
# format 1 (305 bytes, parameters in clear, t=1 m=8 MiB p=2 — not a preset): slot 1 "old vault"
FORMAT_1 = bytes.fromhex(
    "01000000010000200000000002b0f72d1d8bce055eed6cabb68588fb516465666768696a6b6c6d6e6f707172"
    "737475767778797a7b7c7d7e7f80818203d55d6853350d866b93fbbd9aab9cf6b2d28eaefb4e920a25afcc81"
    "34e1cf7784b2a0df09e846ab409275ffac509c407dca4a3ed08ee0e639e06a48a6490ec30de064339e827407"
    "a9c3c79b385da5f4581381e45648c93cf939854ba7cb89c9667e4c5225fc167cf65b3b425d2bade0b850e121"
    "c06c67c652bbae343a0451875b2d5948e5c459bf96216e03de330a470d9b4c84828f898a59e4e2889b6baadc"
    "50236146f5b087790ef3cfe2255043b0618fca39a1cfe42c86eb5fd3fe763b8c2d641ceef57cb422f52399cc"
    "c5e2094c2e2cb63c7377663aba183cf0fc90f575f0e3081841513473d040623da9752bbf7a2619785d")


def test_a_format_2_header_of_this_release_still_opens() -> None:
    header = Header.from_bytes(FORMAT_2)
    assert header.params == kdf.KdfParams.for_tests() and header.size == 293
    assert header.attempt_public_key == ATTEMPT_KEY
    duress = header.unlock("correct horse")
    assert (bytes(duress.data_key), duress.target, duress.slot) == (bytes(range(32)), 1, 2)
    main = header.unlock("правільна")
    assert (bytes(main.data_key), main.target, main.slot) == (bytes(range(32, 64)), 0, 0)
    with pytest.raises(WrongPassphrase):
        header.unlock("correct horse ")


def test_a_format_1_header_still_opens_and_stays_format_1() -> None:
    header = Header.from_bytes(FORMAT_1)
    assert header.params == kdf.KdfParams(1, 8 * 1024, 2) and not header.hidden
    opened = header.unlock("old vault")
    assert (bytes(opened.data_key), opened.target, opened.slot) == (bytes(range(64, 96)), 0, 1)
    assert header.to_bytes() == FORMAT_1  # its own parameters: only format 1 can say them


def test_rewritten_format_2_keeps_its_size_and_its_slots() -> None:
    header = Header.from_bytes(FORMAT_2)
    again = Header.from_bytes(header.to_bytes())
    assert len(header.to_bytes()) == 293 and again.slots == header.slots
    assert again.unlock("правільна").slot == 0


@pytest.mark.parametrize(("size", "ok"), [(0, False), (292, False), (293, True), (1024, True),
                                          (1025, False), (305, True)])
def test_format_2_size_limits(size: int, ok: bool) -> None:
    raw = (FORMAT_2 + bytes(2000))[:size]
    if size == 305:
        raw = b"\x02" + raw[1:]  # 305 bytes but not a format-1 version byte
    if ok:
        assert Header.from_bytes(raw).size == size
    else:
        with pytest.raises(VaultDamaged) as caught:
            Header.from_bytes(raw)
        assert caught.value.details.get("part") == "header"


def _format_1(version: int = 1, t: int = 1, m: int = 8 * 1024, p: int = 2) -> bytes:
    return keyslots._PREFIX.pack(version, t, m, p, FORMAT_1[13:29], ATTEMPT_KEY) + FORMAT_1[61:]


@pytest.mark.parametrize(("t", "m", "p"), [(1, 8, 1), (64, 4 * 1024 * 1024, 64), (3, 65536, 4)])
def test_format_1_parameters_inside_the_limits_are_read_as_written(t: int, m: int,
                                                                   p: int) -> None:
    assert Header.from_bytes(_format_1(1, t, m, p)).params == kdf.KdfParams(t, m, p)


@pytest.mark.parametrize(("version", "t", "m", "p"), [
    (2, 1, 8192, 2), (0, 1, 8192, 2), (1, 0, 8192, 2), (1, 65, 8192, 2), (1, 1, 7, 2),
    (1, 1, 4 * 1024 * 1024 + 1, 2), (1, 1, 8192, 0), (1, 1, 8192, 65)])
def test_outside_the_format_1_limits_it_is_format_2(version: int, t: int, m: int,
                                                    p: int) -> None:
    """Random bytes of the old size are read as format 2 (a preset), never as absurd Argon2
    parameters (a memory cost of gigabytes or zero passes)."""
    header = Header.from_bytes(_format_1(version, t, m, p))
    assert header.size == 305 and kdf.preset_index(header.params) is not None


def test_the_header_size_is_drawn_from_the_whole_range(monkeypatch) -> None:
    asked: list[int] = []

    def randbelow(n: int) -> int:
        asked.append(n)
        return n - 1

    monkeypatch.setattr(keyslots.secrets, "randbelow", randbelow)
    assert keyslots._random_size() == keyslots.MAX_SIZE_2 == 1024
    assert asked == [1024 - 293 + 1]
    monkeypatch.setattr(keyslots.secrets, "randbelow", lambda n: 0)
    assert keyslots._random_size() == keyslots.MIN_SIZE_2 == 293


def test_the_preset_byte_names_the_preset_whatever_its_random_top_bits(monkeypatch) -> None:
    header = Header.from_bytes(FORMAT_2)
    for index in (0, 1, 17, 31):
        header.params = kdf.PRESETS[index]
        for top in range(8):
            monkeypatch.setattr(keyslots.secrets, "randbelow", lambda n, top=top: top % n)
            raw = header.to_bytes()
            assert raw[keyslots._PRESET_AT] >> 5 == top
            assert Header.from_bytes(raw).params == kdf.PRESETS[index]


def test_the_attempt_keys_spare_bit_is_random_and_ignored(monkeypatch) -> None:
    header = Header.from_bytes(FORMAT_2)
    monkeypatch.setattr(keyslots.secrets, "randbelow", lambda n: n - 1)
    raw = header.to_bytes()
    assert raw[47] & 0x80 and Header.from_bytes(raw).attempt_public_key == ATTEMPT_KEY
    monkeypatch.setattr(keyslots.secrets, "randbelow", lambda n: 0)
    assert not header.to_bytes()[47] & 0x80


def test_when_two_slots_open_the_main_journal_wins_and_the_other_key_is_wiped(
        monkeypatch) -> None:
    header = Header.new(kdf.KdfParams.for_tests(), ATTEMPT_KEY)
    header.set_slot(1, "same", bytes([1]) * 32, keyslots.TARGET_ALTERNATE)
    header.set_slot(3, "same", bytes([2]) * 32, keyslots.TARGET_MAIN)
    opened = header.unlock("same")
    assert (opened.slot, opened.target, bytes(opened.data_key)) == (3, 0, bytes([2]) * 32)
    kek = header.derive("same")
    seen: list[bytearray] = []
    real_wipe = kdf.wipe

    def wipe(buffer: bytearray) -> None:
        seen.append(bytearray(buffer))
        real_wipe(buffer)

    monkeypatch.setattr(kdf, "wipe", wipe)
    header.open_with_key(kek)
    assert seen == [bytearray([1]) * 32]  # the duress key, not the one handed back


def test_cleared_slot_no_longer_opens_and_looks_like_the_others() -> None:
    header = Header.from_bytes(FORMAT_2)
    header.clear_slot(2)
    assert len(header.slots[2]) == len(header.slots[0]) == 61
    with pytest.raises(WrongPassphrase):
        header.unlock("correct horse")


def test_a_missing_header_file_is_damage_of_the_header(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged) as caught:
        Header.read(tmp_path / "gone")
    assert caught.value.details == {"part": "header"}
    (tmp_path / "h").write_bytes(FORMAT_2)
    assert Header.read(tmp_path / "h").unlock("правільна").slot == 0
