"""A draft outline of a private-prosecution application, built from entries she chooses.

In Belarus a private prosecution starts with her own written application to the district court,
and she brings the evidence herself (guide ``private_prosecution``). This gathers the incidents,
witnesses and exhibits she picked into the usual parts of such an application, with bracketed
gaps for what the journal does not hold. It is clearly marked, at the top and the bottom, as a
DRAFT to check with a lawyer — never presented as a finished document or as legal advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from safeplan.core.errors import EntryNotFound, InvalidInput
from safeplan.core.i18n import Catalogue
from safeplan.core.journal.model import parse_time
from safeplan.core.plan.plan import format_date, load_labels


@dataclass
class DraftSection:
    heading: str
    lines: list[str] = field(default_factory=list)


@dataclass
class DraftOutline:
    title: str
    banner: str
    sections: list[DraftSection]

    def to_text(self) -> str:
        rule = "=" * 72
        out = [rule, self.banner, rule, "", self.title, ""]
        for section in self.sections:
            out.append(section.heading.upper())
            out.extend(f"  {line}" if line else "" for line in section.lines)
            out.append("")
        out += [rule, self.banner, rule]
        return "\n".join(out) + "\n"


def when_text(content: dict[str, Any], field_name: str, lang: str) -> str:
    """A date shown with its precision; approximate dates say so and keep her own words."""
    labels = load_labels(lang)
    value = content.get(field_name)
    precision = content.get("precision") or "minute"
    hint = (content.get("date_hint") or "").strip()
    if not value:
        return f"{labels['draft_date_unknown']} ({hint})" if hint else labels["draft_date_unknown"]
    try:
        when = parse_time(value)
    except ValueError:
        return str(value)
    if precision == "year":
        text = when.strftime("%Y")
    elif precision == "month":
        text = when.strftime("%Y-%m") if lang == "en" else when.strftime("%m.%Y")
    elif precision in ("minute", "exact"):
        text = f"{format_date(when, lang)} {when.strftime('%H:%M')}"
    else:
        text = format_date(when, lang)
    if precision == "approximate":
        text = f"{labels['draft_approx']} {text}"
    return f"{text} ({hint})" if hint else text


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


# The chronology's own words and letters (context of export/labels.py), so the outline cites an
# entry exactly as the attached PDF prints it: «№ 2026-0014», «Е-0031» in ru/be.
_PDF = "ChronologyPdf"


def cited(ref: str, catalogue: Catalogue) -> str:
    """An entry's permanent reference as the chronology prints it ("" when it has none)."""
    if not ref:
        return ""
    if ref[:1] in ("E", "C"):
        return catalogue.tr(_PDF, ref[:1]) + ref[1:]
    return catalogue.tr(_PDF, "No. {number}").format(number=ref)


