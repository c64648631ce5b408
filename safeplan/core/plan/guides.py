""""Know your options": short plain-language guides bundled in ``resources/guides``.

Each guide is ``<id>.<lang>.json`` with its sources and a "last checked" date, and carries its own
disclaimer so it is never presented as legal advice (issue 7). The files are ours, but they are
still validated so a broken translation shows a clear error instead of a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import LANGUAGES
from safeplan.core.resources import resource, resources_dir

GUIDE_IDS = ("private_prosecution", "protection_orders", "after_assault")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Block:
    heading: str
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    id: str
    language: str
    title: str
    summary: str
    last_checked: date
    disclaimer: str
    sources: tuple[Source, ...]
    blocks: tuple[Block, ...]


def _strs(value: object, where: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput("expected a list of texts", where=where, file_name=name)
    return tuple(value)


def _text(data: dict, key: str, name: str, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("expected text", where=f"{where}{key}", file_name=name)
    return value


@lru_cache(maxsize=32)
def load_guide(guide_id: str, lang: str) -> Guide:
    if guide_id not in GUIDE_IDS:
        raise ValueError(f"unknown guide {guide_id!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    name = f"{guide_id}.{lang}.json"
    data = json.loads(resource("guides", name).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise InvalidInput("expected an object", where="$", file_name=name)
    try:
        checked = date.fromisoformat(_text(data, "last_checked", name))
    except ValueError as exc:
        raise InvalidInput("expected a date", where="last_checked", file_name=name) from exc
    raw_sources = data.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        raise InvalidInput("a guide needs its sources", where="sources", file_name=name)
    sources = tuple(Source(_text(s, "title", name, f"sources[{i}]."),
                           _text(s, "url", name, f"sources[{i}]."))
                    for i, s in enumerate(raw_sources))
    blocks = []
    for i, raw in enumerate(data.get("blocks") or []):
        where = f"blocks[{i}]"
        blocks.append(Block(_text(raw, "heading", name, f"{where}."),
                            _strs(raw.get("paragraphs", []), f"{where}.paragraphs", name),
                            _strs(raw.get("bullets", []), f"{where}.bullets", name)))
    return Guide(guide_id, lang, _text(data, "title", name), _text(data, "summary", name),
                 checked, _text(data, "disclaimer", name), sources, tuple(blocks))


def list_guides(lang: str) -> list[Guide]:
    return [load_guide(guide_id, lang) for guide_id in GUIDE_IDS]


def guide_files() -> list[str]:
    """Every guide file expected in the bundle (used by a test to prove they all resolve)."""
    folder = resources_dir() / "guides"
    return [str(folder / f"{g}.{lang}.json") for g in GUIDE_IDS for lang in LANGUAGES]
