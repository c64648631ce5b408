"""The chronology's content, selected and numbered, before any layout.

Reads the open-format document (INTERCHANGE.md), applies the survivor's options (date range, forms
of abuse, people, sensitive notes, initials, addresses) and numbers everything the way the PDF and
the CSV cite it: entries 1…N in time order, conversations C1…, messages C1.0001…, exhibits E1….
Nothing here formats layout, so the PDF, the CSV and the manifest agree on numbers by construction.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeplan.core.export import dates
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.redact import initial_for, part_patterns
from safeplan.core.journal.model import FIELDS

_TEXT_FIELDS = ("title", "description", "words_said", "impact", "location", "injuries",
                "property_damage", "weapons", "children_reaction", "actions_after", "findings",
                "treatment", "documents", "facility", "practitioner", "notes", "reference",
                "text", "sender", "recipient", "conversation", "forwarded_from", "date_hint",
                "caption")
CHRONOLOGY_KINDS = ("incident", "medical", "legal")
_TIME_FIELD = {"incident": "occurred_at", "medical": "visited_at", "legal": "starts_at",
               "message": "sent_at"}
_LIST_KEY = {"incident": "incidents", "medical": "medical", "legal": "legal",
             "message": "messages"}


@dataclass
class Entry:
    """One numbered row of the chronology (an incident, a medical note or a legal event)."""

    number: int
    kind: str
    uid: str
    content: dict[str, Any]
    sort: str
    revision_times: list[str] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)

    @property
    def time_value(self) -> object:
        return self.content.get(_TIME_FIELD[self.kind])

    @property
    def recorded_at(self) -> str:
        first = self.revision_times[0] if self.revision_times else ""
        return str(self.content.get("recorded_at") or first)

    @property
    def amended_at(self) -> list[str]:
        """Later versions: earlier revisions carried in from an imported journal (INTERCHANGE
        ``revisions``) that are newer than the first record, then this vault's own updates."""
        first = self.recorded_at
        imported = [str(r.get("recorded_at")) for r in self.content.get("revisions") or []
                    if isinstance(r, dict) and r.get("recorded_at")
                    and dates.sort_key(r.get("recorded_at")) > dates.sort_key(first)]
        own = self.revision_times[1:]  # every later save, even within the same second
        return sorted(set(imported), key=dates.sort_key) + own


@dataclass
class Message:
    citation: str
    uid: str
    content: dict[str, Any]
    sort: str
    exhibits: list[str] = field(default_factory=list)


@dataclass
class Conversation:
    number: int
    title: str
    channel: str
    messages: list[Message] = field(default_factory=list)
    # (file name, SHA-256) of each export file the messages were read from, first seen first:
    # the transcript prints them so a lawyer can check the survivor's original export against
    # the PDF (threat A4). The files themselves stay out of the bundle: a whole-account export
    # holds every other chat of hers too.
    sources: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Exhibit:
    number: str
    uid: str
    content: dict[str, Any]
    referred_by: list[str] = field(default_factory=list)  # entry numbers "12" or citations "C1.0003"


@dataclass
class ChronologyData:
    options: ChronologyOptions
    people: dict[str, str]
    entries: list[Entry]
    conversations: list[Conversation]
    exhibits: list[Exhibit]

    @property
    def incidents(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "incident"]

    def count(self, kind: str) -> int:
        if kind == "message":
            return sum(len(c.messages) for c in self.conversations)
        return sum(1 for e in self.entries if e.kind == kind)

    def forms_count(self) -> Counter[str]:
        return Counter(c for e in self.incidents for c in e.content.get("categories") or [])

    def incidents_per_month(self) -> dict[str, Counter[int]]:
        """'YYYY-MM' → severity (0 = not rated) → count, months without incidents included."""
        per: dict[str, Counter[int]] = {}
        for entry in self.incidents:
            day = dates.local_date(entry.time_value)
            if day is None:
                continue
            sev = entry.content.get("severity")
            per.setdefault(f"{day.year:04d}-{day.month:02d}", Counter())[
                sev if isinstance(sev, int) and 1 <= sev <= 5 else 0] += 1
        return _fill_months(per)

    def messages_per_day(self) -> dict[date, int]:
        per: Counter[date] = Counter()
        for conv in self.conversations:
            for msg in conv.messages:
                day = dates.local_date(msg.content.get("sent_at"))
                if day is not None:
                    per[day] += 1
        return dict(sorted(per.items()))

    def person_names(self, ids: object) -> list[str]:
        if not isinstance(ids, list):
            return []
        return [self.people.get(i, str(i)) for i in ids if isinstance(i, str)]


