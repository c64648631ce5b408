from __future__ import annotations

import re

import pytest

from safeplan.core.errors import InvalidInput
from safeplan.core.plan.guides import GUIDE_IDS, guide_files, list_guides, load_guide
from safeplan.core.plan.prosecution_draft import build_outline


def test_every_guide_in_every_language_has_sources_date_and_disclaimer() -> None:
    for path in guide_files():
        assert path  # resolves below via load_guide
    for lang, phrase in (("en", "not legal advice"), ("ru", "не юридическая консультация"),
                         ("be", "не юрыдычная кансультацыя")):
        guides = list_guides(lang)
        assert [g.id for g in guides] == list(GUIDE_IDS)
        for guide in guides:
            assert phrase in guide.disclaimer
            assert guide.sources and all(s.url.startswith("http") for s in guide.sources)
            assert guide.last_checked.year >= 2026
            assert guide.blocks
    po = load_guide("protection_orders", "en")
    text = " ".join(p for b in po.blocks for p in b.paragraphs)
    assert "15 days" in text and "30 days" in text
    pp = load_guide("private_prosecution", "ru")
    assert any("районный" in p for b in pp.blocks for p in b.paragraphs)


def _journal_with_case(vault):
    j = vault.journal
    him = j.save("person", {"name": "Иван Петров", "role": "perpetrator",
                            "relationship": "бывший муж"})
    neighbour = j.save("person", {"name": "Мария Соседова", "role": "witness",
                                  "contact": "кв. 12"})
    med = j.save("medical", {"visited_at": "2024-03-13T10:00:00+03:00", "precision": "day",
                             "facility": "Поликлиника № 5", "findings": "гематома предплечья"})
    inc = j.save("incident", {
        "occurred_at": "2024-03-12T21:05:00+03:00", "precision": "minute",
        "title": "Ударил на кухне", "description": "Схватил за руку и толкнул.",
        "words_said": "Я тебя убью", "location": "кухня", "injuries": "синяк",
        "perpetrator_ids": [him], "witness_ids": [neighbour], "medical_ids": [med],
        "police": {"contacted": True, "report_number": "КУСП 1234"}})
    old = j.save("incident", {"occurred_at": "2022-01-01", "precision": "approximate",
                              "date_hint": "около Нового года, старая квартира",
                              "title": "Толкнул", "perpetrator_ids": [him]})
    photo = j.add_attachment(b"\x89PNG fake", "bruise.png", "image/png",
                             taken_at="2024-03-12T22:00:00+03:00", caption="Синяк, день 1")
    return inc, old, neighbour, photo


def test_outline_from_chosen_entries_is_marked_draft(vault) -> None:
    inc, old, neighbour, photo = _journal_with_case(vault)
    outline = build_outline(vault.journal, [inc, old], [neighbour], [photo], "ru")
    text = outline.to_text()
    lines = text.strip().splitlines()
    assert lines[1].startswith("ЧЕРНОВИК") and lines[-2].startswith("ЧЕРНОВИК")
    assert "юрист" in lines[1]
    assert "Иван Петров — бывший муж" in text
    assert "12.03.2024 21:05 — Ударил на кухне" in text
    assert "«Я тебя убью»" in text
    assert "КУСП 1234" in text
    assert "примерно 01.01.2022 (около Нового года, старая квартира)" in text
    # older incident listed first
    assert text.index("Толкнул") < text.index("Ударил на кухне")
    assert "Поликлиника № 5" in text
    sha = vault.journal.get(photo).content["sha256"]
    assert sha in text and "Синяк, день 1" in text
    assert "Мария Соседова" in text and "кв. 12" in text
    assert "[название районного (городского) суда" in text


def test_outline_in_english_with_nothing_chosen(vault) -> None:
    outline = build_outline(vault.journal, [], [], [], "en")
    text = outline.to_text()
    assert text.count("DRAFT") == 2
    assert "[none chosen yet]" in text


def test_outline_refuses_wrong_kinds(vault) -> None:
    inc, _old, neighbour, _photo = _journal_with_case(vault)
    with pytest.raises(InvalidInput) as info:
        build_outline(vault.journal, [neighbour], [], [], "en")
    assert info.value.where == "incidents[0]"
    with pytest.raises(InvalidInput) as info:
        build_outline(vault.journal, [inc], [inc], [], "en")
    assert info.value.where == "witnesses[0]"


@pytest.mark.parametrize(("lang", "no", "exhibit_letter"), [("ru", "№", "Е"), ("be", "№", "Е"),
                                                            ("en", "No.", "E")])
def test_outline_cites_the_chronology_numbers(vault, lang: str, no: str,
                                              exhibit_letter: str) -> None:
    """The application goes to court with the chronology attached; the judge looks up
    "incident No. 2026-0002" and "exhibit Е-0001" there. The outline listed them as 1., 2., …
    only, so nothing tied its lines to the chronology's entries."""
    inc, old, neighbour, photo = _journal_with_case(vault)
    journal = vault.journal
    text = build_outline(journal, [inc, old], [neighbour], [photo], lang).to_text()
    for uid in (inc, old, journal.get(inc).content["medical_ids"][0]):
        assert f"{no} {journal.get(uid).ref}" in text, (journal.get(uid).ref, text)
    exhibit = journal.get(photo).ref
    assert exhibit.startswith("E-") and f"{exhibit_letter}{exhibit[1:]}" in text, text


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_outline_does_not_assume_the_accused_is_a_man(vault, lang: str) -> None:
    inc, _old, _neighbour, _photo = _journal_with_case(vault)
    text = build_outline(vault.journal, [inc], [], [], lang).to_text()
    pronoun = {"en": r"his|him|he", "ru": r"его|ему|он", "be": r"яго|яму|ён"}[lang]
    assert not re.findall(rf"(?i)(?<!\w)({pronoun})(?!\w)", text), text
