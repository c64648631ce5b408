"""What changed in each amended entry, field by field (issue 12, item 7).

A court must see not only that an entry was amended but what the amendment changed: a severity
raised from 4 to 5, a changed title, an added sentence. The versions come from the open-format
document itself (``revisions``: each earlier version with its ``recorded_at`` and ``content``,
oldest first, INTERCHANGE.md), so a PDF made from a JSON file shows the same appendix as one made
from the vault. Versions are redacted exactly like the entry (initials, addresses, working notes)
before they are compared, so the appendix never reveals what the body of the export leaves out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

# Keys that describe the record rather than what she wrote: never listed as a change.
_BOOKKEEPING = frozenset({"id", "ref", "revisions", "recorded_at", "imported_from", "source",
                          "answers_tristate", "deleted"})


@dataclass(frozen=True)
class Change:
    """One field of one amendment: ``field`` is the model's name ("police.station" for a part of
    an object); ``before``/``after`` are the stored values (None when absent)."""

    field: str
    before: Any
    after: Any


@dataclass
class Amendment:
    at: str  # when the newer version was saved (the vault's clock, bound by the hash chain)
    changes: list[Change] = field(default_factory=list)
    # True when the save changed only what this export leaves out (working notes, addresses,
    # names printed as initials): the appendix says so rather than hiding that a save happened
    hidden_only: bool = False


@dataclass(frozen=True)
class Deletion:
    """An entry of the export range that she moved to the trash (kept in the vault's chain)."""

    number: str
    kind: str
    deleted_at: str


def _flat(content: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in content.items():
        if key in _BOOKKEEPING:
            continue
        if isinstance(value, Mapping):
            for inner, inner_value in value.items():
                out[f"{key}.{inner}"] = inner_value
        else:
            out[key] = value
    return out


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def diff(before: Mapping[str, Any], after: Mapping[str, Any],
         order: Sequence[str] = ()) -> list[Change]:
    """Every field whose value differs, in a stable order: the model's order of the fields
    (``order``; "police.station" after "police"), then any others by name. An empty value and
    an absent one count as the same."""
    old, new = _flat(before), _flat(after)
    rank = {name: i for i, name in enumerate(order)}
    names = sorted(set(old) | set(new), key=lambda n: (rank.get(n.split(".")[0], len(rank)), n))
    changes = []
    for name in names:
        a, b = old.get(name), new.get(name)
        if a != b and not (_empty(a) and _empty(b)):
            changes.append(Change(name, a, b))
    return changes


def amendments_of(item: Mapping[str, Any], current: Mapping[str, Any], current_at: str,
                  redact: Callable[[Mapping[str, Any]], dict[str, Any]],
                  order: Sequence[str] = (),
                  prepare: Callable[[Mapping[str, Any]], Mapping[str, Any]] = lambda c: c
                  ) -> list[Amendment]:
    """The amendments of one entry: each later version compared with the one before it.

    ``item`` is the open-format item (its ``revisions`` hold the earlier versions), ``current``
    its redacted content, ``current_at`` the time the current version was saved. ``prepare``
    reads an earlier version the way the document's current content was read (yes/no answers
    of the old form), so reading rules never show up as changes.
    """
    versions: list[tuple[str, Mapping[str, Any], dict[str, Any]]] = []
    for revision in item.get("revisions") or []:
        if isinstance(revision, Mapping) and isinstance(revision.get("content"), Mapping):
            content = prepare(revision["content"])
            versions.append((str(revision.get("recorded_at") or ""), content, redact(content)))
    if not versions:
        return []
    raw_now = {k: v for k, v in item.items() if k not in _BOOKKEEPING}
    versions.append((current_at, raw_now, dict(current)))
    out = []
    for (_, raw_old, older), (at, raw_new, newer) in pairwise(versions):
        changes = diff(older, newer, order)
        if changes:
            out.append(Amendment(at, changes))
        elif diff(raw_old, raw_new):
            out.append(Amendment(at, [], hidden_only=True))
    return out
