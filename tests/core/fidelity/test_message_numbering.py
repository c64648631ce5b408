"""Message numbers are kept by the journal: given once, bound by the hash chain, never reused,
never renumbered; an existing vault keeps the numbers its last full export printed.

The export side (the same citation in full and filtered PDFs, CSVs, manifests) is in
test_message_citations.py, whose small chats these tests reuse. Real SQLCipher vaults; edits are
made in the database file the way someone with the passphrase and an SQL shell could.
"""

from __future__ import annotations

from datetime import date

import pytest

from safeplan.core.export import ChronologyOptions
from safeplan.core.interchange import export_document, import_document
from safeplan.core.journal.search import Query
from tests.core.fidelity.test_message_citations import (
    FIRST,
    LATER,
    TEXTS,
    _document,
    _export,
    _msg,
    _pdf_citations,
    _vault,
)

# -- the hash chain binds the numbers -------------------------------------------------------


def test_editing_a_message_number_in_the_database_is_caught(make_vault) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    conn = vault.connection
    uid = next(m.uid for m in vault.journal.list(Query(kinds=("message",)))
               if m.content["text"] == "WATHREE")
    conn.execute("UPDATE entries SET ref='C1.0099' WHERE uid=?", (uid,))
    report = vault.journal.verify_chain()
    assert not report.ok and uid in report.message and "C1.0099" in report.message
    check = vault.check()
    assert not check.ok and any(uid in p for p in check.problems), check.problems


def test_swapping_two_message_numbers_is_caught(make_vault) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    conn = vault.connection
    rows = dict(conn.execute("SELECT ref, uid FROM entries WHERE ref IN ('C1.0001', 'C1.0002')"))
    conn.execute("UPDATE entries SET ref=NULL WHERE uid=?", (rows["C1.0001"],))
    conn.execute("UPDATE entries SET ref='C1.0001' WHERE uid=?", (rows["C1.0002"],))
    conn.execute("UPDATE entries SET ref='C1.0002' WHERE uid=?", (rows["C1.0001"],))
    assert not vault.journal.verify_chain().ok and not vault.check().ok


def test_editing_the_numbering_record_breaks_the_chain(make_vault) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    conn = vault.connection
    rev_id, content = conn.execute(
        "SELECT r.id, r.content FROM revisions r JOIN entries e ON e.id = r.entry_id"
        " WHERE e.kind = 'citations' ORDER BY r.id DESC LIMIT 1").fetchone()
    forged = bytes(content).replace(b"C1.0001", b"C1.0002", 1)
    assert forged != bytes(content)
    conn.execute("UPDATE revisions SET content=? WHERE id=?", (forged, rev_id))
    report = vault.journal.verify_chain()
    assert not report.ok and "the record of message numbers" in report.message, report.message
    assert not vault.check().ok


def test_numbers_survive_the_trash_and_are_never_reused(make_vault) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(make_vault)
    j = vault.journal
    last = next(m.uid for m in j.list(Query(kinds=("message",))) if m.content["text"] == "WAFOUR")
    j.delete(last)
    j.empty_trash()
    import_document(j, _document([_msg("w5", "WAFIVE", "2024-03-11T09:00:00+03:00", "whatsapp",
                                       "Viktor", "pv", position=5)]), source_name="more.json")
    five = next(m for m in j.list(Query(kinds=("message",))) if m.content["text"] == "WAFIVE")
    assert five.ref == "C1.0005"  # 0004 belonged to the purged message
    assert j.verify_chain().ok and vault.check().ok
    # a message typed in by hand is numbered too, in its conversation
    uid = j.save("message", {"text": "typed", "channel": "sms", "conversation": "+375291112233",
                             "sent_at": "2024-03-12T10:00:00+03:00",
                             "source": {"kind": "manual"}})
    assert j.get(uid).ref == "C3.0003"
    j.save("message", {**j.get(uid).content, "text": "typed, corrected"}, uid)
    assert j.get(uid).ref == "C3.0003" and j.verify_chain().ok  # an edit never renumbers


# -- existing vaults --------------------------------------------------------------------------


