"""Import of an open-format document, all or nothing: validated first, then written in one
transaction. Ids in the file are mapped to new entry ids of this vault; re-importing the same
file (or a later export of the same vault) adds nothing. Text is kept byte for byte.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from safeplan.core.errors import Cancelled, InvalidInput
from safeplan.core.interchange.document_format import FILE_ONLY, LISTS, Cancel, Progress
from safeplan.core.interchange.validation import validate_document
from safeplan.core.journal import chain, citations, model
from safeplan.core.journal.journal import Journal, new_uid
from safeplan.core.journal.search import Query

_CHRONOLOGY_KINDS = ("incident", "medical", "legal")
_CHUNK = 2000


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped_duplicates: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def import_document(journal: Journal, document: Mapping[str, Any], *,
                    base_dir: Path | None = None, source_name: str = "",
                    open_attachment: Callable[[str], BinaryIO] | None = None,
                    progress: Progress | None = None,
                    cancelled: Cancel | None = None) -> ImportReport:
    """Validate everything, then write everything in one transaction (or nothing).

    Incidents, medical notes and legal events are marked ``imported_from`` (``source_name``,
    the file's base name, and the time of import): a court export then says "imported on …
    from …" and shows the file's own ``recorded_at`` as the time the file states, never as the
    time this vault recorded it (issue 12, item 5).
    """
    validate_document(document, journal.exists)
    imported = {"file_name": Path(source_name).name if source_name else "",
                "imported_at": datetime.now(UTC).astimezone().isoformat(timespec="seconds")}
    # Check attachment sources exist before writing anything.
    for index, item in enumerate(document.get("attachments") or []):
        if item.get("data_base64") is None and open_attachment is None:
            rel = item.get("path")
            if rel is None or base_dir is None or not (base_dir / rel).is_file():
                raise InvalidInput("the attachment's file is missing",
                                   where=f"attachments[{index}].path")
            if _has_link(base_dir, rel):  # issue 14.2: a link may point at any of her files
                raise InvalidInput("the attachment's path is a symbolic link; links are never "
                                   "followed", where=f"attachments[{index}].path")
    report = ImportReport()
    uid_map: dict[str, str] = {}
    for list_name in LISTS:
        for item in document.get(list_name) or []:
            uid_map[item["id"]] = new_uid()
    total = sum(len(document.get(n) or []) for n in LISTS)
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled("import cancelled")
        done += count
        if progress is not None:
            progress(done, total)

    with journal.transaction():
        for item in document.get("attachments") or []:
            step()
            existing = journal.attachment_by_sha256(item["sha256"]) if item.get("sha256") else None
            if existing:
                uid_map[item["id"]] = existing
                report.skipped_duplicates += 1
                continue
            content = _content(item, uid_map, "attachment")
            with _attachment_source(item, base_dir, open_attachment) as source:
                journal.add_attachment(
                    source, str(item.get("file_name") or "file"), item.get("media_type"),
                    taken_at=item.get("taken_at"), caption=str(item.get("caption") or ""),
                    extra=content, uid=uid_map[item["id"]], expected_sha256=item.get("sha256"),
                    cancelled=cancelled)
            report.added["attachment"] = report.added.get("attachment", 0) + 1
        for list_name, kind in LISTS.items():
            if kind == "attachment":
                continue
            items = document.get(list_name) or []
            if kind == "message":
                items = _in_citation_order(items)
            for start in range(0, len(items), _CHUNK):
                # Contents are built a chunk at a time: 100,000 imported messages never exist
                # twice in memory.
                batch, keys = [], []
                for item in items[start:start + _CHUNK]:
                    if kind == "person":
                        existing = _same_person(journal, item)
                        if existing:
                            uid_map[item["id"]] = existing
                            report.skipped_duplicates += 1
                            continue
                    content = _content(item, uid_map, kind)
                    if kind in _CHRONOLOGY_KINDS:
                        content.setdefault("imported_from", imported)
                        if model.has_no_answer(kind, content):  # a file's false is "no"
                            content[model.ANSWERS_MARK] = True
                    batch.append((kind, content, uid_map[item["id"]]))
                    keys.append(_import_key(kind, item))
                saved = journal.save_many(batch, skip_duplicates=True, as_new=True,
                                          dedup_keys=keys, validated=True)
                added = sum(1 for s in saved if s)
                report.skipped_duplicates += len(saved) - added
                if added:
                    report.added[kind] = report.added.get(kind, 0) + added
                step(len(items[start:start + _CHUNK]))
        plan = document.get("safety_plan")
        if plan:
            _merge_plan(journal, plan, document.get("safety_plan_reviewed_at"))
    return report


def _in_citation_order(items: list[Any]) -> list[Any]:
    """Messages are numbered in the order they are saved (journal/citations.py): a file whose
    messages all carry a SafePlan citation (``ref``, a backup of a vault) is saved in that
    order, so restoring it into a new vault gives back the citations a lawyer already holds;
    any other file is saved in its own order (the source order)."""
    numbers = [citations.parse(item.get("ref")) for item in items]
    cited = [(n, item) for n, item in zip(numbers, items, strict=True) if n is not None]
    if not items or len(cited) != len(items):
        return items
    return [item for _, item in sorted(cited, key=lambda pair: pair[0])]


def _import_key(kind: str, item: Mapping[str, Any]) -> str | None:
    """Marks an entry as imported from this exact item, so importing the same file twice (or a
    later export of the same vault) adds nothing. Messages with a source use that instead."""
    source = item.get("source")
    if kind == "message" and isinstance(source, Mapping) and source.get("original_id"):
        return None
    fingerprint = {k: v for k, v in item.items() if k not in ("data_base64", "path", "ref")}
    return f"import|{kind}|" + hashlib.sha256(chain.canonical_json(fingerprint)).hexdigest()


def _content(item: Mapping[str, Any], uid_map: Mapping[str, str], kind: str) -> dict[str, Any]:
    # ``ref`` belongs to the vault the file came from: this vault numbers the entry itself.
    content = {k: v for k, v in item.items() if k not in FILE_ONLY and k != "ref"}
    for field_name in model.ID_FIELDS[kind]:
        value = content.get(field_name)
        if isinstance(value, list):
            content[field_name] = [uid_map.get(v, v) for v in value]
        elif isinstance(value, str) and value:
            content[field_name] = uid_map.get(value, value)
    if kind == "attachment":
        for generated in ("file_name", "media_type", "size", "sha256", "taken_at", "caption"):
            content.pop(generated, None)
    return content


@contextlib.contextmanager
def _attachment_source(item: Mapping[str, Any], base_dir: Path | None,
                       open_attachment: Callable[[str], BinaryIO] | None) -> Iterator[Any]:
    if item.get("data_base64") is not None:
        yield io.BytesIO(base64.b64decode(item["data_base64"]))
    elif item.get("path") is not None and base_dir is not None:
        if _has_link(base_dir, item["path"]):
            raise InvalidInput("the attachment's path is a symbolic link; links are never followed",
                               where=str(item.get("id") or ""))
        fd = os.open(base_dir / item["path"], os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as stream:
            yield stream
    elif open_attachment is not None:
        handle = open_attachment(item["id"])
        try:
            yield handle
        finally:
            handle.close()
    else:  # validated earlier; kept for type checkers
        raise InvalidInput("the attachment has no data")


def _has_link(base_dir: Path, rel: str) -> bool:
    """Whether any part of ``rel`` below ``base_dir`` is a symbolic link (never followed)."""
    current = base_dir
    for part in Path(rel).parts:
        current = current / part
        if current.is_symlink():
            return True
    return False


def _same_person(journal: Journal, item: Mapping[str, Any]) -> str | None:
    """Re-importing the same export must not duplicate people: same name, role and contact."""
    name = item.get("name") or ""
    if not name:
        return None
    for entry in journal.list(Query(kinds=("person",), text=name, limit=50)):
        content = entry.content
        if (content.get("name") == name and content.get("role") == item.get("role")
                and (content.get("contact") or "") == (item.get("contact") or "")):
            return entry.uid
    return None


def _merge_plan(journal: Journal, sections: Mapping[str, Any], reviewed: Any) -> None:
    """An imported plan becomes a new revision of this vault's one plan (nothing is lost)."""
    existing = journal.list(Query(kinds=("safety_plan",), newest_first=True, limit=1))
    content: dict[str, Any] = {"sections": dict(sections)}
    if reviewed:
        content["last_reviewed_at"] = reviewed
    if existing:
        merged = dict(existing[0].content.get("sections") or {})
        merged.update(content["sections"])
        content["sections"] = merged
        journal.save("safety_plan", {**existing[0].content, **content}, existing[0].uid)
    else:
        journal.save("safety_plan", content)
