"""Selection helpers of the chronology: the document's lists read defensively, the date range,
sensitive notes, and the redaction of names (initials) and addresses on copies of the entries."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from safeplan.core.export import dates
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.redact import initial_for, part_patterns
from safeplan.core.journal.model import FIELDS, WORKING_FIELDS

_TEXT_FIELDS = ("title", "description", "words_said", "impact", "location", "injuries",
                "property_damage", "weapons", "children_reaction", "actions_after", "findings",
                "treatment", "documents", "facility", "practitioner", "notes", "reference",
                "text", "sender", "recipient", "conversation", "forwarded_from", "date_hint",
                "caption")


def initials_of(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return " ".join(f"{p[0].upper()}." for p in parts) or "—"


def is_sensitive(item: Mapping[str, Any]) -> bool:
    # Mental-health notes count as sensitive even if not flagged (COURT_EXPORT.md, "Options").
    return bool(item.get("sensitive")) or item.get("kind") == "mental-health"


def in_range(value: object, options: ChronologyOptions) -> bool:
    if options.date_from is None and options.date_to is None:
        return True
    day = dates.local_date(value)
    if day is None:
        return False
    if options.date_from and day < options.date_from:
        return False
    return not (options.date_to and day > options.date_to)


class Redactor:
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



_KIND_OF_LIST = {"people": "person", "incidents": "incident", "messages": "message",
                 "medical": "medical", "attachments": "attachment", "legal": "legal"}


def items(document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = document.get(key) or []
    items = [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
    spec = FIELDS[_KIND_OF_LIST[key]]
    return [normalise(v, spec) for v in items if not v.get("deleted")]


def normalise(item: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
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
