"""The demo journal is the first thing a volunteer and a lawyer see of SafePlan (README: "Want
to look around first?"); a reviewer reading its court copy found it contradicting itself: the
photo captioned "the day after" was dated five weeks after the incident it shows, the witness
printed as «Ольга (соседка) (соседка, кв. 12)», and the protection order's number field held
its name («Номер: Защитное предписание (милиция)»). A sample that contradicts itself teaches
the wrong habits; these tests keep it coherent in every language."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from safeplan.core import demo
from safeplan.core.journal.search import Query

LANGS = ("en", "ru", "be")


@pytest.fixture(params=LANGS)
def journal(request: pytest.FixtureRequest, make_vault: Any) -> Any:
    vault = make_vault(f"{request.param}/data.db")
    demo.populate(vault.journal, request.param,
                  now=datetime(2026, 12, 7, 12, 0, tzinfo=demo.MINSK))
    return vault.journal


def _all(journal: Any, kind: str) -> list[Any]:
    return journal.list(Query(kinds=(kind,)))


def test_the_day_after_photo_is_dated_the_day_after_its_incident(journal: Any) -> None:
    (photo,) = _all(journal, "attachment")
    shown_in = [e for e in _all(journal, "incident")
                if photo.uid in (e.content.get("attachment_ids") or [])]
    assert len(shown_in) == 1
    incident = datetime.fromisoformat(shown_in[0].content["occurred_at"])
    taken = datetime.fromisoformat(photo.content["taken_at"])
    assert taken.date() == (incident + timedelta(days=1)).date(), (incident, taken)
    (visit,) = _all(journal, "medical")
    assert incident < datetime.fromisoformat(visit.content["visited_at"]) <= taken + \
        timedelta(days=1)


def test_a_person_is_not_named_by_their_relationship_twice(journal: Any) -> None:
    for person in _all(journal, "person"):
        name, relationship = person.content["name"], person.content["relationship"]
        assert "(" not in name, name  # printed as «name (relationship)»
        words = [w for w in relationship.split(",")[0].lower().split() if len(w) > 3]
        assert not any(w in name.lower() for w in words), (name, relationship)


def test_the_protection_order_number_is_a_number(journal: Any) -> None:
    (step,) = _all(journal, "legal")
    reference = step.content["reference"]
    assert any(ch.isdigit() for ch in reference) and "(" not in reference, reference
