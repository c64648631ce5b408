"""The kinds of journal entries and their fields — the names of the open format (INTERCHANGE.md).

One table of field specifications serves three purposes: validating an imported file
all-or-nothing with the JSON path of the first problem, normalising what editors save, and
deriving the columns lists sort and filter on. Unknown fields are kept untouched (the open format
promises that), so a newer file survives a round trip through an older SafePlan.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.journal.chain import without_lone_surrogates

KINDS = ("person", "incident", "message", "medical", "attachment", "legal", "safety_plan",
         "risk_check")

PRECISIONS = ("exact", "minute", "day", "month", "year", "approximate")
ROLES = ("perpetrator", "witness", "trusted", "professional", "child", "other")
CATEGORIES = ("physical", "psychological", "economic", "sexual", "stalking", "threat", "property",
              "child", "digital", "other")
CHANNELS = ("sms", "telegram", "whatsapp", "viber", "signal", "email", "call", "social",
            "in-person", "other")
DIRECTIONS = ("incoming", "outgoing")
MEDICAL_KINDS = ("emergency", "gp", "forensic", "mental-health", "other")
LEGAL_KINDS = ("protection-order", "court-hearing", "deadline", "evidence-to-collect", "other")
BODY_VIEWS = ("front", "back")

# Field type codes: str, text (free text, kept byte for byte), time, int, bool, ids (list of entry
# ids), strs (list of strings), enum:<NAME>, enums:<NAME> (list), obj, list. A trailing "?" allows
# null.
FIELDS: dict[str, dict[str, str]] = {
    "person": {"name": "text", "role": "enum:ROLES?", "relationship": "text", "contact": "text",
               "notes": "text"},
    "incident": {
        "occurred_at": "time?", "precision": "enum:PRECISIONS?", "date_hint": "text",
        "ended_at": "time?", "tz_known": "bool?", "recorded_at": "time?", "title": "text",
        "description": "text", "words_said": "text", "impact": "text", "location": "text",
        "categories": "enums:CATEGORIES", "severity": "int?", "injuries": "text",
        "property_damage": "text", "weapons": "text", "perpetrator_ids": "ids",
        "witness_ids": "ids", "children_present": "bool?", "children_reaction": "text",
        "police": "obj?", "medical_ids": "ids", "actions_after": "text",
        "linked_incident_ids": "ids", "evidence_needed": "list", "tags": "strs",
        "attachment_ids": "ids", "private": "bool?", "answers_tristate": "bool?",
        "imported_from": "obj?",
    },
    "message": {
        "sent_at": "time?", "precision": "enum:PRECISIONS?", "tz_known": "bool?",
        "channel": "enum:CHANNELS?", "direction": "enum:DIRECTIONS?", "sender": "text",
        "sender_id": "text", "recipient": "text", "person_id": "str?", "conversation": "text",
        "text": "text", "attachment_ids": "ids", "service": "text", "edited_at": "time?",
        "forwarded_from": "text", "reply_to": "text", "source": "obj?",
    },
    "medical": {
        "visited_at": "time?", "precision": "enum:PRECISIONS?", "kind": "enum:MEDICAL_KINDS?",
        "facility": "text", "practitioner": "text", "findings": "text", "treatment": "text",
        "documents": "text", "body_marks": "list", "incident_ids": "ids",
        "attachment_ids": "ids", "sensitive": "bool?",
    },
    "attachment": {"file_name": "text", "media_type": "text", "size": "int?", "sha256": "str?",
                   "taken_at": "time?", "caption": "text"},
    "legal": {"kind": "enum:LEGAL_KINDS?", "starts_at": "time?", "ends_at": "time?",
              "reference": "text", "notes": "text", "done": "bool?"},
    "safety_plan": {"sections": "obj?", "last_reviewed_at": "time?"},
    "risk_check": {"answered_at": "time?", "answers": "obj?", "notes": "text"},
}

ENUMS: dict[str, tuple[str, ...]] = {
    "PRECISIONS": PRECISIONS, "ROLES": ROLES, "CATEGORIES": CATEGORIES, "CHANNELS": CHANNELS,
    "DIRECTIONS": DIRECTIONS, "MEDICAL_KINDS": MEDICAL_KINDS, "LEGAL_KINDS": LEGAL_KINDS,
}

# The field that places an entry in time, per kind.
TIME_FIELD = {"incident": "occurred_at", "message": "sent_at", "medical": "visited_at",
              "attachment": "taken_at", "legal": "starts_at", "risk_check": "answered_at",
              "safety_plan": "last_reviewed_at"}
# Reference fields: which fields hold entry ids (for id mapping on import).
ID_FIELDS = {kind: tuple(f for f, t in spec.items() if t == "ids") + (
    ("person_id",) if kind == "message" else ()) for kind, spec in FIELDS.items()}


def parse_time(value: str) -> datetime:
    """Parse an ISO 8601 time that carries its offset. A bare date counts as midnight UTC."""
    text = value.strip()
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if parsed.tzinfo is None:
        if len(text) == 10:  # a plain date
            return parsed.replace(tzinfo=UTC)
        raise ValueError("time has no UTC offset")
    return parsed


def sort_key(value: object) -> str | None:
    """UTC ISO string used for ordering and date filters (None when absent or unreadable)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return _utc_text(value)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=256)
