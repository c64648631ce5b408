"""Search: date, category, person and attachment filters; FTS with hostile query text."""

from __future__ import annotations

import pytest

from safeplan.core.journal.search import Query


@pytest.fixture
def journal(make_vault):  # type: ignore[no-untyped-def]
    vault = make_vault()
    j = vault.journal
    him = j.save("person", {"name": "Віктар", "role": "perpetrator"})
    her = j.save("person", {"name": "Sister", "role": "witness"})
    photo = j.add_attachment(b"jpeg bytes", "bruise.jpg")
    j.save("incident", {"title": "Kitchen", "description": 'He said "I will NEAR( you" OR else *',
                        "occurred_at": "2024-03-12T23:30:00+03:00", "categories": ["physical"],
                        "perpetrator_ids": [him], "witness_ids": [her], "attachment_ids": [photo]})
    j.save("incident", {"title": "Phone", "description": "checked my phone, сачыў за мной",
                        "occurred_at": "2024-03-13T00:30:00+03:00", "categories": ["digital"],
                        "perpetrator_ids": [him]})
    j.save("incident", {"title": "Money", "description": "took my salary card",
                        "occurred_at": "2024-04-01T10:00:00+03:00",
                        "categories": ["economic", "psychological"]})
    j.save("message", {"text": "where are you? answer NOW", "sent_at": "2024-03-12T22:00:00Z",
                       "person_id": him, "channel": "sms", "conversation": "+375"})
    return j, {"him": him, "her": her}


def titles(journal, query: Query) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.content.get("title") or e.content.get("text") for e in journal.list(query)]


def test_date_filters_use_event_time(journal) -> None:  # type: ignore[no-untyped-def]
    j, _ = journal
    incidents = ("incident",)
    # 23:30 and 00:30 in +03:00 are 20:30 and 21:30 UTC on 12 March.
    assert titles(j, Query(kinds=incidents, date_from="2024-03-12", date_to="2024-03-12")) == [
        "Kitchen", "Phone"]
    assert titles(j, Query(kinds=incidents, date_from="2024-03-13")) == ["Money"]
    assert titles(j, Query(kinds=incidents, date_to="2024-03-31", newest_first=True)) == [
        "Phone", "Kitchen"]
    assert j.count(Query(kinds=incidents, date_from="2025-01-01")) == 0


def test_category_person_attachment_filters(journal) -> None:  # type: ignore[no-untyped-def]
    j, people = journal
    assert titles(j, Query(kinds=("incident",), categories=("economic",))) == ["Money"]
    assert titles(j, Query(kinds=("incident",), categories=("economic", "physical"))) == []
    assert titles(j, Query(kinds=("incident",), person_uid=people["him"])) == ["Kitchen", "Phone"]
    assert titles(j, Query(kinds=("incident",), person_uid=people["her"])) == ["Kitchen"]
    assert titles(j, Query(kinds=("message",), person_uid=people["him"])) == [
        "where are you? answer NOW"]
    assert titles(j, Query(kinds=("incident",), has_attachments=True)) == ["Kitchen"]
    assert titles(j, Query(kinds=("incident",), has_attachments=False)) == ["Phone", "Money"]
    assert titles(j, Query(kinds=("incident",), limit=1, offset=1)) == ["Phone"]


def test_fts_finds_words_in_any_field_and_language(journal) -> None:  # type: ignore[no-untyped-def]
    j, _ = journal
    assert titles(j, Query(kinds=("incident",), text="salary")) == ["Money"]
    assert titles(j, Query(kinds=("incident",), text="сачыў")) == ["Phone"]
    assert titles(j, Query(kinds=("incident",), text="sal")) == ["Money"]  # word prefixes
    assert titles(j, Query(text="answer now")) == ["where are you? answer NOW"]


HOSTILE_QUERIES = ['"', '""', '"unterminated', "*", "**", "NEAR(", "NEAR(a b", "OR", "AND",
                   "NOT", "a OR", "OR b", "(", ")", "^", "-", "+", ":", "body:x", "{a b}", "'",
                   "\\", "%", "_", "\x00", "a\x00b", "\ud800", "AND NOT OR NEAR", "* OR *",
                   "'; DROP TABLE entries; --", "😀", " ", "\t\n", "NEAR(I will, 5)"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_query_text_never_raises(journal, query: str) -> None:  # type: ignore[no-untyped-def]
    j, _ = journal
    found = j.list(Query(text=query))
    assert j.count(Query(text=query)) == len(found)
    assert j.count(Query()) == 7  # nothing was dropped


def test_operators_are_searched_as_words(journal) -> None:  # type: ignore[no-untyped-def]
    j, _ = journal
    assert titles(j, Query(kinds=("incident",), text="NEAR")) == ["Kitchen"]
    assert titles(j, Query(kinds=("incident",), text='"I will NEAR(')) == ["Kitchen"]
    assert titles(j, Query(kinds=("incident",), text="OR else")) == ["Kitchen"]
    assert titles(j, Query(kinds=("incident",), text="*")) == []


def test_search_follows_edits_and_trash(journal) -> None:  # type: ignore[no-untyped-def]
    j, _ = journal
    [money] = j.list(Query(kinds=("incident",), text="salary"))
    j.save("incident", {**money.content, "description": "took my pension card"}, money.uid)
    assert j.count(Query(text="salary")) == 0
    assert j.count(Query(text="pension")) == 1
    j.delete(money.uid)
    assert j.count(Query(text="pension")) == 0
    assert j.count(Query(text="pension", in_trash=True)) == 1
    j.empty_trash()
    assert j.count(Query(text="pension", in_trash=True)) == 0
