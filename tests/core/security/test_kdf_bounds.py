"""Requirement 1, the edges the mutation audit found unchecked in kdf.py: the calibration's
thresholds (double the memory below half the target, scale the passes below 0.8 of it), the
1 GiB ceiling never exceeded even for one trial (a weak laptop must not be asked for 2 GiB),
timing measured as a difference (a clock that does not start at zero), and the snap to the
strongest preset not above what was measured, never below the floor."""

from __future__ import annotations

import pytest

from safeplan.core.storage import kdf
from safeplan.core.storage.kdf import KdfParams
from tests.core.security.test_kdf_calibration import Machine

MIB = 1024


@pytest.mark.parametrize(("given", "expected"), [
    (KdfParams(7, 512 * MIB, 4), KdfParams(6, 512 * MIB, 4)),     # passes snap down
    (KdfParams(3, 100 * MIB, 4), KdfParams(3, 64 * MIB, 4)),      # memory snaps down
    (KdfParams(4, 128 * MIB, 4), KdfParams(4, 128 * MIB, 4)),     # on a preset: kept
    (KdfParams(9, 256 * MIB, 8), KdfParams(8, 256 * MIB, 4)),     # lanes back to four
    (KdfParams(20, 4096 * MIB, 4), KdfParams(10, 1024 * MIB, 4)),  # above all: the strongest
    (KdfParams(2, 32 * MIB, 2), KdfParams(3, 64 * MIB, 4)),       # below all: the floor
    (KdfParams(11, 1023 * MIB, 4), KdfParams(10, 512 * MIB, 4)),
    (KdfParams(4, 100 * MIB, 4), KdfParams(4, 64 * MIB, 4)),      # passes already a preset's
    (kdf.PRESETS[0], kdf.PRESETS[0]), (kdf.PRESETS[1], kdf.PRESETS[1]),  # presets kept as is
])
def test_snap_to_the_strongest_preset_not_above(given: KdfParams, expected: KdfParams) -> None:
    snapped = kdf.snap_to_preset(given)
    assert snapped == expected and kdf.preset_index(snapped) is not None


def test_presets_keep_their_places() -> None:
    """The header names a preset by its index: reordering them opens no old vault."""
    assert kdf.PRESETS[0] == KdfParams(1, 8 * MIB, 1) == KdfParams.for_tests()
    assert kdf.PRESETS[1] == KdfParams(4, 32 * MIB, 1)
    assert kdf.PRESETS[2] == KdfParams(3, 64 * MIB, 4) == KdfParams()
    assert kdf.PRESETS[7] == KdfParams(10, 64 * MIB, 4)
    assert kdf.PRESETS[8] == KdfParams(3, 128 * MIB, 4)
    assert kdf.PRESETS[-1] == KdfParams(10, 1024 * MIB, 4)
    assert len(kdf.PRESETS) == 32 and len(set(kdf.PRESETS)) == 32
    assert kdf.preset_index(KdfParams(3, 64 * MIB, 2)) is None


def test_floor() -> None:
    assert KdfParams().meets_floor
    assert not KdfParams(2, 64 * MIB, 4).meets_floor
    assert not KdfParams(3, 64 * MIB - 1, 4).meets_floor
    assert not KdfParams(3, 64 * MIB, 3).meets_floor
    assert not KdfParams.for_tests().meets_floor and not kdf.PRESETS[1].meets_floor


def test_a_fast_machine_never_tries_more_than_one_gib() -> None:
    machine = Machine(0.001)
    kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert max(p.memory_kib for p in machine.tried) == kdf.MAX_MEMORY_KIB


@pytest.mark.parametrize(("seconds_at_floor", "doubles"), [(0.45, True), (0.55, False)])
def test_memory_doubles_only_below_half_the_target(seconds_at_floor: float,
                                                   doubles: bool) -> None:
    # 64 MiB × 3 passes takes seconds_at_floor
    machine = Machine(seconds_at_floor / (3 * 64 / 1024))
    kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert (len(machine.tried) > 1) is doubles
    if doubles:
        assert machine.tried[1] == KdfParams(3, 128 * MIB, 4)


@pytest.mark.parametrize(("seconds_at_floor", "passes"), [(0.75, 4), (0.85, 3)])
def test_passes_grow_only_below_four_fifths_of_the_target(seconds_at_floor: float,
                                                          passes: int) -> None:
    machine = Machine(seconds_at_floor / (3 * 64 / 1024))
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen == KdfParams(passes, 64 * MIB, 4)


def test_a_longer_target_chooses_more_passes() -> None:
    machine = Machine(0.5 / (3 * 64 / 1024))  # 0.5 s at the floor: not doubled for 1 s
    slow = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    machine = Machine(0.5 / (3 * 64 / 1024))
    longer = kdf.calibrate(1.5, timer=machine.timer, derive=machine.derive)
    assert slow == KdfParams(6, 64 * MIB, 4)  # 3 × 1.0/0.5
    assert longer.memory_kib == 128 * MIB  # 0.5 < 0.75: memory doubles first


def test_time_is_a_difference_on_any_clock() -> None:
    machine = Machine(4.0)
    machine.now = 86_400.0  # perf_counter does not start at zero
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen == KdfParams(4, 64 * MIB, 4)


def test_a_clock_that_does_not_move_keeps_the_floor_passes() -> None:
    """Zero elapsed (a coarse clock): no division by zero, memory grows to the ceiling."""
    machine = Machine(0.0)
    chosen = kdf.calibrate(1.0, timer=machine.timer, derive=machine.derive)
    assert chosen == KdfParams(3, 1024 * MIB, 4)


def test_wipe_zeroes_every_byte() -> None:
    key = bytearray(b"\xff" * 33)
    kdf.wipe(key)
    assert key == bytearray(33)


def test_exactly_four_fifths_keeps_the_passes() -> None:
    ticks = iter([0.0, 0.8])
    chosen = kdf.calibrate(1.0, timer=lambda: next(ticks), derive=lambda p, s, k: bytearray(32))
    assert chosen == KdfParams(3, 64 * MIB, 4)


def test_the_default_target_is_one_second() -> None:
    machine = Machine(0.4)
    default = kdf.calibrate(timer=machine.timer, derive=machine.derive)
    assert default == KdfParams(5, 512 * MIB, 4)  # as for 1.0 s (test_kdf_calibration.py)


def test_calibration_runs_the_real_argon2id() -> None:
    """The timed derivation is a real one (a passphrase and a 16-byte salt Argon2id accepts); a
    slow clock keeps it to one derivation at the floor."""
    ticks = iter([0.0, 100.0])
    chosen = kdf.calibrate(1.0, timer=lambda: next(ticks))
    assert chosen == KdfParams(3, 64 * MIB, 4)
