from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.plan.directory import Directory, load_bundled, parse_document
from safeplan.core.resources import resource

COUNTRIES = {"BY", "PL", "LT", "GE", "UA", "DE"}


def test_bundled_entries_are_sourced_and_dated() -> None:
    entries = load_bundled()
    assert {e.country for e in entries} == COUNTRIES
    for e in entries:
        assert e.source_url.startswith(("http://", "https://")), e.id
        assert e.source_title, e.id
        assert e.last_verified and date.fromisoformat(e.last_verified).year >= 2026
        assert e.phone or e.website.startswith("https://"), e.id  # a number or a site to use
        for lang in ("en", "ru", "be"):
            assert e.describe(lang) and e.display_name(lang)
    phones = {e.id: e.phone for e in entries}
    assert phones["by-dv-hotline"] == "8 801 100 8 801"
    assert phones["de-hilfetelefon"] == "116 016"
    assert phones["pl-niebieska-linia"] == "800 120 002"
    schema = json.loads(resource("directory", "schema.json").read_text(encoding="utf-8"))
    assert set(schema["$defs"]["entry"]["required"]) <= set(entries[0].to_json())


def test_every_country_of_exile_has_more_than_emergency_numbers() -> None:
    """Issue 15: Belarus had 3 entries; each country she may live in has real help listed."""
    entries = load_bundled()
    for country in ("BY", "PL", "LT", "GE", "DE"):
        kinds = {e.kind for e in entries if e.country == country}
        assert len([e for e in entries if e.country == country]) >= 4, country
        assert kinds - {"emergency"}, country
    assert len([e for e in entries if e.country == "BY"]) >= 6


def test_search_by_city_country_or_name(vault) -> None:
    from safeplan.core.plan.directory import Directory, matches

    directory = Directory(vault)
    warsaw = directory.entries(text="warszawa")
    assert warsaw and all(e.country == "PL" for e in warsaw)
    assert {e.id for e in directory.entries(text="Варшава")} == set()  # the city as written
    germany = directory.entries(text="германия", aliases={"DE": "Германия"})
    assert germany and {e.country for e in germany} == {"DE"}
    crisis = directory.entries(text="кризисные комнаты")
    assert [e.id for e in crisis] == ["by-crisis-rooms"]
    assert directory.entries(text="могилев")  # ё/е do not matter: "Могилёв" in the text
    entry = directory.entries(country="PL")[0]
    assert matches(entry, "") and not matches(entry, "zzzz")


def _doc(*entries: dict) -> dict:
    return {"format": "safeplan-directory", "version": 1, "entries": list(entries)}


def test_edit_add_hide_revert(vault) -> None:
    directory = Directory(vault)
    total = len(directory.entries())
    own = directory.add({"country": "PL", "kind": "shelter", "name": "Dom dla matek",
                         "phone": "+48 22 000 00 00"})
    assert own.origin == "own" and own.id == "own-1"
    assert len(directory.entries()) == total + 1
    directory.edit("by-police", {"country": "BY", "kind": "emergency", "name": "Police",
                                 "phone": "102", "hours": "always"})
    edited = next(e for e in directory.entries() if e.id == "by-police")
    assert edited.edited and edited.hours_text("en") == "always"
    directory.set_hidden("pl-112", True)
    assert "pl-112" not in {e.id for e in directory.entries()}
    assert "pl-112" in {e.id for e in directory.entries(include_hidden=True)}
    directory.set_hidden("pl-112", False)
    directory.revert("by-police")
    assert not next(e for e in directory.entries() if e.id == "by-police").edited
    directory.remove_own("own-1")
    with pytest.raises(InvalidInput):
        directory.remove_own("by-police")
    assert len(directory.entries()) == total
    # Kept in the vault: a new Directory on the same vault sees the same state.
    directory.set_hidden("de-112", True)
    assert "de-112" not in {e.id for e in Directory(vault).entries()}


def test_import_organisation_file(vault, tmp_path: Path) -> None:
    path = tmp_path / "org.json"
    path.write_text(json.dumps(_doc(
        {"id": "org-shelter", "country": "LT", "kind": "shelter", "name": "Shelter",
         "phone": "+370 600 00000", "last_verified": "2026-10-01",
         "source_url": "https://example.org/contacts"})), encoding="utf-8")
    directory = Directory(vault)
    assert directory.import_file(path) == 1
    entry = next(e for e in directory.entries() if e.id == "org-shelter")
    assert entry.origin == "imported" and entry.last_verified == "2026-10-01"
    # Importing an updated file replaces the entry with the same id, adds no duplicate.
    path.write_text(json.dumps(_doc(
        {"id": "org-shelter", "country": "LT", "kind": "shelter", "name": "Shelter (new)",
         "phone": "+370 600 00001"})), encoding="utf-8")
    directory.import_file(path)
    found = [e for e in directory.entries() if e.id == "org-shelter"]
    assert len(found) == 1 and found[0].phone == "+370 600 00001"


@pytest.mark.parametrize(("text", "where"), [
    ('{"format": "safeplan-directory", "version": 1, "entries": [', "line 1"),
    (json.dumps({"format": "other", "version": 1, "entries": []}), "format"),
    (json.dumps(_doc({"id": "a", "country": "BY", "kind": "hotline", "name": "A"},
                     {"id": "b", "country": "BY", "kind": "hotline", "name": "B",
                      "phone": "call me maybe"})), "entries[1].phone"),
    (json.dumps(_doc({"id": "a", "country": "Belarus", "kind": "hotline", "name": "A"})),
     "entries[0].country"),
    (json.dumps(_doc({"id": "a", "country": "BY", "kind": "hotline", "name": "A",
                      "last_verified": "last week"})), "entries[0].last_verified"),
    (json.dumps(_doc({"id": "a", "country": "BY", "kind": "hotline", "name": "A"},
                     {"id": "a", "country": "BY", "kind": "hotline", "name": "B"})),
     "entries[1].id"),
])
def test_malformed_file_names_the_problem_and_changes_nothing(vault, tmp_path, text,
                                                              where) -> None:
    directory = Directory(vault)
    directory.set_hidden("by-police", True)
    before = vault.get_setting("directory")
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        directory.import_file(path)
    assert info.value.where == where
    assert info.value.file_name == "bad.json"
    assert vault.get_setting("directory") == before


def test_parse_document_rejects_non_objects() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_document(_doc("not an entry"))
    assert info.value.where == "entries[0]"