def _utc_text(value: str) -> str:
    """``value`` as UTC ISO text; raises ValueError or OverflowError like ``parse_time``.

    Remembered for the last few times: a save validates each time field and then sorts on the
    same text, which parsed every message's time twice (issue 17.4). Failures are not cached.
    """
    return parse_time(value).astimezone(UTC).isoformat()[:19]


def validate(kind: str, content: Mapping[str, Any], where: str) -> None:
    """Raise InvalidInput naming ``where.field`` for the first field of the wrong shape."""
    if kind not in FIELDS:
        raise InvalidInput(f"unknown entry kind {kind!r}", where=where)
    if type(content) is not dict and not isinstance(content, Mapping):
        raise InvalidInput("expected an object", where=where)
    spec_of = FIELDS[kind]
    for name, value in content.items():
        spec = spec_of.get(name)
        if spec is None:
            continue  # unknown fields are kept untouched
        # The common cases, checked without a call (imports save 100,000s; issue 17.4).
        kind_of_value = type(value)
        if kind_of_value is str:
            if spec in _PLAIN_TEXT or value in _ENUM_OF.get(spec, ()):
                continue
            if spec in _TIME:
                try:
                    _utc_text(value)  # what _check asks; remembered for the sort column
                    continue
                except (ValueError, OverflowError):
                    pass  # _check words the problem
        elif kind_of_value is dict and spec in _OBJECT:
            continue
        problem = _check(spec, value)
        if problem:
            raise InvalidInput(problem, where=f"{where}.{name}")
    if kind == "incident":
        severity = content.get("severity")
        if severity is not None and not 1 <= severity <= 5:
            raise InvalidInput("severity must be 1 to 5", where=f"{where}.severity")
    if kind == "medical":
        for i, mark in enumerate(content.get("body_marks") or []):
            _check_mark(mark, f"{where}.body_marks[{i}]")


_PLAIN_TEXT = frozenset({"text", "str", "str?"})
_OBJECT = frozenset({"obj", "obj?"})
_TIME = frozenset({"time", "time?"})
# "enum:CHANNELS?" -> the allowed values (a str of one of them is valid, nullable or not).
_ENUM_OF: dict[str, frozenset[str]] = {
    f"enum:{name}{null}": frozenset(values) for name, values in ENUMS.items() for null in ("", "?")}


def _check_mark(mark: object, where: str) -> None:
    if not isinstance(mark, Mapping):
        raise InvalidInput("expected an object", where=where)
    if mark.get("view", "front") not in BODY_VIEWS:
        raise InvalidInput("view must be front or back", where=f"{where}.view")
    for axis in ("x", "y"):
        value = mark.get(axis)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise InvalidInput("must be a number from 0 to 1", where=f"{where}.{axis}")


