"""Progressive preview of the chronology (issue 17.1): first pages at once, the rest after.

Laying out a 10,000-incident journal takes minutes (4,000+ pages) and reading the whole journal
alone takes seconds, so the preview comes in two stages:

1. the *head*: only the first few entries, messages and files of the chosen period are read from
   the journal (a ``LIMIT`` in SQL, whatever the journal's size) and laid out — cover, summary
   and the first entries, on screen within a second or two;
2. the *whole* document, laid out in the same worker afterwards, reporting the page count as it
   grows; when it ends the preview shows the real first pages and the real page count.

``cancelled()`` is checked between the stages and every few flowables inside them, so Cancel
(or quick exit) stops either at once; the head stays on screen. Nothing is written or signed:
the bytes stay in memory and the integrity page says "PREVIEW" (requirement 4).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from safeplan.core.errors import Cancelled
from safeplan.core.export import manifest as mf
from safeplan.core.export.context import ExhibitFile, ExportMeta
from safeplan.core.export.data import ChronologyData, build
from safeplan.core.export.options import ChronologyOptions

HEAD_ENTRIES = 12
HEAD_MESSAGES = 40
HEAD_FILES = 4
# the lists of the open format that are cut to a few items for the head (people stay whole:
# entries name them)
_HEAD_LISTS = {"incidents": ("incident", HEAD_ENTRIES), "medical": ("medical", HEAD_ENTRIES),
               "legal": ("legal", HEAD_ENTRIES), "messages": ("message", HEAD_MESSAGES),
               "attachments": ("attachment", HEAD_FILES)}

Cancel = Callable[[], bool]
Progress = Callable[[int, int], None]


@dataclass
class PreviewStage:
    """One stage's document: PDF bytes (memory only), its pages and what it holds."""

    pdf: bytes
    pages: int
    complete: bool  # False: the head only (first entries); True: the whole document
    entries: int
    messages: int
    exhibits: int


def head_document(journal: Any, options: ChronologyOptions) -> dict[str, Any]:
    """The open-format document cut to the first entries of the chosen period, read with a
    ``LIMIT`` so it costs the same for 100 or 100,000 entries."""
    from safeplan.core.interchange import FORMAT, LISTS, VERSION, item_of
    from safeplan.core.journal.search import Query

    # A day of margin each side: the period is applied exactly (in local dates) by data.build.
    date_from = (options.date_from - timedelta(days=1)).isoformat() if options.date_from else None
    date_to = (options.date_to + timedelta(days=1)).isoformat() if options.date_to else None
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                                "exported_at": datetime.now(UTC).isoformat(timespec="seconds")}
    for list_name, kind in LISTS.items():
        if list_name in _HEAD_LISTS:
            _kind, limit = _HEAD_LISTS[list_name]
            query = Query(kinds=(kind,), date_from=date_from, date_to=date_to, limit=limit)
        elif list_name == "people":
            query = Query(kinds=(kind,))
        else:
            document[list_name] = []
            continue
        document[list_name] = [item_of(journal, e) for e in journal.list(query)]
    document["safety_plan"] = {}
    return document


def _render(vault: Any, source: Any, document: dict[str, Any], data: ChronologyData,
            progress: Progress | None, cancelled: Cancel | None) -> bytes:
    from safeplan.core.export.chronology_pdf import ChronologyExporter
    from safeplan.core.export.legal_facts import legal_facts

    # The preview shows no pictures: the recorded hashes stand in, no original is read.
    files = {ex.uid: ExhibitFile(str(ex.content.get("sha256") or ""),
                                 int(ex.content.get("size") or 0), True) for ex in data.exhibits}
    meta = ExportMeta("PREVIEW", datetime.now(UTC).replace(microsecond=0), source.chain_head(),
                      "-", mf.key_fingerprint(mf.public_raw(vault.signing_key())),
                      "preview.pdf", "preview" + mf.MANIFEST_SUFFIX, files)
    exporter = ChronologyExporter(data, meta, legal_facts(document, data))

    def pages(_done: int, _total: int) -> None:
        if progress is not None:
            progress(exporter.pages_laid_out, 0)

    return exporter.render(pages, cancelled)


def _stage(pdf: bytes, data: ChronologyData, complete: bool) -> PreviewStage:
    return PreviewStage(pdf, count_pages(pdf), complete, len(data.entries),
                        data.count("message"), len(data.exhibits))


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF we made (its page tree's /Count), without a PDF library."""
    import re

    counts = [int(n) for n in re.findall(rb"/Count (\d+)", pdf)]
    return max(counts) if counts else 0


def progressive_preview(vault: Any, options: ChronologyOptions, *,
                        on_stage: Callable[[PreviewStage], None],
                        progress: Progress | None = None,
                        cancelled: Cancel | None = None,
                        whole: bool = True) -> PreviewStage:
    """Head first (``on_stage`` gets it at once), then the whole document (``on_stage`` again,
    and returned). ``progress(pages laid out, 0)`` reports the growing page count of the whole
    document (0: the total is not known until the end). Raises Cancelled when asked to stop."""
    from safeplan.core.export.source import VaultSource

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("preview cancelled")

    source = VaultSource(vault)
    head_doc = head_document(vault.journal, options)
    head_data = build(head_doc, options, source.revision_times)
    check()
    head = _stage(_render(vault, source, head_doc, head_data, None, cancelled), head_data, False)
    on_stage(head)
    if not whole:
        return head
    check()
    document = source.document()
    check()
    deleted = getattr(source, "deletions", None)
    data = build(document, options, source.revision_times, list(deleted()) if deleted else [])
    check()
    full = _stage(_render(vault, source, document, data, progress, cancelled),
                  data, True)
    on_stage(full)
    return full

