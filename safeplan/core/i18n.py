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