def _check(spec: str, value: object) -> str:
    nullable = spec.endswith("?")
    code = spec.rstrip("?")
    if value is None:
        return "" if nullable or code in ("text",) else "must not be null"
    if code in ("str", "text"):
        return "" if isinstance(value, str) else "expected text"
    if code == "time":
        if not isinstance(value, str):
            return "expected an ISO 8601 time"
        try:
            _utc_text(value)  # year 9999 at −12:00 has no UTC instant
        except ValueError:
            return "expected an ISO 8601 time with its UTC offset (e.g. 2024-03-12T21:05:00+03:00)"
        except OverflowError:
            return "this time is outside the range of dates that can be ordered"
        return ""
    if code == "int":
        return "" if isinstance(value, int) and not isinstance(value, bool) else "expected a number"
    if code == "bool":
        return "" if isinstance(value, bool) else "expected true or false"
    if code in ("ids", "strs"):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return "" if ok else "expected a list of strings"
    if code.startswith("enum:"):
        allowed = ENUMS[code[5:]]
        return "" if value in allowed else f"must be one of {', '.join(allowed)}"
    if code.startswith("enums:"):
        allowed = ENUMS[code[6:]]
        if not isinstance(value, list) or not all(v in allowed for v in value):
            return f"expected a list of: {', '.join(allowed)}"
        return ""
    if code == "obj":
        return "" if isinstance(value, Mapping) else "expected an object"
    if code == "list":
        return "" if isinstance(value, list) else "expected a list"
    return f"unknown field type {spec}"


_SUMMARY_FIELDS = {
    "person": ("name",), "incident": ("title", "description"), "message": ("text", "service"),
    "medical": ("facility", "findings"), "attachment": ("file_name",),
    "legal": ("reference", "notes", "kind"), "risk_check": ("notes",), "safety_plan": (),
}


def summary_of(kind: str, content: Mapping[str, Any]) -> str:
    """A one-line summary for lists (never written to logs)."""
    for field in _SUMMARY_FIELDS.get(kind, ()):
        value = content.get(field)
        if isinstance(value, str):
            words = value.split()  # none: the field is empty or only spaces
            if words:
                return " ".join(words)[:200]
    return ""


def people_of(kind: str, content: Mapping[str, Any]) -> list[str]:
    get = content.get
    if not (get("perpetrator_ids") or get("witness_ids") or get("person_id")):
        return []  # most entries (every imported message) name nobody: three look-ups
    ids: list[str] = []
    for field in ("perpetrator_ids", "witness_ids"):
        ids.extend(v for v in content.get(field) or [] if isinstance(v, str))
    person = content.get("person_id")
    if isinstance(person, str) and person:
        ids.append(person)
    return ids


def searchable_text(content: object) -> str:
    """Every string value in an entry, for full-text search."""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    if type(content) is dict or isinstance(content, Mapping | list):  # exact type first: no ABC
        _collect_strings(content, parts)
    return "\n".join(parts)


def _collect_strings(node: Mapping[str, Any] | list[Any], parts: list[str]) -> None:
    # Depth first, in order; plain str/dict/list tested by exact type before the slower
    # isinstance checks (one call per container instead of one per value; issue 17.4).
    for value in node.values() if type(node) is dict or isinstance(node, Mapping) else node:
        kind = type(value)
        if kind is str:
            parts.append(value)
        elif kind is dict or kind is list:
            _collect_strings(value, parts)
        elif isinstance(value, str):
            parts.append(value)
        elif isinstance(value, Mapping | list):
            _collect_strings(value, parts)


# The derived columns, in the order of Journal's INSERT and UPDATE.
DERIVED_COLUMNS = ("sort_at", "summary", "categories", "people", "severity", "has_attachments",
                   "conversation", "channel", "dedup_key")


def derived_columns(kind: str, content: Mapping[str, Any], *,
                    clean: bool = False) -> dict[str, Any]:
    """The columns lists filter and sort on, by name (``derived_row`` in DERIVED_COLUMNS order)."""
    return dict(zip(DERIVED_COLUMNS, derived_row(kind, content, clean=clean), strict=True))


