"""WhatsApp: one bad byte no longer loses the chat (issue 13.4), "Name:." keeps its sender
(13.8), and re-saving the same chat under a copy name does not import it twice."""

from __future__ import annotations

import shutil
from pathlib import Path

from safeplan.core.importers import parse_file
from safeplan.core.interchange import import_document
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault
from tests.fixtures import fixture


def test_one_invalid_byte_in_sixty_messages_imports_all_sixty() -> None:
    path = fixture("whatsapp", "sixty_messages_one_bad_byte.txt")
    raw = path.read_bytes()
    offset = raw.index(b"\xff")
    batch = parse_file(path, tz="Europe/Minsk")
    messages = batch.document["messages"]
    assert batch.summary.message_count == 60 and len(messages) == 60
    damaged = [m for m in messages if "\ufffd" in m["text"]]
    assert [m["text"] for m in damaged] == ["message \ufffdnumber 37"]
    line = raw.count(b"\n", 0, offset) + 1
    notes = [r for r in batch.summary.repairs if r.where == f"byte {offset} (line {line})"]
    assert len(notes) == 1 and "ff" in notes[0].what and "U+FFFD" in notes[0].what
    # the original bytes stay available: the whole export is kept byte for byte
    assert batch.open_attachment("raw").read() == raw


def test_unreadable_parts_become_visible_items(make_vault) -> None:  # type: ignore[no-untyped-def]
    path = fixture("whatsapp", "damaged_lines.txt")
    raw = path.read_bytes()
    batch = parse_file(path, tz="Europe/Minsk")
    s = batch.summary
    assert s.message_count == 2  # the two readable messages
    assert [(u.where, u.item) for u in s.unreadable] == [
        ("lines 1-2", "Text before the first dated line (lines 1-2)"),
        ("line 4", "The message at line 4")]
    entry = next(m for m in batch.document["messages"] if m["source"]["location"] == "line 4")
    assert entry["sender"] == "Viktor" and entry["sent_at"] == "2024-03-14T10:01:00+03:00"
    assert "could not be read" in entry["text"]
    (att_id,) = entry["attachment_ids"]
    kept = batch.open_attachment(att_id).read()
    assert kept == raw.split(b"\n")[3] + b"\n"  # the line's bytes exactly as found
    preamble = next(m for m in batch.document["messages"]
                    if m["source"]["location"] == "lines 1-2")
    assert batch.open_attachment(preamble["attachment_ids"][0]).read() == (
        b"This line was pasted in front of the chat\nand so was this one\n")
    vault: Vault = make_vault()
    report = import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    assert report.added["message"] == 4
    texts = [e.content["text"] for e in vault.journal.list(Query(kinds=("message",)))]
    assert sum("could not be read" in t for t in texts) == 2


def test_name_colon_dot_keeps_its_sender() -> None:
    batch = parse_file(fixture("whatsapp", "name_colon_dot.txt"), tz="Europe/Minsk",
                       date_order="MDY")
    got = [(m["sender"], m["text"]) for m in batch.document["messages"]]
    assert got == [("Viktor", "Answer me."), ("Viktor", "."), ("Alena", "No."), ("Viktor", "?")]


def test_same_chat_saved_under_a_copy_name_is_not_imported_twice(
        make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = fixture("whatsapp", "sixty_messages_one_bad_byte.txt")
    first = tmp_path / "a" / "WhatsApp Chat with Viktor.txt"
    again = tmp_path / "b" / "WhatsApp Chat with Viktor (1).txt"
    for target in (first, again):
        target.parent.mkdir()
        shutil.copyfile(source, target)
    vault: Vault = make_vault()
    with parse_file(first, tz="Europe/Minsk") as batch:
        assert import_document(vault.journal, batch.document,
                               open_attachment=batch.open_attachment).added["message"] == 60
    with parse_file(again, tz="Europe/Minsk") as batch:
        report = import_document(vault.journal, batch.document,
                                 open_attachment=batch.open_attachment)
    assert report.added.get("message", 0) == 0
