"""Requirement 1: calibration to about one second, never below the floor, on a preset (14.10).

A fake derivation whose "time" grows with memory × passes stands in for the machine, so every
branch of the calibration is checked exactly (no wall clock)."""

from __future__ import annotations

import pytest

from safeplan.core.storage import kdf
from safeplan.core.storage.kdf import KdfParams


class Machine:
    """Seconds per (GiB × pass); records what was tried."""

    def __init__(self, seconds_per_gib_pass: float, memory_limit_kib: int | None = None) -> None:
        self.rate = seconds_per_gib_pass
        self.limit = memory_limit_kib
        self.now = 0.0
        self.tried: list[KdfParams] = []

    def timer(self) -> float:
        return self.now

    def derive(self, passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        self.tried.append(params)
        if self.limit is not None and params.memory_kib > self.limit:
            raise MemoryError
        self.now += self.rate * params.time_cost * params.memory_kib / (1024 * 1024)
        return bytearray(32)


@pytest.mark.parametrize(("rate", "expected"), [
    (0.4, KdfParams(5, 512 * 1024, 4)),    # memory doubles to 512 MiB (0.6 s), passes scaled
    (4.0, KdfParams(4, 64 * 1024, 4)),     # slow: 64 MiB = 0.75 s, so passes 3 → 4
    (0.05, KdfParams(10, 1024 * 1024, 4)),  # fast: 1 GiB and many passes (capped at 10)
])
def test_calibration_targets_about_a_second_on_a_preset(rate: float, expected: KdfParams) -> None:
    machine = Machine(rate)
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert kdf.preset_index(chosen) is not None and chosen.meets_floor
    assert machine.tried[0] == KdfParams()  # starts at the floor of requirement 1
    assert chosen == expected


def test_memory_error_at_the_start_gives_the_documented_floor() -> None:
    machine = Machine(1.0, memory_limit_kib=32 * 1024)
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen == KdfParams(*kdf.FLOOR) == kdf.PRESETS[1]


def test_memory_error_later_keeps_the_last_that_worked() -> None:
    machine = Machine(0.1, memory_limit_kib=256 * 1024)
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen.memory_kib == 256 * 1024 and chosen.lanes == 4 and chosen.time_cost >= 3


def test_never_below_three_passes_even_when_slow() -> None:
    machine = Machine(40.0)  # 64 MiB × 3 passes = 7.5 s
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen == KdfParams(3, 64 * 1024, 4)


def test_calibration_key_is_wiped_and_derive_is_argon2id() -> None:
    seen: list[bytearray] = []

    def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        key = bytearray(b"\x01" * 32)
        seen.append(key)
        return key

    ticks = iter(range(100))
    kdf.calibrate(1.0, timer=lambda: float(next(ticks)), derive=derive)
    assert seen and all(k == bytearray(32) for k in seen)
    a = kdf.derive_key("p", bytes(16), KdfParams.for_tests())
    assert a == kdf.derive_key("p", bytes(16), KdfParams.for_tests())
    assert a != kdf.derive_key("q", bytes(16), KdfParams.for_tests())
    assert a != kdf.derive_key("p", bytes([1]) * 16, KdfParams.for_tests())
    assert a != kdf.derive_key("p", bytes(16), KdfParams(2, 8 * 1024, 1))
    assert len(a) == 32 and isinstance(a, bytearray)