def test_an_existing_vault_keeps_the_numbers_its_last_full_export_printed(
        make_vault, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A vault written before citations were stored (schema 2, the old insert path) gets, once,
    the numbers a full export of the old program printed, and they are bound by the chain."""
    from safeplan.core.export.data import build
    from safeplan.core.journal import citations as citations_module
    from safeplan.core.storage import schema
    from safeplan.core.vault.vault import Vault

    # the old insert path: messages were saved without a number
    monkeypatch.setattr(citations_module.Citations, "next", lambda self, uid, content: None)
    vault = _vault(make_vault)
    j = vault.journal
    j.save("message", {"text": "PRIVATE", "channel": "whatsapp", "private": True,
                       "conversation": "Viktor", "sent_at": "2024-03-01T09:00:00+03:00"})
    trashed = j.save("message", {"text": "TRASHED", "channel": "sms",
                                 "conversation": "+375291112233",
                                 "sent_at": "2024-03-01T09:00:00+03:00"})
    j.delete(trashed)
    monkeypatch.undo()
    conn = vault.connection
    assert conn.execute("SELECT count(*) FROM entries WHERE kind='message' AND ref IS NOT NULL"
                        ).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM entries WHERE kind='citations'").fetchone()[0] == 0
    conn.execute("PRAGMA user_version = 2")
    # what the old program printed in a full export: the 1…N numbering of a file without refs
    old = build(export_document(j, include_data=False), ChronologyOptions(), lambda _: [])
    printed = {m.content["text"]: m.citation for c in old.conversations for m in c.messages}
    assert printed["WAONE"] == "C1.0001" and printed["SMSTWO"] == "C3.0002"
    path = vault.path
    vault.lock()

    reopened = Vault.unlock(path, "correct horse")
    assert schema.migrate(reopened.connection) == schema.SCHEMA_VERSION
    numbers = {m.content["text"]: m.ref for m in reopened.journal.list(Query(kinds=("message",)))}
    assert {t: numbers[t] for t in printed} == printed
    # left out of that export, numbered after: her private message, then the one in the trash
    assert numbers["PRIVATE"] == "C1.0005"
    assert reopened.journal.get(trashed).ref == "C3.0003"
    assert reopened.journal.verify_chain().ok and reopened.check().ok
    text, _ = _export(reopened, tmp_path / "migrated", date_from=date(2024, 3, 4))
    assert _pdf_citations(text, TEXTS) == {t: printed[t] for t in _pdf_citations(text, TEXTS)}
    reopened.lock()
    again = Vault.unlock(path, "correct horse")  # once: a second opening changes nothing
    assert {m.content["text"]: m.ref for m in again.journal.list(Query(kinds=("message",)))} \
        == numbers
    assert again.journal.verify_chain().ok
    again.lock()


def test_a_cancelled_import_gives_no_number_away(make_vault) -> None:  # type: ignore[no-untyped-def]
    from safeplan.core.errors import Cancelled

    vault = make_vault()
    calls = iter([False, True])  # people saved, then cancelled after the messages were saved
    with pytest.raises(Cancelled):
        import_document(vault.journal, _document(FIRST), cancelled=lambda: next(calls, True))
    assert vault.journal.count(Query(kinds=("message",))) == 0
    import_document(vault.journal, _document(FIRST))
    numbers = {m.content["text"]: m.ref for m in vault.journal.list(Query(kinds=("message",)))}
    assert numbers["WAONE"] == "C1.0001" and numbers["SMSTWO"] == "C3.0002"
    assert vault.journal.verify_chain().ok and vault.check().ok


def test_a_large_block_is_written_in_pieces_and_each_is_bound(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The newest revision is read at every unlock: a block of numbers is split into records of
    RECORD_SIZE pairs (here 3), never one record of megabytes."""
    from safeplan.core.journal import citations

    monkeypatch.setattr(citations, "RECORD_SIZE", 3)
    vault = _vault(make_vault)
    conn = vault.connection
    pieces = [bytes(c) for (c,) in conn.execute(
        "SELECT r.content FROM revisions r JOIN entries e ON e.id = r.entry_id"
        " WHERE e.kind = 'citations' ORDER BY r.id")]
    assert len(pieces) == 3 and [p.count(b'"C') for p in pieces] == [3, 3, 2]
    assert b"conversations" in pieces[-1] and vault.journal.verify_chain().ok
    path = vault.path
    vault.lock()
    from safeplan.core.vault.vault import Vault

    reopened = Vault.unlock(path, "correct horse")  # the state is read back from the pieces
    import_document(reopened.journal, _document(LATER), source_name="older.json")
    numbers = {m.content["text"]: m.ref for m in reopened.journal.list(Query(kinds=("message",)))}
    assert numbers["WALATER"] == "C1.0006" and numbers["VIBERONE"] == "C4.0001"
    assert reopened.journal.verify_chain().ok and reopened.check().ok
    rev_id, content = reopened.connection.execute(
        "SELECT r.id, r.content FROM revisions r JOIN entries e ON e.id = r.entry_id"
        " WHERE e.kind = 'citations' ORDER BY r.id LIMIT 1 OFFSET 1").fetchone()
    reopened.connection.execute("UPDATE revisions SET content=? WHERE id=?",
                                (bytes(content).replace(b"C1.0004", b"C1.0009"), rev_id))
    assert not reopened.journal.verify_chain().ok
    reopened.lock()
