"""The vault: creation, unlock, wrong passphrase, damage, locking, slots, backup/restore."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from safeplan.core.errors import VaultBusy, VaultDamaged, VaultExists, WrongPassphrase
from safeplan.core.journal.search import Query
from safeplan.core.storage import attempts
from safeplan.core.storage.kdf import KdfParams, calibrate
from safeplan.core.vault.vault import Vault, VaultFiles


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_create_unlock_round_trip(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    uid = vault.journal.save("incident", {"title": "Kitchen", "description": "He shouted"})
    path = vault.path
    vault.lock()
    assert not vault.is_open
    again = Vault.unlock(path, "correct horse")
    try:
        assert again.journal.get(uid).content["title"] == "Kitchen"
    finally:
        again.lock()


def test_files_are_private(make_vault) -> None:
    vault = make_vault()
    vault.journal.add_attachment(b"photo bytes", "a.jpg")
    files = vault.files
    for path in (files.db, files.header):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(files.blobs.stat().st_mode) == 0o700
    assert stat.S_IMODE(files.db.parent.stat().st_mode) == 0o700


def test_no_plaintext_header_or_identifying_names(make_vault) -> None:
    vault = make_vault()
    raw = vault.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for path in vault.path.parent.rglob("*"):
        assert "safeplan" not in path.name.lower()
    assert b"safeplan" not in vault.files.header.read_bytes().lower()


def test_wrong_passphrase_leaves_files_identical(make_vault) -> None:
    vault = make_vault()
    vault.journal.save("incident", {"title": "x"})
    vault.journal.add_attachment(b"a" * 5000, "a.bin")
    path = vault.path
    vault.lock()
    before = _snapshot(path.parent)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "wrong horse", sleep=lambda _: None)
    after = _snapshot(path.parent)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed == {path.name + "-a"}  # only the sealed attempt log
    log = (path.parent / (path.name + "-a")).read_bytes()
    assert b"wrong horse" not in log


def test_failed_attempts_are_shown_after_unlock_and_delay_grows(make_vault) -> None:
    vault = make_vault()
    path = vault.path
    vault.lock()
    slept: list[float] = []
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(path, "nope", sleep=slept.append)
    assert slept == [0.0, 0.0, 0.0, 2.0]
    assert Vault.pending_delay(path) == 4.0
    opened = Vault.unlock(path, "correct horse", sleep=slept.append)
    try:
        events = [e.event for e in opened.access_events()]
        assert events.count("failed") == 4
        assert events[-1] == "unlock"
    finally:
        opened.lock()
    # Recorded inside the vault at lock; the sealed log is then cleared (no more delay).
    assert attempts.failed_count(opened.files.attempts) == 0
    assert Vault.pending_delay(path) == 0.0
    again = Vault.unlock(path, "correct horse")
    try:
        assert [e.event for e in again.access_events()].count("failed") == 4
    finally:
        again.lock()


def test_second_process_gets_busy(make_vault) -> None:
    vault = make_vault()
    with pytest.raises(VaultBusy):
        Vault.unlock(vault.path, "correct horse")


def test_refuses_to_overwrite(make_vault) -> None:
    vault = make_vault()
    with pytest.raises(VaultExists):
        Vault.create(vault.path, "x", kdf=KdfParams.for_tests())


@pytest.mark.parametrize("damage", ["truncate_header", "flip_header", "truncate_db", "flip_db"])
def test_damage_is_reported_not_crashed(make_vault, damage: str) -> None:
    vault = make_vault()
    for i in range(50):
        vault.journal.save("incident", {"title": f"entry {i}", "description": "x" * 500})
    path, files = vault.path, vault.files
    vault.lock()
    if damage == "truncate_header":
        files.header.write_bytes(files.header.read_bytes()[:100])
    elif damage == "flip_header":
        raw = bytearray(files.header.read_bytes())
        raw[20] ^= 0xFF  # inside the salt: every slot's authenticated data changes
        files.header.write_bytes(bytes(raw))
    elif damage == "truncate_db":
        files.db.write_bytes(files.db.read_bytes()[:3000])
    else:
        raw = bytearray(files.db.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        files.db.write_bytes(bytes(raw))
    before = _snapshot(path.parent)
    if damage == "flip_header":
        with pytest.raises(WrongPassphrase):
            Vault.unlock(path, "correct horse", sleep=lambda _: None)
        return
    try:
        opened = Vault.unlock(path, "correct horse")
    except VaultDamaged:
        pass
    else:
        try:
            report = opened.check()
            assert not report.ok and report.problems
        finally:
            opened.lock()
    after = _snapshot(path.parent)
    assert {k: v for k, v in before.items() if not k.endswith("-a")} == {
        k: v for k, v in after.items() if not k.endswith("-a")}


def test_change_passphrase(make_vault) -> None:
    vault = make_vault()
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.change_passphrase(path, "not it", "new one")
    Vault.change_passphrase(path, "correct horse", "new one")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "correct horse", sleep=lambda _: None)
    Vault.unlock(path, "new one").lock()


def test_recovery_code_opens_and_resets(make_vault) -> None:
    vault = make_vault()
    code = vault.create_recovery_code()
    path = vault.path
    vault.lock()
    Vault.unlock(path, code).lock()
    Vault.change_passphrase(path, code, "fresh start")
    Vault.unlock(path, "fresh start").lock()
    Vault.unlock(path, code).lock()  # the code still works for the trusted person


def test_duress_opens_separate_journal_and_real_wins_when_equal(make_vault) -> None:
    vault = make_vault()
    vault.journal.save("incident", {"title": "real entry"})

    def fill(journal) -> None:  # type: ignore[no-untyped-def]
        journal.save("incident", {"title": "shopping list argument"})

    vault.set_duress_passphrase("calm day", fill)
    path = vault.path
    vault.lock()
    decoy = Vault.unlock(path, "calm day")
    try:
        titles = [e.content["title"] for e in decoy.journal.list(Query(kinds=("incident",)))]
        assert titles == ["shopping list argument"]
    finally:
        decoy.lock()
    real = Vault.unlock(path, "correct horse")
    real.set_duress_passphrase("correct horse")  # equal passphrases: the real one must win
    real.lock()
    again = Vault.unlock(path, "correct horse")
    try:
        assert [e.content["title"] for e in again.journal.list(Query(kinds=("incident",)))] == [
            "real entry"]
    finally:
        again.lock()


def test_backup_restore_identical(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    for i in range(20):
        vault.journal.save("incident", {"title": f"t{i}"})
    att = vault.journal.add_attachment(os.urandom(3 * 1024 * 1024 + 7), "video.mp4")
    head = vault.journal.chain_head()
    original = vault.journal.read_attachment(att)
    backup = vault.backup(tmp_path / "stick")
    path = vault.path
    vault.lock()
    raw = bytearray(path.read_bytes())
    raw[5000] ^= 0xFF
    path.write_bytes(bytes(raw))
    kept = Vault.restore(backup, path, "correct horse")
    assert kept is not None and (kept / path.name).exists()  # damaged copy kept, not destroyed
    restored = Vault.unlock(path, "correct horse")
    try:
        assert restored.journal.chain_head() == head
        assert restored.journal.count(Query(kinds=("incident",))) == 20
        assert restored.journal.read_attachment(att) == original
        assert restored.check().ok
    finally:
        restored.lock()


def test_calibration_never_below_floor() -> None:
    ticks = iter(range(1000))
    params = calibrate(1.0, timer=lambda: next(ticks) * 0.001,
                       derive=lambda p, s, k: bytearray(32))
    assert params.meets_floor


def test_vault_files_names() -> None:
    files = VaultFiles(Path("/x/data.db"))
    assert files.header.name == "data.db-h" and files.blobs.name == "data.db-b"


def test_change_own_passphrase_while_open(make_vault) -> None:
    vault = make_vault()
    with pytest.raises(WrongPassphrase):
        vault.change_own_passphrase("not it", "new one")
    vault.change_own_passphrase("correct horse", "new one")
    path = vault.path
    vault.lock()
    Vault.unlock(path, "new one").lock()


def test_restore_refuses_an_open_vault(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    backup = vault.backup(tmp_path / "stick")
    with pytest.raises(VaultBusy):
        Vault.restore(backup, vault.path, "correct horse")
    assert vault.journal.chain_head()  # still open and usable


def test_draft_from_another_thread_waits_for_a_transaction(make_vault) -> None:
    import threading

    vault = make_vault()
    journal = vault.journal
    started, release = threading.Event(), threading.Event()

    def import_then_fail() -> None:
        try:
            with journal.transaction():
                journal.save("incident", {"title": "imported"})
                started.set()
                release.wait(5)
                raise RuntimeError("import cancelled")
        except RuntimeError:
            pass

    worker = threading.Thread(target=import_then_fail)
    worker.start()
    started.wait(5)
    saver = threading.Thread(target=lambda: journal.save_draft("incident:new", {"title": "typing"}))
    saver.start()
    release.set()
    worker.join(5)
    saver.join(5)
    assert journal.load_draft("incident:new") == {"title": "typing"}  # not rolled back
    assert journal.count(Query(kinds=("incident",))) == 0


def test_restore_from_backup_while_open(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    vault.journal.save("incident", {"title": "kept in the backup"})
    backup = vault.backup(tmp_path / "stick")
    vault.journal.save("incident", {"title": "after the backup"})
    with pytest.raises(WrongPassphrase):
        vault.restore_from_backup(backup, "wrong")
    assert vault.is_open  # a failed check changes nothing
    kept = vault.restore_from_backup(backup, "correct horse")
    assert not vault.is_open and kept is not None
    again = Vault.unlock(vault.path, "correct horse")
    try:
        titles = [e.content["title"] for e in again.journal.list(Query(kinds=("incident",)))]
        assert titles == ["kept in the backup"]
    finally:
        again.lock()


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+05:00"])
def test_out_of_range_times_are_bad_input_not_a_crash(make_vault, when: str) -> None:
    from safeplan.core import interchange
    from safeplan.core.errors import InvalidInput

    vault = make_vault()
    document = {"format": "safeplan-journal", "version": 1,
                "incidents": [{"id": "i1", "title": "x", "occurred_at": when}]}
    with pytest.raises(InvalidInput) as caught:
        interchange.import_document(vault.journal, document)
    assert caught.value.where == "incidents[0].occurred_at"
    with pytest.raises(InvalidInput):
        vault.journal.save("incident", {"occurred_at": when})
    assert vault.journal.count(Query(kinds=("incident",))) == 0


def test_leftovers_of_an_interrupted_save_are_removed_on_the_next_write(make_vault) -> None:
    vault = make_vault()
    kept = vault.journal.add_attachment(b"evidence", "photo.jpg")
    path, blobs = vault.path, vault.files.blobs
    vault.lock()
    (blobs / ("ab" * 16)).write_bytes(b"orphan ciphertext")  # as a kill before COMMIT leaves it
    (blobs / (".%s.part" % ("cd" * 16))).write_bytes(b"half written")
    again = Vault.unlock(path, "correct horse")
    try:
        assert len(list(blobs.iterdir())) == 3  # unlocking alone writes (and deletes) nothing
        again.journal.save("incident", {"title": "next save"})
        assert len(list(blobs.iterdir())) == 1
        assert again.journal.read_attachment(kept) == b"evidence"
    finally:
        again.lock()
