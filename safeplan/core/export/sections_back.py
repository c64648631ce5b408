"""Exhibit list, exhibits, the integrity page and the certification statement."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from safeplan.core.export import check_text, dates, glyphs, images, sections_check
from safeplan.core.export import text as tx
from safeplan.core.export.context import RenderContext
from safeplan.core.export.data import Exhibit
from safeplan.core.export.labels import T
from safeplan.core.export.labels_legal import TL
from safeplan.core.export.missing_glyphs import MissingCharactersNote
from safeplan.core.export.pagerefs import Anchor
from safeplan.core.export.pdf_image import JpegFlowable
from safeplan.core.export.sections_front import _grid


def grouped_hash(value: str) -> str:
    """A SHA-256 in four groups of 16 so it wraps and can be compared by eye."""
    return " ".join(value[i:i + 16] for i in range(0, len(value), 16))


def _size(ctx: RenderContext, size: object) -> str:
    if not isinstance(size, int):
        return ""
    return ctx.labels(T.BYTES, size=f"{size:,}".replace(",", "\u202f"))


def _hash_of(ctx: RenderContext, exhibit: Exhibit) -> str:
    found = ctx.meta.files.get(exhibit.uid)
    return found.sha256 if found else str(exhibit.content.get("sha256") or "")


def exhibit_list(ctx: RenderContext) -> list[Flowable]:
    if not ctx.data.exhibits:
        return []
    L, w = ctx.labels, ctx.frame_width
    out: list[Flowable] = [ctx.label_para(T.EXHIBIT_LIST, "h1"),
                           ctx.label_para(T.EXHIBIT_LIST_NOTE, "small")]
    head = [ctx.label_para(x, "cell_head") for x in
            (T.COL_NO, T.COL_FILE, T.COL_TYPE, T.COL_SIZE, T.COL_RECORDED, "SHA-256")]
    rows: list[list[Flowable]] = [head]
    for ex in ctx.data.exhibits:
        c = ex.content
        recorded = ex.recorded_at or c.get("taken_at")  # the vault's own time (issue 12.5)
        rows.append([ctx.para(L.ref(ex.number), "cell"), ctx.para(tx.one_line(c.get("file_name"), 120),
                                                           "cell"),
                     ctx.para(tx.one_line(c.get("media_type"), 60), "cell"),
                     ctx.para(_size(ctx, c.get("size")), "cell"),
                     ctx.para(dates.format_stamp(recorded, L) if recorded else "", "cell"),
                     ctx.para(grouped_hash(_hash_of(ctx, ex)), "hash")])
    # the number column holds a whole exhibit number (E-0001, up to E-99999) with the cell's
    # padding: at 11 mm the demo printed 'Е-000' and '1' under it
    widths = [16 * mm, 35 * mm, 20 * mm, 20 * mm, 27 * mm]
    widths.append(w - sum(widths))
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_grid()))
    return [*out, table, PageBreak()]


def exhibits(ctx: RenderContext, tick: Any = None) -> list[Flowable]:
    if not ctx.data.exhibits:
        return []
    out: list[Flowable] = [ctx.label_para(T.EXHIBITS, "h1")]
    for index, ex in enumerate(ctx.data.exhibits):
        if tick:
            tick()
        found = ctx.meta.files.get(ex.uid)
        if index and found is not None and found.display is not None:
            out.append(PageBreak())  # each picture starts a page; other files follow on
        # anchors: the list of appendices gives each printed picture's pages
        out += [Anchor(f"exhibit:{ex.uid}:start"), *_exhibit(ctx, ex),
                Anchor(f"exhibit:{ex.uid}:end")]
    out.append(PageBreak())
    return out


def _exhibit(ctx: RenderContext, ex: Exhibit) -> list[Flowable]:
    L, c = ctx.labels, ex.content
    head = Paragraph(tx.markup(L(T.EXHIBIT, number=L.ref(ex.number)) + " — "
                               + tx.one_line(c.get("file_name"), 160)), ctx.styles.h2)
    facts: list[Flowable] = [p for p in (
        ctx.inline(T.TAKEN_AT, dates.format_time(c.get("taken_at"), "exact", L)
                   if c.get("taken_at") else ""),
        ctx.inline(T.COL_TYPE, tx.one_line(c.get("media_type"), 60)),
        ctx.inline(T.COL_SIZE, _size(ctx, c.get("size"))),
        ctx.inline(T.REFERRED_BY, ", ".join(
            L.ref(ref) if ref.startswith("C") else L(T.REF_NO, number=ref)
            for ref in ex.referred_by)),
    ) if p is not None]
    # the recorded hash of an unreadable file comes from the document: escape it like any text
    facts.append(Paragraph(f"<b>SHA-256:</b> {tx.markup(grouped_hash(_hash_of(ctx, ex)))}",
                           ctx.styles.value))
    shipped = check_text.shipped_note(L, ctx.meta.files.get(ex.uid))  # photo copy or original
    if shipped:
        facts.append(Paragraph(tx.markup(shipped), ctx.styles.value))
    caption = c.get("caption")
    caption_flow = ctx.field(T.CAPTION, caption) if isinstance(caption, str) else []
    found = ctx.meta.files.get(ex.uid)
    visual: list[Flowable]
    if found is None or not found.readable:
        visual = [ctx.label_para(T.MISSING, "placeholder")]
    elif found.display is not None:
        data, px_w, px_h = found.display
        # fit inside the frame, leaving room for the heading, facts, the note and the caption
        # (at 0.62 the ru description went to a page of its own)
        max_w, max_h = ctx.frame_width, ctx.frame_height * 0.55
        scale = min(max_w / px_w, max_h / px_h)
        visual = [Spacer(1, 2 * mm),
                  JpegFlowable(data, px_w * scale, px_h * scale),
                  ctx.label_para(T.SCALED_NOTE, "small")]  # was 7.5 pt, the smallest type
    elif images.is_image(c.get("media_type"), c.get("file_name")):
        visual = [ctx.label_para(T.DAMAGED, "placeholder")]
    else:
        # "provided with the evidence bundle" only when this export writes one (issue 12.8)
        bundled = bool(getattr(ctx.data, "with_bundle", False))
        visual = [ctx.label_para(T.NOT_IMAGE if bundled else TL.NOT_IMAGE_KEPT, "placeholder")]
    return [KeepTogether([head, *facts, *visual]), *caption_flow]


def integrity(ctx: RenderContext) -> list[Flowable]:
    L, meta = ctx.labels, ctx.meta
    out: list[Flowable] = [ctx.label_para(T.INTEGRITY, "h1")]
    rows = [(L(T.EXPORT_ID), meta.export_id),
            (L(T.CHAIN_HEAD), grouped_hash(meta.chain_head)),
            (L(T.STATEMENT_HASH), grouped_hash(meta.statement_sha256)),
            (L(T.KEY_FINGERPRINT), meta.key_fingerprint),
            (L(T.MANIFEST_FILE), meta.manifest_name)]
    table = Table([[ctx.para(k, "label"), ctx.para(v, "cover")] for k, v in rows],
                  colWidths=[ctx.frame_width * 0.34, ctx.frame_width * 0.66])
    table.setStyle(TableStyle([*_grid()[:2], ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    # the values first: the text below them says "the hash of the journal above" (it was
    # printed above the table, so a lawyer looked for a hash that was not there)
    out += [table, Spacer(1, 3 * mm), ctx.label_para(T.INTEGRITY_INTRO),  # h1 keeps its space
            *sections_check.receipts(ctx), ctx.label_para(T.HOW_TO_CHECK, "h2")]
    # the steps that really check the signature, and the key warning (lawyer-check helper)
    out += sections_check.how_to_check(ctx)
    out.append(MissingCharactersNote(ctx.labels, glyphs.current_missing(), ctx.styles.h2,
                                     ctx.styles.body))
    out.append(PageBreak())
    return out

