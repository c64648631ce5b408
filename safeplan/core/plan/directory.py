"""Offline help directory: bundled entries, her own entries, edits, hidden entries and imports.

Format: ``resources/directory/schema.json`` (checked here by hand — no network, no extra package).
The bundled file is read-only; everything she changes lives in one vault setting (``directory``),
so it is encrypted and changes in one write. An organisation's file is validated completely before
anything is stored: the first problem raises InvalidInput with its JSON path (``entries[3].phone``)
and the vault is left exactly as it was (issue 7, threat A5 — a handed-over file is untrusted).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.resources import resource

FORMAT = "safeplan-directory"
VERSION = 1
SETTING_KEY = "directory"
ENTRY_KINDS = ("emergency", "hotline", "crisis-room", "shelter", "legal-aid", "online", "other")
MAX_ENTRIES = 5000
MAX_FILE_BYTES = 5 * 1024 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_COUNTRY = re.compile(r"^([A-Z]{2})?$")
_PHONE = re.compile(r"^[0-9+ ()/.\-]*$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_LIMITS = {"name": 300, "phone": 100, "website": 500, "email": 200, "city": 100,
           "source_url": 500, "source_title": 300, "source_published": 10}


@dataclass(frozen=True)
class DirectoryEntry:
    id: str
    country: str
    kind: str
    name: str
    phone: str = ""
    website: str = ""
    email: str = ""
    hours: dict[str, str] = field(default_factory=dict)  # by language; "" = not translated
    languages: tuple[str, ...] = ()
    description: dict[str, str] = field(default_factory=dict)
    source_url: str = ""
    source_title: str = ""
    source_published: str = ""
    last_verified: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    city: str = ""  # where it is, when not national ("Warszawa", "Vilnius"); searchable
    # Where it comes from: bundled, imported, own; and whether she edited or hid it.
    origin: str = "bundled"
    edited: bool = False
    hidden: bool = False

    def describe(self, lang: str) -> str:
        return _pick(self.description, lang)

    def display_name(self, lang: str) -> str:
        return self.names.get(lang) or self.name

    def hours_text(self, lang: str) -> str:
        return _pick(self.hours, lang)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "country": self.country, "kind": self.kind, "name": self.name,
                "phone": self.phone, "website": self.website, "email": self.email,
                "hours": dict(self.hours), "languages": list(self.languages),
                "names": dict(self.names), "city": self.city,
                "description": dict(self.description), "source_url": self.source_url,
                "source_title": self.source_title, "source_published": self.source_published,
                "last_verified": self.last_verified}


def parse_entry(raw: object, where: str, file_name: str = "") -> DirectoryEntry:
    """One entry, or InvalidInput naming the field (``where`` is its JSON path)."""

    def bad(message: str, name: str = "") -> InvalidInput:
        return InvalidInput(message, where=f"{where}.{name}" if name else where,
                            file_name=file_name)

    if not isinstance(raw, Mapping):
        raise bad("expected an object")
    values: dict[str, Any] = {}
    for name in ("id", "country", "kind", "name", *_LIMITS):
        value = raw.get(name, "")
        if value is None and name not in ("id", "kind", "name"):
            value = ""
        if not isinstance(value, str):
            raise bad("expected text", name)
        if len(value) > _LIMITS.get(name, 100):
            raise bad("text is too long", name)
        values[name] = value.strip()
    if not _ID.match(values["id"]):
        raise bad("id must be lower-case letters, digits and dashes", "id")
    if not _COUNTRY.match(values["country"]):
        raise bad("country must be a two-letter code such as BY", "country")
    if values["kind"] not in ENTRY_KINDS:
        raise bad(f"kind must be one of {', '.join(ENTRY_KINDS)}", "kind")
    if not values["name"]:
        raise bad("a name is needed", "name")
    if not _PHONE.match(values["phone"]):
        raise bad("a phone number may hold only digits, spaces and + ( ) / . -", "phone")
    languages = raw.get("languages", []) or []
    if not isinstance(languages, list):
        raise bad("expected a list", "languages")
    for i, lang in enumerate(languages):
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise bad("expected a language code such as ru", f"languages[{i}]")
    description = _texts_by_language(raw, "description", 2000, bad)
    names = _texts_by_language(raw, "names", 300, bad)
    hours = _texts_by_language(raw, "hours", 200, bad)
    verified = raw.get("last_verified")
    if verified is not None:
        if not isinstance(verified, str):
            raise bad("expected a date like 2024-03-12", "last_verified")
        try:
            date.fromisoformat(verified)
        except ValueError as exc:
            raise bad("expected a date like 2024-03-12", "last_verified") from exc
    return DirectoryEntry(
        id=values["id"], country=values["country"], kind=values["kind"], name=values["name"],
        phone=values["phone"], website=values["website"], email=values["email"],
        hours=hours, languages=tuple(languages), description=description, names=names,
        source_url=values["source_url"], source_title=values["source_title"],
        source_published=values["source_published"], last_verified=verified,
        city=values["city"])


def matches(entry: DirectoryEntry, query: str, aliases: Mapping[str, str] | None = None) -> bool:
    """Whether every word of ``query`` occurs in the entry: its names in every language, city,
    country code (and ``aliases[country]``, the country's name as the interface says it),
    kind, phone, website and descriptions. Case and ё/е do not matter."""
    words = _fold(query).split()
    if not words:
        return True
    parts = [entry.name, *entry.names.values(), entry.city, entry.country, entry.kind,
             entry.phone, entry.website, *entry.description.values()]
    if aliases:
        parts.append(aliases.get(entry.country, ""))
    haystack = _fold(" ".join(parts))
    return all(word in haystack for word in words)


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return (texts.get(lang) or texts.get("") or texts.get("en")
            or next(iter(texts.values()), ""))


def _texts_by_language(raw: Mapping[str, Any], name: str, limit: int, bad: Any,
                       ) -> dict[str, str]:
    """A text, or an object of texts by language (a plain text is kept under the key "")."""
    value = raw.get(name) or {}
    if isinstance(value, str):
        value = {"": value}
    if not isinstance(value, Mapping):
        raise bad("expected a text or an object of texts by language", name)
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(text, str):
            raise bad("expected text", f"{name}.{lang}")
        if len(text) > limit:
            raise bad("text is too long", f"{name}.{lang}")
        out[str(lang)] = text
    return out


def parse_document(data: object, file_name: str = "") -> list[DirectoryEntry]:
    """A whole directory file; raises at the first problem, so nothing partial is ever used."""
    if not isinstance(data, Mapping):
        raise InvalidInput("expected a JSON object", where="$", file_name=file_name)
    if data.get("format") != FORMAT:
        raise InvalidInput(f'format must be "{FORMAT}"', where="format", file_name=file_name)
    if data.get("version") != VERSION:
        raise InvalidInput(f"version must be {VERSION}", where="version", file_name=file_name)
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise InvalidInput("expected a list", where="entries", file_name=file_name)
    if len(raw_entries) > MAX_ENTRIES:
        raise InvalidInput("too many entries", where="entries", file_name=file_name)
    entries: list[DirectoryEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_entries):
        entry = parse_entry(raw, f"entries[{i}]", file_name)
        if entry.id in seen:
            raise InvalidInput("the same id appears twice", where=f"entries[{i}].id",
                               file_name=file_name)
        seen.add(entry.id)
        entries.append(entry)
    return entries


def read_file(path: Path) -> list[DirectoryEntry]:
    """Read and validate a directory file (the name in errors is the base name only)."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput("the file is too large for a directory", file_name=name)
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("the file is not UTF-8 text", file_name=name) from exc
    except OSError as exc:
        raise InvalidInput("the file could not be read", file_name=name) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON ({exc.msg})", where=f"line {exc.lineno}",
                           file_name=name) from exc
    return parse_document(data, name)


