"""Issue 12 item 6: every column a court export prints is bound by the hash chain.

Each test edits one column directly in the real SQLCipher database, the way someone with the
passphrase and an SQL shell could, and expects the chain check and ``vault check`` to fail and
to name the entry. The last tests fail if the revision time or the entry id were left out of the
hashed record.
"""

from __future__ import annotations

import pytest

from safeplan.core.journal import chain
from safeplan.core.journal.search import Query


@pytest.fixture
def vault(make_vault):  # type: ignore[no-untyped-def]
    v = make_vault()
    j = v.journal
    v.uid = j.save("incident", {"title": "hit me", "description": "facts", "severity": 4,
                                "occurred_at": "2024-03-12T21:05:00+03:00"})
    j.save("incident", {"title": "hit me", "description": "facts, more", "severity": 5}, v.uid)
    v.other = j.save("incident", {"title": "second"})
    v.gone = j.save("incident", {"title": "deleted one"})
    j.delete(v.gone)
    v.photo = j.add_attachment(b"photo", "p.jpg")
    assert j.verify_chain().ok and v.check().ok
    v.ref = j.get(v.uid).ref
    return v


def _entry_id(vault, uid: str) -> int:  # type: ignore[no-untyped-def]
    return int(vault.connection.execute("SELECT id FROM entries WHERE uid=?", (uid,)).fetchone()[0])


def _assert_named(vault, *names: str) -> None:  # type: ignore[no-untyped-def]
    report = vault.journal.verify_chain()
    assert not report.ok, "the chain check stayed green after a printed column was edited"
    assert any(n and n in report.message for n in names), report.message
    check = vault.check()
    assert not check.ok
    assert any(any(n and n in p for n in names) for p in check.problems), check.problems


ENTRY_EDITS = {
    "recorded_at": "UPDATE entries SET recorded_at='2020-01-01T10:00:00+03:00' WHERE id=?",
    "updated_at": "UPDATE entries SET updated_at='2020-01-01T10:00:00+03:00' WHERE id=?",
    "rev_id (shows an older version)": "UPDATE entries SET rev_id=rev_id-1 WHERE id=?",
    "revision_count": "UPDATE entries SET revision_count=1 WHERE id=?",
    "deleted_at (hidden in the trash)":
        "UPDATE entries SET deleted_at='2024-05-01T10:00:00+03:00' WHERE id=?",
    "ref": "UPDATE entries SET ref='1999-0001' WHERE id=?",
    "kind": "UPDATE entries SET kind='legal' WHERE id=?",
}


@pytest.mark.parametrize("column", sorted(ENTRY_EDITS))
def test_editing_an_entry_column_breaks_the_chain_naming_the_entry(vault, column) -> None:  # type: ignore[no-untyped-def]
    vault.connection.execute(ENTRY_EDITS[column], (_entry_id(vault, vault.uid),))
    _assert_named(vault, vault.uid, vault.ref)


def test_restoring_from_the_trash_by_sql_is_caught(vault) -> None:  # type: ignore[no-untyped-def]
    vault.connection.execute("UPDATE entries SET deleted_at=NULL WHERE uid=?", (vault.gone,))
    _assert_named(vault, vault.gone)


def test_renumbering_an_exhibit_is_caught(vault) -> None:  # type: ignore[no-untyped-def]
    assert vault.journal.get(vault.photo).ref == "E-0001"
    vault.connection.execute("UPDATE entries SET ref='E-0007' WHERE uid=?", (vault.photo,))
    _assert_named(vault, vault.photo)


REVISION_EDITS = {
    "content": "UPDATE revisions SET content=json_set(content, '$.severity', 2) WHERE id=?",
    "recorded_at": "UPDATE revisions SET recorded_at='2020-01-01T10:00:00+03:00' WHERE id=?",
    "action": "UPDATE revisions SET action='create' WHERE id=?",
    "seq": "UPDATE revisions SET seq=7 WHERE id=?",
}


@pytest.mark.parametrize("column", sorted(REVISION_EDITS))
def test_editing_a_revision_column_breaks_the_chain_naming_the_entry(vault, column) -> None:  # type: ignore[no-untyped-def]
    rev = vault.connection.execute(
        "SELECT max(id) FROM revisions WHERE entry_id=?", (_entry_id(vault, vault.uid),)
    ).fetchone()[0]
    vault.connection.execute(REVISION_EDITS[column], (rev,))
    _assert_named(vault, vault.uid, vault.ref)


def test_changing_the_entry_id_breaks_the_chain(vault) -> None:  # type: ignore[no-untyped-def]
    vault.connection.execute("UPDATE entries SET uid=? WHERE uid=?", ("f" * 24, vault.uid))
    _assert_named(vault, "f" * 24, vault.ref)


def test_revision_time_and_entry_id_are_inside_the_record_hash() -> None:
    """Fails if record_hash ever stops covering the entry id or the revision's time."""
    base = chain.record_hash("a" * 24, "incident", 1, "create", "2024-03-12T21:05:00+03:00",
                             b'{"title":"x"}')
    assert base != chain.record_hash("b" * 24, "incident", 1, "create",
                                     "2024-03-12T21:05:00+03:00", b'{"title":"x"}')
    assert base != chain.record_hash("a" * 24, "incident", 1, "create",
                                     "2024-03-12T21:05:01+03:00", b'{"title":"x"}')


def test_references_are_permanent_and_follow_the_chain(vault) -> None:  # type: ignore[no-untyped-def]
    j = vault.journal
    year = j.get(vault.uid).recorded_at[:4]
    assert [j.get(u).ref for u in (vault.uid, vault.other)] == [f"{year}-0001", f"{year}-0002"]
    j.save("incident", {"title": "edited"}, vault.other)
    assert j.get(vault.other).ref == f"{year}-0002"  # an edit never renumbers
    assert j.save("person", {"name": "N"}) and j.save("medical", {"facility": "H"})
    last = j.list(Query(kinds=("medical",)))[0]
    assert last.ref == f"{year}-0004"  # the deleted entry keeps its number 0003
    assert j.verify_chain().ok


def test_migration_numbers_an_existing_vault_by_the_chain(vault) -> None:  # type: ignore[no-untyped-def]
    """A vault written before references existed (schema 1) gets the numbers the chain implies."""
    from safeplan.core.storage import schema

    conn = vault.connection
    before = {u: vault.journal.get(u).ref for u in (vault.uid, vault.other, vault.photo)}
    conn.execute("DROP INDEX entries_ref")
    conn.execute("ALTER TABLE entries DROP COLUMN ref")
    conn.execute("PRAGMA user_version = 1")
    assert schema.migrate(conn) == 1
    assert {u: vault.journal.get(u).ref for u in before} == before
    assert vault.journal.verify_chain().ok
