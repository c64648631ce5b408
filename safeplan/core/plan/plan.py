"""The safety plan: sections with checklist items and notes, progress, and a calm review reminder.

Stored as the single ``safety_plan`` journal entry (INTERCHANGE.md: ``{"sections": {name:
{"items": [{"text", "done"}], "notes": ""}}, "last_reviewed_at": …}``), so every save is a
revision in the hash chain and nothing is overwritten (UX principle 3). Template items also carry
``template_id`` so the interface can show them in the current language; the ``text`` kept beside it
is what the open format and other programs read. Unknown sections from an imported file are kept.

The plan is filled a few minutes at a time (issue 7): unsaved typing lives in an encrypted journal
draft, and the section she was on is a vault setting, so a quick exit never loses work.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import LANGUAGES, format_day
from safeplan.core.journal.model import parse_time
from safeplan.core.resources import resource

SAFETY_PLAN_KIND = "safety_plan"
DRAFT_KEY = "safety_plan"
STEP_SETTING = "plan.current_section"
# A plan older than this gets a gentle "have a look again" note inside the app (never an OS
# notification, which could reveal the app to someone holding the device — threat A1).
REVIEW_INTERVAL_DAYS = 90

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class TemplateItem:
    id: str
    text: str


@dataclass(frozen=True)
class SectionTemplate:
    id: str
    title: str
    intro: str
    items: tuple[TemplateItem, ...]


@lru_cache(maxsize=8)
def load_templates(lang: str) -> tuple[SectionTemplate, ...]:
    """The bundled sections of ``resources/plan_templates/sections.<lang>.json`` (validated)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    name = f"sections.{lang}.json"
    data = json.loads(resource("plan_templates", name).read_text(encoding="utf-8"))
    sections = []
    for i, raw in enumerate(_require_list(data, "sections", name, "")):
        where = f"sections[{i}]"
        items = tuple(
            TemplateItem(_require_str(it, "id", name, f"{where}.items[{j}]"),
                         _require_str(it, "text", name, f"{where}.items[{j}]"))
            for j, it in enumerate(_require_list(raw, "items", name, where))
        )
        sections.append(SectionTemplate(_require_str(raw, "id", name, where),
                                        _require_str(raw, "title", name, where),
                                        _require_str(raw, "intro", name, where), items))
    return tuple(sections)


def section_ids() -> tuple[str, ...]:
    """The order of the guided steps (from the English templates, the reference language)."""
    return tuple(s.id for s in load_templates("en"))


def template_text(lang: str, template_id: str) -> str | None:
    for section in load_templates(lang):
        for item in section.items:
            if item.id == template_id:
                return item.text
    return None


@dataclass
class PlanItem:
    text: str
    done: bool = False
    template_id: str = ""

    def display_text(self, lang: str) -> str:
        """Template items follow the interface language; her own items stay as she wrote them."""
        if self.template_id:
            shown = template_text(lang, self.template_id)
            if shown is not None:
                return shown
        return self.text


@dataclass
class PlanSection:
    items: list[PlanItem] = field(default_factory=list)
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept for the round trip

    def progress(self) -> tuple[int, int]:
        return sum(1 for item in self.items if item.done), len(self.items)

    @property
    def started(self) -> bool:
        return bool(self.notes.strip()) or any(item.done for item in self.items)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    sections_started: int
    sections_total: int


