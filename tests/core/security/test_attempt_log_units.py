"""Requirement 10 and issue 14.7, attempts.py by itself: the growing delay, the count read
without the key, the sealed records read back, and each tampering rule at its edge. The bugs a
mutation of it plants and the vault-level tests did not notice: a delay that starts one failure
early or late or is not capped at a minute, the epoch record counted as a failure, a partial
record counted, a damaged record ending the reading of all later ones, a newer epoch reported
as tampering, "cut short" decided with <= instead of <."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from safeplan.core.storage import attempts
from safeplan.core.storage.attempts import RECORD_SIZE, AttemptLog, LogState


def _keys(seed: int = 7) -> tuple[bytes, bytes]:
    private = X25519PrivateKey.from_private_bytes(bytes([seed]) * 32)
    return (private.private_bytes_raw(),
            private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


@pytest.mark.parametrize(("failures", "seconds"), [
    (0, 0.0), (1, 0.0), (2, 0.0), (3, 2.0), (4, 4.0), (5, 8.0), (7, 32.0), (8, 60.0), (50, 60.0),
])
def test_delay_grows_after_two_mistakes_and_stops_at_a_minute(failures: int,
                                                               seconds: float) -> None:
    assert attempts.delay_seconds(failures) == seconds


def test_records_read_back_oldest_first_and_counted_without_the_key(tmp_path: Path) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    assert attempts.failed_count(log) == 0
    attempts.start_epoch(log, private, 3)
    assert log.stat().st_size == RECORD_SIZE and attempts.failed_count(log) == 0
    for at in (1_700_000_000, 1_700_000_100.9, 1_700_000_200):
        attempts.append_failure(log, public, at)
    assert log.stat().st_size == 4 * RECORD_SIZE
    assert attempts.failed_count(log) == 3
    read = attempts.read_log(log, private)
    assert read == AttemptLog(True, 3, [1_700_000_000, 1_700_000_100, 1_700_000_200])
    assert attempts.read_failures(log, private) == read.failures
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_time_is_now_when_not_given(tmp_path: Path, monkeypatch) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    attempts.start_epoch(log, private, 1)
    monkeypatch.setattr(attempts.time, "time", lambda: 1_234_567_890.7)
    attempts.append_failure(log, public)
    assert attempts.read_log(log, private).failures == [1_234_567_890]


def test_a_cut_off_record_is_not_counted(tmp_path: Path) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    attempts.start_epoch(log, private, 1)
    attempts.append_failure(log, public, 10)
    attempts.append_failure(log, public, 20)
    log.write_bytes(log.read_bytes()[:-1])
    assert attempts.failed_count(log) == 1
    assert attempts.read_log(log, private).failures == [10]
    log.write_bytes(b"x" * (RECORD_SIZE - 1))
    assert attempts.failed_count(log) == 0
    assert attempts.read_log(log, private) == AttemptLog(True, None, [])


def test_a_damaged_record_is_skipped_and_the_later_ones_still_read(tmp_path: Path) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    attempts.start_epoch(log, private, 1)
    for at in (10, 20, 30):
        attempts.append_failure(log, public, at)
    raw = bytearray(log.read_bytes())
    raw[2 * RECORD_SIZE + 50] ^= 1  # the second failure's sealed time
    log.write_bytes(bytes(raw))
    assert attempts.read_log(log, private).failures == [10, 30]
    raw = bytearray(log.read_bytes())
    raw[RECORD_SIZE + 40] ^= 1  # the first failure's nonce
    log.write_bytes(bytes(raw))
    assert attempts.read_log(log, private).failures == [30]


def test_records_of_another_vault_are_not_read(tmp_path: Path) -> None:
    private, public = _keys(7)
    other_private, other_public = _keys(9)
    log = tmp_path / "a"
    attempts.start_epoch(log, private, 1)
    attempts.append_failure(log, other_public, 10)
    attempts.append_failure(log, public, 20)
    assert attempts.read_log(log, private) == AttemptLog(True, 1, [20])
    read = attempts.read_log(log, other_private)  # its epoch is not the other vault's either
    assert read.epoch is None and read.failures == [10]


def test_without_a_genuine_epoch_every_record_is_read_as_a_failure(tmp_path: Path) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    attempts.append_failure(log, public, 10)
    attempts.append_failure(log, public, 20)
    assert attempts.read_log(log, private) == AttemptLog(True, None, [10, 20])


def test_a_new_epoch_replaces_the_record(tmp_path: Path) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    attempts.start_epoch(log, private, 1)
    attempts.append_failure(log, public, 10)
    attempts.start_epoch(log, private, 2)
    assert attempts.read_log(log, private) == AttemptLog(True, 2, [])
    first, second = log.read_bytes(), None
    attempts.start_epoch(log, private, 2)
    second = log.read_bytes()
    assert first != second  # sealed afresh each time: copies cannot be matched by eye


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_links_are_replaced_never_followed(tmp_path: Path) -> None:
    private, public = _keys()
    target = tmp_path / "elsewhere"
    target.write_bytes(b"hers")
    log = tmp_path / "a"
    log.symlink_to(target)
    assert attempts.failed_count(log) == 0
    assert attempts.read_log(log, private) == AttemptLog(False, None, [])
    attempts.append_failure(log, public, 10)
    assert not log.is_symlink() and target.read_bytes() == b"hers"
    assert attempts.read_log(log, private).failures == [10]
    log.unlink()
    log.symlink_to(target)
    attempts.start_epoch(log, private, 4)
    assert not log.is_symlink() and target.read_bytes() == b"hers"
    assert attempts.read_log(log, private).epoch == 4


def test_a_failure_on_an_unwritable_place_does_not_stop_unlocking(tmp_path: Path) -> None:
    _, public = _keys()
    attempts.append_failure(tmp_path / "no folder" / "a", public, 10)  # no exception


@pytest.mark.parametrize(("log", "last", "tampered"), [
    (AttemptLog(True, 2, [1, 2]), None, False),           # before epochs: nothing to compare
    (AttemptLog(False, None, []), LogState(2, 0), True),  # removed
    (AttemptLog(True, None, [1]), LogState(2, 0), True),  # replaced by a forgery
    (AttemptLog(True, 1, [1, 2, 3]), LogState(2, 0), True),  # an older copy put back
    (AttemptLog(True, 3, []), LogState(2, 5), False),     # a newer epoch: she started it
    (AttemptLog(True, 2, [1]), LogState(2, 2), True),     # cut short
    (AttemptLog(True, 2, [1, 2]), LogState(2, 2), False),  # as it was
    (AttemptLog(True, 2, [1, 2, 3]), LogState(2, 2), False),  # new failures
])
def test_tampering_rules(log: AttemptLog, last: LogState | None, tampered: bool) -> None:
    assert log.tampered_since(last) is tampered


def test_new_failures_are_those_not_yet_shown() -> None:
    log = AttemptLog(True, 2, [10, 20, 30])
    assert log.new_failures(LogState(2, 1)) == [20, 30]
    assert log.new_failures(LogState(2, 3)) == []
    assert log.new_failures(LogState(1, 2)) == [10, 20, 30]  # another epoch: all are new
    assert log.new_failures(None) == [10, 20, 30]
    assert LogState(5).seen == 0


# -- the format is frozen: a record written by this release is read by every later one -------

FROZEN = bytes.fromhex(  # start_epoch(…, 5) then append_failure(…, 1_700_000_000), key seed 7
    "a738b90de1d53029267e8d08e66bb9d4a74b4328f01086c6d83f7cdb77f4e5326373736f2f4c9779451fe0b5"
    "48a151fbf35eae30f961485bc2a0c7af943604bb641dcc36807042c8489b72ef98f995956d3d614bc4b75523"
    "c921a6461e03712576c636151f34be0fac6e9c100e044b835616b0bbb622208ec18d3b1d4cc8f3bb4fada13c"
    "2c044905")


def test_a_record_of_this_release_is_still_read(tmp_path: Path) -> None:
    private, _ = _keys(7)
    log = tmp_path / "a"
    log.write_bytes(FROZEN)
    assert attempts.read_log(log, private) == AttemptLog(True, 5, [1_700_000_000])


# -- a link or a pipe swapped in after the check is still not followed -------------------------
# The check (lstat) and the open are two steps; O_NOFOLLOW and O_NONBLOCK keep the open safe if
# something replaces the file in between. The tests make the check miss it, as a race would.

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links and pipes (POSIX)")


@posix_only
def test_a_link_swapped_in_before_a_failure_is_written_is_not_followed(tmp_path: Path,
                                                                       monkeypatch) -> None:
    _, public = _keys()
    victim = tmp_path / "hers.txt"
    victim.write_bytes(b"hers")
    log = tmp_path / "a"
    log.symlink_to(victim)
    monkeypatch.setattr(attempts.os.path, "lexists", lambda path: False)  # the check missed it
    attempts.append_failure(log, public, 10)
    assert victim.read_bytes() == b"hers"


@posix_only
def test_a_link_swapped_in_before_reading_is_not_followed(tmp_path: Path, monkeypatch) -> None:
    private, public = _keys()
    elsewhere = tmp_path / "older copy"
    attempts.start_epoch(elsewhere, private, 1)
    attempts.append_failure(elsewhere, public, 10)
    log = tmp_path / "a"
    log.symlink_to(elsewhere)
    monkeypatch.setattr(attempts, "_regular", lambda path: os.stat(path))  # the check missed it
    assert attempts.read_log(log, private) == AttemptLog(False, None, [])


@posix_only
def test_a_pipe_swapped_in_never_blocks_unlocking(tmp_path: Path, monkeypatch) -> None:
    private, public = _keys()
    log = tmp_path / "a"
    os.mkfifo(log)
    monkeypatch.setattr(attempts.os.path, "lexists", lambda path: False)
    attempts.append_failure(log, public, 10)  # no reader: must not wait for one
    monkeypatch.setattr(attempts, "_regular", lambda path: os.stat(path))
    assert attempts.read_log(log, private).failures == []  # no writer: must not wait either


@posix_only
def test_a_new_record_file_is_owner_only(tmp_path: Path) -> None:
    _, public = _keys()
    old = os.umask(0)
    try:
        attempts.append_failure(tmp_path / "a", public, 10)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o600
