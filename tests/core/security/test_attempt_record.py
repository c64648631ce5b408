"""Issue 14.7: the failed-attempt record (``data.db-a``) and its growing delay could be silenced by
deleting the file or pointing it at /dev/null. Links and special files are refused, and a record
removed, replaced, put back from an older copy or cut short is noticed and reported on unlock."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.errors import WrongPassphrase
from safeplan.core.storage import attempts
from safeplan.core.vault.vault import Vault

PASS = "correct horse"


def _fail(path: Path, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(path, "wrong words", sleep=lambda _: None)


def _events_after_unlock(path: Path, passphrase: str = PASS) -> list[str]:
    vault = Vault.unlock(path, passphrase, sleep=lambda _: None)
    try:
        return [e.event for e in vault.access_events()]
    finally:
        vault.lock()


def _new_events(path: Path, passphrase: str = PASS) -> list[str]:
    """Events of this opening: everything after the previous "unlock"."""
    events = _events_after_unlock(path, passphrase)
    last = max((i for i, e in enumerate(events[:-1]) if e in ("unlock", "created")), default=-1)
    return events[last + 1:]


@pytest.fixture
def vault_path(make_vault: Any) -> Path:
    vault = make_vault()
    path = vault.path
    vault.lock()
    return path


def test_untouched_record_reports_failures_and_no_tampering(vault_path: Path) -> None:
    _fail(vault_path, 2)
    assert _new_events(vault_path) == ["failed", "failed", "unlock"]
    assert _new_events(vault_path) == ["unlock"]  # shown once


def test_deleted_record_is_reported(vault_path: Path) -> None:
    _fail(vault_path, 3)
    os.unlink(f"{vault_path}-a")
    assert "record-tampered" in _new_events(vault_path)
    assert "record-tampered" not in _new_events(vault_path)  # a new record was started


def test_deleted_then_new_failures_is_reported(vault_path: Path) -> None:
    _fail(vault_path, 3)
    os.unlink(f"{vault_path}-a")
    _fail(vault_path, 1)  # a fresh file with one record: not a genuine epoch first
    events = _new_events(vault_path)
    assert "record-tampered" in events and events.count("failed") == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_link_to_dev_null_is_refused_and_reported(vault_path: Path) -> None:
    record = Path(f"{vault_path}-a")
    record.unlink()
    record.symlink_to(os.devnull)
    _fail(vault_path, 4)
    assert not record.is_symlink() and record.is_file()  # replaced by a regular file
    assert attempts.failed_count(record) >= 3
    assert Vault.pending_delay(vault_path) > 0  # the delay is not silenced
    events = _new_events(vault_path)
    assert "record-tampered" in events and events.count("failed") == 4


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_never_used(vault_path: Path) -> None:
    record = Path(f"{vault_path}-a")
    record.unlink()
    os.mkfifo(record)
    assert attempts.failed_count(record) == 0
    _fail(vault_path, 1)  # must not block on the pipe
    assert record.is_file()
    assert "record-tampered" in _new_events(vault_path)


def test_older_copy_put_back_is_reported(vault_path: Path) -> None:
    record = Path(f"{vault_path}-a")
    old = record.read_bytes()  # a genuine epoch, saved by someone
    _events_after_unlock(vault_path)  # she opens it: a new epoch starts
    _fail(vault_path, 3)
    record.write_bytes(old)  # the saved copy put back to hide the three tries
    assert attempts.failed_count(record) == 0
    assert "record-tampered" in _new_events(vault_path)


def test_cut_short_is_reported(vault_path: Path, make_vault: Any) -> None:
    """Failures already shown to the duress journal and then cut from the file are noticed by
    it (the real journal starts a new epoch each time, so it needs only the epoch)."""
    vault = Vault.unlock(vault_path, PASS, sleep=lambda _: None)
    vault.set_duress_passphrase("duress words here")
    vault.lock()
    _fail(vault_path, 2)
    assert _new_events(vault_path, "duress words here") == ["failed", "failed", "unlock"]
    record = Path(f"{vault_path}-a")
    record.write_bytes(record.read_bytes()[:attempts.RECORD_SIZE * 2])
    assert "record-tampered" in _new_events(vault_path, "duress words here")


def test_duress_journal_shows_the_same_failures(vault_path: Path) -> None:
    """Issue 14.4: the duress journal used to say nobody ever tried."""
    vault = Vault.unlock(vault_path, PASS, sleep=lambda _: None)
    vault.set_duress_passphrase("duress words here")
    vault.lock()
    _fail(vault_path, 2)
    assert _new_events(vault_path, "duress words here").count("failed") == 2
    assert _new_events(vault_path).count("failed") == 2  # the real journal still sees them
    _fail(vault_path, 1)
    assert _new_events(vault_path, "duress words here").count("failed") == 1


def test_forged_epoch_with_the_public_key_only_is_not_accepted(vault_path: Path) -> None:
    """Anyone can seal a failure record to the public key, but not an epoch record."""
    record = Path(f"{vault_path}-a")
    record.unlink()
    header = Path(f"{vault_path}-h")
    from safeplan.core.storage.keyslots import Header

    attempts.append_failure(record, Header.read(header).attempt_public_key)
    assert "record-tampered" in _new_events(vault_path)
