"""The fast insert path (issue 17.4) stores exactly what the chain format always stored.

The expected digests below were computed with the code before the insert path was made faster
(one shared JSON encoder, the surrogate check done once on the canonical bytes, table-driven
validation): the stored bytes, the record hash, the search text and the derived columns of
these contents must never change, or existing vaults would stop verifying.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.journal import chain, model

SAMPLES: list[tuple[str, dict[str, Any]]] = [
    ("message", {"text": "he wrote\nпрывітанне \ud800 ok", "sent_at": "2024-03-12T21:05:00+03:00",
                 "precision": "exact", "channel": "telegram", "direction": "incoming",
                 "sender": "Viktor", "conversation": "chat \udfff 1",
                 "source": {"kind": "telegram-json", "original_id": "42", "conversation_id": 7},
                 "attachment_ids": ["a1"], "person_id": "p1",
                 "zzz_unknown": [1, 2.5, None, True, {"b": "x", "a": "y"}]}),
    ("incident", {"title": "T", "description": "d ы", "occurred_at": "2024-01-01",
                  "precision": "day", "categories": ["physical", "threat"], "severity": 3,
                  "perpetrator_ids": ["p1", "p2"], "witness_ids": ["w"],
                  "police": {"contacted": False, "note": "n"}, "children_present": None,
                  "tags": ["x"]}),
    ("person", {"name": "  Viktor   Ivanov ", "role": "perpetrator"}),
    ("medical", {"visited_at": "2024-01-02T10:00:00Z",
                 "body_marks": [{"view": "back", "x": 0.5, "y": 1}], "findings": "f"}),
]
# (sha256 of the canonical bytes, record hash, sha256 of the search text) per sample.
GOLDEN = [
    ("087d719e343e8d4ed02fcdd9cd5df66c9e7ecd71dbb56ad54ba39be14c0edb65",
     "094daa26e353497bdf68067fe267856a554d73a0cafb21a75ee353a70af8681e",
     "ff1598036c409184d0834531894a36e9adcf0da51f5c0c8047ec96bf2075108d"),
    ("0bcf0882f752be71728a8a3d7c43ba2772c4ddb99ebe41478857e090c6251541",
     "18f6c7dc2900fdbe6a9d03b00f7eab0d643a7369dc77648be16c3541e7475447",
     "e5645d4a8680650772a60f21f12ac8380cd5f2c1b4cfda638dda9607b11bff89"),
    ("c444329037110d4886d28a9bc5241ab546edc181aedcbf984312c09364adc100",
     "1330b6facae78384ecd5b4896f87b3d6a9b03f9cc5f7e05efa31198da648a8a5",
     "625f72115baa7085edd3ef7d22f7c8f9f935081eb071cb103c57e11bf8a7a7fc"),
    ("64c64d3c1decc086e8f372f3f30b196a55db3ae62cd1095ab21bd2753562adef",
     "a1487451b3d6fc050176cd2c507d13a8383f6250f7b8ee2ed9791f67fdb5f4ff",
     "e2621c59986ad5f789e64d1d19116eae96c1478a8791b997b227c70e7d4da0f9"),
]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("sample", "golden"), list(zip(SAMPLES, GOLDEN, strict=True)))
def test_canonical_bytes_hash_and_search_text_unchanged(
        sample: tuple[str, dict[str, Any]], golden: tuple[str, str, str]) -> None:
    kind, content = sample
    body = chain.canonical_json(content)
    record = chain.record_hash("u1", kind, 1, "create", "2024-01-01T00:00:00+03:00", body)
    text = chain.without_lone_surrogates(model.searchable_text(content))
    assert (_sha(body), record.hex(), _sha(text.encode("utf-8"))) == golden


def test_lone_surrogates_are_still_replaced_in_columns_and_search() -> None:
    kind, content = SAMPLES[0]
    body = chain.canonical_json(content)
    assert not chain.has_no_lone_surrogate(body)
    derived = model.derived_columns(kind, content)
    assert derived["summary"] == "he wrote прывітанне \ufffd ok"
    assert derived["conversation"] == "chat \ufffd 1"
    assert derived["dedup_key"] == "telegram-json|7|42"


def test_clean_shortcut_gives_the_same_columns() -> None:
    # A literal backslash-u in the text only makes the shortcut take the careful path.
    content = {"text": "path C:\\udir and ы", "conversation": "c", "sent_at": "2024-01-01",
               "source": {"kind": "k", "original_id": "1"}}
    assert chain.canonical_json(content).count(b"\\\\udir") == 1
    assert not chain.has_no_lone_surrogate(chain.canonical_json(content))
    plain = {"text": "ы " * 50, "conversation": "c", "source": {"kind": "k", "original_id": "1"}}
    assert chain.has_no_lone_surrogate(chain.canonical_json(plain))
    for item in (content, plain):
        assert (model.derived_columns("message", item, clean=True)
                == model.derived_columns("message", item))


@pytest.mark.parametrize(("kind", "field", "value"), [
    ("message", "channel", "pigeon"), ("message", "channel", 3),
    ("message", "direction", "sideways"), ("message", "source", ["not", "an", "object"]),
    ("incident", "precision", "week"), ("incident", "police", "yes"),
    ("message", "sent_at", "yesterday"), ("message", "text", 5),
])
def test_fast_validation_still_names_the_bad_field(kind: str, field: str, value: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        model.validate(kind, {field: value}, kind)
    assert caught.value.where == f"{kind}.{field}"


def test_saved_rows_keep_the_chain_and_the_search(make_vault) -> None:  # type: ignore[no-untyped-def]
    from safeplan.core.journal.search import Query

    vault = make_vault()
    uids = vault.journal.save_many([(kind, content, None) for kind, content in SAMPLES])
    assert vault.journal.verify_chain().ok
    stored = {bytes(row[0]) for row in vault.connection.execute("SELECT content FROM revisions")}
    assert {chain.canonical_json(content) for _, content in SAMPLES} <= stored
    hits = vault.journal.list(Query(text="прывітанне"))
    assert [hit.uid for hit in hits] == [uids[0]]
