"""Cover, summary (counts and charts) and the numbered chronological table."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from safeplan.core.export import charts, dates
from safeplan.core.export import text as tx
from safeplan.core.export.context import RenderContext
from safeplan.core.export.data import Entry
from safeplan.core.export.labels import CATEGORIES, KINDS, LEGAL_KINDS, MEDICAL_KINDS, Labels, T
from safeplan.core.export.labels_fidelity import TF
from safeplan.core.export.labels_legal import TL
from safeplan.core.export.styles import GREY_FILL, GREY_RULE, SANS


def _grid(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        # Table cells default to Helvetica (base-14, not embedded) unless told: requirement 21.
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY_RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def cover(ctx: RenderContext) -> list[Flowable]:
    L, opts, data, meta = ctx.labels, ctx.data.options, ctx.data, ctx.meta
    out: list[Flowable] = [Spacer(1, 30 * mm), ctx.label_para(T.TITLE, "cover_title")]
    rows: list[tuple[str, str]] = []
    if opts.concerning:
        rows.append((L(T.CONCERNING), opts.concerning))
    if opts.case_ref:
        rows.append((L(T.CASE_REF), opts.case_ref))
    if opts.date_from or opts.date_to:
        start = dates.format_date(opts.date_from, L.lang) if opts.date_from else "…"
        end = dates.format_date(opts.date_to, L.lang) if opts.date_to else "…"
        rows.append((L(T.PERIOD), L(T.FROM_TO, start=start, end=end)))
    else:
        rows.append((L(T.PERIOD), L(T.ALL_DATES)))
    selection = [", ".join(L.enum(CATEGORIES, c) for c in opts.categories) or L(T.FORMS_ALL),
                 ", ".join(data.people.get(p, p) for p in opts.people) or L(T.PEOPLE_ALL),
                 L(T.SENSITIVE_IN) if opts.include_sensitive else L(T.SENSITIVE_OUT)]
    if opts.leave_out_addresses:
        selection.append(L(T.ADDRESSES_OUT))
    if opts.initials:
        selection.append(L(T.INITIALS_NOTE))
    if opts.witness_contacts:  # she chose to print how to reach them: say so on the cover
        selection.append(L(TL.CONTACTS_IN))
    # court copy or working copy (issue 12.4): a working copy says so on its cover
    selection.append(L(TF.WORKING_IN) if opts.include_working_notes else L(TF.WORKING_OUT))
    rows.append((L(T.FILTERS), "; ".join(selection)))
    rows.append((L(T.PREPARED_ON), dates.format_date(meta.prepared_on.date(), L.lang)))
    rows.append((L(T.LANGUAGE), L(T.LANGUAGE_NAME)))
    rows.append((L(T.EXPORT_ID), meta.export_id))
    counts = [(T.N_ENTRIES, len(data.entries)), (T.N_INCIDENTS, data.count("incident")),
              (T.N_MEDICAL, data.count("medical")), (T.N_LEGAL, data.count("legal")),
              (T.N_MESSAGES, data.count("message")), (T.N_EXHIBITS, len(data.exhibits))]
    rows.extend((L(label), str(n)) for label, n in counts)
    # values are shortened: a table cell cannot split across pages (no LayoutError, ever)
    table = Table([[ctx.para(k, "label"), ctx.para(tx.one_line(v, 400), "cover")]
                   for k, v in rows],
                  colWidths=[ctx.frame_width * 0.32, ctx.frame_width * 0.68])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY_RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    example = L.ref(data.exhibits[0].number if data.exhibits else "E-0001")
    out += [table, Spacer(1, 10 * mm), ctx.label_para(T.HOW_TO_READ, "small", example=example),
            PageBreak()]
    return out


def summary(ctx: RenderContext) -> list[Flowable]:
    L, data = ctx.labels, ctx.data
    out: list[Flowable] = [ctx.label_para(T.SUMMARY, "h1"), ctx.label_para(T.BY_FORM, "h2")]
    forms = data.forms_count()
    if forms:
        rows = [[ctx.label_para(T.FORM, "cell_head"), ctx.label_para(T.COUNT, "cell_head")]]
        for key, count in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append([ctx.para(L.enum(CATEGORIES, key), "cell"), ctx.para(str(count), "cell")])
        table = Table(rows, colWidths=[60 * mm, 25 * mm], hAlign="LEFT")
        table.setStyle(TableStyle(_grid()))
        out.append(table)
        incidents = data.count("incident")
        if sum(forms.values()) > incidents:  # a judge adding up the rows must not find an error
            out.append(ctx.label_para(T.FORMS_OVERLAP, "small", n=incidents))
    else:
        out.append(ctx.label_para(T.NO_DATA, "small"))
    out.append(ctx.label_para(T.PER_MONTH, "h2"))
    per_month = data.incidents_per_month()
    out.append(charts.incidents_per_month(per_month, L, ctx.frame_width) if per_month
               else ctx.label_para(T.NO_DATA, "small"))
    out += _messages_per_day(ctx)
    out.append(PageBreak())
    return out


def _messages_per_day(ctx: RenderContext) -> list[Flowable]:
    """One chart per conversation (issue 18): a day with forty messages from him and a day
    with forty from a bank are different facts; each chart under the conversation's citation
    letter and title, as in the transcripts."""
    L = ctx.labels
    charted = [(conv, ctx.data.messages_per_day(conv)) for conv in ctx.data.conversations]
    charted = [(conv, per_day) for conv, per_day in charted if per_day]
    if not charted:
        return []
    out: list[Flowable] = [ctx.label_para(T.PER_DAY, "h2")]
    for conv, per_day in charted:
        title = tx.one_line(conv.title, 200) or "—"
        head = L(T.CONVERSATION, ref=L.ref(f"C{conv.number}"), title=title)
        out.append(KeepTogether([Paragraph(tx.markup(head), ctx.styles.meta),
                                 charts.messages_per_day(per_day, L, ctx.frame_width)]))
    return out


_EN_DAY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b")  # i18n.format_day, en


def entry_when(ctx: RenderContext, entry: Entry) -> str:
    """The entry's time as printed; the summary table's and the heading's are made once (the
    second use takes it back out of ``ctx.when``)."""
    known = ctx.when.pop(entry.uid, None)
    if known is not None:
        return known
    c = entry.content
    text = dates.format_time(entry.time_value, c.get("precision"), ctx.labels,
                             tz_known=c.get("tz_known", True))
    # an English date is one unit: "approximately 8" over "Sep 2026" read as "about 8
    # o'clock" in the summary table's narrow column (no-break spaces inside the date only)
    text = _EN_DAY.sub(lambda m: "\u00a0".join(m.groups()), text)
    ctx.when[entry.uid] = text
    return text


def entry_form(L: Labels, entry: Entry) -> str:
    c = entry.content
    if entry.kind == "incident":
        forms = ", ".join(L.enum(CATEGORIES, x) for x in c.get("categories") or [])
        return forms or L(KINDS["incident"])
    if entry.kind == "medical":
        kind = L.enum(MEDICAL_KINDS, c.get("kind"))
        return f"{L(KINDS['medical'])}: {kind}" if kind else L(KINDS["medical"])
    kind = L.enum(LEGAL_KINDS, c.get("kind"))
    return f"{L(KINDS['legal'])}: {kind}" if kind else L(KINDS["legal"])


def entry_summary(entry: Entry) -> str:
    c = entry.content
    for key in ("title", "description", "findings", "facility", "reference", "notes"):
        value = c.get(key)
        if isinstance(value, str) and value.strip():
            return tx.one_line(value, 220)
    return ""


def entry_people(ctx: RenderContext, entry: Entry) -> str:
    """Names with their role beside them (issue 18): "Who did it: A; Witnesses: B, C"."""
    c = entry.content
    parts = []
    for label, ids in ((T.F_WHO, c.get("perpetrator_ids")), (T.F_WITNESSES, c.get("witness_ids"))):
        names = ctx.data.person_names(ids)
        if names:
            parts.append(f"{ctx.labels(label)}: {', '.join(names)}")
    return tx.one_line("; ".join(parts), 200)

