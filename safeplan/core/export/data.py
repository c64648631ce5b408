"""The chronology's content, selected and numbered, before any layout.

Reads the open-format document (INTERCHANGE.md), applies the survivor's options (date range, forms
of abuse, people, sensitive notes, working notes, initials, addresses) and numbers everything the
way the PDF and the CSV cite it. Entries and exhibits keep the permanent references the vault gave
them when they were created (``2024-0014``, ``E-0031``; storage.schema.References), so a filtered
export cites the same numbers as a full one; a document without references (another program's
file) is numbered 1…N / E1… instead. Conversations are C1…, messages C1.0001….

Order is deterministic (issue 12, item 2): time, then the position in the source (the line or
record of the imported file, or the order the vault created the entries), then the document's own
order — never a random id — and a reply never precedes the message it answers. Nothing here
formats layout, so the PDF, the CSV and the manifest agree on numbers by construction.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeplan.core.export import dates
from safeplan.core.export.amendments import Amendment, Deletion, amendments_of
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.redact import initial_for, part_patterns
from safeplan.core.journal.model import (
    FIELDS,
    WORKING_FIELDS,
    is_working_note,
    open_format_answers,
)

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
    """One row of the chronology (an incident, a medical note or a legal event).

    ``number`` is its permanent reference (``2024-0014``), ``position`` its place 1…N in this
    export. ``recorded_at`` is when this vault first saved it (bound by the hash chain); for an
    entry imported from a file that is the import time, and the time the file claims is
    ``stated_recorded_at`` (issue 12, item 5).
    """

    number: str
    kind: str
    uid: str
    content: dict[str, Any]
    sort: str
    revision_times: list[str] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)
    position: int = 0
    amendments: list[Amendment] = field(default_factory=list)

    @property
    def time_value(self) -> object:
        return self.content.get(_TIME_FIELD[self.kind])

    @property
    def stated_recorded_at(self) -> str:
        """The "recorded" time stated in the imported file ("" for her own entries, and for a
        file that stated none: the open-format export then fills in the vault's own time)."""
        stated = str(self.content.get("recorded_at") or "") if self.imported else ""
        return "" if stated in self.revision_times[:1] else stated

    @property
    def recorded_at(self) -> str:
        first = self.revision_times[0] if self.revision_times else ""
        return first or str(self.content.get("recorded_at") or "")

    @property
    def imported(self) -> bool:
        if isinstance(self.content.get("imported_from"), Mapping):
            return True
        stated = self.content.get("recorded_at")
        own = self.revision_times[0] if self.revision_times else ""
        return bool(stated and own and stated != own)

    @property
    def imported_from(self) -> str:
        source = self.content.get("imported_from")
        return str(source.get("file_name") or "") if isinstance(source, Mapping) else ""

    @property
    def amended_at(self) -> list[str]:
        """When each amendment was saved: earlier versions carried in from an imported journal
        (INTERCHANGE ``revisions``) newer than the first record, then this vault's own updates."""
        first = self.stated_recorded_at or self.recorded_at
        imported = [str(r.get("recorded_at")) for r in self.content.get("revisions") or []
                    if isinstance(r, dict) and r.get("recorded_at")
                    and dates.sort_key(r.get("recorded_at")) > dates.sort_key(first)
                    and r.get("recorded_at") not in self.revision_times]
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
    # when this vault stored the file (bound by the hash chain); for a file imported from another
    # journal that is the import time, not the time the file's journal claims (issue 12.5)
    recorded_at: str = ""


@dataclass
class ChronologyData:
    options: ChronologyOptions
    people: dict[str, str]
    entries: list[Entry]
    conversations: list[Conversation]
    exhibits: list[Exhibit]
    deletions: list[Deletion] = field(default_factory=list)
    # True only when this export writes an evidence bundle (zip) with the original files: the
    # PDF may then say "the original is provided with the bundle" (set by export_from_source).
    with_bundle: bool = False

    @property
    def self_recorded_count(self) -> int:
        """Chronology entries she recorded in this vault herself (for the statement of truth)."""
        return sum(1 for e in self.entries if not e.imported)

    @property
    def imported_count(self) -> int:
        """Chronology entries imported from files (listed by number in the statement)."""
        return sum(1 for e in self.entries if e.imported)

    @property
    def amended(self) -> list[Entry]:
        return [e for e in self.entries if e.amendments]

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

    def messages_per_day(self, conversation: Conversation | None = None) -> dict[date, int]:
        """Messages per calendar day, of one conversation or of all of them."""
        per: Counter[date] = Counter()
        for conv in self.conversations if conversation is None else [conversation]:
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
        if not self.options.include_working_notes:
            for key in WORKING_FIELDS:
                out.pop(key, None)
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
          revision_times: Callable[[str], list[str]],
          deletions: Sequence[Mapping[str, Any]] = ()) -> ChronologyData:
    """Select, redact and number the content of ``document`` according to ``options``.

    ``deletions`` are the trashed entries of the vault (``id``, ``kind``, ``ref``,
    ``deleted_at``, ``content``) for the amendment appendix's list of deleted entries.
    """
    people_raw = {str(p.get("id")): p for p in _items(document, "people")}
    redactor = _Redactor(people_raw, options)
    people = {}
    for uid, person in people_raw.items():
        name = str(person.get("name") or "").strip() or uid
        people[uid] = initials_of(name) if uid in options.initials else name
    wanted_people = set(options.people)
    wanted_forms = set(options.categories)
    filtered = bool(wanted_forms or wanted_people)

    incidents = [item for item in _items(document, "incidents")
                 if _wanted("incident", item, options, wanted_forms, wanted_people)]
    kept_incidents = {str(i.get("id")) for i in incidents}
    medical = []
    for item in _items(document, "medical"):
        if not _wanted("medical", item, options, wanted_forms, wanted_people):
            continue
        links = set(item.get("incident_ids") or [])
        if filtered and links and not links & kept_incidents:
            continue
        medical.append(item)
    legal = [i for i in _items(document, "legal")
             if _wanted("legal", i, options, wanted_forms, wanted_people)]

    rows: list[tuple[tuple[Any, ...], str, Mapping[str, Any]]] = []
    for kind, items in (("incident", incidents), ("medical", medical), ("legal", legal)):
        for index, item in enumerate(items):
            # time, then the order the vault created them (the permanent reference), then the
            # document's order: the same journal always gives the same order (never a random id)
            rows.append(((dates.sort_key(item.get(_TIME_FIELD[kind])), _ref_order(item.get("ref")),
                          CHRONOLOGY_KINDS.index(kind), index), kind, item))
    rows.sort(key=lambda r: r[0])
    with_refs = all(isinstance(item.get("ref"), str) and item.get("ref") for _, _, item in rows)
    entries = []
    for position, (_, kind, item) in enumerate(rows, start=1):
        uid = str(item.get("id"))
        times = revision_times(uid)
        content = redactor.entry(item)
        entry = Entry(str(item["ref"]) if with_refs else str(position), kind, uid, content,
                      dates.sort_key(item.get(_TIME_FIELD[kind])), times, position=position)
        entry.amendments = amendments_of(
            item, content, times[-1] if times else "", redactor.entry, list(FIELDS[kind]),
            lambda c, kind=kind: open_format_answers(kind, c))  # type: ignore[misc]
        entries.append(entry)

    conversations: list[Conversation] = []
    if options.include_messages:
        conversations = _conversations(document, options, wanted_people, redactor, people)

    attachments = {str(a.get("id")): a for a in _items(document, "attachments")
                   if options.include_working_notes or not is_working_note("attachment", a)}
    numbered = all(isinstance(a.get("ref"), str) and a.get("ref") for a in attachments.values())
    exhibits: dict[str, Exhibit] = {}

    def exhibit(aid: str) -> Exhibit:
        if aid not in exhibits:
            number = str(attachments[aid]["ref"]) if numbered else f"E{len(exhibits) + 1}"
            times = revision_times(aid)
            exhibits[aid] = Exhibit(number, aid, redactor.entry(attachments[aid]),
                                    recorded_at=times[0] if times else str(
                                        attachments[aid].get("recorded_at") or ""))
        return exhibits[aid]

    def refer(ids: object, by: str) -> list[str]:
        numbers = []
        for aid in ids if isinstance(ids, list) else []:
            if aid in attachments:
                found = exhibit(aid)
                found.referred_by.append(by)
                numbers.append(found.number)
        return numbers

    for entry in entries:
        entry.exhibits = refer(entry.content.get("attachment_ids"), entry.number)
    for conv in conversations:
        for msg in conv.messages:
            msg.exhibits = refer(msg.content.get("attachment_ids"), msg.citation)
    # Every file of the export range is listed, also one no entry links (a photo she added on
    # its own); the files a chat export was read from are cited in the transcripts instead.
    sources = {str((m.get("source") or {}).get("file_sha256") or "")
               for m in _items(document, "messages") if isinstance(m.get("source"), Mapping)}
    if not filtered:
        for aid, item in attachments.items():
            if aid in exhibits or str(item.get("sha256") or "") in sources:
                continue
            when = item.get("taken_at") or item.get("recorded_at")
            if _in_range(when, options):
                exhibit(aid)
    listed = sorted(exhibits.values(), key=lambda e: _ref_order(e.number)) if numbered \
        else list(exhibits.values())
    gone = _deletions(deletions, options, wanted_forms, wanted_people)
    return ChronologyData(options, people, entries, conversations, listed, gone)


