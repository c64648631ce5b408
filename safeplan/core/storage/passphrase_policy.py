"""One passphrase policy for every place a passphrase is set: first run, Settings and the CLI.

Strength is zxcvbn's score (0–4; a maintained estimator of guesses that knows common passwords,
names, dates, keyboard walks, repeats and l33t). Out of the box it knows only English words, so
``пароль123`` scored as strong (issue 14.6). This module teaches it what a guesser aiming at
Russian or Belarusian speakers tries first:

* a dictionary of common Russian and Belarusian passwords and everyday words
  (``resources/passphrase/common_ru_be.txt``), plus their Latin transliterations in the usual
  schemes (``parol``, ``lyubov``, ``ljubov``, ``lubov``);
* keyboard layouts: a Cyrillic word typed with the keyboard left in Latin mode (``gfhjkm`` is
  ``пароль``) and a keyboard walk typed in Cyrillic mode (``йцукен`` is ``qwerty``).

The passphrase is scored as typed and in each of those readings; the weakest reading counts,
because a guesser tries all of them. A score below ``MIN_SCORE`` is refused everywhere; the CLI
alone has an explicit override for scripts (``--allow-weak-passphrase``).
"""

from __future__ import annotations

import functools

from zxcvbn import zxcvbn
from zxcvbn.matching import add_frequency_lists

from safeplan.core.resources import resource

MIN_SCORE = 2
_MAX_CHARS = 72  # zxcvbn refuses longer input; the first 72 characters decide the score

_LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_RUSSIAN = "ёйцукенгшщзхъфывапролджэячсмитьбю."
_BELARUSIAN = "ёйцукенгшўзх'фывапролджэячсмітьбю."

_TRANSLIT_SCHEMES: tuple[dict[str, str], ...] = (
    # passport / common web style
    {"ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ю": "yu", "я": "ya", "ы": "y", "ў": "u", "ь": "", "ъ": "", "'": ""},
    # "j" style, as many people type by ear
    {"ё": "jo", "ж": "zh", "й": "j", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch",
     "ю": "ju", "я": "ja", "ы": "i", "ў": "w", "ь": "", "ъ": "", "'": ""},
    # simplest: one Latin letter where it can be
    {"ё": "e", "ж": "j", "й": "i", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh",
     "ю": "u", "я": "ia", "ы": "y", "ў": "u", "ь": "", "ъ": "", "'": ""},
)
_PLAIN = dict(zip("абвгдезиклмнопрстуфэі", "abvgdeziklmnoprstufei", strict=True))


def transliterations(word: str) -> set[str]:
    """The Latin spellings people commonly use for a Cyrillic word."""
    forms = set()
    for scheme in _TRANSLIT_SCHEMES:
        forms.add("".join(scheme.get(ch, _PLAIN.get(ch, ch)) for ch in word.lower()))
    return forms


def _layout(text: str, source: str, target: str) -> str:
    table = {ord(a): b for a, b in zip(source, target, strict=True)}
    table.update({ord(a.upper()): b.upper() for a, b in zip(source, target, strict=True)
                  if a.isalpha() and b.isalpha()})
    return text.translate(table)


def readings(passphrase: str) -> list[str]:
    """The passphrase as typed, and as it reads with the keyboard in the other layout."""
    found = [passphrase]
    for cyrillic in (_RUSSIAN, _BELARUSIAN):
        for reading in (_layout(passphrase, _LATIN, cyrillic), _layout(passphrase, cyrillic,
                                                                        _LATIN)):
            if reading not in found:
                found.append(reading)
    return found


@functools.cache
def _load_dictionary() -> None:
    words: list[str] = []
    text = resource("passphrase", "common_ru_be.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#") and word not in words:
            words.append(word)
    ranked: list[str] = []
    for word in words:  # each word, then its spellings, keep the frequency order
        for form in (word, *sorted(transliterations(word))):
            if form not in ranked:
                ranked.append(form)
    add_frequency_lists({"common_ru_be": ranked})


def strength(passphrase: str) -> int:
    """zxcvbn score 0–4 of the weakest reading (0 for empty)."""
    if not passphrase:
        return 0
    _load_dictionary()
    return min(int(zxcvbn(reading[:_MAX_CHARS])["score"]) for reading in readings(passphrase))


def acceptable(passphrase: str) -> bool:
    return strength(passphrase) >= MIN_SCORE
