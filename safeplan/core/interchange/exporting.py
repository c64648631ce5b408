"""Export to the open format: one entry as an open-format item (with its earlier revisions),
the whole journal as one object, and the streaming writer that never holds an attachment whole
in memory. Export writes everything, sensitive notes included (it is a complete backup).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safeplan.core.errors import Cancelled, StorageFull
from safeplan.core.interchange.document_format import FORMAT, LISTS, VERSION, Cancel, Progress
from safeplan.core.journal import chain, model
from safeplan.core.journal.journal import Journal
from safeplan.core.journal.search import Query


def _item(journal: Journal, entry: Any) -> dict[str, Any]:
    """One entry in the open format.

    Additions to version 1 (compatible: new fields only, INTERCHANGE.md "add fields freely"):
    - ``ref``: the entry's permanent reference in this vault (``2024-0014``, exhibits
      ``E-0031``), printed in every court export. Informative: an import gives entries the next
      references of the receiving vault.
    - ``ref`` of a message: its permanent citation in this vault, ``C3.0012`` = message 12 of
      conversation 3 (journal/citations.py: conversations numbered when their first message
      arrives, messages in the order they were imported), printed in every court export, full
      or filtered. Optional: a court export of a document whose messages do not all carry one
      (another program's file) numbers them C1.0001… by their printed order, as version 1 always
      did. On import the receiving vault numbers the messages itself, in the file's order.
    - yes/no questions (``children_present``, ``police.contacted``, legal ``done``) are
      ``true``/``false``/``null`` where ``null`` (or absent) means "not answered"; an answer
      saved by the old single tick box as unticked is written as ``null`` (model.stored_answer);
      on import a ``false`` stays "no" (the entry is stored with ``"answers_tristate": true``).
    - ``imported_from`` (incidents, medical notes, legal events imported from a file):
      ``{"file_name": …, "imported_at": …}``; ``recorded_at`` of such an item is the time the
      file stated, the vault's own time of import is ``imported_from.imported_at``.
    - ``private: true`` marks an entry as a working note (left out of court exports unless
      included), like ``evidence_needed`` and ``tags``.
    """
    content = model.open_format_answers(entry.kind, entry.content)
    earlier = list(content.get("revisions") or [])
    for revision in journal.history(entry.uid)[:-1]:
        if revision.content is not None and revision.action in ("create", "update"):
            earlier.append({"recorded_at": revision.recorded_at,
                            "sha256": hashlib.sha256(chain.canonical_json(revision.content))
                            .hexdigest(), "content": revision.content})
    item = {"id": entry.uid, **content,
            "recorded_at": content.get("recorded_at") or entry.recorded_at, "revisions": earlier}
    if entry.ref:
        item["ref"] = entry.ref
    return item


def item_of(journal: Journal, entry: Any) -> dict[str, Any]:
    """One entry in the open format (for readers of a few entries, e.g. the export preview's
    first pages, which must not read the whole journal)."""
    return _item(journal, entry)


def export_document(journal: Journal, *, include_data: bool = True) -> dict[str, Any]:
    """The whole journal as one open-format object (attachments inline when include_data)."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                                "exported_at": datetime.now(UTC).isoformat(timespec="seconds")}
    for list_name, kind in LISTS.items():
        items = []
        for entry in journal.list(Query(kinds=(kind,))):
            item = _item(journal, entry)
            if kind == "attachment" and include_data:
                item["data_base64"] = base64.b64encode(journal.read_attachment(entry.uid)).decode()
            items.append(item)
        document[list_name] = items
    plans = journal.list(Query(kinds=("safety_plan",), newest_first=True, limit=1))
    document["safety_plan"] = dict(plans[0].content.get("sections") or {}) if plans else {}
    if plans and plans[0].content.get("last_reviewed_at"):
        document["safety_plan_reviewed_at"] = plans[0].content["last_reviewed_at"]
    return document


def write_json(journal: Journal, out_path: Path, *, progress: Progress | None = None,
               cancelled: Cancel | None = None) -> None:
    """Write the export streaming (attachments base64 chunk by chunk, never whole in memory).

    The file appears only when complete: written beside the target, then renamed.
    """
    document = export_document(journal, include_data=False)
    attachments = document.pop("attachments")
    tmp = out_path.with_name(f".{out_path.name}.part")
    total, done = len(attachments), 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            head = chain.canonical_json(document)[:-1]  # without the closing brace
            out.write(head + b',"attachments":[')
            for index, item in enumerate(attachments):
                if cancelled is not None and cancelled():
                    raise Cancelled("export cancelled")
                body = chain.canonical_json(item)[:-1]
                out.write((b"," if index else b"") + body + b',"data_base64":"')
                for piece in _base64_stream(journal.iter_attachment(item["id"])):
                    out.write(piece)
                out.write(b'"}')
                done += 1
                if progress is not None:
                    progress(done, total)
            out.write(b"]}")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, out_path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError):  # full stick or write error: a typed error, nothing left
            raise StorageFull(f"the export could not be written: {exc.strerror}") from exc
        raise


def _base64_stream(chunks: Iterator[bytes]) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        cut = len(data) - len(data) % 3
        carry = data[cut:]
        if cut:
            yield base64.b64encode(data[:cut])
    if carry:
        yield base64.b64encode(carry)
