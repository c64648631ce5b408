"""Pseudo-translation: every string longer, accented and bracketed, e.g. "⟦Ŝàƒéƥļàñ ~~~⟧".

Belarusian and Russian run 15–35 % longer than English; the pseudo text is about 35 % longer
plus its brackets, so a label that fits in pseudo fits in both. The accents show any string that
skipped translation (it stays plain ASCII), the brackets show where text was cut. Placeholders
({name}, %n, %1), mnemonics (&x), HTML tags and entities survive unchanged so the program still
formats the strings.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

OPEN, CLOSE = "⟦", "⟧"
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ"
_MAP = str.maketrans(_PLAIN, _ACCENTED)
# Pieces copied unchanged: format fields, Qt placeholders, HTML tags and entities, "&&".
_PROTECTED = re.compile(r"\{[^{}]*\}|%n|%L?\d{1,2}|%\([a-z_]+\)[sd]|%[sd]|<[^<>]+>|&[a-z]+;|&#\d+;|&&")
EXPANSION = 0.35


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    pieces: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        pieces.append(text[position:match.start()].translate(_MAP))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(text[position:].translate(_MAP))
    body = "".join(pieces)
    pad = "~" * max(1, round(len(text) * EXPANSION))
    if "<" in text and ">" in text:  # rich text: keep the tags first and last
        last = body.rfind("<")
        return body[:last] + " " + pad + body[last:] if body.endswith(">") else body + " " + pad
    return f"{OPEN}{body} {pad}{CLOSE}"


def is_pseudo(text: str) -> bool:
    return OPEN in text or CLOSE in text


class PseudoTranslator(QTranslator):
    """Translates every message of every context (ours and Qt's) into pseudo text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)
