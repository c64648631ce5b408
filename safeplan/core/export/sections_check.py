"""The integrity page's own parts that belong to the lawyer's check (issue 18): the dated
receipts she made, and the steps that really check the signature (texts in check_text.py).
Called from sections_back.integrity; kept apart so the legal form and the check evolve apart."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from safeplan.core.export import check_text, dates
from safeplan.core.export import text as tx
from safeplan.core.export.context import RenderContext
from safeplan.core.export.sections_front import _grid
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.journal.receipts import grouped


class R:
    RECEIPTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Dated receipts")
    RECEIPTS_INTRO = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "At the times below, the person who kept this journal made a short receipt code of the "
        "journal's state and sent it to someone outside. The message it was sent in carries its "
        "own date; the code fits only the journal as it was then, so the entries listed beside "
        "it existed by that date. Check a code with safeplan verify --receipt CODE or in "
        "verify.html.")
    COL_CODE = QT_TRANSLATE_NOOP("ChronologyPdf", "Receipt code")
    COL_MADE = QT_TRANSLATE_NOOP("ChronologyPdf", "Made on")
    COL_COVERS = QT_TRANSLATE_NOOP("ChronologyPdf", "Entries that existed then")


def receipts(ctx: RenderContext) -> list[Flowable]:
    listed = ctx.meta.receipts
    if not listed:
        return []
    L = ctx.labels
    rows: list[list[Flowable]] = [[ctx.label_para(x, "cell_head") for x in
                                   (R.COL_CODE, R.COL_MADE, R.COL_COVERS)]]
    for receipt in listed:
        covers = [L.ref(ref) if hasattr(L, "ref") else ref for ref in receipt.get("covers") or []]
        rows.append([ctx.para(grouped(str(receipt.get("code"))), "hash"),
                     ctx.para(dates.format_time(receipt.get("made_at"), "exact", L), "cell"),
                     ctx.para(", ".join(covers) or "—", "cell")])
    width = ctx.frame_width
    table = LongTable(rows, colWidths=[0.34 * width, 0.26 * width, 0.40 * width], repeatRows=1)
    table.setStyle(TableStyle(_grid()))
    return [ctx.label_para(R.RECEIPTS, "h2"), ctx.label_para(R.RECEIPTS_INTRO), Spacer(1, 2 * mm),
            table]


def how_to_check(ctx: RenderContext) -> list[Flowable]:
    """Numbered steps; the OpenSSL command lines printed exactly as the bundle README has them."""
    out: list[Flowable] = []
    steps = check_text.integrity_steps(ctx.labels, pdf=ctx.meta.pdf_name,
                                       manifest=ctx.meta.manifest_name)
    number = 0
    for text, commands in steps:
        if commands:  # a sub-step of the OpenSSL check: its letter is in the text
            out.append(Paragraph(tx.markup(text), ctx.styles.body))
        elif text == steps[-1][0]:  # the closing warning, unnumbered and in bold
            out.append(Paragraph("<b>" + tx.markup(text) + "</b>", ctx.styles.body))
        else:
            number += 1
            out.append(Paragraph(f"{number}. {tx.markup(text)}", ctx.styles.body))
        for command in commands:
            out.append(Paragraph(tx.markup(command), ctx.styles.hash))
    return out
