"""Names → initials inside free text: each part of a chosen name, alone or declined.

COURT_EXPORT.md option "replace chosen names with initials". The survivor writes "Виктор сказал"
or "увели Виктора Петрова", not the name as stored in People, so replacing only the stored full
name printed his name anyway (found in QA).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Case endings of Russian / Belarusian first names and surnames (Виктор → Виктора, Виктору,
# Виктором; Анна → Анны, Анне, Анну, Анной; Петров → Петрова, Петровым; Дмитрий → Дмитрия). A
# closed list, not "any letters": "Ivanova" must not become "I." because "Ivan" was chosen.
_ENDINGS = ("а", "я", "у", "ю", "е", "ы", "і", "и", "ом", "ем", "ём", "ым", "ім", "им", "ой",
            "ей", "ою", "ею", "ай", "ого", "ому", "ага", "аму")
_STEM_END = "аяйьоыіиеё"


def part_patterns(names: Iterable[str]) -> list[tuple[re.Pattern[str], str]]:
    """Each part of a chosen name, alone or declined, as a whole word → its initial.

    The survivor writes "Виктор сказал" or "увели Виктора Петрова", not the full name as stored;
    with "names → initials" chosen, those words printed his name anyway (found in QA). Parts of
    fewer than three letters are matched only exactly, so "Ян" does not eat "Яна"."""
    out: list[tuple[re.Pattern[str], str]] = []
    seen: set[str] = set()
    for name in names:
        for part in re.split(r"[\s\-]+", name.strip()):
            word = part.strip(".,()\"'«»")
            if len(word) < 2 or not word[0].isalpha() or word in seen:
                continue
            seen.add(word)
            stem = word[:-1] if word[-1].lower() in _STEM_END and len(word) > 3 else word
            if len(stem) < 3:
                body = re.escape(word)
            else:
                body = re.escape(stem) + "(?:" + "|".join(
                    sorted({word[len(stem):], *_ENDINGS} - {""}, key=len, reverse=True)) + ")?"
            out.append((re.compile(rf"(?<!\w){body}(?!\w)"), f"{word[0].upper()}."))
    out.sort(key=lambda item: -len(item[0].pattern))  # longer names first
    return out


def initial_for(short: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        # "Это Виктор." → "Это В." (not "В..")
        return short[:-1] if match.string.startswith(".", match.end()) else short
    return replace
