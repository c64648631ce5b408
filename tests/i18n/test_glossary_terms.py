"""One term per concept in the interface, in every language (issue 15).

The glossary (resources/legal/glossary.json, the same file the court documents use) lists for
each interface concept ("scope": "app") the term to use, the words that must not stand for it
("avoid_words": whole words, "avoid_stems": parts of words) and the English source strings that
name it ("sources"), whose translation must contain the term. Fails on a second term — «пароль»
beside «парольная фраза», «Закрыть» for lock, «Выгрузка» beside «Экспорт», «тяжесть» beside
«Насколько серьёзно» — in the Russian and Belarusian catalogues, and on "password" in English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import pytest

from safeplan.core.resources import resource
from tests.i18n.catalogue import Message, read_ts, ts_path


def app_concepts() -> list[dict[str, Any]]:
    data = json.loads(resource("legal", "glossary.json").read_text(encoding="utf-8"))
    return [c for c in data["concepts"] if c.get("scope") == "app"]


def _plain(text: str) -> str:
    return text.replace("&", "").casefold().replace("ё", "е")


def second_terms(messages: Iterable[Message], lang: str,
                 concepts: list[dict[str, Any]]) -> list[str]:
    """Every use of an avoided word, and every source whose translation lacks the term."""
    found = []
    for m in messages:
        texts = (m.source,) if lang == "en" else m.forms
        for concept in concepts:
            for text in texts:
                plain = _plain(text)
                for word in concept.get("avoid_words", {}).get(lang, []):
                    if re.search(rf"(?<!\w){re.escape(_plain(word))}(?!\w)", plain):
                        found.append(f"[{concept['id']}] {word!r} in {m.context}: {text[:70]!r}")
                for stem in concept.get("avoid_stems", {}).get(lang, []):
                    if _plain(stem) in plain:
                        found.append(f"[{concept['id']}] {stem!r} in {m.context}: {text[:70]!r}")
            term = concept["term"].get(lang, "")
            stem = concept.get("term_stem", {}).get(lang, term)
            if (lang != "en" and stem and m.source in concept.get("sources", [])
                    and texts and not any(_plain(stem) in _plain(t) for t in texts)):
                found.append(f"[{concept['id']}] {m.source!r} is not {term!r}: {texts[0]!r}")
    return found


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_one_term_per_concept(lang: str) -> None:
    messages = [m for m in read_ts(ts_path(lang)) if m.active and (lang == "en" or
                                                                   m.kind == "")]
    found = second_terms(messages, lang, app_concepts())
    assert not found, f"{lang}: a second term for a glossary concept:\n  " + "\n  ".join(
        sorted(set(found))[:40])


def test_the_check_sees_a_second_term() -> None:
    def msg(source: str, translation: str) -> Message:
        return Message(context="X", source=source, comment="", numerus=False, kind="",
                       forms=(translation,))

    concepts = app_concepts()
    assert not second_terms([msg("Enter your passphrase", "Введите парольную фразу")], "ru",
                            concepts)
    assert second_terms([msg("Wrong", "Неверный пароль")], "ru", concepts)
    assert second_terms([msg("&Lock", "&Закрыть")], "ru", concepts)
    assert not second_terms([msg("&Lock", "&Заблокировать")], "ru", concepts)
    assert second_terms([msg("Export for court", "Выгрузка для суда")], "ru", concepts)
    assert second_terms([msg("x", "тяжесть {n}")], "ru", concepts)
    assert second_terms([msg("Your password", "")], "en", concepts)
