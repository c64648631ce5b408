"""Argon2id key derivation: parameters, calibration and the derivation itself.

Requirement 1 (THREAT_MODEL.md): calibrated at vault creation to about one second, never below
t=3, p=4, m=64 MiB. The documented floor, used only when the machine cannot allocate 64 MiB, is
t=4, p=1, m=32 MiB. ``for_tests()`` gives cheap parameters that only tests may use: the CLI never
offers them except behind an explicit ``--insecure-test-kdf`` flag meant for test suites.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32
SALT_BYTES = 16

MIN_TIME_COST = 3
MIN_LANES = 4
MIN_MEMORY_KIB = 64 * 1024
FLOOR = (4, 32 * 1024, 1)  # (time_cost, memory_kib, lanes) when 64 MiB cannot be allocated
MAX_MEMORY_KIB = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``time_cost`` passes over ``memory_kib`` KiB with ``lanes`` lanes."""

    time_cost: int = MIN_TIME_COST
    memory_kib: int = MIN_MEMORY_KIB
    lanes: int = MIN_LANES

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters for the test suite only — far below the security floor."""
        return cls(time_cost=1, memory_kib=8 * 1024, lanes=1)

    @property
    def meets_floor(self) -> bool:
        return (
            self.time_cost >= MIN_TIME_COST
            and self.lanes >= MIN_LANES
            and self.memory_kib >= MIN_MEMORY_KIB
        )


_PRESET_MEMORY = tuple(mib * 1024 for mib in (64, 128, 256, 512, 1024))
_PRESET_TIME = (3, 4, 5, 6, 8, 10)

# Issue 14.10: the header no longer stores the parameters; it names one of these 32 presets
# (keyslots.py). Index 0 is the tests' cheap preset, 1 the documented floor, then every pair of
# memory and passes the calibration below can choose — and which earlier releases chose.
PRESETS: tuple[KdfParams, ...] = (
    KdfParams.for_tests(),
    KdfParams(time_cost=FLOOR[0], memory_kib=FLOOR[1], lanes=FLOOR[2]),
    *(KdfParams(t, m, MIN_LANES) for m in _PRESET_MEMORY for t in _PRESET_TIME),
)


def preset_index(params: KdfParams) -> int | None:
    try:
        return PRESETS.index(params)
    except ValueError:
        return None


def snap_to_preset(params: KdfParams) -> KdfParams:
    """The strongest preset not above ``params`` in memory and passes (never below the floor)."""
    if preset_index(params) is not None:
        return params
    memory = max([m for m in _PRESET_MEMORY if m <= params.memory_kib] or [_PRESET_MEMORY[0]])
    passes = max([t for t in _PRESET_TIME if t <= params.time_cost] or [_PRESET_TIME[0]])
    return KdfParams(passes, memory, MIN_LANES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 256-bit key-encryption key. The passphrase is used exactly as typed (no
    normalisation: the same bytes must always give the same key)."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.time_cost,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(passphrase.encode("utf-8")))


def calibrate(
    target_seconds: float = 1.0,
    *,
    timer: Callable[[], float] = time.perf_counter,
    derive: Callable[[str, bytes, KdfParams], bytearray] = derive_key,
) -> KdfParams:
    """Choose parameters taking about ``target_seconds`` on this machine, never below the floor.

    Memory grows first (it is what makes GPU cracking expensive), then passes.
    """
    params = KdfParams()
    try:
        elapsed = _time_once(params, timer, derive)
    except MemoryError:
        floor = KdfParams(time_cost=FLOOR[0], memory_kib=FLOOR[1], lanes=FLOOR[2])
        return floor
    while elapsed < target_seconds * 0.5 and params.memory_kib < MAX_MEMORY_KIB:
        try:
            candidate = KdfParams(params.time_cost, params.memory_kib * 2, params.lanes)
            elapsed = _time_once(candidate, timer, derive)
        except MemoryError:
            break
        params = candidate
    if 0 < elapsed < target_seconds * 0.8:
        scale = target_seconds / elapsed
        params = KdfParams(max(MIN_TIME_COST, round(params.time_cost * scale)), params.memory_kib,
                           params.lanes)
    return snap_to_preset(params)


def _time_once(
    params: KdfParams,
    timer: Callable[[], float],
    derive: Callable[[str, bytes, KdfParams], bytearray],
) -> float:
    start = timer()
    key = derive("calibration", bytes(SALT_BYTES), params)
    elapsed = timer() - start
    wipe(key)
    return elapsed


def wipe(buffer: bytearray) -> None:
    """Overwrite key bytes in place (as far as Python allows: immutable copies may remain)."""
    for i in range(len(buffer)):
        buffer[i] = 0

