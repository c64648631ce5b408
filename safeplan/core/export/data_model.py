"""The chronology's content after selection, as the layout reads it: entries (incidents,
medical notes, legal events), conversations of messages, exhibits, and what the summary counts.

Built by data.build; nothing here selects, numbers or formats layout.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeplan.core.export import dates
from safeplan.core.export.amendments import Amendment, Deletion
from safeplan.core.export.options import ChronologyOptions

CHRONOLOGY_KINDS = ("incident", "medical", "legal")
TIME_FIELD = {"incident": "occurred_at", "medical": "visited_at", "legal": "starts_at",
              "message": "sent_at"}

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
        return self.content.get(TIME_FIELD[self.kind])

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
    """One message of a transcript. ``citation`` is its permanent number in the vault
    (``C3.0012``, journal/citations.py), or 1…N of this export for a document without numbers."""

    citation: str
    uid: str
    content: dict[str, Any]
    sort: str
    exhibits: list[str] = field(default_factory=list)


@dataclass
class Conversation:
    """``number`` is the conversation's permanent number (the ``3`` of ``C3.0012``)."""

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
    # True when the messages carry the vault's permanent citations (C3.0012); False when they
    # are numbered 1…N in this export (a document from another program)
    permanent_citations: bool = False

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
