"""Search by permanent number: a lawyer names "message С1.0003" or "entry 2026-0014" (Cyrillic
С and Е in ru/be documents, Latin in English ones); typed either way, the search finds it."""

from __future__ import annotations

from typing import Any

import pytest

from safeplan.core.journal.search import Query, references

MESSAGES = ("message",)


@pytest.fixture
def journal(make_vault: Any) -> Any:
    j = make_vault().journal
    for n in range(1, 5):  # conversation C1: four messages, C1.0001 … C1.0004
        j.save("message", {"text": f"message number {n} from him", "channel": "sms",
                           "conversation": "Viktor", "sent_at": f"2024-03-1{n}T10:00:00Z"})
    j.save("message", {"text": "hello from my sister", "channel": "sms", "conversation": "Sister",
                       "sent_at": "2024-03-15T10:00:00Z"})  # C2.0001
    j.save("incident", {"title": "Kitchen", "occurred_at": "2024-03-12T23:30:00+03:00"})
    j.save("incident", {"title": "Phone", "occurred_at": "2024-03-13T23:30:00+03:00"})
    j.add_attachment(b"jpeg bytes", "bruise.jpg")
    return j


def texts(j: Any, query: Query) -> list[str]:
    return [e.content.get("text") or e.content.get("title") or e.content.get("file_name")
            for e in j.list(query)]


def refs(j: Any, query: Query) -> list[str]:
    return [e.ref for e in j.list(query)]


def test_message_found_by_its_number_in_latin_or_cyrillic_letters(journal: Any) -> None:
    j = journal
    third = [e for e in j.list(Query(kinds=MESSAGES)) if e.ref == "C1.0003"]
    assert [e.content["text"] for e in third] == ["message number 3 from him"]
    for typed in ("C1.0003", "С1.0003", "с1.0003", "c1.0003", "С1.3", " С1.0003 ",
                  "сообщение С1.0003", "message C1.0003 in the chronology", "(С1.0003),"):
        assert refs(j, Query(kinds=MESSAGES, text=typed)) == ["C1.0003"], typed
        assert j.count(Query(kinds=MESSAGES, text=typed)) == 1, typed
    # another conversation's message, and the whole conversation by its number
    assert refs(j, Query(kinds=MESSAGES, text="С2.0001")) == ["C2.0001"]
    assert refs(j, Query(kinds=MESSAGES, text="С1")) == ["C1.0001", "C1.0002", "C1.0003",
                                                         "C1.0004"]
    assert refs(j, Query(kinds=MESSAGES, text="C2")) == ["C2.0001"]
    # a number nobody has, and the other filters still apply on top
    assert j.count(Query(kinds=MESSAGES, text="С1.0009")) == 0
    assert j.count(Query(kinds=MESSAGES, text="С1.0003", conversation="Sister")) == 0
    assert j.count(Query(kinds=MESSAGES, text="С1.0003", in_trash=True)) == 0


def test_words_are_still_searched_beside_numbers(journal: Any) -> None:
    j = journal
    assert texts(j, Query(kinds=MESSAGES, text="sister")) == ["hello from my sister"]
    assert j.count(Query(kinds=MESSAGES, text="from")) == 5
    # a conversation called "C3" or a message that says "C1.0002" is still found by its words
    j.save("message", {"text": "see C1.0002 above", "channel": "sms", "conversation": "Notes"})
    assert set(refs(j, Query(kinds=MESSAGES, text="C1.0002"))) == {"C1.0002", "C3.0001"}
    # hostile text stays a word, never SQL or FTS syntax: the number alone matches, not "OR 1=1"
    assert refs(j, Query(kinds=MESSAGES, text='С1.0003" OR 1=1 --')) == ["C1.0003"]
    assert j.count(Query(kinds=MESSAGES, text='"С9.0001 OR *')) == 0


def test_entry_and_exhibit_found_by_reference(journal: Any) -> None:
    j = journal
    incidents = j.list(Query(kinds=("incident",)))
    year, number = incidents[1].ref.split("-")
    assert refs(j, Query(kinds=("incident",), text=incidents[1].ref)) == [incidents[1].ref]
    assert refs(j, Query(kinds=("incident",), text=f"{year}-{int(number)}")) == [
        incidents[1].ref]
    assert refs(j, Query(kinds=("incident",), text=f"запись {incidents[0].ref}")) == [
        incidents[0].ref]
    [photo] = j.list(Query(kinds=("attachment",)))
    assert photo.ref == "E-0001"
    for typed in ("E-0001", "Е-0001", "е-1", "E1"):
        assert refs(j, Query(kinds=("attachment",), text=typed)) == ["E-0001"], typed
    # a date typed in the search is not read as an entry number
    assert references("2024-03-12") == ((), ())


def test_reference_reading() -> None:
    assert references("С1.0003") == (("C1.0003",), ())
    assert references("С12.10023 и С3") == (("C12.10023",), (3,))
    assert references("Е-0031, 2026-0014") == (("E-0031", "2026-0014"), ())
    # letters of a word are not numbers: "с1" inside "вс1" or "abc1.2"
    assert references("вс1.0003 abc1.2 E-1x") == ((), ())
    assert references("") == ((), ())


def test_conversation_list_carries_each_conversations_number(journal: Any) -> None:
    j = journal
    assert j.numbered_conversations() == [("sms", "Viktor", 4, 1), ("sms", "Sister", 1, 2)]
    assert [row[:3] for row in j.numbered_conversations()] == j.conversations()
    # one message moved by hand under another title keeps its number: that group has two
    [moved] = [e for e in j.list(Query(kinds=MESSAGES)) if e.ref == "C1.0004"]
    j.save("message", {**moved.content, "conversation": "Sister"}, uid=moved.uid)
    assert ("sms", "Sister", 2, None) in j.numbered_conversations()
    assert ("sms", "Viktor", 3, 1) in j.numbered_conversations()
