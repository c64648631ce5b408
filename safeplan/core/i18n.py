"""Qt-free translation catalogue for words the core prints (PDF labels, CLI text).

The same Qt Linguist ``translations/safeplan_<lang>.ts`` files the interface uses hold these
strings, so translators work in one place (STYLE.md 5). ``QT_TRANSLATE_NOOP`` only marks a string
for ``pyside6-lupdate``; ``Catalogue.load(lang).tr(context, text)`` looks it up at run time. The
export language is a parameter, independent of the interface language (UX.md 9).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET  # the .ts files are our own bundled resources, not user input
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.core.resources import translations_dir

LANGUAGES = ("en", "ru", "be")

_log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Catalogue:
    """Translations of one language: (context, source) → translation."""

    lang: str
    messages: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str, folder: Path | None = None) -> Catalogue:
        """Read ``safeplan_<lang>.ts``; a missing file gives the source texts."""
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        try:
            base = folder if folder is not None else translations_dir()
        except FileNotFoundError:
            return cls(lang)
        path = base / f"safeplan_{lang}.ts"
        if not path.is_file():
            return cls(lang)
        return cls(lang, _parse_ts(path))

    def tr(self, context: str, text: str) -> str:
        """The translation of ``text`` in ``context``, or ``text`` itself when none is finished."""
        return self.messages.get((context, text), text)


def _parse_ts(path: Path) -> dict[tuple[str, str], str]:
    messages: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - trusted bundled file
    except ET.ParseError:
        _log.warning("translation catalogue could not be parsed; using source texts")
        return messages
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tnode = msg.find("translation")
            if source is None or tnode is None:
                continue
            kind = tnode.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            text = tnode.text or ""
            if text and kind != "unfinished":
                messages[(name, source)] = text
    return messages


# One unambiguous date format per language for everything SafePlan shows or prints — the
# interface, the plan pages, the court PDF and the safety-plan PDF (issues 12 and 15): day.month.
# year in Russian and Belarusian (the usual court form), day, abbreviated month name, year in
# English — never the US month/day order, and not 2024-03-12 either, which a reader used to
# 03/12/2024 can misread. English month names are fixed here (not the host's locale), so the
# output never depends on the machine.
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_day(year: int, month: int, day: int, lang: str) -> str:
    """``12 Mar 2024`` (en) or ``12.03.2024`` (ru, be)."""
    if lang == "en":
        return f"{day} {EN_MONTHS[month - 1]} {year:04d}"
    return f"{day:02d}.{month:02d}.{year:04d}"


def format_year_month(year: int, month: int, lang: str) -> str:
    """``Mar 2024`` (en) or ``03.2024`` (ru, be): a month-precision date, never a made-up day."""
    if lang == "en":
        return f"{EN_MONTHS[month - 1]} {year:04d}"
    return f"{month:02d}.{year:04d}"