def _wanted(kind: str, item: Mapping[str, Any], options: ChronologyOptions,
            wanted_forms: set[str], wanted_people: set[str]) -> bool:
    """The filters every chronology entry passes: date range, working notes, sensitive notes,
    forms of abuse and people (the last two select incidents)."""
    if not options.include_working_notes and is_working_note(kind, item):
        return False
    if kind == "medical" and _is_sensitive(item) and not options.include_sensitive:
        return False
    if not _in_range(item.get(_TIME_FIELD[kind]), options):
        return False
    if kind != "incident":
        return True
    if wanted_forms and not wanted_forms & set(item.get("categories") or []):
        return False
    involved = set(item.get("perpetrator_ids") or []) | set(item.get("witness_ids") or [])
    return not (wanted_people and not wanted_people & involved)


def _deletions(deleted: Sequence[Mapping[str, Any]], options: ChronologyOptions,
               wanted_forms: set[str], wanted_people: set[str]) -> list[Deletion]:
    out = []
    for raw in deleted:
        kind = str(raw.get("kind") or "")
        content = raw.get("content")
        if kind not in CHRONOLOGY_KINDS or not isinstance(content, Mapping) or not raw.get("ref"):
            continue
        item = _normalise(content, FIELDS[kind])
        if _wanted(kind, item, options, wanted_forms, wanted_people):
            out.append(Deletion(str(raw["ref"]), kind, str(raw.get("deleted_at") or "")))
    return sorted(out, key=lambda d: _ref_order(d.number))