def build_outline(journal: Any, incident_ids: Sequence[str], witness_ids: Sequence[str],
                  exhibit_ids: Sequence[str], lang: str) -> DraftOutline:
    """Assemble the outline; an id of the wrong kind raises InvalidInput naming it."""
    labels = load_labels(lang)
    catalogue = Catalogue.load(lang)

    def fetch(uid: str, kind: str, where: str) -> Any:
        try:
            entry = journal.get(uid)
        except EntryNotFound as exc:
            raise InvalidInput("no such entry", where=where) from exc
        if entry.kind != kind:
            raise InvalidInput(f"expected a {kind} entry", where=where)
        return entry

    incidents = [fetch(uid, "incident", f"incidents[{i}]") for i, uid in enumerate(incident_ids)]
    incidents.sort(key=lambda e: e.content.get("occurred_at") or "9999")
    witnesses = [fetch(uid, "person", f"witnesses[{i}]") for i, uid in enumerate(witness_ids)]
    exhibits = [journal.get(uid) for uid in exhibit_ids]

    accused_ids: list[str] = []
    for entry in incidents:
        for pid in entry.content.get("perpetrator_ids") or []:
            if pid not in accused_ids:
                accused_ids.append(pid)
    accused_lines = []
    for pid in accused_ids:
        try:
            person = journal.get(pid).content
        except EntryNotFound:
            continue
        rel = _one_line(person.get("relationship"))
        name = _one_line(person.get("name"))
        accused_lines.append(f"{name} — {rel}" if rel else name)
    accused_lines.append(labels["draft_accused_hint"])

    events: list[str] = [labels["draft_refs_note"], ""] if incidents or exhibit_ids else []
    medical_ids: list[str] = []
    for n, entry in enumerate(incidents, 1):
        c = entry.content
        title = _one_line(c.get("title")) or _one_line(c.get("description"))[:80]
        cite = f" ({cited(entry.ref, catalogue)})" if entry.ref else ""
        events.append(f"{n}. {when_text(c, 'occurred_at', lang)} — {title}{cite}")
        if c.get("location"):
            events.append(f"   {labels['draft_place']}: {_one_line(c['location'])}")
        if c.get("description"):
            events.append(f"   {_one_line(c['description'])}")
        if c.get("words_said"):
            events.append(f"   {labels['draft_words']}: «{_one_line(c['words_said'])}»")
        if c.get("injuries"):
            events.append(f"   {labels['draft_injuries']}: {_one_line(c['injuries'])}")
        police = c.get("police") or {}
        if isinstance(police, dict) and police.get("contacted"):
            detail = ", ".join(_one_line(police.get(k)) for k in
                               ("report_number", "station", "outcome") if police.get(k))
            events.append(f"   {labels['draft_police']}: {detail or '—'}")
        medical_ids.extend(m for m in c.get("medical_ids") or [] if m not in medical_ids)
        events.append("")
    if not incidents:
        events.append(labels["draft_none_chosen"])

    evidence: list[str] = []
    number = 0
    for mid in medical_ids:
        try:
            visit = journal.get(mid)
        except EntryNotFound:
            continue
        med = visit.content
        number += 1
        what = ", ".join(_one_line(med.get(k)) for k in ("facility", "findings") if med.get(k))
        ref = f" {cited(visit.ref, catalogue)}" if visit.ref else ""
        evidence.append(f"{number}. {labels['draft_medical']}{ref}: "
                        f"{when_text(med, 'visited_at', lang)} — {what}")
    for entry in exhibits:
        number += 1
        c = entry.content
        ref = f"{cited(entry.ref, catalogue)} · " if entry.ref else ""
        if entry.kind == "attachment":
            line = (f"{number}. {ref}"
                    f"{_one_line(c.get('caption')) or _one_line(c.get('file_name'))}")
            line += f" ({_one_line(c.get('file_name'))}"
            if c.get("taken_at"):
                line += f", {labels['draft_taken']} {when_text(c, 'taken_at', lang)}"
            line += ")"
            evidence.append(line)
            if c.get("sha256"):
                evidence.append(f"   {labels['draft_fingerprint']}: {c['sha256']}")
        else:
            summary = (_one_line(c.get("title")) or _one_line(c.get("text"))
                       or _one_line(c.get("findings")) or entry.kind)
            evidence.append(f"{number}. {ref}{summary[:160]}")
    if not evidence:
        evidence.append(labels["draft_none_chosen"])

    witness_lines: list[str] = []
    for n, entry in enumerate(witnesses, 1):
        c = entry.content
        witness_lines.append(f"{n}. {_one_line(c.get('name'))}")
        contact = _one_line(c.get("contact")) or labels["draft_address_hint"]
        witness_lines.append(f"   {labels['draft_contact']}: {contact}")
        seen = [when_text(i.content, "occurred_at", lang) for i in incidents
                if entry.uid in (i.content.get("witness_ids") or [])]
        if seen:
            witness_lines.append(f"   {labels['draft_witness_saw']}: {'; '.join(seen)}")
    if not witnesses:
        witness_lines.append(labels["draft_none_chosen"])

    return DraftOutline(labels["draft_title"], labels["draft_banner"], [
        DraftSection(labels["draft_court"], [labels["draft_court_hint"]]),
        DraftSection(labels["draft_applicant"], [labels["draft_applicant_hint"]]),
        DraftSection(labels["draft_accused"], accused_lines),
        DraftSection(labels["draft_events"], events),
        DraftSection(labels["draft_evidence"], evidence),
        DraftSection(labels["draft_witnesses"], witness_lines),
        DraftSection(labels["draft_request"], [labels["draft_request_text"]]),
        DraftSection(labels["draft_sign"], [labels["draft_sign_hint"]]),
    ])
