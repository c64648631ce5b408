"""End to end: every sample into a real SQLCipher vault; re-import adds nothing; bad input adds nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from safeplan.core.errors import Cancelled, InvalidInput
from safeplan.core.importers import detect_format, parse_file
from safeplan.core.interchange import import_document
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault
from tests.core.importers.conftest import all_sample_files

# Options each sample needs: a zone for files with local times, salvage for the cut-off backup.
OPTIONS: dict[str, dict[str, object]] = {
    "DM_2A_7M.json": {"tz": "America/Sao_Paulo"},
    "sms_and_mms.xml": {"salvage": True},
}


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = Vault.create(tmp_path / "v.db", "pw", kdf=KdfParams.for_tests())
    yield v
    v.lock()


def _count(vault: Vault, kind: str) -> int:
    return vault.journal.count(Query(kinds=(kind,)))


@pytest.mark.parametrize("path", all_sample_files())
def test_every_sample_imports_once(vault: Vault, path: Path) -> None:
    fmt = detect_format(path)
    options = {"tz": "Europe/Minsk", **OPTIONS.get(path.name, {})}
    with parse_file(path, fmt, **options) as batch:  # type: ignore[arg-type]
        # unreadable items are entries of their own (issue 13.4), counted apart in the summary
        expected = batch.summary.message_count + batch.summary.unreadable_count
        report = import_document(vault.journal, batch.document,
                                 open_attachment=batch.open_attachment)
    assert report.added.get("message", 0) == expected == _count(vault, "message")
    raw_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    stored = vault.journal.attachment_by_sha256(raw_sha)
    assert stored is not None and vault.journal.read_attachment(stored) == path.read_bytes()
    attachments = _count(vault, "attachment")
    messages = vault.journal.list(Query(kinds=("message",)))
    assert all(m.content["source"]["file_sha256"] == raw_sha for m in messages)
    # The same file again — parsed afresh, as a user would — adds nothing at all.
    with parse_file(path, fmt, **options) as again:  # type: ignore[arg-type]
        second = import_document(vault.journal, again.document,
                                  open_attachment=again.open_attachment)
    assert second.total_added == 0
    assert (_count(vault, "message"), _count(vault, "attachment")) == (expected, attachments)
    assert vault.journal.verify_chain().ok


def test_telegram_facts_survive_the_vault(vault: Vault, samples: Path) -> None:
    path = samples / "telegram" / "DM_2A_7M.json"
    with parse_file(path, "telegram", tz="America/Sao_Paulo") as batch:
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    entries = vault.journal.list(Query(kinds=("message",)))
    call = next(e for e in entries if e.content["source"]["original_id"] == "3674")
    assert call.content.get("service", "") == "phone_call"
    assert call.content["sent_at"] == "2023-08-10T23:11:02-03:00"
    assert call.content["source"]["location"] == "messages[7]"
    assert call.content["details"]["duration_seconds"] == 56


def test_longer_whatsapp_export_adds_only_new_messages(vault: Vault, tmp_path: Path,
                                                       samples: Path) -> None:
    full = (samples / "whatsapp" / "WhatsApp Chat - Group_NoMedia 2019 RU.txt").read_bytes()
    lines = full.split(b"\n")
    early = tmp_path / "early" / "WhatsApp Chat - Group_NoMedia 2019 RU.txt"
    early.parent.mkdir()
    early.write_bytes(b"\n".join(lines[:6]) + b"\n")
    with parse_file(early, "whatsapp", tz="Europe/Moscow") as first:
        assert import_document(vault.journal, first.document,
                               open_attachment=first.open_attachment).added["message"] == 6
    later = tmp_path / "later" / "WhatsApp Chat - Group_NoMedia 2019 RU.txt"
    later.parent.mkdir()
    later.write_bytes(full)
    with parse_file(later, "whatsapp", tz="Europe/Moscow") as second:
        report = import_document(vault.journal, second.document,
                                 open_attachment=second.open_attachment)
    assert report.added["message"] == 7 and _count(vault, "message") == 13


@pytest.mark.parametrize("name,content,fmt", [
    ("result.json", b'{"name": "A", "messages": [{"id": 1, "date_unixtime": "1", "text": "a"},',
     "telegram"),
    ("sms.xml", b"<smses><sms address='1' date='1' type='1' body='a'/><sms ", "sms-xml"),
    ("chat.txt", b"not a chat at all\n", "whatsapp"),
    ("x.eml", b"\x00\x01\x02", "eml"),
    ("x.jpg", b"\xff\xd8\xff garbage", "image"),
])
def test_malformed_file_imports_nothing(vault: Vault, tmp_path: Path, name: str,
                                        content: bytes, fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    head = vault.journal.chain_head()
    with pytest.raises(InvalidInput) as err:
        parse_file(path, fmt, tz="UTC")
    assert err.value.file_name == name
    assert _count(vault, "message") == _count(vault, "attachment") == 0
    assert vault.journal.chain_head() == head


def test_cancelled_import_leaves_the_vault_as_it_was(vault: Vault, tmp_path: Path) -> None:
    msgs = [{"id": i, "type": "message", "date_unixtime": str(1700000000 + i), "from": "A",
             "from_id": "user1", "text": f"m{i}"} for i in range(50)]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "A", "messages": msgs}))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] >= 2  # after the raw file went in, while messages are written

    with parse_file(path, "telegram") as batch, pytest.raises(Cancelled):
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment,
                        cancelled=cancel)
    assert _count(vault, "message") == _count(vault, "attachment") == 0


def test_sender_linked_to_a_person_in_the_preview(vault: Vault, samples: Path) -> None:
    path = samples / "whatsapp" / "Chat WhatsApp s kontaktom Dmitry S RU Android.txt"
    with parse_file(path, "whatsapp", tz="Europe/Moscow") as batch:
        batch.link_person("Dmitry S", {"name": "Dmitry S.", "role": "perpetrator",
                                       "relationship": "former partner"})
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    (person,) = vault.journal.list(Query(kinds=("person",)))
    linked = vault.journal.list(Query(kinds=("message",), person_uid=person.uid))
    assert len(linked) == 51 and all(m.content["sender"] == "Dmitry S" for m in linked)