_NUMBER = re.compile(r"\d+")


def _ref_order(ref: object) -> tuple[int, ...]:
    """Permanent references in creation order ("2024-0014" → (2024, 14), "E-0031" → (31,));
    numbers beyond 9999 still sort after 9999. Missing ones sort last."""
    if not isinstance(ref, str) or not ref:
        return (1 << 30,)
    return tuple(int(n) for n in _NUMBER.findall(ref)) or (1 << 30,)


def _source_order(item: Mapping[str, Any], index: int) -> tuple[Any, ...]:
    """Where a message stood in the file it was imported from: (file, position in the file).

    ``source.position`` is the importers' ordinal; older imports carry only ``location``
    ("line 12", "lines 12-14", "message 4711"), whose first number keeps the same order. The
    document's own order (``index``) comes last, so ties never fall to a random id.
    """
    source = item.get("source")
    if not isinstance(source, Mapping):
        return ("", 0, index)
    position = source.get("position")
    if not isinstance(position, int) or isinstance(position, bool):
        found = _NUMBER.search(str(source.get("location") or ""))
        original = str(source.get("original_id") or "")
        position = int(found.group()) if found else int(original) if original.isdigit() else 0
    return (str(source.get("file_sha256") or ""), position, index)


def _replies_after_their_message(items: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """A reply is never printed before the message it answers when both carry the same time
    (a minute-precision export stamps them alike); a reply timed earlier keeps its time order."""
    by_original = {str((m.get("source") or {}).get("original_id")): m for m in items
                   if isinstance(m.get("source"), Mapping)}
    out = list(items)
    for reply in items:
        target = by_original.get(str(reply.get("reply_to") or ""))
        if target is None or target is reply:
            continue
        here, there = out.index(reply), out.index(target)
        if there > here and dates.sort_key(reply.get("sent_at")) == dates.sort_key(
                target.get("sent_at")):
            out.pop(here)
            out.insert(out.index(target) + 1, reply)
    return out


def _conversations(document: Mapping[str, Any], options: ChronologyOptions,
                   wanted_people: set[str], redactor: _Redactor,
                   people: Mapping[str, str]) -> list[Conversation]:
    groups: dict[tuple[str, str], list[tuple[tuple[Any, ...], Mapping[str, Any]]]] = {}
    for index, item in enumerate(_items(document, "messages")):
        if not _in_range(item.get("sent_at"), options):
            continue
        if wanted_people and item.get("person_id") not in wanted_people:
            continue
        if not options.include_working_notes and is_working_note("message", item):
            continue
        key = (str(item.get("channel") or ""), str(item.get("conversation") or ""))
        order = (dates.sort_key(item.get("sent_at")), *_source_order(item, index))
        groups.setdefault(key, []).append((order, item))
    ordered = sorted(groups.items(), key=lambda kv: (min(o for o, _ in kv[1]), kv[0]))
    out = []
    for number, ((channel, title), pairs) in enumerate(ordered, start=1):
        conv = Conversation(number, redactor.text(title), channel)
        items = _replies_after_their_message([m for _, m in sorted(pairs, key=lambda p: p[0])])
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
