"""The words an importer writes into her journal are all in her language (issue 13.4 follow-up).

A WhatsApp chat with damaged lines becomes entries saying what could not be read and where.
In Russian that read «Сообщение (line 4)» and «Текст перед первой строкой с датой (lines 1-2)»:
the place was filled into the translated sentence as the parser's English. Fails when an English
word of the parser (line, lines, Original export file …) reaches a Russian or Belarusian entry,
its attachment caption or the import summary's list of unreadable items.
"""

from __future__ import annotations

import re

import pytest

from safeplan.core.importers import parse_file
from tests.fixtures import fixture

# English words the parser uses for places and captions; none may reach a ru/be journal.
_ENGLISH = re.compile(r"\b(line|lines|message|original|export|file|kept|byte|bytes)\b",
                      re.IGNORECASE)
_PLACE = {"ru": ("строка 4", "строки 1–2"), "be": ("радок 4", "радкі 1–2"),
          "en": ("line 4", "lines 1-2")}


def _visible_words(lang: str) -> list[str]:
    with parse_file(fixture("whatsapp", "damaged_lines.txt"), tz="Europe/Minsk",
                    lang=lang) as batch:
        texts = [m["text"] for m in batch.document["messages"] if m["source"].get("unreadable")]
        texts += [m["unreadable"]["item"] for m in batch.document["messages"]
                  if m["source"].get("unreadable")]
        texts += [a.get("caption") or "" for a in batch.document["attachments"]]
        texts += [u.item for u in batch.summary.unreadable]
    return texts


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_unreadable_entries_name_the_place_in_her_language(lang: str) -> None:
    texts = _visible_words(lang)
    assert len(texts) >= 7
    # the attachment file names ("line-4.txt") are names of files, not words: leave them out
    english = [t for t in texts if _ENGLISH.search(re.sub(r"«[^»]*»", "", t))]
    assert not english, f"{lang}: English words in the entries an import writes:\n" + "\n".join(
        english)
    line, lines = _PLACE[lang]
    assert any(line in t for t in texts) and any(lines in t for t in texts), texts


def test_english_entries_keep_the_parser_place() -> None:
    line, lines = _PLACE["en"]
    texts = _visible_words("en")
    assert any(f"The message at {line}" == t for t in texts)
    assert any(f"({lines})" in t for t in texts)
