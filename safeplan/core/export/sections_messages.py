"""Message transcripts grouped by conversation, each message citable as C<conv>.<nnnn>, the
permanent citation the vault gave it (journal/citations.py; the same in every export).

COURT_EXPORT.md: each message shows the sender's identifier (number, address or platform id),
the original time, the channel and the file it was imported from, so a court can trace it back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from safeplan.core.export import dates
from safeplan.core.export import text as tx
from safeplan.core.export.context import RenderContext
from safeplan.core.export.data import Message
from safeplan.core.export.labels import CHANNELS, DIRECTIONS, T
from safeplan.core.i18n import QT_TRANSLATE_NOOP

_DIGEST = re.compile(r"[0-9a-f]{64}")
# WhatsApp files write dates without saying which number is the day (issue 13.6).
_DATES_READ = QT_TRANSLATE_NOOP("ChronologyPdf", "dates read as {order} ({how})")
_DATE_ORDERS = {"DMY": QT_TRANSLATE_NOOP("ChronologyPdf", "day/month/year"),
                "MDY": QT_TRANSLATE_NOOP("ChronologyPdf", "month/day/year"),
                "YMD": QT_TRANSLATE_NOOP("ChronologyPdf", "year/month/day")}
_ORDER_BY_USER = QT_TRANSLATE_NOOP("ChronologyPdf", "chosen by the person importing")
_ORDER_IN_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "shown by the file")
# Said when the numbers are the vault's permanent citations (journal/citations.py): a lawyer
# seeing C1.0205 printed before C1.0001 must know why, and that a filtered copy cites alike.
_PERMANENT_NOTE = QT_TRANSLATE_NOOP(
    "ChronologyPdf",
    "Message numbers are permanent: every export of this journal, whole or filtered, gives a "
    "message the same number. They follow the order in which the messages were imported, so "
    "a message imported later has a higher number even when it was sent earlier.")


def transcripts(ctx: RenderContext, tick: Any = None) -> list[Flowable]:
    if not ctx.data.conversations:
        return []
    L = ctx.labels
    out: list[Flowable] = [ctx.label_para(T.TRANSCRIPTS, "h1"),
                           ctx.label_para(T.TRANSCRIPTS_NOTE, "small", example=L.ref(
                               ctx.data.conversations[0].messages[0].citation
                               if ctx.data.conversations[0].messages else "C1.0001"))]
    if ctx.data.permanent_citations:
        out.append(ctx.label_para(_PERMANENT_NOTE, "small"))
    for conv in ctx.data.conversations:
        title = tx.one_line(conv.title, 200) or "—"
        head = L(T.CONVERSATION, ref=L.ref(f"C{conv.number}"), title=title)
        channel = L.enum(CHANNELS, conv.channel)
        out.append(Paragraph(tx.markup(head + (f" ({channel})" if channel else "")),
                             ctx.styles.h2))
        source_label = L(T.SOURCE)
        source_label = source_label[:1].upper() + source_label[1:]  # starts its own line here
        for file_name, sha256 in conv.sources:
            out.append(Paragraph(
                tx.markup(f"{source_label}: {tx.one_line(file_name, 120) or '—'}")
                + f" · <b>SHA-256:</b> {tx.markup(_grouped(sha256))}", ctx.styles.meta))
        for msg in conv.messages:
            if tick:
                tick()
            out += _message(ctx, msg)
    out.append(PageBreak())
    return out


def _grouped(sha256: str) -> str:
    """The source file's SHA-256 in groups of 16, like the exhibit list (compared by eye)."""
    value = tx.one_line(sha256, 64)
    return " ".join(value[i:i + 16] for i in range(0, len(value), 16))


def _party(name: object, ident: object) -> str:
    name_s = tx.one_line(name or "", 120)
    ident_s = tx.one_line(ident or "", 120)
    if name_s and ident_s and ident_s != name_s:
        return f"{name_s} ({ident_s})"
    return name_s or ident_s


def _message(ctx: RenderContext, msg: Message) -> list[Flowable]:
    L, c = ctx.labels, msg.content
    parts = [dates.format_time(c.get("sent_at"), c.get("precision") or "exact", L,
                               tz_known=c.get("tz_known", True))]
    direction = L.enum(DIRECTIONS, c.get("direction"))
    if direction:
        parts.append(direction)
    sender = _party(c.get("sender"), c.get("sender_id"))
    if sender:
        parts.append(f"{L(T.FROM)}: {sender}")
    recipient = tx.one_line(c.get("recipient") or "", 120)
    if recipient:
        parts.append(f"{L(T.TO)}: {recipient}")
    source = c.get("source")
    if isinstance(source, Mapping) and (source.get("file_name") or source.get("kind")):
        # a file name, or the kind of source in words ("entered by hand"), never a raw token
        where = tx.one_line(source.get("file_name") or L.source_kind(source.get("kind")), 80)
        original_id = str(source.get("original_id") or "")
        if original_id and not _DIGEST.fullmatch(original_id):
            # a platform's own id (Telegram message 4711, an e-mail Message-ID) helps find the
            # message in the source; an importer's 64-hex de-duplication hash only adds noise
            # to every line a judge reads (the location, e.g. sms[17], already cites it)
            where += f", #{tx.one_line(original_id, 40)}"
        if source.get("location"):
            where += f", {tx.one_line(source.get('location'), 60)}"
        order = _DATE_ORDERS.get(str(source.get("date_order") or ""))
        if order and source.get("date_order_source") in ("user", "file"):
            # issue 13.6: how a WhatsApp chat's day/month order was decided is evidence too
            how = _ORDER_BY_USER if source.get("date_order_source") == "user" else _ORDER_IN_FILE
            where += ", " + L(_DATES_READ).format(order=L(order), how=L(how))
        parts.append(f"{L(T.SOURCE)}: {where}")
    if c.get("edited_at"):
        parts.append(f"{L(T.EDITED)} {dates.format_time(c.get('edited_at'), 'exact', L)}")
    if c.get("forwarded_from"):
        parts.append(f"{L(T.FORWARDED)}: {tx.one_line(c.get('forwarded_from'), 80)}")
    if c.get("reply_to"):
        parts.append(f"{L(T.REPLY_TO)}: {tx.one_line(c.get('reply_to'), 40)}")
    if msg.exhibits:
        parts.append(f"{L(T.F_EXHIBITS)}: {L.refs(msg.exhibits)}")
    head = Paragraph(f"<b>{tx.markup(L.ref(msg.citation))}</b> · " + tx.markup(" · ".join(parts)),
                     ctx.styles.meta)
    body_text = c.get("text")
    has_text = isinstance(body_text, str) and body_text.strip()
    if c.get("service"):  # the app's own notice in words, with a call's duration (issue 18)
        body_text = L.service(c) + (f" {body_text}" if has_text else "")
    elif not has_text:
        body_text = L(T.NO_TEXT)
    body = ctx.long_text(body_text, "value")
    return [KeepTogether([head, *body[:1]]), *body[1:]]
