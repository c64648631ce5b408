from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.plan.legal import (
    LegalItem,
    LegalStore,
    due_reminders,
    normalise,
    protection_order_end,
)
from safeplan.core.plan.risk import RISK_ITEM_IDS, RiskLog, changes, load_risk_texts, validate_answers


def test_risk_texts_in_every_language_say_it_is_not_a_prediction() -> None:
    words = {"en": "not a prediction", "ru": "не предсказание", "be": "не прадказанне"}
    for lang, phrase in words.items():
        texts = load_risk_texts(lang)
        assert tuple(i.id for i in texts.items) == RISK_ITEM_IDS
        assert phrase in texts.note
        assert all(i.text.strip() for i in texts.items)
    en = " ".join(i.text for i in load_risk_texts("en").items)
    for factor in ("strangled", "weapon", "kill", "pregnant", "follows", "children", "live now"):
        assert factor in en


def test_history_shows_change_over_time(vault) -> None:
    log = RiskLog(vault.journal)
    day1 = datetime(2026, 3, 1, 10, tzinfo=UTC)
    log.record({"threat_to_kill": True, "weapon": False}, "after the fight", now=day1)
    log.record({"threat_to_kill": True, "separation": True, "stalking": True},
               now=day1 + timedelta(days=30))
    history = log.history()
    assert [c.answered_date for c in history] == ["2026-03-01", "2026-03-31"]
    assert history[0].ticked == ("threat_to_kill",)
    assert history[0].notes == "after the fight"
    moved = changes(history[0], history[1])
    assert [(c.item_id, c.before, c.after) for c in moved] == [
        ("separation", False, True), ("stalking", False, True)]
    assert log.latest() == history[1]
    # Each check is its own entry: nothing overwritten.
    assert len({c.uid for c in history}) == 2


def test_unknown_or_wrong_answers_are_refused(vault) -> None:
    with pytest.raises(InvalidInput) as info:
        validate_answers({"score": 5})
    assert info.value.where == "answers.score"
    with pytest.raises(InvalidInput) as info:
        RiskLog(vault.journal).record({"weapon": "yes"})
    assert info.value.where == "answers.weapon"
    assert RiskLog(vault.journal).history() == []


def _item(kind: str, start: str | None = None, end: str | None = None, done: bool = False,
          uid: str = "u") -> LegalItem:
    return LegalItem(uid, kind, start, end, "ref", "", done)


def test_protection_order_dates() -> None:
    assert protection_order_end(date(2026, 1, 1)) == date(2026, 1, 16)
    assert protection_order_end(date(2026, 1, 1), extended=True) == date(2026, 1, 31)
    ok = normalise({"kind": "protection-order", "starts_at": "2026-01-01",
                    "ends_at": "2026-01-31"})
    assert ok["done"] is False and ok["reference"] == ""
    with pytest.raises(InvalidInput) as info:
        normalise({"kind": "protection-order", "starts_at": "2026-01-01",
                   "ends_at": "2026-02-05"})
    assert info.value.where == "legal.ends_at"
    with pytest.raises(InvalidInput) as info:
        normalise({"kind": "deadline", "starts_at": "2026-01-05", "ends_at": "2026-01-01"})
    assert info.value.where == "legal.ends_at"
    with pytest.raises(InvalidInput) as info:
        normalise({"kind": "appeal"})
    assert info.value.where == "legal.kind"
    with pytest.raises(InvalidInput) as info:
        normalise({"kind": "deadline", "starts_at": "12 March"})
    assert info.value.where == "legal.starts_at"


def test_reminder_rules() -> None:
    today = date(2026, 5, 10)
    items = [
        _item("protection-order", "2026-04-27", "2026-05-12", uid="order"),
        _item("protection-order", "2026-04-20", "2026-05-08", uid="ended"),
        _item("protection-order", "2026-05-01", "2026-05-30", uid="far"),
        _item("court-hearing", "2026-05-15", uid="hearing"),
        _item("court-hearing", "2026-06-15", uid="later"),
        _item("deadline", None, "2026-05-09", uid="late"),
        _item("deadline", None, "2026-05-09", done=True, uid="met"),
        _item("evidence-to-collect", uid="forensic"),
        _item("evidence-to-collect", done=True, uid="collected"),
    ]
    found = due_reminders(items, today)
    assert [(r.uid, r.event, r.days) for r in found] == [
        ("late", "overdue", -1),
        ("ended", "order-ended", -2),
        ("order", "order-ends", 2),
        ("hearing", "hearing", 5),
        ("forensic", "evidence", None),
    ]


def test_reminders_from_the_vault_use_the_injected_clock(vault) -> None:
    now = {"t": datetime(2026, 5, 1, 9, tzinfo=UTC)}
    store = LegalStore(vault.journal, clock=lambda: now["t"])
    store.save({"kind": "protection-order", "starts_at": "2026-05-01",
                "ends_at": protection_order_end(date(2026, 5, 1)).isoformat(),
                "reference": "№ 12"})
    assert store.reminders() == []
    now["t"] = datetime(2026, 5, 14, 9, tzinfo=UTC)
    reminders = store.reminders()
    assert [(r.event, r.days, r.reference) for r in reminders] == [("order-ends", 2, "№ 12")]
    assert store.items()[0].kind == "protection-order"
