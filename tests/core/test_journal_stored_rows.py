"""Everything ``save_many`` stores, byte for byte (issue 17.4: the insert path may get faster,
never different).

A fixed clock and fixed uids make the rows deterministic; the digests below were taken with the
insert path as it was before it was made faster. They cover every column of ``entries`` and
``revisions`` (canonical content, record and chain hashes, derived columns, references, message
citations and the numbering records) and every token of the search index, for new messages in
three conversations, incidents, an update, a lone surrogate, a duplicate skipped, a caller's
dedup key, numbering records in pieces and a second batch continuing the numbers.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from safeplan.core.errors import InvalidInput
from safeplan.core.journal import chain, citations, model
from safeplan.core.journal.journal import Journal
from safeplan.core.storage import schema
from safeplan.core.storage.blobs import BlobStore

MINSK = timezone(timedelta(hours=3))


def _journal(path: Path) -> Journal:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    schema.migrate(conn)
    ticks = iter(range(10_000))
    return Journal(conn, BlobStore(path.parent / "blobs", bytes(32)),
                   clock=lambda: datetime(2024, 5, 1, 12, 0, tzinfo=MINSK)
                   + timedelta(seconds=next(ticks)))


def _message(i: int, **extra: Any) -> dict[str, Any]:
    return {"text": f"message {i} кричал ноччу", "sent_at": f"2024-03-{1 + i % 28:02d}T21:05:00+03:00",
            "precision": "exact", "channel": ("telegram", "sms", "viber")[i % 3],
            "direction": ("incoming", "outgoing")[i % 2], "sender": "Viktor",
            "conversation": f"chat {i % 3}", "attachment_ids": [] if i % 4 else ["a1"],
            "source": {"kind": "telegram-json", "original_id": str(i)}, **extra}


def _fill(journal: Journal) -> None:
    first: list[tuple[str, Any, str | None]] = [
        ("message", _message(i), f"m{i:03d}") for i in range(12)]
    first.append(("message", _message(1), "dup"))  # same source as m001: skipped
    first.append(("message", {**_message(12), "text": "lone \ud800 here",
                              "conversation": "chat \udfff"}, "m012"))
    first.append(("message", {"text": "no source", "sent_at": "2024-03-02"}, "m013"))
    first += [("incident", {"title": f"T{i}", "description": "he shouted", "severity": 1 + i % 5,
                            "occurred_at": "2023-12-31T23:30:00-01:00", "categories": ["threat"],
                            "perpetrator_ids": ["p1"], "police": {"contacted": True}}, f"i{i}")
              for i in range(3)]
    first.append(("person", {"name": " Viktor  I ", "role": "perpetrator"}, "p1"))
    journal.save_many(first, skip_duplicates=True, as_new=True,
                      dedup_keys=[None] * (len(first) - 1) + ["person-key"])
    journal.save_many([("message", {**_message(3), "text": "edited"}, "m003"),
                       ("incident", {"title": "T0 again", "severity": 2}, "i0")])
    journal.save_many([("message", _message(i), f"n{i:03d}") for i in range(20, 26)],
                      as_new=True)


def _digest(conn: Any, sql: str) -> str:
    digest = hashlib.sha256()
    for row in conn.execute(sql):
        digest.update(repr(tuple(bytes(v) if isinstance(v, bytes | memoryview) else v
                                 for v in row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


GOLDEN = {
    "entries": "7aea3a61c08cbef98b322085170d8c1541898bf61cfb792dea9f5b3a263cc369",
    "revisions": "3dbf948f5fd82fb367dd96df515d257dafbd12a97da5f4d7e1197bbfc974ab90",
    "fts": "461d9aae4bc6549d7e5daec40b50791fc1ac4b7fe49053af91974ab657462438",
}


def test_saved_rows_are_byte_for_byte_what_they_always_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citations, "RECORD_SIZE", 4)  # numbering records in several pieces
    journal = _journal(tmp_path / "data.db")
    _fill(journal)
    conn = journal._conn
    assert journal.verify_chain().ok
    conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, fts, instance)")
    found = {
        "entries": _digest(conn, "SELECT * FROM entries ORDER BY id"),
        "revisions": _digest(conn, "SELECT * FROM revisions ORDER BY id"),
        "fts": _digest(conn, "SELECT term, doc, col, offset FROM temp.words"
                             " ORDER BY term, doc, offset"),
    }
    assert found == GOLDEN


CANONICAL_CASES: list[Any] = [
    {"b": 1, "a": [1.5, -0.0, 1e300, 12345678901234567890, True, False, None], "ы": "тэкст"},
    {"nested": {"z": {"y": [{"x": "\u2028\t\"\\/"}]}}, "": ""},
    ["top", "level", "list"], "a plain string", 42, None,
    {"lone": "\ud800 and \udfff", "emoji": "😀", "nul": "\x00"},
]


@pytest.mark.parametrize("value", CANONICAL_CASES)
def test_canonical_json_is_the_standard_encoders_bytes(value: Any) -> None:
    # The journal calls the JSON encoder's C core directly (issue 17.4): same text as json.dumps
    # with the canonical options, including the lone-surrogate escapes.
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          allow_nan=False)
    try:
        want = expected.encode("utf-8")
    except UnicodeEncodeError:
        want = expected.encode("utf-8", "backslashreplace")
    assert chain.canonical_json(value) == want


@pytest.mark.parametrize(("value", "error"), [
    ({"x": float("nan")}, ValueError), ({"x": float("inf")}, ValueError),
    ({"x": object()}, TypeError), ({"x": b"bytes"}, TypeError), ({1: "a", "b": 2}, TypeError),
])
def test_canonical_json_still_refuses_what_json_refuses(value: Any, error: type) -> None:
    with pytest.raises(error):
        chain.canonical_json(value)


def test_canonical_json_refuses_a_value_that_contains_itself() -> None:
    looped: dict[str, Any] = {"a": 1}
    looped["self"] = looped
    with pytest.raises(ValueError):
        chain.canonical_json(looped)
    assert chain.canonical_json({"after": "fine"}) == b'{"after":"fine"}'


def test_canonical_json_without_the_c_encoder_gives_the_same_bytes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [chain.canonical_json(value) for value in CANONICAL_CASES]
    monkeypatch.setattr(chain, "_C_CANONICAL", None)  # a Python without the accelerator
    assert [chain.canonical_json(value) for value in CANONICAL_CASES] == fast


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-12:00", "2024-03-12T21:05:00",
                                   "yesterday", "2024-02-30T10:00:00+03:00"])
def test_a_time_validation_refuses_is_refused_every_time(value: str) -> None:
    # Validation and the sort column share remembered parses (issue 17.4); a failure is not
    # remembered as a success, however often the same text comes.
    for _ in range(3):
        with pytest.raises(InvalidInput) as caught:
            model.validate("message", {"sent_at": value}, "message")
        assert caught.value.where == "message.sent_at"
        assert model.sort_key(value) is None
    model.validate("message", {"sent_at": "2024-03-12T21:05:00+03:00"}, "message")
    assert model.sort_key("2024-03-12T21:05:00+03:00") == "2024-03-12T18:05:00"


def test_canonical_json_refuses_too_deep_a_value_as_it_always_did() -> None:
    deep: Any = "leaf"
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(RecursionError):
        chain.canonical_json(deep)
