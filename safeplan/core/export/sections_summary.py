"""The summary table of events (a "Scott schedule"): one row per entry — reference, date, what
happened, people, evidence — and the page of this document where the full entry begins.

The page is drawn late (pagerefs.LateText): the full entries come after this table, so their
pages are only known once the whole document is laid out.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, TableStyle

from safeplan.core.export import text as tx
from safeplan.core.export.context import RenderContext
from safeplan.core.export.data import Entry
from safeplan.core.export.labels import T
from safeplan.core.export.labels_legal import TL
from safeplan.core.export.paged_table import Row, long_table
from safeplan.core.export.pagerefs import LateText, PageMarks
from safeplan.core.export.sections_front import (
    _grid,
    entry_form,
    entry_people,
    entry_summary,
    entry_when,
)
from safeplan.core.export.styles import SANS


def entry_key(entry: Entry) -> str:
    """The anchor key of an entry's full text (set on its heading in sections_entries)."""
    return f"entry:{entry.uid}"


def _page_of(key: str) -> Callable[[PageMarks], str]:
    def text(marks: PageMarks) -> str:
        page = marks.page(key)
        return str(page) if page is not None else "—"
    return text


def _row(ctx: RenderContext, number: str, when: str, what: str, people: str, evidence: str,
         key: str) -> Callable[[], list[Flowable | str]]:
    """The row's cells, made when the layout reaches the row (issue 17.1: 10,000 rows of
    Paragraphs are not all held at once); the markup is made now, in the order of the rows."""
    cell = ctx.styles.cell

    def make() -> list[Flowable | str]:
        # plain strings where nothing can wrap (the reference) or nothing is printed: a
        # Paragraph per cell is most of this table's layout time with 1,000 entries
        return [
            number,
            Paragraph(when, cell),
            Paragraph(what, cell),
            Paragraph(people, cell) if people else "",
            Paragraph(evidence, cell) if evidence else "",
            LateText(ctx.marks, _page_of(key), font=SANS, size=cell.fontSize, align="right"),
        ]
    return make


def table(ctx: RenderContext) -> list[Flowable]:
    out: list[Flowable] = [ctx.label_para(T.TABLE, "h1")]
    if not ctx.data.entries:
        return [*out, ctx.label_para(T.NO_DATA, "small"), PageBreak()]
    out.append(ctx.label_para(TL.SUMMARY_NOTE, "small"))
    L, w = ctx.labels, ctx.frame_width
    widths = [18 * mm, 26 * mm, 0.0, 26 * mm, 25 * mm, 10 * mm]
    widths[2] = w - sum(widths)  # what happened takes what is left
    head = [ctx.label_para(x, "cell_head") for x in
            (TL.COL_REF, T.COL_WHEN, TL.COL_HAPPENED, T.COL_PEOPLE, TL.COL_EVIDENCE, TL.COL_PAGE)]
    rows: list[Row] = [head]
    cell = ctx.styles.cell
    for entry in ctx.data.entries:
        when_markup = tx.markup(entry_when(ctx, entry))
        hint = entry.content.get("date_hint")
        if isinstance(hint, str) and hint.strip():
            quoted = L(T.QUOTED, quote=tx.one_line(hint, 80))
            when_markup += "<br/><i>" + tx.markup(quoted) + "</i>"
        what = "<b>" + tx.markup(entry_form(L, entry)) + "</b>"
        summary = entry_summary(entry)
        if summary:
            what += "<br/>" + tx.markup(summary)
        people = entry_people(ctx, entry)
        evidence = tx.one_line(L.refs(entry.exhibits), 120)
        rows.append(_row(ctx, str(entry.number), when_markup, what,
                         tx.markup(people) if people else "",
                         tx.markup(evidence) if evidence else "", entry_key(entry)))
    style = _grid()
    style += [("FONTNAME", (0, 1), (0, -1), f"{SANS}-Bold"),
              ("FONTSIZE", (0, 1), (0, -1), cell.fontSize)]
    style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(.96, .96, .96)]))
    # one LongTable of 10,000 rows splits in quadratic time; paged_table gives the same pages
    tbl = long_table(rows, widths, TableStyle(style))
    return [*out, tbl, PageBreak()]
