"""Hyphenation for the court PDF and the safety plan (issue 18, typography).

pyphen's dictionaries (LibreOffice's hyph_ru_RU, hyph_be_BY, hyph_en_US) give the break points; a
word is hyphenated with the dictionary of its own alphabet — Cyrillic words by the export's
language (Belarusian in a Belarusian export, else Russian), Latin words by English — so an
English message inside a Russian document is still split where English splits. The points are
then filtered by the rules of Russian and Belarusian typesetting the patterns do not enforce:
no line starts with ь, ъ, й, ў, ы or an apostrophe, the Belarusian digraphs дж and дз are never
split, at least two letters stay on each side, and each side has a vowel. Words of other
scripts are not hyphenated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pyphen

_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f]+$")
# a line never starts with these (Russian and Belarusian rules)
_NO_LINE_START = set("ьъйўыЬЪЙЎЫ'’ʼ")
_DIGRAPH_TAILS = set("жзЖЗ")
# each part of a Cyrillic word carries a vowel ("-сць" alone is not a syllable)
_CYRILLIC_VOWEL = re.compile("[аеёиоуыэюяіАЕЁИОУЫЭЮЯІ]")
MIN_PART = 2
# longer "words" are not hyphenated (the longest Russian and Belarusian words are ~35 letters)
MAX_WORD_CHARS = 64


@lru_cache(maxsize=4)
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=MIN_PART, right=MIN_PART)


class Hyphenator:
    """``hyphenator(word)`` → (head, tail) pairs, longest head first (reportlab's
    ``hyphenationLang`` accepts this callable)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cyrillic = "be_BY" if lang == "be" else "ru_RU"

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        return iter(self.pairs(word))

    def pairs(self, word: str) -> list[tuple[str, str]]:
        if len(word) > MAX_WORD_CHARS:
            # not a word but a pasted run of letters: reportlab would measure every one of its
            # break points (quadratic), and the cache would hold them all
            return []
        return list(_pairs(self.cyrillic, word))

    def inserted(self, word: str, hyphen: str = "-") -> str:
        """The word with every allowed break point marked (for tests and review)."""
        points = sorted({len(head) for head, _tail in self.pairs(word)})
        out, last = [], 0
        for point in points:
            out.append(word[last:point])
            last = point
        out.append(word[last:])
        return hyphen.join(out)


@lru_cache(maxsize=4096)
def _pairs(cyrillic: str, word: str) -> tuple[tuple[str, str], ...]:
    if _CYRILLIC.match(word):
        lang = cyrillic
    elif _LATIN.match(word):
        lang = "en_US"
    else:
        return ()
    out = []
    for head, tail in _dictionary(lang).iterate(word):
        if len(head) < MIN_PART or len(tail) < MIN_PART or tail[0] in _NO_LINE_START:
            continue
        if lang == "be_BY" and head[-1] in "дД" and tail[0] in _DIGRAPH_TAILS:
            continue
        if lang != "en_US" and not (_CYRILLIC_VOWEL.search(head) and _CYRILLIC_VOWEL.search(tail)):
            continue
        out.append((head, tail))
    return tuple(out)
