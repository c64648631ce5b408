"""The open journal format (../shared/design/INTERCHANGE.md) — a contract with other tools.

Export writes everything, sensitive notes included (it is a complete backup). Import is all or
nothing: the whole document is validated first and the first problem is named by its JSON path
(``incidents[12].occurred_at``); only then is anything written, in one transaction. Text is kept
byte for byte. Importers of message exports (importers/) produce documents in this same format,
so every way into the vault passes one validator and one writer.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from safeplan.core.errors import Cancelled, InvalidInput, LimitExceeded, StorageFull
from safeplan.core.journal import chain, model
from safeplan.core.journal.journal import Journal, new_uid
from safeplan.core.journal.search import Query

FORMAT = "safeplan-journal"
VERSION = 1
# Top-level list name → entry kind. risk_checks is a SafePlan extension (added, not renamed).
LISTS = {"people": "person", "incidents": "incident", "messages": "message",
         "medical": "medical", "attachments": "attachment", "legal": "legal",
         "risk_checks": "risk_check"}
_FILE_ONLY = ("id", "data_base64", "path")
_CHRONOLOGY_KINDS = ("incident", "medical", "legal")
_CHUNK = 2000

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped_duplicates: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


# -- export ----------------------------------------------------------------------------------


def _item(journal: Journal, entry: Any) -> dict[str, Any]:
    """One entry in the open format.

    Additions to version 1 (compatible: new fields only, INTERCHANGE.md "add fields freely"):
    - ``ref``: the entry's permanent reference in this vault (``2024-0014``, exhibits
      ``E-0031``), printed in every court export. Informative: an import gives entries the next
      references of the receiving vault.
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


# -- validation ------------------------------------------------------------------------------


def load_json(path: Path) -> dict[str, Any]:
    """Read a file in the open format; malformed JSON names the line and column."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read the file ({exc.strerror})", file_name=path.name) from exc
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput("the file is not UTF-8 text", file_name=path.name,
                           where=f"byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON ({exc.msg})", file_name=path.name,
                           where=f"line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError:  # issue 14.8: 100,000 nested arrays; a real journal nests ~6 levels
        raise LimitExceeded("the JSON is nested deeper than about 1,000 levels (a SafePlan "
                            "journal file nests fewer than 10); it was not read",
                            limit="json-depth", found=1001, maximum=1000,
                            file_name=path.name) from None
    if not isinstance(document, dict):
        raise InvalidInput("the file must hold one JSON object", file_name=path.name)
    return document


def validate_document(document: Any, known_uid: Callable[[str], bool] = lambda _: False) -> None:
    """Raise InvalidInput for the first problem; checks every list and every reference."""
    if not isinstance(document, Mapping):
        raise InvalidInput("expected one JSON object", where="$")
    if document.get("format") != FORMAT:
        raise InvalidInput(f'"format" must be "{FORMAT}"', where="format")
    version = document.get("version")
    if version != VERSION or isinstance(version, bool):
        raise InvalidInput(f"unsupported version {version!r} (this program reads {VERSION})",
                           where="version")
    ids: set[str] = set()
    for list_name, kind in LISTS.items():
        items = document.get(list_name, [])
        if items is None:
            continue
        if not isinstance(items, list):
            raise InvalidInput("expected a list", where=list_name)
        for index, item in enumerate(items):
            where = f"{list_name}[{index}]"
            if not isinstance(item, Mapping):
                raise InvalidInput("expected an object", where=where)
            item_id = item.get("id")
            if not isinstance(item_id, str) or not item_id:
                raise InvalidInput("every item needs a text id", where=f"{where}.id")
            if item_id in ids:
                raise InvalidInput(f"the id {item_id!r} is used twice", where=f"{where}.id")
            ids.add(item_id)
            model.validate(kind, {k: v for k, v in item.items() if k not in _FILE_ONLY}, where)
            if kind == "attachment":
                _validate_attachment(item, where)
    for list_name, kind in LISTS.items():
        for index, item in enumerate(document.get(list_name) or []):
            for field_name in model.ID_FIELDS[kind]:
                value = item.get(field_name)
                refs = value if isinstance(value, list) else [value] if value else []
                for ref in refs:
                    # A reference with a lone surrogate cannot be an entry id (and SQLite
                    # could not even look it up): it refers to nothing.
                    known = chain.without_lone_surrogates(ref) == ref and known_uid(ref)
                    if ref not in ids and not known:
                        raise InvalidInput(f"refers to {ref!r}, which is not in the file",
                                           where=f"{list_name}[{index}].{field_name}")
    plan = document.get("safety_plan", {})
    if plan is not None and not isinstance(plan, Mapping):
        raise InvalidInput("expected an object", where="safety_plan")
    if plan:
        from safeplan.core.plan.plan import SafetyPlan

        try:  # the plan's own reader checks every section and item
            SafetyPlan.from_content({"sections": plan}, "en")
        except InvalidInput as exc:
            where = exc.where.replace("safety_plan.sections", "safety_plan") or "safety_plan"
            raise InvalidInput(str(exc.args[0]), where=where) from exc


def _validate_attachment(item: Mapping[str, Any], where: str) -> None:
    expected = item.get("sha256")
    if expected and not (isinstance(expected, str) and len(expected) == 64
                         and all(c in "0123456789abcdefABCDEF" for c in expected)):
        # Checked here, before any look-up: a hostile value (e.g. a lone surrogate) must not
        # reach SQLite as a parameter, and a malformed digest can never match anyway.
        raise InvalidInput("expected a SHA-256 (64 hexadecimal digits)", where=f"{where}.sha256")
    data = item.get("data_base64")
    if data is not None:
        if not isinstance(data, str):
            raise InvalidInput("expected base64 text", where=f"{where}.data_base64")
        try:
            decoded = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidInput("not valid base64", where=f"{where}.data_base64") from exc
        expected = item.get("sha256")
        if expected and hashlib.sha256(decoded).hexdigest() != str(expected).lower():
            raise InvalidInput("the data does not match its SHA-256", where=f"{where}.sha256")
    path = item.get("path")
    if path is not None and (not isinstance(path, str) or Path(path).is_absolute()
                             or ".." in Path(path).parts):
        raise InvalidInput("path must be relative, inside the export folder", where=f"{where}.path")


# -- import ----------------------------------------------------------------------------------


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
    content = {k: v for k, v in item.items() if k not in _FILE_ONLY and k != "ref"}
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