@dataclass
class SafetyPlan:
    sections: dict[str, PlanSection]
    last_reviewed_at: str | None = None
    uid: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, lang: str) -> SafetyPlan:
        plan = cls(sections={})
        plan.add_missing_sections(lang)
        return plan

    @classmethod
    def from_content(cls, content: Mapping[str, Any], lang: str, uid: str | None = None,
                     ) -> SafetyPlan:
        """Read a stored or imported plan; raise InvalidInput naming the first bad field."""
        raw_sections = content.get("sections")
        raw_sections = {} if raw_sections is None else raw_sections
        if not isinstance(raw_sections, Mapping):
            raise InvalidInput("expected an object", where="safety_plan.sections")
        sections: dict[str, PlanSection] = {}
        for name, raw in raw_sections.items():
            where = f"safety_plan.sections.{name}"
            if not isinstance(raw, Mapping):
                raise InvalidInput("expected an object", where=where)
            notes = raw.get("notes") or ""
            if not isinstance(notes, str):
                raise InvalidInput("expected text", where=f"{where}.notes")
            raw_items = raw.get("items") or []
            if not isinstance(raw_items, list):
                raise InvalidInput("expected a list", where=f"{where}.items")
            items = [_read_item(it, f"{where}.items[{i}]") for i, it in enumerate(raw_items)]
            extra = {k: v for k, v in raw.items() if k not in ("items", "notes")}
            sections[str(name)] = PlanSection(items, notes, copy.deepcopy(extra))
        reviewed = content.get("last_reviewed_at")
        if reviewed is not None:
            if not isinstance(reviewed, str):
                raise InvalidInput("expected a time", where="safety_plan.last_reviewed_at")
            try:
                parse_time(reviewed)
            except ValueError as exc:
                raise InvalidInput("expected an ISO 8601 time",
                                   where="safety_plan.last_reviewed_at") from exc
        extra = {k: copy.deepcopy(v) for k, v in content.items()
                 if k not in ("sections", "last_reviewed_at")}
        plan = cls(sections, reviewed, uid, extra)
        plan.add_missing_sections(lang)
        return plan

    def add_missing_sections(self, lang: str) -> None:
        """Give a plan every bundled section (a plan from an older version gains new ones)."""
        for template in load_templates(lang):
            if template.id not in self.sections:
                self.sections[template.id] = PlanSection(
                    [PlanItem(item.text, False, item.id) for item in template.items])

    def ordered_ids(self) -> list[str]:
        """Bundled sections in guide order, then any others (from an import) by name."""
        known = [sid for sid in section_ids() if sid in self.sections]
        return known + sorted(sid for sid in self.sections if sid not in known)

    def to_content(self) -> dict[str, Any]:
        sections: dict[str, Any] = {}
        for sid in self.ordered_ids():
            section = self.sections[sid]
            items = []
            for item in section.items:
                raw: dict[str, Any] = {"text": item.text, "done": item.done}
                if item.template_id:
                    raw["template_id"] = item.template_id
                items.append(raw)
            sections[sid] = {**copy.deepcopy(section.extra), "items": items,
                             "notes": section.notes}
        content: dict[str, Any] = {**copy.deepcopy(self.extra), "sections": sections,
                                   "last_reviewed_at": self.last_reviewed_at}
        return content

    def add_item(self, section_id: str, text: str) -> PlanItem:
        text = text.strip()
        if not text:
            raise InvalidInput("an item needs some text", where=f"sections.{section_id}.items")
        item = PlanItem(text, False, "")
        self.sections[section_id].items.append(item)
        return item

    def remove_item(self, section_id: str, index: int) -> None:
        """Only her own items can be removed; template items are simply left unticked."""
        item = self.sections[section_id].items[index]
        if item.template_id:
            raise InvalidInput("suggested items can be left unticked but not removed",
                               where=f"sections.{section_id}.items[{index}]")
        del self.sections[section_id].items[index]

    def progress(self) -> Progress:
        done = total = started = 0
        for section in self.sections.values():
            d, t = section.progress()
            done += d
            total += t
            started += 1 if section.started else 0
        return Progress(done, total, started, len(self.sections))

    def touched(self) -> bool:
        """Has she ticked, written or added anything (an untouched template is not saved)?"""
        return (self.last_reviewed_at is not None or bool(self.extra)
                or any(s.started or any(not i.template_id for i in s.items)
                       for s in self.sections.values()))

    def mark_reviewed(self, now: datetime) -> None:
        self.last_reviewed_at = now.astimezone(UTC).isoformat(timespec="seconds")

    def review_due(self, now: datetime, interval_days: int = REVIEW_INTERVAL_DAYS) -> bool:
        """True when a saved plan was never reviewed, or last reviewed ``interval_days`` ago."""
        if self.last_reviewed_at is None:
            return self.uid is not None
        reviewed = parse_time(self.last_reviewed_at)
        return now - reviewed >= timedelta(days=interval_days)


class _Journal(Protocol):  # the parts of safeplan.core.journal.journal.Journal the plan uses
    def save(self, kind: str, content: dict, uid: str | None = None) -> str: ...
    def get(self, uid: str) -> Any: ...
    def list(self, query: Any) -> list[Any]: ...
    def save_draft(self, key: str, content: dict) -> None: ...
    def load_draft(self, key: str) -> dict | None: ...
    def drop_draft(self, key: str) -> None: ...


