"""The plan's checklists and the risk questions speak in the first person ("I have …"); in
Russian and Belarusian the past tense has a gender, and the templates said «Я выбрала»,
«я попросила», «я не могла дышать» — a man who is abused, or anyone who does not write of
themselves in the feminine, was told the tool is not for them. The review of 2026-12-07 found
14 such sentences; each now says it without a gendered verb («У меня есть …», «Замки
сменены …», «мне было нечем дышать»). This test reads every ru/be plan template and guide and
fails on a first-person sentence with a feminine (or masculine) past-tense verb."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
FILES = sorted(p for folder in ("plan_templates", "guides")
               for p in (RESOURCES / folder).glob("*.json")
               if p.name.endswith((".ru.json", ".be.json")))
# a word for "I" / "me" in the sentence, then a past-tense verb of either gender
FIRST_PERSON = re.compile(r"(?<!\w)(я|мне|меня|мяне|мной|мною)(?!\w)", re.IGNORECASE)
PAST_VERB = re.compile(r"(?<!\w)\w{2,}(ла|лась|лася)(?!\w)", re.IGNORECASE)
# masculine forms end like many nouns (вокзал, аддзел): counted only right after "я" (я сменил)
MASCULINE = re.compile(r"(?<!\w)я\s+(?:не\s+)?(\w{2,}(?:л|лся|ўся))(?!\w)", re.IGNORECASE)
# words with those endings that are not a verb in the past tense
NOT_VERBS = {"сначала", "начала", "правила", "сила", "мала", "зла",
             "числа", "масла", "весла", "села", "сяла", "сіла"}


# "Он душил меня или зажимал шею …": the clause from "он" to the next comma is about him
HIS_CLAUSE = re.compile(r"(?i)(?<!\w)(он|ён)(?!\w)[^,.;:]*")


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _gendered(sentence: str) -> list[str]:
    if not FIRST_PERSON.search(sentence):
        return []
    return [m.group(0) for m in PAST_VERB.finditer(sentence)
            if m.group(0).lower() not in NOT_VERBS] + MASCULINE.findall(sentence)


def test_the_rule_sees_what_it_must() -> None:
    assert _gendered("Я выбрала одного-двух надёжных людей и записала, как с ними связаться.")
    assert _gendered("Он душил меня так, что я не могла дышать.") == ["могла"]
    assert _gendered("Я сменил замки.") == ["сменил"]
    assert not _gendered("Замки сменены, или я знаю, как это сделать.")
    assert not _gendered("Он следит за ним.")  # no first person: the abuser's verbs are his


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_first_person_sentence_has_a_gendered_past_tense(path: Path) -> None:
    found = []
    for text in _texts(json.loads(path.read_text(encoding="utf-8"))):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            # a sentence about him ("Он душил меня …") may use his verbs; only hers count
            words = _gendered(HIS_CLAUSE.sub("", sentence))
            if words:
                found.append((words, sentence))
    assert not found, found
