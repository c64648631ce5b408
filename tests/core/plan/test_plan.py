from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.interchange import export_document
from safeplan.core.journal.search import Query
from safeplan.core.plan.plan import (
    PlanStore,
    SafetyPlan,
    load_labels,
    load_templates,
    section_ids,
)


def test_templates_match_across_languages() -> None:
    shape = [(s.id, [i.id for i in s.items]) for s in load_templates("en")]
    assert len(shape) == 10
    for lang in ("ru", "be"):
        assert [(s.id, [i.id for i in s.items]) for s in load_templates(lang)] == shape
        assert set(load_labels(lang)) == set(load_labels("en"))
    bag = next(s for s in load_templates("en") if s.id == "emergency_bag")
    assert any("Passport" in i.text for i in bag.items)
    be_text = " ".join(i.text for s in load_templates("be") for i in s.items)
    assert "ў" in be_text and "і" in be_text


def test_untouched_plan_is_not_saved(vault) -> None:
    store = PlanStore(vault)
    plan = store.load("en")
    assert store.save(plan) is None
    assert vault.journal.count(Query(kinds=("safety_plan",))) == 0


def test_saving_makes_revisions_of_one_entry(vault) -> None:
    store = PlanStore(vault)
    plan = store.load("ru")
    plan.sections["emergency_bag"].items[0].done = True
    uid = store.save(plan)
    assert uid is not None
    plan.sections["emergency_bag"].notes = "сумка у сестры"
    assert store.save(plan) == uid
    assert store.save(plan) == uid  # unchanged: no new revision
    assert vault.journal.count(Query(kinds=("safety_plan",))) == 1
    assert vault.journal.get(uid).revision_count == 2
    history = vault.journal.history(uid)
    assert history[0].content["sections"]["emergency_bag"]["notes"] == ""
    again = PlanStore(vault).load("en")
    assert again.sections["emergency_bag"].notes == "сумка у сестры"
    assert again.sections["emergency_bag"].items[0].done is True
    # Template items follow the interface language, the stored text stays the one written.
    item = again.sections["emergency_bag"].items[0]
    assert item.display_text("en").startswith("Passport")
    assert item.text.startswith("Паспорт")


def test_draft_survives_and_is_dropped_on_save(vault) -> None:
    store = PlanStore(vault)
    plan = store.load("en")
    plan.sections["digital"].notes = "half typed"
    store.save_draft(plan)
    assert store.has_unsaved_draft()
    assert PlanStore(vault).load("en").sections["digital"].notes == "half typed"
    store.save(plan)
    assert not store.has_unsaved_draft()


def test_step_is_remembered(vault) -> None:
    store = PlanStore(vault)
    assert store.current_step() is None
    store.set_current_step("leaving_plan")
    assert PlanStore(vault).current_step() == "leaving_plan"


def test_open_format_shape_and_unknown_sections_kept() -> None:
    content = {"sections": {"from_other_app": {"items": [{"text": "x", "done": True}],
                                               "notes": "n", "colour": "blue"}},
               "last_reviewed_at": None, "future_field": 1}
    plan = SafetyPlan.from_content(content, "en")
    out = plan.to_content()
    assert out["sections"]["from_other_app"] == {"colour": "blue",
                                                 "items": [{"text": "x", "done": True}],
                                                 "notes": "n"}
    assert out["future_field"] == 1
    assert list(out["sections"])[: len(section_ids())] == list(section_ids())
    for section in out["sections"].values():
        for item in section["items"]:
            assert isinstance(item["text"], str) and isinstance(item["done"], bool)


def test_exported_with_the_open_format(vault) -> None:
    store = PlanStore(vault)
    plan = store.load("en")
    plan.add_item("safe_people", "Aunt Olga, code word: blue tea")
    store.save(plan)
    doc = export_document(vault.journal)
    # INTERCHANGE.md: the document's safety_plan object is keyed by section name.
    items = doc["safety_plan"]["safe_people"]["items"]
    assert {"text": "Aunt Olga, code word: blue tea", "done": False}.items() <= items[-1].items()


@pytest.mark.parametrize(("content", "where"), [
    ({"sections": []}, "safety_plan.sections"),
    ({"sections": {"a": {"items": [{"text": "x", "done": "yes"}]}}},
     "safety_plan.sections.a.items[0].done"),
    ({"sections": {"a": {"notes": 5}}}, "safety_plan.sections.a.notes"),
    ({"last_reviewed_at": "yesterday"}, "safety_plan.last_reviewed_at"),
])
def test_bad_content_names_the_field(content, where) -> None:
    with pytest.raises(InvalidInput) as info:
        SafetyPlan.from_content(content, "en")
    assert info.value.where == where


def test_own_items_can_be_removed_suggested_ones_cannot() -> None:
    plan = SafetyPlan.new("en")
    plan.add_item("children", "Teach Masha the code word")
    plan.remove_item("children", len(plan.sections["children"].items) - 1)
    with pytest.raises(InvalidInput):
        plan.remove_item("children", 0)
    with pytest.raises(InvalidInput):
        plan.add_item("children", "   ")


def test_progress_and_review_reminder() -> None:
    plan = SafetyPlan.new("en")
    start = plan.progress()
    assert start.done == 0 and start.sections_started == 0 and start.sections_total == 10
    plan.sections["self_care"].items[1].done = True
    assert plan.progress().done == 1 and plan.progress().sections_started == 1
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert not plan.review_due(now)  # never saved: nothing to review yet
    plan.uid = "x"
    assert plan.review_due(now)  # saved but never reviewed
    plan.mark_reviewed(now)
    assert not plan.review_due(now + timedelta(days=89))
    assert plan.review_due(now + timedelta(days=90))
