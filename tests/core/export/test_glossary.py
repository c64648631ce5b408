"""One glossary (resources/legal/glossary.json), one term per concept in every PDF label.

Fails when a label of the chronology PDF, in any language, uses a word the glossary lists as the
wrong term for a concept (a second term: "Номер выгрузки" beside "Номер документа"), or uses a
reserved word ("Подпись") as the name of something else (a photo caption).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from safeplan.core.export import labels as labels_module
from safeplan.core.export import labels_legal
from safeplan.core.export.labels import Labels, T
from safeplan.core.export.labels_legal import TL
from safeplan.core.resources import resource

TABLES = ("KINDS", "CATEGORIES", "CHANNELS", "DIRECTIONS", "MEDICAL_KINDS", "LEGAL_KINDS",
          "SEVERITIES", "SOURCE_KINDS", "SERVICE_ACTIONS", "CALL_ENDINGS")


def glossary() -> dict[str, Any]:
    return json.loads(resource("legal", "glossary.json").read_text(encoding="utf-8"))


def pdf_sources() -> list[str]:
    """Every source text the chronology PDF prints (T, TL and the enum tables)."""
    out = [v for cls in (T, TL) for k, v in vars(cls).items()
           if k.isupper() and isinstance(v, str)]
    for name in TABLES:
        table = getattr(labels_module, name, None) or getattr(labels_legal, name)
        out += list(table.values())
    return out


def pdf_labels(lang: str) -> dict[str, str]:
    labels = Labels(lang)
    return {source: labels(source) for source in pdf_sources()}


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_no_second_term_for_a_glossary_concept(lang: str) -> None:
    found = []
    for concept in glossary()["concepts"]:
        for wrong in concept.get("avoid", {}).get(lang, []):
            for source, text in pdf_labels(lang).items():
                if wrong.casefold() in f" {text} ".casefold():
                    found.append((concept["id"], wrong, source))
    assert not found, found


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_reserved_words_name_only_their_concept(lang: str) -> None:
    """A field name or heading (a short label) that is the reserved word must be that label."""
    found = []
    for concept in glossary()["concepts"]:
        allowed = set(concept.get("only_for", []))
        if not allowed:
            continue
        word = re.compile(rf"(?<!\w){re.escape(concept['term'][lang])}(?!\w)", re.IGNORECASE)
        for source, text in pdf_labels(lang).items():
            if len(text.split()) <= 4 and word.search(text) and source not in allowed:
                found.append((concept["id"], source, text))
    assert not found, found


def test_every_concept_has_a_term_in_each_language() -> None:
    for concept in glossary()["concepts"]:
        assert set(concept["term"]) == {"en", "ru", "be"}, concept["id"]
        assert concept.get("why"), concept["id"]
