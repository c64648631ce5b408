"""The appendix of amendments: for each amended entry, field by field, what it said before and
after, with the time each change was saved; then the entries of the period moved to the trash
(issue 12, item 7; COURT_EXPORT.md "Amendments").

Values are printed as the entry prints them (names, entry and exhibit numbers, forms of abuse in
words, answers as yes / no / not stated) and long texts flow as chunked paragraphs, never inside a
table cell, so a long changed description can never raise LayoutError.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from safeplan.core.export import dates
from safeplan.core.export import text as tx
from safeplan.core.export.amendments import Change
from safeplan.core.export.context import RenderContext
from safeplan.core.export.labels import CATEGORIES, KINDS, LEGAL_KINDS, MEDICAL_KINDS, T
from safeplan.core.export.labels_fidelity import TF
from safeplan.core.export.labels_legal import TL

# Field name → the label the full entry prints it under.
_FIELD_LABELS = {
    "title": T.F_TITLE, "description": T.F_DESCRIPTION, "words_said": T.F_WORDS,
    "impact": T.F_IMPACT, "location": T.F_WHERE, "severity": T.SEVERITY,
    "injuries": T.F_INJURIES, "property_damage": T.F_PROPERTY, "weapons": T.F_WEAPONS,
    "children_present": T.F_CHILDREN, "children_reaction": T.F_CHILDREN_REACTION,
    "categories": T.F_FORMS, "perpetrator_ids": T.F_WHO, "witness_ids": T.F_WITNESSES,
    "actions_after": T.F_ACTIONS, "linked_incident_ids": T.F_LINKED, "medical_ids": T.F_MEDICAL,
    "attachment_ids": T.F_EXHIBITS, "evidence_needed": T.F_EVIDENCE_NEEDED, "tags": T.F_TAGS,
    "occurred_at": T.COL_WHEN, "visited_at": T.COL_WHEN, "starts_at": T.COL_WHEN,
    "ended_at": T.UNTIL, "ends_at": T.UNTIL, "precision": T.PRECISION,
    "date_hint": T.AS_REMEMBERED, "kind": T.F_LEGAL_KIND, "facility": T.F_FACILITY,
    "practitioner": T.F_PRACTITIONER, "findings": T.F_FINDINGS, "treatment": T.F_TREATMENT,
    "documents": T.F_DOCUMENTS, "incident_ids": T.F_INCIDENTS, "reference": T.F_REFERENCE,
    "notes": T.F_NOTES, "done": TL.STATUS, "police.contacted": T.F_POLICE,
    "police.when": T.F_POLICE_WHEN, "police.station": T.F_STATION,
    "police.report_number": T.F_REPORT_NO, "police.officer": T.F_OFFICER,
    "police.outcome": T.F_OUTCOME, "body_marks": T.F_BODY_MAP,
}
_ANSWERS = ("children_present", "police.contacted", "done", "sensitive", "private")
_SHORT = 300
_TIMES = ("occurred_at", "visited_at", "starts_at", "ended_at", "ends_at", "police.when")


def amendments(ctx: RenderContext) -> list[Flowable]:
    """The appendix; nothing at all when no entry of the export was amended or deleted."""
    data = ctx.data
    if not data.amended and not data.deletions:
        return []
    L = ctx.labels
    out: list[Flowable] = [ctx.label_para(TF.AMENDMENTS, "h1"), ctx.label_para(TF.AMENDMENTS_NOTE,
                                                                                "small")]
    numbers = {e.uid: e.number for e in data.entries}
    exhibits = {x.uid: x.number for x in data.exhibits}
    for entry in data.amended:
        head = Paragraph(tx.markup(L(T.REF_NO, number=entry.number) + " · " + L(KINDS[entry.kind])),
                         ctx.styles.h2)
        first = True
        for amendment in entry.amendments:
            when = Paragraph(tx.markup(L(TF.AMENDED_AT, when=dates.format_stamp(amendment.at, L))),
                             ctx.styles.field)
            block: list[Flowable] = [when]
            if amendment.hidden_only:
                block.append(ctx.label_para(TF.HIDDEN_ONLY, "value"))
            for change in amendment.changes:
                block += _change(ctx, change, numbers, exhibits)
            if first:  # the entry's heading stays with its first change
                out.append(KeepTogether([head, *block[:3]]))
                out += block[3:]
                first = False
            else:
                out += block
    if data.deletions:
        out.append(ctx.label_para(TF.DELETED, "h2"))
        out.append(ctx.label_para(TF.DELETED_NOTE, "small"))
        for gone in data.deletions:
            out.append(ctx.para(L(TF.DELETED_ROW, number=gone.number, kind=L(KINDS[gone.kind]),
                                  when=dates.format_stamp(gone.deleted_at, L)), "value"))
    out.append(PageBreak())
    return out


def _change(ctx: RenderContext, change: Change, numbers: Mapping[str, str],
            exhibits: Mapping[str, str]) -> list[Flowable]:
    L = ctx.labels
    label = _FIELD_LABELS.get(change.field)
    name = L(label) if label else change.field
    out: list[Flowable] = [Paragraph(tx.markup(name), ctx.styles.field)]
    for side, value in ((TF.COL_BEFORE, change.before), (TF.COL_AFTER, change.after)):
        shown = _value(ctx, change.field, value, numbers, exhibits) or L(TF.EMPTY)
        label = f"<i>{tx.markup(L(side))}:</i>"
        if len(shown) <= _SHORT and "\n" not in shown:  # "Before: 4 of 5" on one line
            out.append(Paragraph(f"{label} {tx.markup(shown)}", ctx.styles.value))
        else:  # long text flows as chunked paragraphs (never one huge Paragraph)
            out.append(Paragraph(label, ctx.styles.value))
            out += ctx.long_text(shown)
    return out


def _value(ctx: RenderContext, name: str, value: Any, numbers: Mapping[str, str],
           exhibits: Mapping[str, str]) -> str:
    """A stored value in the words the entry itself would print."""
    L = ctx.labels
    if name in _ANSWERS:
        return L(TF.NOT_STATED) if value is None else L.yes_no(value)
    if value is None or value == "" or value == []:
        return ""
    if name in _TIMES:
        return dates.format_time(value, "minute", L)
    if name == "severity":
        return L.severity(value)
    if name == "categories" and isinstance(value, list):
        return ", ".join(L.enum(CATEGORIES, v) for v in value)
    if name == "kind":
        return L.enum({**MEDICAL_KINDS, **LEGAL_KINDS}, value)
    if name in ("perpetrator_ids", "witness_ids"):
        return ", ".join(ctx.data.person_names(value))
    if name in ("linked_incident_ids", "medical_ids", "incident_ids") and isinstance(value, list):
        return ", ".join(L(T.REF_NO, number=numbers[v]) for v in value if v in numbers)
    if name == "attachment_ids" and isinstance(value, list):
        return L.refs([exhibits[v] for v in value if v in exhibits])
    if name == "evidence_needed" and isinstance(value, list):
        return "; ".join(f"{tx.clean(i.get('text'))} — {L(T.DONE) if i.get('done') else L(T.TO_DO)}"
                         for i in value if isinstance(i, Mapping))
    if name == "body_marks" and isinstance(value, list):
        return "; ".join(tx.clean(m.get("note")) for m in value if isinstance(m, Mapping))
    if isinstance(value, list):
        return ", ".join(tx.clean(v) for v in value)
    return tx.clean(value)