def derived_row(kind: str, content: Mapping[str, Any], *, clean: bool = False) -> tuple[Any, ...]:
    """The columns lists filter and sort on; recomputed on every save (revisions are the truth).

    A tuple in the order of DERIVED_COLUMNS (the journal puts it straight into its rows: no
    dict per save; issue 17.4). ``clean`` says the caller knows no string in ``content`` holds a
    lone surrogate (its canonical JSON encoded as UTF-8 as it was), so the per-column check is
    skipped.
    """
    plain = _as_str if clean else _plain
    get = content.get
    categories = get("categories") or []
    is_message = kind == "message"
    dedup = None
    if is_message:
        source = get("source") or {}
        if (type(source) is dict or isinstance(source, Mapping)) and source.get("original_id"):
            # A stable conversation id (Telegram's chat id) wins over the chat's display name.
            conversation = source.get("conversation_id") or get("conversation", "")
            dedup = "|".join([str(source.get("kind", "")), str(conversation),
                              str(source["original_id"])])
    people = people_of(kind, content)
    summary = summary_of(kind, content)
    return (sort_key(get(TIME_FIELD.get(kind, ""))),
            summary if clean else without_lone_surrogates(summary),
            f" {' '.join(categories)} " if categories else "",
            f" {' '.join(people)} " if people else "",
            get("severity"),
            1 if get("attachment_ids") else 0,
            plain(get("conversation")) if is_message else None,
            get("channel") if is_message else None,
            plain(dedup))


def _plain(value: object) -> str | None:
    return without_lone_surrogates(value) if isinstance(value, str) else None


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


# -- yes / no / not answered (issue 12, item 3; COURT_EXPORT.md "Every answer has three states") --

# The yes/no questions of the model. ``None`` (or an absent field) means "not answered" and is
# never printed as "no".
ANSWERS = {"incident": ("children_present", "police.contacted"), "legal": ("done",)}
# Written by every save that records answers in three states (the incident editor since schema 2,
# and the open-format import, whose true/false/null are explicit by contract).
ANSWERS_MARK = "answers_tristate"


def answer_value(content: Mapping[str, Any], name: str) -> bool | None:
    """The raw yes/no/None of ``name`` ("police.contacted" reads inside ``police``)."""
    if "." in name:
        outer, inner = name.split(".", 1)
        holder = content.get(outer)
        value = holder.get(inner) if isinstance(holder, Mapping) else None
    else:
        value = content.get(name)
    return value if isinstance(value, bool) else None


def stored_answer(kind: str, content: Mapping[str, Any], name: str) -> bool | None:
    """An answer as stored in the vault, read honestly.

    Rule for incidents saved before answers had three states (no ``answers_tristate`` mark): the
    old form had one tick box, so a ticked box is a recorded "yes", but an unticked box cannot be
    told apart from a question she never answered. It reads as "not answered", never as "no".
    The stored revision is not changed (evidence is never rewritten); opening the entry in the
    editor shows "not answered" and she can choose "no" explicitly.
    """
    value = answer_value(content, name)
    if value is False and kind == "incident" and not content.get(ANSWERS_MARK):
        return None
    return value


def open_format_answers(kind: str, content: Mapping[str, Any]) -> Mapping[str, Any]:
    """A copy of ``content`` for the open format, where true/false/null are explicit answers:
    an unticked box of the old form (see ``stored_answer``) is written as null."""
    if kind != "incident" or content.get(ANSWERS_MARK):
        return content  # nothing to read differently (no copy: exports of 100,000 messages)
    out = dict(content)
    for name in ANSWERS[kind]:
        if answer_value(content, name) is False:
            if "." in name:
                outer, inner = name.split(".", 1)
                out[outer] = {**out[outer], inner: None}
            else:
                out[name] = None
    return out


def has_no_answer(kind: str, content: Mapping[str, Any]) -> bool:
    """True when some yes/no question of the entry is answered "no" (False)."""
    return any(answer_value(content, name) is False for name in ANSWERS.get(kind, ()))


# -- working notes (issue 12, item 4; COURT_EXPORT.md field 17) --------------------------------

# Fields that are notes for her and her lawyer, not evidence: left out of the court copy (PDF and
# CSV) unless she includes them. An entry with ``private: true`` is left out whole, and so are
# legal entries of kind ``evidence-to-collect`` (a list of the gaps in her case).
WORKING_FIELDS = ("evidence_needed", "tags", "private")
WORKING_LEGAL_KINDS = ("evidence-to-collect",)


def is_working_note(kind: str, content: Mapping[str, Any]) -> bool:
    """True for a whole entry that is a working note (private, or evidence still to collect)."""
    return content.get("private") is True or (
        kind == "legal" and content.get("kind") in WORKING_LEGAL_KINDS)
