"""The chronology as CSV for lawyers' case tools: one row per chronology entry, then one per
transcript message, same numbers as the PDF, UTF-8 with a byte-order mark so spreadsheet programs
read Cyrillic correctly.

Free text is written in full (the PDF may shorten a huge field; the CSV never does). Cells that
a spreadsheet could run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, even before digits or after spaces) get a leading apostrophe: text imported from an
abuser's messages must not execute on a lawyer's computer (threat model A5).
"""

from __future__ import annotations

import csv
import io

from safeplan.core.export import dates
from safeplan.core.export import text as tx
from safeplan.core.export.data import ChronologyData, Message
from safeplan.core.export.labels import CATEGORIES, DIRECTIONS, KINDS, Labels, T
from safeplan.core.export.labels_fidelity import PRECISION_WORDS, TF
from safeplan.core.export.sections_front import entry_form

_FIELDS = ("description", "words_said", "impact", "injuries", "findings", "notes")


# Every start a spreadsheet may read as a formula (OWASP "CSV injection"), including a sign
# before digits: ``-2+3+cmd|' /C calc'!A0`` runs, and ``+375 29 …`` is parsed as arithmetic.
# The full-width forms are read as formulas by some spreadsheet programs too.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _safe(value: object) -> str:
    text = tx.clean(value)
    if text.lstrip().startswith(_FORMULA_STARTS):  # " =1" may be trimmed, then run
        return "'" + text
    return text


def csv_bytes(data: ChronologyData) -> bytes:
    L = Labels(data.options.lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([L(T.COL_NO), L(T.F_LEGAL_KIND), L(T.COL_WHEN), "ISO 8601", L(T.PRECISION),
                     L(T.AS_REMEMBERED), L(T.RECORDED_ON), L(T.AMENDED_ON), L(T.FORM),
                     L(T.SEVERITY), L(T.F_TITLE), L(T.F_WHERE), L(T.F_WHO), L(T.F_WITNESSES),
                     L(T.F_DESCRIPTION), L(T.F_WORDS), L(T.F_IMPACT), L(T.F_INJURIES),
                     L(T.F_FINDINGS), L(T.F_NOTES), L(T.F_REPORT_NO), L(T.COL_EXHIBITS),
                     # issue 12.5: where an imported entry's time comes from (added at the end,
                     # so the columns lawyers' tools already map keep their places)
                     L(TF.FROM_FILE), L(TF.STATED_TIME)])
    for entry in data.entries:
        c = entry.content
        police = c.get("police") if isinstance(c.get("police"), dict) else {}
        severity = c.get("severity")
        forms = (", ".join(L.enum(CATEGORIES, x) for x in c.get("categories") or [])
                 if entry.kind == "incident" else entry_form(L, entry))
        row = [
            str(entry.number), L(KINDS[entry.kind]),
            dates.format_time(entry.time_value, c.get("precision"), L,
                              tz_known=c.get("tz_known", True)),
            dates.iso_at_precision(entry.time_value, c.get("precision")),
            L.enum(PRECISION_WORDS, c.get("precision")), c.get("date_hint") or "",
            # machine-clock times in the export's one date format (issue 12.8)
            dates.format_stamp(entry.recorded_at, L) if entry.recorded_at else "",
            "; ".join(dates.format_stamp(t, L) for t in entry.amended_at), forms,
            str(severity) if isinstance(severity, int) else "",
            c.get("title") or c.get("reference") or c.get("facility") or "",
            c.get("location") or "", ", ".join(data.person_names(c.get("perpetrator_ids"))),
            ", ".join(data.person_names(c.get("witness_ids"))),
            *(c.get(key) or "" for key in _FIELDS),
            (police or {}).get("report_number") or "", L.refs(entry.exhibits),
            entry.imported_from if entry.imported else "",
            dates.format_stamp(entry.stated_recorded_at, L) if entry.stated_recorded_at else "",
        ]
        writer.writerow([_safe(v) for v in row])
    for conv in data.conversations:
        for msg in conv.messages:
            writer.writerow([_safe(v) for v in _message_row(L, conv.title, msg)])
    return "\ufeff".encode() + out.getvalue().encode("utf-8", "replace")


def _message_row(L: Labels, title: str, msg: Message) -> list[str]:
    """A transcript message after the entries, cited by the same permanent number as in the PDF
    (``C3.0012``, Cyrillic С in ru/be): its time, the conversation (summary column), the text
    (facts column), direction, sender and recipient as the PDF's line says them (notes column;
    never "who did it": an outgoing message is hers), exhibits and the source file."""
    c = msg.content
    raw, source = c.get("text"), c.get("source")
    text = raw if isinstance(raw, str) else ""
    if c.get("service"):
        text = L.service(c) + (f" {text}" if text.strip() else "")
    source = source if isinstance(source, dict) else {}
    parts = [L.enum(DIRECTIONS, c.get("direction"))]
    sender = " ".join(str(c.get(k) or "") for k in ("sender", "sender_id")).strip()
    if sender:
        parts.append(f"{L(T.FROM)}: {sender}")
    if c.get("recipient"):
        parts.append(f"{L(T.TO)}: {c.get('recipient')}")
    return [L.ref(msg.citation), L(KINDS["message"]),
            dates.format_time(c.get("sent_at"), c.get("precision") or "exact", L,
                              tz_known=c.get("tz_known", True)),
            dates.iso_at_precision(c.get("sent_at"), c.get("precision") or "exact"),
            L.enum(PRECISION_WORDS, c.get("precision")), "", "", "", "", "", title, "", "",
            "", text, "", "", "", "", " · ".join(p for p in parts if p), "",
            L.refs(msg.exhibits), str(source.get("file_name") or ""), ""]
