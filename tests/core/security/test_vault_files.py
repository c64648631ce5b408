"""Issue 14.4: a vault's files must not say whether a duress journal exists, a backup must open
with the duress passphrase, and the duress journal's history must not be made in one second."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.errors import WrongPassphrase
from safeplan.core.journal.search import Query
from safeplan.core.vault import duress_files
from safeplan.core.vault.vault import Vault

DURESS = "duress words here"


def _shape(folder: Path) -> dict[str, int]:
    """Every name in the vault's folder with its size (folders: -1), not counting the lock."""
    return {p.name: (p.stat().st_size if p.is_file() else -1)
            for p in sorted(folder.iterdir()) if not p.name.endswith("-l")}


def _populate(journal: Any) -> None:
    journal.save("person", {"name": "Mum", "role": "trusted"})
    journal.save("incident", {"title": "Parking", "description": "The neighbour shouted."})
    journal.save("medical", {"kind": "gp", "facility": "Clinic", "findings": "ok"})


def test_same_files_and_sizes_with_and_without_a_duress_journal(make_vault: Any) -> None:
    vault = make_vault()
    folder = vault.path.parent
    before = _shape(folder)
    assert set(before) == {"data.db", "data.db-a", "data.db-b", "data.db-h", "data.db-x",
                           "data.db-xb"}
    low, high = duress_files.PLACEHOLDER_PAGES
    assert low * 4096 <= before["data.db-x"] <= high * 4096
    placeholder = hashlib.sha256((folder / "data.db-x").read_bytes()).hexdigest()
    vault.set_duress_passphrase(DURESS, populate=_populate)
    after = _shape(folder)
    assert after == before  # same names, same sizes (the header's size never changes)
    assert hashlib.sha256((folder / "data.db-x").read_bytes()).hexdigest() != placeholder
    vault.remove_duress_passphrase()
    assert _shape(folder) == before
    assert not any((folder / "data.db-xb").iterdir())
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, DURESS, sleep=lambda _: None)


def test_placeholder_looks_like_random_bytes(make_vault: Any) -> None:
    raw = (make_vault().path.parent / "data.db-x").read_bytes()
    counts = Counter(raw)
    assert len(raw) % 4096 == 0 and not raw.startswith(b"SQLite")
    assert max(counts.values()) < len(raw) / 256 * 1.5  # no byte value stands out


def test_backup_opens_with_the_duress_passphrase(make_vault: Any, tmp_path: Path) -> None:
    vault = make_vault()
    vault.set_duress_passphrase(DURESS, populate=_populate)
    vault.journal.save("incident", {"title": "real"})
    copy = vault.backup(tmp_path / "stick")
    assert _shape(copy.parent) == _shape(vault.path.parent)
    vault.lock()
    opened = Vault.unlock(copy, DURESS, sleep=lambda _: None)
    try:
        assert opened.journal.count(Query(kinds=("person",))) == 1
    finally:
        opened.lock()
    Vault.unlock(copy, "correct horse", sleep=lambda _: None).lock()


def test_restore_brings_the_duress_journal_back(make_vault: Any, tmp_path: Path) -> None:
    vault = make_vault()
    vault.set_duress_passphrase(DURESS, populate=_populate)
    copy = vault.backup(tmp_path / "stick")
    path = vault.path
    vault.lock()
    Vault.restore(copy, tmp_path / "elsewhere" / "data.db", "correct horse")
    opened = Vault.unlock(tmp_path / "elsewhere" / "data.db", DURESS, sleep=lambda _: None)
    try:
        assert opened.journal.count(Query(kinds=("incident",))) == 1
        assert "record-tampered" not in [e.event for e in opened.access_events()]
    finally:
        opened.lock()
    assert path.exists()


def test_duress_history_is_spread_over_weeks_and_starts_with_created(make_vault: Any) -> None:
    vault = make_vault()
    vault.set_duress_passphrase(DURESS, populate=_populate)
    path = vault.path
    vault.lock()
    opened = Vault.unlock(path, DURESS, sleep=lambda _: None)
    try:
        times = [e.recorded_at for kind in ("person", "incident", "medical")
                 for e in opened.journal.list(Query(kinds=(kind,)))]
        assert len(set(times)) == 3  # not all in the same second
        days = sorted({t[:10] for t in times})
        events = opened.access_events()
        assert events[0].event == "created"
        assert events[0].at < min(times)
        assert sum(1 for e in events if e.event == "unlock") >= len(days)
    finally:
        opened.lock()


def test_create_interrupted_leaves_no_side_files(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from safeplan.core.vault import vault as vault_module

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    from safeplan.core.storage.kdf import KdfParams

    monkeypatch.setattr(vault_module.keyslots.Header, "write", broken)  # the very last step
    folder = tmp_path / "v"
    with pytest.raises(KeyboardInterrupt):
        Vault.create(folder / "data.db", "correct horse", kdf=KdfParams.for_tests())
    assert not folder.exists()


@pytest.mark.parametrize("seed", range(200))
def test_spread_clock_for_any_draw(seed: int) -> None:
    """Seeded draws, so the property holds for every draw, not only for a lucky one."""
    import random
    from datetime import datetime, timedelta, timezone

    now = datetime(2026, 12, 6, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    clock = duress_files.SpreadClock(now=now, rng=random.Random(seed))
    times = [clock() for _ in range(10)]
    assert times == sorted(times) and len(set(times)) == 10
    assert clock.created < times[0]
    assert now - timedelta(days=75) <= clock.created and times[-1] < now
    assert all(8 <= t.hour <= 21 for t in times)
