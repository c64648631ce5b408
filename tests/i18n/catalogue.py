"""Read Qt Linguist .ts files and run pyside6-lupdate into a scratch copy (for the checks).

A message's identity is (context, source, comment, numerus) — what lupdate and QTranslator key on.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "translations"
LANGS = ("be", "ru", "en")
# Languages that must be complete (UX principle 9); English is the source language.
COMPLETE = ("be", "ru")

Key = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def active(self) -> bool:
        return self.kind not in ("vanished", "obsolete")


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"safeplan_{lang}.ts"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms: tuple[str, ...] = ()
            if translation is not None:
                numerus_forms = [f.text or "" for f in translation.iter("numerusform")]
                forms = tuple(numerus_forms) if numerus_forms else (translation.text or "",)
            found.append(Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                kind=kind,
                forms=forms,
            ))
    return found


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as the running Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(name)
    return found


def source_files(root: Path = REPO) -> list[Path]:
    return sorted((root / "safeplan").rglob("*.py"))


def lupdate_into(folder: Path, langs: tuple[str, ...] = LANGS) -> dict[str, list[Message]]:
    """Copy the committed .ts files to ``folder``, update them from the code, read them back."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = []
    for lang in langs:
        target = ts_path(lang, folder)
        shutil.copyfile(ts_path(lang), target)
        targets.append(str(target))
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", *map(str, source_files()), "-ts", *targets],
        check=True, capture_output=True, cwd=REPO, timeout=120,
    )
    return {lang: read_ts(ts_path(lang, folder)) for lang in langs}


# Placeholders that must survive translation unchanged: Python format fields ({name}, {0}, {}),
# Qt's %n (plural count) and %1..%99, printf-style %s/%d and %(name)s.
_PLACEHOLDER = re.compile(
    r"\{[A-Za-z0-9_.\[\]]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d{1,2}|%\([a-z_]+\)[sd]|%[sd]"
)


def placeholders(text: str) -> Counter[str]:
    cleaned = text.replace("{{", "").replace("}}", "").replace("%%", "")
    return Counter(_PLACEHOLDER.findall(cleaned))


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (&x) a text has; "&&" is a literal ampersand."""
    without_literals = text.replace("&&", "")
    return len(re.findall(r"&(?=[^\s&])", without_literals))
