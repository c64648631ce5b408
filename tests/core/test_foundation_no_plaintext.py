"""Nothing plaintext on disk (threat A2, requirements 2–4): after writing marker strings and an
attachment, no file in the vault folder, HOME or TMPDIR holds them — as UTF-8, UTF-16 or raw."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from safeplan.core import interchange
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

MARKERS = ["ZEBRACANARY4711", "Канарейка-маркер", "kanarejka ŭ і ў 🐦"]
ATTACHMENT_MARKER = b"ATTACHMENTCANARY-0451" * 2000


def _needles() -> list[bytes]:
    found = [ATTACHMENT_MARKER[:21]]
    for marker in MARKERS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(marker.encode(encoding))
    return found


def _leaks(folders: list[Path]) -> list[str]:
    leaks: list[str] = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                leaks.extend(f"{path.name}: {needle[:12]!r}" for needle in _needles()
                             if needle in raw)
    return leaks


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # forget the cached folder
    return tmp


def _write_everything(vault: Vault) -> None:
    journal = vault.journal
    person = journal.save("person", {"name": MARKERS[1], "notes": MARKERS[0]})
    for i in range(30):
        uid = journal.save("incident", {"title": f"{MARKERS[0]} {i}", "description": MARKERS[2],
                                        "words_said": MARKERS[1], "perpetrator_ids": [person]})
        journal.save("incident", {"title": f"{MARKERS[2]} edited {i}"}, uid)
    journal.save("message", {"text": MARKERS[1] * 50, "conversation": MARKERS[0],
                             "source": {"kind": "sms-xml", "original_id": MARKERS[2]}})
    journal.add_attachment(ATTACHMENT_MARKER, f"{MARKERS[0]}.txt", caption=MARKERS[1])
    journal.save_draft("incident:new", {"title": MARKERS[0]})
    vault.set_setting("note", MARKERS[1])
    dead = journal.save("incident", {"title": MARKERS[0] + " to be purged"})
    journal.delete(dead)
    journal.empty_trash()
    assert journal.count(Query(text=MARKERS[0])) > 0  # the search index holds them (encrypted)


def test_no_plaintext_anywhere(tmp_path: Path, private_home: Path, private_tmp: Path) -> None:
    path = tmp_path / "vault" / "data.db"
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    try:
        _write_everything(vault)
        backup = vault.backup(tmp_path / "stick")
        # While open (journal files and blobs on disk now) …
        assert _leaks([path.parent, private_home, private_tmp, backup.parent]) == []
    finally:
        vault.lock()
    # … and after lock, when every side file must be gone or encrypted.
    assert _leaks([path.parent, private_home, private_tmp, backup.parent]) == []
    # The attempt record and the duress journal's place (random bytes) are always there, so the
    # file set says nothing about a duress journal (issue 14.4).
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == [
        "data.db", "data.db-a", "data.db-h", "data.db-l", "data.db-x"]
    again = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    try:
        assert again.journal.count(Query(text=MARKERS[0])) > 0
    finally:
        again.lock()


def test_markers_are_found_when_really_there(tmp_path: Path) -> None:
    """The scan itself works: a JSON export (plaintext by design, where the user chose) is hit."""
    vault = Vault.create(tmp_path / "vault" / "data.db", "correct horse", kdf=KdfParams.for_tests())
    try:
        _write_everything(vault)
        out = tmp_path / "export"
        out.mkdir()
        interchange.write_json(vault.journal, out / "journal.json")
    finally:
        vault.lock()
    assert _leaks([out])