def load_bundled() -> list[DirectoryEntry]:
    path = resource("directory", "bundled.json")
    return read_file(path)


class Directory:
    """The merged view of bundled, imported and own entries, with edits and hidden ids."""

    def __init__(self, vault: Any, bundled: list[DirectoryEntry] | None = None) -> None:
        self._vault = vault
        self._bundled = bundled if bundled is not None else load_bundled()

    def _state(self) -> dict[str, Any]:
        state = self._vault.get_setting(SETTING_KEY, None)
        state = copy.deepcopy(state) if isinstance(state, dict) else {}
        for key, default in (("imported", []), ("own", []), ("edits", {}), ("hidden", [])):
            state.setdefault(key, default)
        return state

    def _store(self, state: dict[str, Any]) -> None:
        self._vault.set_setting(SETTING_KEY, state)

    def entries(self, *, include_hidden: bool = False, country: str | None = None,
                text: str = "", aliases: Mapping[str, str] | None = None,
                ) -> list[DirectoryEntry]:
        state = self._state()
        merged: dict[str, DirectoryEntry] = {e.id: e for e in self._bundled}
        for i, raw in enumerate(state["imported"]):
            entry = parse_entry(raw, f"imported[{i}]")
            merged[entry.id] = replace(entry, origin="imported")
        for i, raw in enumerate(state["own"]):
            entry = parse_entry(raw, f"own[{i}]")
            merged[entry.id] = replace(entry, origin="own")
        for entry_id, raw in state["edits"].items():
            if entry_id in merged:
                edited = parse_entry(raw, f"edits.{entry_id}")
                merged[entry_id] = replace(edited, id=entry_id, origin=merged[entry_id].origin,
                                           edited=True)
        hidden = set(state["hidden"])
        result = [replace(e, hidden=e.id in hidden) for e in merged.values()]
        if not include_hidden:
            result = [e for e in result if not e.hidden]
        if country is not None:
            result = [e for e in result if e.country == country]
        if text.strip():
            result = [e for e in result if matches(e, text, aliases)]
        kinds = {k: i for i, k in enumerate(ENTRY_KINDS)}
        result.sort(key=lambda e: (e.country or "~", kinds.get(e.kind, 99), e.name.casefold()))
        return result

    def countries(self) -> list[str]:
        return sorted({e.country for e in self.entries(include_hidden=True)})

    def add(self, raw: Mapping[str, Any]) -> DirectoryEntry:
        """Her own entry; an id is made up when missing. Needs no source or verification date."""
        state = self._state()
        taken = {e.id for e in self.entries(include_hidden=True)}
        data = dict(raw)
        if not data.get("id"):
            n = 1
            while f"own-{n}" in taken:
                n += 1
            data["id"] = f"own-{n}"
        entry = parse_entry(data, "entry")
        if entry.id in taken:
            raise InvalidInput("an entry with this id exists already", where="entry.id")
        state["own"].append(entry.to_json())
        self._store(state)
        return replace(entry, origin="own")

    def edit(self, entry_id: str, raw: Mapping[str, Any]) -> DirectoryEntry:
        """Change any entry; bundled and imported entries keep their original underneath."""
        state = self._state()
        if entry_id not in {e.id for e in self.entries(include_hidden=True)}:
            raise InvalidInput("no such entry", where="entry.id")
        entry = parse_entry({**dict(raw), "id": entry_id}, "entry")
        own = [r for r in state["own"] if r.get("id") == entry_id]
        if own:
            state["own"] = [entry.to_json() if r.get("id") == entry_id else r
                            for r in state["own"]]
        else:
            state["edits"][entry_id] = entry.to_json()
        self._store(state)
        return entry

    def revert(self, entry_id: str) -> None:
        """Undo her edits of a bundled or imported entry."""
        state = self._state()
        state["edits"].pop(entry_id, None)
        self._store(state)

    def remove_own(self, entry_id: str) -> None:
        state = self._state()
        before = len(state["own"])
        state["own"] = [r for r in state["own"] if r.get("id") != entry_id]
        if len(state["own"]) == before:
            raise InvalidInput("only entries you added can be removed; others can be hidden",
                               where="entry.id")
        state["edits"].pop(entry_id, None)
        self._store(state)

    def set_hidden(self, entry_id: str, hidden: bool) -> None:
        state = self._state()
        ids = [i for i in state["hidden"] if i != entry_id]
        if hidden:
            ids.append(entry_id)
        state["hidden"] = ids
        self._store(state)

    def import_file(self, path: Path) -> int:
        """Import an organisation's file, all or nothing; returns how many entries it holds.

        Entries with an id already imported are replaced; her own entries and edits stay."""
        entries = read_file(path)  # raises before anything is touched
        state = self._state()
        by_id = {r.get("id"): r for r in state["imported"]}
        for entry in entries:
            by_id[entry.id] = entry.to_json()
        state["imported"] = list(by_id.values())
        self._store(state)
        return len(entries)
