"""The chronology's content, selected and numbered, before any layout.

Reads the open-format document (INTERCHANGE.md), applies the survivor's options (date range, forms
of abuse, people, sensitive notes, working notes, initials, addresses) and numbers everything the
way the PDF and the CSV cite it. Entries and exhibits keep the permanent references the vault gave
them when they were created (``2024-0014``, ``E-0031``; storage.schema.References), and messages
their permanent citations (``C3.0012``; journal/citations.py, transcripts in data_messages.py), so
a filtered export cites the same numbers as a full one; a document without them (another
program's file) is numbered 1…N / E1… / C1.0001… instead.

Order is deterministic (issue 12, item 2): time, then the position in the source (the line or
record of the imported file, or the order the vault created the entries), then the document's own
order — never a random id — and a reply never precedes the message it answers. Nothing here
formats layout, so the PDF, the CSV and the manifest agree on numbers by construction.

The parts: data_model.py (what the layout reads), data_filters.py (reading the document, date
range, redaction), data_messages.py (transcripts); this module selects and numbers the entries
and exhibits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from safeplan.core.export import dates
from safeplan.core.export.amendments import Deletion, amendments_of
from safeplan.core.export.data_filters import Redactor, in_range, initials_of, is_sensitive
from safeplan.core.export.data_filters import items as _items
from safeplan.core.export.data_filters import normalise as _normalise
from safeplan.core.export.data_messages import conversations as _conversations
from safeplan.core.export.data_messages import permanent as _permanent
from safeplan.core.export.data_model import (
    CHRONOLOGY_KINDS,
    TIME_FIELD,
    ChronologyData,
    Conversation,
    Entry,
    Exhibit,
    Message,
)
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.journal.model import FIELDS, is_working_note, open_format_answers

# The names other modules import from here (the layout, the CSV, tests).
__all__ = ["CHRONOLOGY_KINDS", "ChronologyData", "Conversation", "Entry", "Exhibit", "Message",
           "build", "initials_of"]


def build(document: Mapping[str, Any], options: ChronologyOptions,
          revision_times: Callable[[str], list[str]],
          deletions: Sequence[Mapping[str, Any]] = ()) -> ChronologyData:
    """Select, redact and number the content of ``document`` according to ``options``.

    ``deletions`` are the trashed entries of the vault (``id``, ``kind``, ``ref``,
    ``deleted_at``, ``content``) for the amendment appendix's list of deleted entries.
    """
    people_raw = {str(p.get("id")): p for p in _items(document, "people")}
    redactor = Redactor(people_raw, options)
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
            rows.append(((dates.sort_key(item.get(TIME_FIELD[kind])), _ref_order(item.get("ref")),
                          CHRONOLOGY_KINDS.index(kind), index), kind, item))
    rows.sort(key=lambda r: r[0])
    with_refs = all(isinstance(item.get("ref"), str) and item.get("ref") for _, _, item in rows)
    entries = []
    for position, (_, kind, item) in enumerate(rows, start=1):
        uid = str(item.get("id"))
        times = revision_times(uid)
        content = redactor.entry(item)
        entry = Entry(str(item["ref"]) if with_refs else str(position), kind, uid, content,
                      dates.sort_key(item.get(TIME_FIELD[kind])), times, position=position)
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
            if in_range(when, options):
                exhibit(aid)
    listed = sorted(exhibits.values(), key=lambda e: _ref_order(e.number)) if numbered \
        else list(exhibits.values())
    gone = _deletions(deletions, options, wanted_forms, wanted_people)
    return ChronologyData(options, people, entries, conversations, listed, gone,
                          permanent_citations=_permanent(document))


def _wanted(kind: str, item: Mapping[str, Any], options: ChronologyOptions,
            wanted_forms: set[str], wanted_people: set[str]) -> bool:
    """The filters every chronology entry passes: date range, working notes, sensitive notes,
    forms of abuse and people (the last two select incidents)."""
    if not options.include_working_notes and is_working_note(kind, item):
        return False
    if kind == "medical" and is_sensitive(item) and not options.include_sensitive:
        return False
    if not in_range(item.get(TIME_FIELD[kind]), options):
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