def _fill_months(per: dict[str, Counter[int]]) -> dict[str, Counter[int]]:
    if not per:
        return {}
    keys = sorted(per)
    year, month = (int(x) for x in keys[0].split("-"))
    last = keys[-1]
    out: dict[str, Counter[int]] = {}
    while True:
        key = f"{year:04d}-{month:02d}"
        out[key] = per.get(key, Counter())
        if key >= last or len(out) > 1200:
            return out
        month += 1
        if month > 12:
            year, month = year + 1, 1


def initials_of(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return " ".join(f"{p[0].upper()}." for p in parts) or "—"


def _is_sensitive(item: Mapping[str, Any]) -> bool:
    # Mental-health notes count as sensitive even if not flagged (COURT_EXPORT.md, "Options").
    return bool(item.get("sensitive")) or item.get("kind") == "mental-health"


def _in_range(value: object, options: ChronologyOptions) -> bool:
    if options.date_from is None and options.date_to is None:
        return True
    day = dates.local_date(value)
    if day is None:
        return False
    if options.date_from and day < options.date_from:
        return False
    return not (options.date_to and day > options.date_to)


class _Redactor:
    """Applies "names → initials" and "leave out addresses" to copies of the entries."""

    def __init__(self, people: Mapping[str, Mapping[str, Any]], options: ChronologyOptions) -> None:
        self.options = options
        self.swaps: list[tuple[str, str]] = []
        for uid in options.initials:
            name = str((people.get(uid) or {}).get("name") or "").strip()
            if name:
                self.swaps.append((name, initials_of(name)))
        self.swaps.sort(key=lambda pair: -len(pair[0]))  # longest first: full name before part
        self.parts = part_patterns(name for name, _ in self.swaps)

    def text(self, value: str) -> str:
        for name, short in self.swaps:
            value = value.replace(name, short)
        for pattern, short in self.parts:
            value = pattern.sub(initial_for(short), value)
        return value

    def entry(self, item: Mapping[str, Any]) -> dict[str, Any]:
        out = copy.deepcopy(dict(item))
        if self.options.leave_out_addresses:
            out.pop("location", None)
        if self.swaps:
            for key in _TEXT_FIELDS:
                if isinstance(out.get(key), str):
                    out[key] = self.text(out[key])
            police = out.get("police")
            if isinstance(police, dict):
                for key, value in police.items():
                    if isinstance(value, str):
                        police[key] = self.text(value)
        return out


def build(document: Mapping[str, Any], options: ChronologyOptions,
          revision_times: Callable[[str], list[str]]) -> ChronologyData:
    """Select, redact and number the content of ``document`` according to ``options``."""
    people_raw = {str(p.get("id")): p for p in _items(document, "people")}
    redactor = _Redactor(people_raw, options)
    people = {}
    for uid, person in people_raw.items():
        name = str(person.get("name") or "").strip() or uid
        people[uid] = initials_of(name) if uid in options.initials else name
    wanted_people = set(options.people)
    wanted_forms = set(options.categories)

    incidents = []
    for item in _items(document, "incidents"):
        if not _in_range(item.get("occurred_at"), options):
            continue
        if wanted_forms and not wanted_forms & set(item.get("categories") or []):
            continue
        involved = set(item.get("perpetrator_ids") or []) | set(item.get("witness_ids") or [])
        if wanted_people and not wanted_people & involved:
            continue
        incidents.append(item)
    kept_incidents = {str(i.get("id")) for i in incidents}
    filtered = bool(wanted_forms or wanted_people)

    medical = []
    for item in _items(document, "medical"):
        if _is_sensitive(item) and not options.include_sensitive:
            continue
        if not _in_range(item.get("visited_at"), options):
            continue
        links = set(item.get("incident_ids") or [])
        if filtered and links and not links & kept_incidents:
            continue
        medical.append(item)
    legal = [i for i in _items(document, "legal") if _in_range(i.get("starts_at"), options)]

    rows: list[tuple[str, str, Mapping[str, Any]]] = []
    for kind, items in (("incident", incidents), ("medical", medical), ("legal", legal)):
        rows.extend((kind, str(i.get("id")), i) for i in items)
    rows.sort(key=lambda r: (dates.sort_key(r[2].get(_TIME_FIELD[r[0]])),
                             CHRONOLOGY_KINDS.index(r[0]), r[1]))
    entries = [Entry(n, kind, uid, redactor.entry(item), dates.sort_key(
        item.get(_TIME_FIELD[kind])), revision_times(uid))
        for n, (kind, uid, item) in enumerate(rows, start=1)]

    conversations: list[Conversation] = []
    if options.include_messages:
        conversations = _conversations(document, options, wanted_people, redactor, people)

    attachments = {str(a.get("id")): a for a in _items(document, "attachments")}
    exhibits: dict[str, Exhibit] = {}

    def refer(ids: object, by: str) -> list[str]:
        numbers = []
        for aid in ids if isinstance(ids, list) else []:
            if aid not in attachments:
                continue
            if aid not in exhibits:
                exhibits[aid] = Exhibit(f"E{len(exhibits) + 1}", aid,
                                        redactor.entry(attachments[aid]))
            exhibits[aid].referred_by.append(by)
            numbers.append(exhibits[aid].number)
        return numbers

    for entry in entries:
        entry.exhibits = refer(entry.content.get("attachment_ids"), str(entry.number))
    for conv in conversations:
        for msg in conv.messages:
            msg.exhibits = refer(msg.content.get("attachment_ids"), msg.citation)
    return ChronologyData(options, people, entries, conversations, list(exhibits.values()))


def _conversations(document: Mapping[str, Any], options: ChronologyOptions,
                   wanted_people: set[str], redactor: _Redactor,
                   people: Mapping[str, str]) -> list[Conversation]:
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for item in _items(document, "messages"):
        if not _in_range(item.get("sent_at"), options):
            continue
        if wanted_people and item.get("person_id") not in wanted_people:
            continue
        key = (str(item.get("channel") or ""), str(item.get("conversation") or ""))
        groups.setdefault(key, []).append(item)
    ordered = sorted(groups.items(), key=lambda kv: (
        min(dates.sort_key(m.get("sent_at")) for m in kv[1]), kv[0]))
    out = []
    for number, ((channel, title), items) in enumerate(ordered, start=1):
        conv = Conversation(number, redactor.text(title), channel)
        items = sorted(items, key=lambda m: (dates.sort_key(m.get("sent_at")), str(m.get("id"))))
        for index, item in enumerate(items, start=1):
            content = redactor.entry(item)
            pid = item.get("person_id")
            if isinstance(pid, str) and pid in options.initials and pid in people:
                content["sender" if item.get("direction") != "outgoing" else "recipient"] = \
                    people[pid]
            conv.messages.append(Message(f"C{number}.{index:04d}", str(item.get("id")), content,
                                         dates.sort_key(item.get("sent_at"))))
            source = item.get("source")
            if isinstance(source, Mapping):
                pair = (str(source.get("file_name") or ""), str(source.get("file_sha256") or ""))
                if pair[1] and pair not in conv.sources:
                    conv.sources.append(pair)
        out.append(conv)
    return out


_KIND_OF_LIST = {"people": "person", "incidents": "incident", "messages": "message",
                 "medical": "medical", "attachments": "attachment", "legal": "legal"}


def _items(document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = document.get(key) or []
    items = [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
    spec = FIELDS[_KIND_OF_LIST[key]]
    return [_normalise(v, spec) for v in items if not v.get("deleted")]


def _normalise(item: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
    """Coerce every known field to the shape the layout expects (model.FIELDS), so a document
    with odd values — from another program, or hand-edited — prints what it can and never
    crashes the export. Unknown fields are kept as they are."""
    out = dict(item)
    out["id"] = str(item.get("id", ""))
    for name, code in spec.items():
        if name not in out:
            continue
        value, kind = out[name], code.rstrip("?")
        if kind in ("text", "str", "time") or kind.startswith("enum:"):
            out[name] = value if isinstance(value, str) else ("" if value is None else str(value))
            if kind != "text" and not out[name]:
                out[name] = None
        elif kind in ("ids", "strs") or kind.startswith("enums:"):
            out[name] = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
            out[name] = value if ok else None
        elif kind == "bool":
            out[name] = value if isinstance(value, bool) else None
        elif kind == "obj":
            out[name] = dict(value) if isinstance(value, Mapping) else None
        elif kind == "list":
            out[name] = [dict(v) for v in value if isinstance(v, Mapping)] \
                if isinstance(value, list) else []
    if "revisions" in out:
        revisions = out["revisions"]
        out["revisions"] = [dict(r) for r in revisions if isinstance(r, Mapping)] \
            if isinstance(revisions, list) else []
    return out
