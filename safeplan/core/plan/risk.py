"""Danger signs: a dated checklist of widely recognised risk factors, kept as history.

The items (``resources/plan_templates/risk.<lang>.json``) were written for SafePlan from factors
that research and practice widely link to severe or lethal intimate-partner violence —
strangulation, weapons, threats to kill, escalation, separation, pregnancy, stalking, forced sex,
extreme jealousy and control, threats to children, the abuser's suicide threats, access to her new
address. They are not a proprietary scored instrument and SafePlan computes no score or level:
each check is stored as its own ``risk_check`` entry with the date, so she can see change over
time, and every screen says that it is not a prediction and that a specialist can help.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import LANGUAGES
from safeplan.core.journal.model import parse_time
from safeplan.core.resources import resource

RISK_KIND = "risk_check"
RISK_ITEM_IDS = (
    "strangulation", "weapon", "threat_to_kill", "escalation", "separation", "pregnancy",
    "stalking", "forced_sex", "jealousy_control", "threats_children", "suicide_threats",
    "knows_address",
)


@dataclass(frozen=True)
class RiskItem:
    id: str
    text: str


@dataclass(frozen=True)
class RiskTexts:
    title: str
    intro: str
    note: str
    items: tuple[RiskItem, ...]


@lru_cache(maxsize=8)
def load_risk_texts(lang: str) -> RiskTexts:
    """The checklist wording in one language; every known item must be present, in order."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    name = f"risk.{lang}.json"
    data = json.loads(resource("plan_templates", name).read_text(encoding="utf-8"))
    items = tuple(RiskItem(str(it.get("id")), str(it.get("text", ""))) for it in data["items"])
    if tuple(item.id for item in items) != RISK_ITEM_IDS:
        raise InvalidInput("risk items differ from the known list", where="items", file_name=name)
    return RiskTexts(data["title"], data["intro"], data["note"], items)


@dataclass(frozen=True)
class RiskCheck:
    uid: str
    answered_at: str
    answers: dict[str, bool]
    notes: str

    @property
    def ticked(self) -> tuple[str, ...]:
        return tuple(item for item in RISK_ITEM_IDS if self.answers.get(item))

    @property
    def answered_date(self) -> str:
        return parse_time(self.answered_at).date().isoformat()


@dataclass(frozen=True)
class Change:
    """How one item moved between two checks."""

    item_id: str
    before: bool
    after: bool


def validate_answers(answers: Mapping[str, Any], where: str = "answers") -> dict[str, bool]:
    """Only known items and true/false values; missing items mean 'not ticked'."""
    if not isinstance(answers, Mapping):
        raise InvalidInput("expected an object", where=where)
    clean: dict[str, bool] = {}
    for key, value in answers.items():
        if key not in RISK_ITEM_IDS:
            raise InvalidInput("unknown danger sign", where=f"{where}.{key}")
        if not isinstance(value, bool):
            raise InvalidInput("expected true or false", where=f"{where}.{key}")
        clean[key] = value
    return {item: clean.get(item, False) for item in RISK_ITEM_IDS}


def changes(before: RiskCheck, after: RiskCheck) -> list[Change]:
    """Items whose answer differs between two checks, in checklist order."""
    return [Change(item, bool(before.answers.get(item)), bool(after.answers.get(item)))
            for item in RISK_ITEM_IDS
            if bool(before.answers.get(item)) != bool(after.answers.get(item))]


class RiskLog:
    """Records checks as journal entries and reads their history."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal

    def record(self, answers: Mapping[str, Any], notes: str = "", *,
               now: datetime | None = None) -> str:
        when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        content = {"answered_at": when, "answers": validate_answers(answers), "notes": notes}
        return str(self._journal.save(RISK_KIND, content))

    def history(self) -> list[RiskCheck]:
        """Every check, oldest first (entries in the trash are left out)."""
        from safeplan.core.journal.search import Query

        checks = []
        for entry in self._journal.list(Query(kinds=(RISK_KIND,))):
            content = entry.content
            answered = content.get("answered_at") or entry.recorded_at
            raw = content.get("answers") or {}
            answers = {k: bool(v) for k, v in raw.items() if k in RISK_ITEM_IDS}
            checks.append(RiskCheck(entry.uid, answered, answers, content.get("notes") or ""))
        checks.sort(key=lambda c: parse_time(c.answered_at))
        return checks

    def latest(self) -> RiskCheck | None:
        history = self.history()
        return history[-1] if history else None
