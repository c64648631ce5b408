"""Reading and checking an open-format document before anything is written: malformed JSON
names its line and column, and the first problem in the document is named by its JSON path
(``incidents[12].occurred_at``). Every list, every field and every reference is checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from safeplan.core.errors import InvalidInput, LimitExceeded
from safeplan.core.interchange.document_format import FILE_ONLY, FORMAT, LISTS, VERSION
from safeplan.core.journal import chain, model


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
            model.validate(kind, {k: v for k, v in item.items() if k not in FILE_ONLY}, where)
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
