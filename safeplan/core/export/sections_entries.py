"""Full entries: every field of every incident, medical note and legal event, in time order.

COURT_EXPORT.md fields 1–17: facts, exact words and impact are kept apart; event time and
recorded time are both shown ("recorded on …; amended on …" from the revision history); long
texts flow across pages as separate chunked paragraphs, so nothing can raise LayoutError.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer

from safeplan.core.export import dates
from safeplan.core.export import text as tx
from safeplan.core.export.body_map import body_map
from safeplan.core.export.context import RenderContext
from safeplan.core.export.data import Entry
from safeplan.core.export.labels import CATEGORIES, KINDS, LEGAL_KINDS, MEDICAL_KINDS, T
from safeplan.core.export.labels_fidelity import TF
from safeplan.core.export.labels_legal import TL
from safeplan.core.export.sections_front import entry_when
from safeplan.core.export.styles import GREY_RULE
from safeplan.core.journal.model import answer_value


def entries(ctx: RenderContext, tick: Any = None) -> list[Flowable]:
    return list(iter_entries(ctx, tick))


def iter_entries(ctx: RenderContext, tick: Any = None) -> Iterator[Flowable]:
    """The entries' flowables one entry at a time: the export makes each entry while the pages
    before it are laid out, so 10,000 entries are never all in memory at once (issue 17.1)."""
    yield ctx.label_para(T.ENTRIES, "h1")
    numbers = {e.uid: e.number for e in ctx.data.entries}
    for entry in ctx.data.entries:
        if tick:
            tick()
        yield from entry_block(ctx, entry, numbers)
    if not ctx.data.entries:
        yield ctx.label_para(T.NO_DATA, "small")
    yield PageBreak()


def refs(ctx: RenderContext, numbers: Mapping[str, str], ids: object) -> str:
    """"No. 3, No. 7" for the referenced entries that are in this export."""
    if not isinstance(ids, list):
        return ""
    return ", ".join(ctx.labels(T.REF_NO, number=numbers[i]) for i in ids if i in numbers)


def entry_block(ctx: RenderContext, entry: Entry, numbers: Mapping[str, str]) -> list[Flowable]:
    L, c = ctx.labels, entry.content
    head = L(T.ENTRY_HEAD, number=entry.number, kind=L(KINDS[entry.kind]),
             when=entry_when(ctx, entry))
    top: list[Flowable] = [HRFlowable(width="100%", thickness=0.8, color=GREY_RULE,
                                      spaceBefore=6, spaceAfter=2),
                           Paragraph(tx.markup(head), ctx.styles.h2)]
    top[1].outline_level = 1  # type: ignore[attr-defined]  # a bookmark per entry
    top[1].page_key = f"entry:{entry.uid}"  # type: ignore[attr-defined]  # summary table's page
    hint = c.get("date_hint")
    if isinstance(hint, str) and hint.strip():
        quoted = L(T.QUOTED, quote=tx.clean(hint))
        top.append(Paragraph(f"<i>{tx.markup(L(T.AS_REMEMBERED))}: {tx.markup(quoted)}</i>",
                             ctx.styles.value))
    end_key = {"incident": "ended_at", "legal": "ends_at"}.get(entry.kind)
    if end_key and c.get(end_key):
        top.append(_line(ctx, T.UNTIL, dates.format_time(c.get(end_key), c.get("precision"), L)))
    top.append(Paragraph(_stamp(ctx, entry), ctx.styles.small))
    body = {"incident": _incident, "medical": _medical, "legal": _legal}[entry.kind](
        ctx, entry, numbers)
    # the heading stays with the first lines of the entry; the rest may flow over pages
    first = [f for f in body[:2]]
    return [KeepTogether(top + first), *body[2:], Spacer(1, 2 * mm)]


def _stamp(ctx: RenderContext, entry: Entry) -> str:
    """When the entry was written down, and by whom (issue 12, item 5): her own entries say
    "Recorded on" (the vault's clock, bound by the hash chain); an imported entry says when it
    was imported and from which file, and separately the time the file states — never the
    file's claim as if the vault had recorded it then."""
    L = ctx.labels
    recorded = dates.format_stamp(entry.recorded_at, L) if entry.recorded_at else ""
    amended = "; ".join(dates.format_stamp(t, L) for t in entry.amended_at) or L(T.NEVER_AMENDED)
    if entry.imported:
        head = f"<b>{tx.markup(L(TF.IMPORTED_ON))}:</b> {tx.markup(recorded)}"
        if entry.imported_from:
            head += f" {tx.markup(L(TF.FROM_FILE))} {tx.markup(tx.clean(entry.imported_from))}"
        if entry.stated_recorded_at:
            head += f"; <b>{tx.markup(L(TF.STATED_TIME))}:</b> " \
                    f"{tx.markup(dates.format_stamp(entry.stated_recorded_at, L))}"
    else:
        head = f"<b>{tx.markup(L(T.RECORDED_ON))}:</b> {tx.markup(recorded)}"
    return f"{head}; <b>{tx.markup(L(T.AMENDED_ON))}:</b> {tx.markup(amended)}"


def _line(ctx: RenderContext, label: str, value: str) -> Flowable:
    return next(iter(_short(ctx, [(label, value)])), Spacer(0, 0))


def _short(ctx: RenderContext, rows: list[tuple[str, str]]) -> list[Flowable]:
    """Short ``Label: value`` lines as one Paragraph (one layout instead of five: 1,000 entries
    render markedly faster); empty values are left out."""
    lines = [f"<b>{tx.markup(ctx.labels(label))}:</b> {tx.markup(value)}"
             for label, value in rows if value.strip()]
    return [Paragraph("<br/>".join(lines), ctx.styles.facts)] if lines else []


def _incident(ctx: RenderContext, entry: Entry, numbers: Mapping[str, str]) -> list[Flowable]:
    L, c = ctx.labels, entry.content
    out: list[Flowable] = []
    title = c.get("title")
    if isinstance(title, str) and title.strip():  # her short summary, as a sub-heading
        out += ctx.long_text(title, "h3")
    out += _short(ctx, [
        (T.F_WHERE, tx.clean(c.get("location") or "")),
        (T.F_WHO, ", ".join(ctx.data.person_names(c.get("perpetrator_ids")))),
        (T.F_WITNESSES, ", ".join(ctx.data.person_names(c.get("witness_ids")))),
        (T.F_FORMS, ", ".join(L.enum(CATEGORIES, x) for x in c.get("categories") or [])),
        (T.SEVERITY, L.severity(c.get("severity")) if c.get("severity") else ""),
    ])
    out += ctx.field(T.F_DESCRIPTION, c.get("description"))
    out += ctx.field(T.F_WORDS, c.get("words_said"), "quote")
    out += ctx.field(T.F_IMPACT, c.get("impact"))
    out += ctx.field(T.F_INJURIES, c.get("injuries"))
    out += ctx.field(T.F_PROPERTY, c.get("property_damage"))
    out += ctx.field(T.F_WEAPONS, c.get("weapons"))
    # yes / no / not answered: a question she did not answer prints nothing, never "no"
    out += _short(ctx, [(T.F_CHILDREN, L.yes_no(answer_value(c, "children_present")))])
    out += ctx.field(T.F_CHILDREN_REACTION, c.get("children_reaction"))
    police = c.get("police")
    if isinstance(police, Mapping) and police:
        out += _short(ctx, [(T.F_POLICE, _police(ctx, police))])
    out += _short(ctx, [(T.F_MEDICAL, refs(ctx, numbers, c.get("medical_ids")))])
    out += ctx.field(T.F_ACTIONS, c.get("actions_after"))
    out += _short(ctx, [(T.F_LINKED, refs(ctx, numbers, c.get("linked_incident_ids")))])
    needed = [n for n in c.get("evidence_needed") or [] if isinstance(n, Mapping)]
    if needed:
        out.append(ctx.label_para(T.F_EVIDENCE_NEEDED, "field"))
        for item in needed:
            state = L(T.DONE) if item.get("done") else L(T.TO_DO)
            out.append(Paragraph(f"• {tx.markup(item.get('text'))} — <i>{tx.markup(state)}</i>",
                                 ctx.styles.value))
    tags = [tx.clean(t) for t in c.get("tags") or [] if isinstance(t, str)]
    out += _short(ctx, [(T.F_TAGS, ", ".join(tags)), (T.F_EXHIBITS, L.refs(entry.exhibits))])
    return out


def _police(ctx: RenderContext, police: Mapping[str, Any]) -> str:
    L = ctx.labels
    contacted = answer_value({"police": police}, "police.contacted")
    if contacted is False:
        return L(T.F_NOT_CONTACTED)
    parts = [L(T.YES)] if contacted else []  # not answered: only the details she gave
    if police.get("when"):
        parts.append(f"{L(T.F_POLICE_WHEN)} {dates.format_time(police['when'], 'minute', L)}")
    for key, label in (("station", T.F_STATION), ("report_number", T.F_REPORT_NO),
                       ("officer", T.F_OFFICER), ("outcome", T.F_OUTCOME)):
        value = police.get(key)
        if isinstance(value, str) and value.strip():
            parts.append(f"{L(label)}: {tx.clean(value)}")
    return "; ".join(parts)  # empty (not answered, no details): the line is left out


def _medical(ctx: RenderContext, entry: Entry, numbers: Mapping[str, str]) -> list[Flowable]:
    L, c = ctx.labels, entry.content
    out: list[Flowable] = _short(ctx, [
        (T.F_MEDICAL_KIND, L.enum(MEDICAL_KINDS, c.get("kind"))),
        (T.F_FACILITY, tx.clean(c.get("facility") or "")),
        (T.F_PRACTITIONER, tx.clean(c.get("practitioner") or "")),
    ])
    out += ctx.field(T.F_FINDINGS, c.get("findings"))
    out += ctx.field(T.F_TREATMENT, c.get("treatment"))
    out += ctx.field(T.F_DOCUMENTS, c.get("documents"))
    out += _short(ctx, [(T.F_INCIDENTS, refs(ctx, numbers, c.get("incident_ids"))),
                        (T.F_EXHIBITS, L.refs(entry.exhibits))])
    marks = [m for m in c.get("body_marks") or [] if isinstance(m, dict)]
    if marks:
        drawing, legend = body_map(marks, L)
        block: list[Flowable] = [ctx.label_para(T.F_BODY_MAP, "field"), drawing,
                                 ctx.label_para(T.BODY_MAP_SIDES, "small")]
        out.append(KeepTogether(block))
        out += [ctx.para(line, "value") for line in legend]
    return out


def _legal(ctx: RenderContext, entry: Entry, numbers: Mapping[str, str]) -> list[Flowable]:
    L, c = ctx.labels, entry.content
    out: list[Flowable] = _short(ctx, [
        (T.F_LEGAL_KIND, L.enum(LEGAL_KINDS, c.get("kind"))),
        (T.F_REFERENCE, tx.clean(c.get("reference") or "")),
        # "done: no" read as a to-do list: a status in words; not answered prints nothing
        (TL.STATUS, "" if c.get("done") is None
         else L(TL.COMPLETED) if c.get("done") else L(TL.NOT_COMPLETED)),
    ])
    out += ctx.field(T.F_NOTES, c.get("notes"))
    return out
