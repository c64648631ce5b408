"""Disk full and write errors: a clear typed error, the previous state intact, no orphan files.

Two ways of making writes fail: ``FailingOS`` swapped into one core module (runs everywhere;
ENOSPC or EIO at the write, the fsync or the rename), and a real tiny tmpfs (as root only).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from safeplan.core import atomic, interchange
from safeplan.core.errors import StorageFull, WrongPassphrase
from safeplan.core.journal.search import Query
from safeplan.core.storage import blobs
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault import maintenance
from safeplan.core.vault.vault import Vault

from .faults import FailingOS, can_mount, files_under, fill, tiny_filesystem

STEPS = [("write", errno.ENOSPC), ("write", errno.EIO), ("fsync", errno.EIO),
         ("replace", errno.ENOSPC)]
IDS = ["write-ENOSPC", "write-EIO", "fsync-EIO", "rename-ENOSPC"]


def _state(vault: Vault) -> dict[str, Any]:
    journal = vault.journal
    return {"head": journal.chain_head(), "count": journal.count(Query()),
            "blobs": sorted(journal.attachment_blobs())}


def _filled(vault: Vault) -> None:
    for i in range(5):
        vault.journal.save("incident", {"title": f"before {i}", "description": "kept " * 50})
    vault.journal.add_attachment(os.urandom(300_000), "kept.jpg")


def _intact(vault: Vault, before: dict[str, Any]) -> None:
    assert _state(vault) == before
    report = vault.check()
    assert report.ok, report.problems
    assert not any("unused attachment" in n for n in report.notes), report.notes


@pytest.mark.parametrize(("step", "code"), STEPS, ids=IDS)
def test_attachment_write_fails(make_vault, monkeypatch: pytest.MonkeyPatch, step: str,
                                code: int) -> None:
    vault = make_vault()
    _filled(vault)
    before, files = _state(vault), files_under(vault.path.parent)
    failing = FailingOS(step, after_bytes=1_500_000, code=code)
    monkeypatch.setattr(blobs, "os", failing)
    with pytest.raises(StorageFull):
        vault.journal.add_attachment(os.urandom(3 * 1024 * 1024), "video.mp4")
    assert failing.fired
    monkeypatch.undo()
    assert files_under(vault.path.parent) == files  # no .part file, no orphan blob
    _intact(vault, before)
    vault.journal.add_attachment(b"after the stick was freed", "later.txt")  # still usable


@pytest.mark.parametrize(("step", "code"), STEPS, ids=IDS)
def test_attachment_inside_import_fails(make_vault, monkeypatch: pytest.MonkeyPatch, step: str,
                                        code: int) -> None:
    """The second attachment of an import fails: nothing of the import stays, blobs included."""
    import base64

    vault = make_vault()
    _filled(vault)
    before, files = _state(vault), files_under(vault.path.parent)
    datas = [os.urandom(200_000), os.urandom(2_000_000)]
    document = {"format": "safeplan-journal", "version": 1,
                "incidents": [{"id": "i1", "title": "imported", "attachment_ids": ["a1", "a2"]}],
                "attachments": [{"id": f"a{k + 1}", "file_name": f"{k}.bin",
                                 "sha256": hashlib.sha256(d).hexdigest(),
                                 "data_base64": base64.b64encode(d).decode()}
                                for k, d in enumerate(datas)]}
    monkeypatch.setattr(blobs, "os", FailingOS(step, after_bytes=1_000_000, code=code))
    with pytest.raises(StorageFull):
        interchange.import_document(vault.journal, document)
    monkeypatch.undo()
    assert files_under(vault.path.parent) == files
    _intact(vault, before)


@pytest.mark.parametrize(("step", "code"), STEPS, ids=IDS)
def test_header_write_fails(make_vault, monkeypatch: pytest.MonkeyPatch, step: str,
                            code: int) -> None:
    vault = make_vault()
    _filled(vault)
    path = vault.path
    vault.lock()
    header = vault.files.header.read_bytes()
    files = files_under(path.parent)
    monkeypatch.setattr(atomic, "os", FailingOS(step, code=code))
    with pytest.raises(StorageFull):
        Vault.change_passphrase(path, "correct horse", "brand new")
    monkeypatch.undo()
    assert vault.files.header.read_bytes() == header
    assert files_under(path.parent) == files  # no temp header left
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "brand new", sleep=lambda _: None)
    Vault.unlock(path, "correct horse", sleep=lambda _: None).lock()


def test_recovery_code_header_write_fails(make_vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = make_vault()
    header = vault.files.header.read_bytes()
    monkeypatch.setattr(atomic, "os", FailingOS("write"))
    with pytest.raises(StorageFull):
        vault.create_recovery_code()
    monkeypatch.undo()
    assert vault.files.header.read_bytes() == header
    vault.journal.save("incident", {"title": "still writable"})


@pytest.mark.parametrize("fail_at", [1, 2, 4])
def test_backup_write_fails(make_vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                            fail_at: int) -> None:
    """The n-th file copy fails: no half backup left on the stick, the vault goes on working."""
    vault = make_vault()
    _filled(vault)
    vault.journal.add_attachment(os.urandom(50_000), "second.jpg")
    before = _state(vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    real = maintenance._copy_file
    calls = 0

    def copy(src: Path, dst: Path) -> None:
        nonlocal calls
        calls += 1
        if calls == fail_at:
            with open(dst, "wb") as out:  # part of the file arrives, then the stick is full
                out.write(b"\0" * 1000)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(src, dst)

    monkeypatch.setattr(maintenance, "_copy_file", copy)
    with pytest.raises(StorageFull):
        vault.backup(stick)
    monkeypatch.undo()
    assert list(stick.iterdir()) == []
    _intact(vault, before)
    vault.journal.save("incident", {"title": "after"})  # the backup's transaction was closed
    assert vault.backup(stick).exists()


@pytest.mark.parametrize(("step", "code"), STEPS, ids=IDS)
def test_json_export_fails(make_vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                           step: str, code: int) -> None:
    vault = make_vault()
    _filled(vault)
    out = tmp_path / "out" / "journal.json"
    out.parent.mkdir()
    interchange.write_json(vault.journal, out)
    previous = out.read_bytes()
    vault.journal.save("incident", {"title": "newer"})
    # the streaming writer lives in interchange.exporting (write_json is re-exported)
    monkeypatch.setattr(interchange.exporting, "os",
                        FailingOS(step, after_bytes=100_000, code=code))
    with pytest.raises(StorageFull):
        interchange.write_json(vault.journal, out)
    monkeypatch.undo()
    assert out.read_bytes() == previous  # the earlier export is untouched
    assert sorted(p.name for p in out.parent.iterdir()) == ["journal.json"]
    json.loads(previous)


# -- a real tiny filesystem ------------------------------------------------------------------

needs_mount = pytest.mark.skipif(bool(can_mount()), reason=can_mount() or "ok")


@needs_mount
def test_tiny_disk_attachment_and_database(tmp_path: Path) -> None:
    """On a real full disk: the attachment, then plain saves, fail cleanly; reopening is fine."""
    with tiny_filesystem(tmp_path / "stick", 1024) as stick:
        path = stick / "vault" / "data.db"
        vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
        try:
            _filled(vault)
            before = _state(vault)
            files = files_under(stick)
            with pytest.raises(StorageFull):
                vault.journal.add_attachment(os.urandom(2 * 1024 * 1024), "too big.mp4")
            assert files_under(stick) == files
            _intact(vault, before)
            filler = fill(stick, leave_bytes=8192)
            saved = 0
            with pytest.raises(StorageFull):
                for i in range(2000):
                    vault.journal.save("incident", {"title": f"t{i}", "description": "x" * 4000})
                    saved += 1
            filler.unlink()
            # The next save must chain onto the last *committed* revision, not the failed one.
            vault.journal.save("incident", {"title": "after the disk was freed"})
            assert vault.journal.count(Query(kinds=("incident",))) == 5 + saved + 1
            assert vault.journal.verify_chain().ok
            assert vault.check().ok
            head = vault.journal.chain_head()
        finally:
            vault.lock()
        again = Vault.unlock(path, "correct horse", sleep=lambda _: None)
        try:
            assert again.journal.chain_head() == head
            assert again.check().ok
        finally:
            again.lock()


@needs_mount
def test_tiny_disk_header(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "stick", 512) as stick:
        path = stick / "vault" / "data.db"
        Vault.create(path, "correct horse", kdf=KdfParams.for_tests()).lock()
        filler = fill(stick)
        files = files_under(stick)
        with pytest.raises(StorageFull):
            Vault.change_passphrase(path, "correct horse", "brand new")
        assert files_under(stick) == files
        filler.unlink()
        Vault.unlock(path, "correct horse", sleep=lambda _: None).lock()


@needs_mount
def test_tiny_stick_backup_and_exports(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    _filled(vault)
    vault.journal.add_attachment(os.urandom(900_000), "big.jpg")
    before = _state(vault)
    with tiny_filesystem(tmp_path / "stick", 600) as stick:
        with pytest.raises(StorageFull):
            vault.backup(stick)
        assert list(stick.iterdir()) == []
        with pytest.raises(StorageFull):
            interchange.write_json(vault.journal, stick / "journal.json")
        assert list(stick.iterdir()) == []
        _intact(vault, before)


@needs_mount
def test_tiny_stick_pdf_export(make_vault, tmp_path: Path) -> None:
    """The court export writes PDF, manifest, CSV and bundle by rename: a full stick leaves none."""
    from safeplan.core.export import ChronologyOptions, export_chronology

    vault = make_vault()
    _filled(vault)
    for i in range(30):
        vault.journal.save("incident", {"title": f"entry {i}", "description": "words " * 300,
                                        "occurred_at": f"2024-03-{i % 28 + 1:02d}T10:00:00+03:00"})
    with tiny_filesystem(tmp_path / "stick", 64) as stick:
        with pytest.raises(StorageFull):
            export_chronology(vault, ChronologyOptions(), stick / "case.pdf",
                              csv_path=stick / "case.csv", bundle_path=stick / "case.zip")
        assert list(stick.iterdir()) == []


@pytest.mark.parametrize(("step", "code"), STEPS, ids=IDS)
def test_pdf_export_write_fails(make_vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                step: str, code: int) -> None:
    """Injected failures while writing the PDF, manifest, CSV and bundle: no file is left."""
    from safeplan.core.export import ChronologyOptions, chronology, export_chronology

    vault = make_vault()
    _filled(vault)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(chronology, "os", FailingOS(step, after_bytes=20_000, code=code))
    with pytest.raises(StorageFull):
        export_chronology(vault, ChronologyOptions(), out / "case.pdf",
                          csv_path=out / "case.csv", bundle_path=out / "case.zip")
    monkeypatch.undo()
    assert list(out.iterdir()) == []