class PlanStore:
    """Loads and saves the one safety-plan entry, its draft and the step she was on."""

    def __init__(self, vault: Any) -> None:
        self._vault = vault
        self._journal: _Journal = vault.journal

    def _find_uid(self) -> str | None:
        from safeplan.core.journal.search import Query  # the lead's module; imported late for start-up

        entries = self._journal.list(Query(kinds=(SAFETY_PLAN_KIND,)))
        return entries[0].uid if entries else None

    def load(self, lang: str) -> SafetyPlan:
        """The saved plan (with any unsaved draft on top), or a fresh one from the templates."""
        uid = self._find_uid()
        draft = self._journal.load_draft(DRAFT_KEY)
        if draft is not None:
            return SafetyPlan.from_content(draft, lang, uid)
        if uid is None:
            return SafetyPlan.new(lang)
        return SafetyPlan.from_content(self._journal.get(uid).content, lang, uid)

    def has_unsaved_draft(self) -> bool:
        return self._journal.load_draft(DRAFT_KEY) is not None

    def save_draft(self, plan: SafetyPlan) -> None:
        """Encrypted scratch copy while she types (kept across a quick exit)."""
        self._journal.save_draft(DRAFT_KEY, plan.to_content())

    def save(self, plan: SafetyPlan) -> str | None:
        """Commit the plan as a new revision when it changed; returns the entry uid."""
        content = plan.to_content()
        uid = plan.uid or self._find_uid()
        if uid is not None and self._journal.get(uid).content == content:
            self._journal.drop_draft(DRAFT_KEY)
            plan.uid = uid
            return uid
        if uid is None and not plan.touched():
            # An untouched template is not worth a journal entry; nothing to keep.
            self._journal.drop_draft(DRAFT_KEY)
            return None
        plan.uid = self._journal.save(SAFETY_PLAN_KIND, content, uid)
        self._journal.drop_draft(DRAFT_KEY)
        return plan.uid

    def current_step(self) -> str | None:
        value = self._vault.get_setting(STEP_SETTING, None)
        return value if isinstance(value, str) else None

    def set_current_step(self, section_id: str) -> None:
        self._vault.set_setting(STEP_SETTING, section_id)

    def revision_count(self) -> int:
        uid = self._find_uid()
        return 0 if uid is None else int(self._journal.get(uid).revision_count)


def _read_item(raw: object, where: str) -> PlanItem:
    if not isinstance(raw, Mapping):
        raise InvalidInput("expected an object", where=where)
    text = raw.get("text", "")
    done = raw.get("done", False)
    template_id = raw.get("template_id", "") or ""
    if not isinstance(text, str):
        raise InvalidInput("expected text", where=f"{where}.text")
    if not isinstance(done, bool):
        raise InvalidInput("expected true or false", where=f"{where}.done")
    if not isinstance(template_id, str):
        raise InvalidInput("expected text", where=f"{where}.template_id")
    return PlanItem(text, done, template_id)


def _require_list(raw: object, key: str, file_name: str, where: str) -> list[Any]:
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if not isinstance(value, list):
        raise InvalidInput("expected a list", where=f"{where}.{key}".lstrip("."),
                           file_name=file_name)
    return value


def _require_str(raw: object, key: str, file_name: str, where: str) -> str:
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("expected text", where=f"{where}.{key}", file_name=file_name)
    return value


@lru_cache(maxsize=8)
def load_labels(lang: str) -> dict[str, str]:
    """Words of the printed plan and the draft outline (``plan_templates/labels.<lang>.json``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    name = f"labels.{lang}.json"
    data = json.loads(resource("plan_templates", name).read_text(encoding="utf-8"))
    labels = data.get("labels") if isinstance(data, Mapping) else None
    if not isinstance(labels, Mapping):
        raise InvalidInput("expected an object", where="labels", file_name=name)
    return {str(k): str(v) for k, v in labels.items()}


def format_date(value: date | datetime | str | None, lang: str) -> str:
    """A date the way SafePlan writes dates in that language (safeplan.core.i18n.format_day)."""
    if value is None or value == "":
        return ""
    when = parse_time(value) if isinstance(value, str) else value
    return format_day(when.year, when.month, when.day, lang)
