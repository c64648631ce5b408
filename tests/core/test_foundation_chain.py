"""The hash chain: trash and empty_trash keep it verifiable; a raw edit is found and named."""

from __future__ import annotations

import json

import pytest

from safeplan.core.journal.search import Query


@pytest.fixture
def vault(make_vault):  # type: ignore[no-untyped-def]
    v = make_vault()
    j = v.journal
    uids = [j.save("incident", {"title": f"entry {i}", "description": "facts"}) for i in range(6)]
    j.save("incident", {"title": "entry 1 corrected"}, uids[1])
    j.add_attachment(b"photo", "p.jpg")
    v.uids = uids
    return v


def test_trash_restore_and_empty_keep_the_chain(vault) -> None:  # type: ignore[no-untyped-def]
    j = vault.journal
    j.delete(vault.uids[2])
    j.delete(vault.uids[3])
    j.restore(vault.uids[3])
    assert j.verify_chain().ok
    head = j.chain_head()
    assert j.empty_trash() == 1
    assert j.chain_head() != head  # the purge itself is a revision in the chain
    report = j.verify_chain()
    assert report.ok and report.purged >= 2, report
    assert [r.action for r in j.history(vault.uids[3])] == ["create", "delete", "restore"]
    assert j.count(Query(kinds=("incident",))) == 5
    assert vault.check().ok


def _revision_of(vault, title: str) -> int:  # type: ignore[no-untyped-def]
    for rev_id, content in vault.connection.execute("SELECT id, content FROM revisions"):
        if content is not None and json.loads(content).get("title") == title:
            return int(rev_id)
    raise AssertionError(title)


def test_raw_update_of_content_is_named(vault) -> None:  # type: ignore[no-untyped-def]
    rev = _revision_of(vault, "entry 4")
    vault.connection.execute("UPDATE revisions SET content=? WHERE id=?",
                             (json.dumps({"title": "entry 4", "description": "nothing happened"}),
                              rev))
    report = vault.journal.verify_chain()
    assert not report.ok
    assert report.first_broken == f"revision {rev}"
    assert f"revision {rev}" in report.message and "changed" in report.message
    check = vault.check()
    assert not check.ok and any(f"revision {rev}" in p for p in check.problems)


def test_first_of_several_edits_is_named(vault) -> None:  # type: ignore[no-untyped-def]
    early, late = _revision_of(vault, "entry 2"), _revision_of(vault, "entry 5")
    for rev in (late, early):
        vault.connection.execute("UPDATE revisions SET content=json_set(content, '$.title', 'x')"
                                 " WHERE id=?", (rev,))
    assert vault.journal.verify_chain().first_broken == f"revision {early}"


def test_rewritten_hashes_still_break_the_link(vault) -> None:  # type: ignore[no-untyped-def]
    """Someone recomputes the edited row's record hash: the chain link after it breaks."""
    from safeplan.core.journal import chain

    rev = _revision_of(vault, "entry 0")
    row = vault.connection.execute(
        "SELECT e.uid, e.kind, r.seq, r.action, r.recorded_at FROM revisions r JOIN entries e"
        " ON e.id=r.entry_id WHERE r.id=?", (rev,)).fetchone()
    body = chain.canonical_json({"title": "entry 0", "description": "forged"})
    uid, kind, seq, action, at = row
    record = chain.record_hash(uid, kind, seq, action, at, body)
    vault.connection.execute("UPDATE revisions SET content=?, record_hash=? WHERE id=?",
                             (body, record, rev))
    report = vault.journal.verify_chain()
    assert not report.ok and report.first_broken == f"revision {rev}"
    assert "link" in report.message


def test_deleted_newest_revision_is_noticed(make_vault) -> None:  # type: ignore[no-untyped-def]
    v = make_vault()
    for i in range(3):
        v.journal.save("incident", {"title": f"t{i}"})
    v.connection.execute("DELETE FROM revisions WHERE id=(SELECT max(id) FROM revisions)")
    assert not v.journal.verify_chain().ok
