"""The screen and the court PDF call the same thing by the same word (issue 15, glossary).

A survivor who reads «Случаи» on the screen and a lawyer who reads «Происшествия» in the PDF she
hands over must not wonder whether these are two different lists. For each glossary concept that
names such a thing (resources/legal/glossary.json: ``source_pattern``, ``screen_and_paper``):

- every Russian and Belarusian translation of an English string naming it — screens, PDF, CLI —
  uses the term (``term_stem``) and none of the words it replaced (``avoid_stems_where_named``);
- the screen's label, as the app shows it (the compiled .qm through Qt), is the very word the
  PDF prints for the same English source (the core's export labels).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from safeplan.core.export.labels import Labels
from safeplan.core.resources import resource
from tests.i18n.catalogue import TS_DIR, Message, read_ts, ts_path


def named_concepts() -> list[dict[str, Any]]:
    data = json.loads(resource("legal", "glossary.json").read_text(encoding="utf-8"))
    return [c for c in data["concepts"] if "source_pattern" in c]


def _plain(text: str) -> str:
    return text.replace("&", "").casefold().replace("ё", "е")


def other_words(messages: list[Message], lang: str, concepts: list[dict[str, Any]]) -> list[str]:
    """Translations of strings that name a concept but do not use its term."""
    found = []
    for concept in concepts:
        pattern = re.compile(concept["source_pattern"], re.IGNORECASE)
        stem = _plain(concept["term_stem"][lang])
        avoided = [_plain(s) for s in concept.get("avoid_stems_where_named", {}).get(lang, [])]
        for m in messages:
            if not pattern.search(m.source):
                continue
            for form in m.forms:
                text = _plain(form)
                if stem not in text or any(a in text for a in avoided):
                    found.append(f"[{concept['id']}] [{m.context}] {m.source[:50]!r} → {form!r}")
    return found


def test_glossary_names_the_screen_words() -> None:
    concepts = named_concepts()
    assert any(c["id"] == "incident" for c in concepts)
    for concept in concepts:
        assert concept["term_stem"]["ru"] and concept["term_stem"]["be"], concept["id"]
        assert concept["screen_and_paper"], concept["id"]


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_every_string_naming_the_concept_uses_the_term(lang: str) -> None:
    messages = [m for m in read_ts(ts_path(lang)) if m.active and m.kind == ""]
    found = other_words(messages, lang, named_concepts())
    assert not found, f"{lang}: another word than the glossary's:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_the_screen_says_what_the_pdf_says(lang: str, qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    screen = QTranslator()
    assert screen.load(str(TS_DIR / f"safeplan_{lang}.qm"))
    paper = Labels(lang)
    for concept in named_concepts():
        stem = _plain(concept["term_stem"][lang])
        for pair in concept["screen_and_paper"]:
            context, source = pair["screen"]
            on_screen = screen.translate(context, source)
            in_pdf = paper(pair["paper"])
            assert on_screen, f"{lang}: [{context}] {source!r} has no translation in the .qm"
            assert in_pdf != pair["paper"], f"{lang}: the PDF label {pair['paper']!r} is English"
            assert _plain(on_screen) == _plain(in_pdf) and stem in _plain(in_pdf), (
                f"{lang}: the screen [{context}] says {on_screen!r}, the PDF says {in_pdf!r}")


def test_the_check_sees_another_word() -> None:
    def msg(source: str, translation: str) -> Message:
        return Message(context="X", source=source, comment="", numerus=False, kind="",
                       forms=(translation,))

    concepts = [c for c in named_concepts() if c["id"] == "incident"]
    assert other_words([msg("Incidents", "Случаи")], "ru", concepts)
    assert other_words([msg("Open the selected incident", "Открыть выбранный случай")], "ru",
                       concepts)
    assert other_words([msg("Incidents", "Выпадкі")], "be", concepts)
    assert not other_words([msg("Incidents", "Происшествия")], "ru", concepts)
    assert not other_words([msg("%n incident(s)", "%n здарэнняў")], "be", concepts)
    # an English string that does not name the concept may say «на случай, если» freely
    assert not other_words([msg("in case someone forces you", "на случай, если")], "ru", concepts)
