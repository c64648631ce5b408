"""Court-facing facts that are not entries: the witnesses she may ask the court to summon.

A private-prosecution complaint lists the witnesses to be called (CPC of Belarus art. 426). The
people she marked as witnesses — by role, or as a witness of an exported incident — are listed
with the entries naming them. How to reach them is printed only if she opts in
(``ChronologyOptions.witness_contacts``): a witness's phone number in a document the other side
receives can put that person at risk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from safeplan.core.export.data import ChronologyData


@dataclass(frozen=True)
class Witness:
    name: str
    relationship: str
    contact: str  # "" unless she chose to print contact details
    entries: tuple[str, ...]  # references of the exported entries naming this witness


@dataclass(frozen=True)
class LegalFacts:
    witnesses: tuple[Witness, ...] = field(default_factory=tuple)


def _text(value: object, limit: int = 200) -> str:
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""


def legal_facts(document: Mapping[str, Any], data: ChronologyData) -> LegalFacts:
    """Witnesses in a stable order: first entry naming them, then name (never random)."""
    people = {str(p.get("id")): p for p in document.get("people") or []
              if isinstance(p, Mapping) and not p.get("deleted")}
    named: dict[str, list[str]] = {}
    for entry in data.entries:
        ids = entry.content.get("witness_ids")
        for uid in ids if isinstance(ids, list) else []:
            if isinstance(uid, str):
                named.setdefault(uid, []).append(str(entry.number))
    chosen = list(named)
    chosen += sorted((uid for uid, p in people.items()
                      if p.get("role") == "witness" and uid not in named),
                     key=lambda uid: (data.people.get(uid, ""), uid))
    witnesses = []
    for uid in chosen:
        person = people.get(uid, {})
        name = data.people.get(uid) or _text(person.get("name")) or "—"
        contact = _text(person.get("contact")) if data.options.witness_contacts else ""
        witnesses.append(Witness(name, _text(person.get("relationship")), contact,
                                 tuple(named.get(uid, []))))
    return LegalFacts(tuple(witnesses))
