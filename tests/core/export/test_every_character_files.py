"""Issue 12, item 1, on real files: every message text of the project's own import fixtures and of
the shared sample and corpus exports comes back from the court PDF's text layer.

Each file is parsed with ``safeplan.core.importers.parse_file`` (the importers are changed by
others; a file that does not parse is left out and named in the output, ``-rP`` shows it),
imported into a real vault, exported, and read back with pdftotext. A character no bundled font
has must be there as its named placeholder ``[U+XXXX]`` and be listed on the integrity page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4

from safeplan.core.export import glyphs
from safeplan.core.export.styles import MARGIN_BOTTOM, MARGIN_TOP
from safeplan.core.export.text import MAX_FIELD_CHARS, clean
from safeplan.core.interchange import import_document
from tests.core.export.conftest import pdftotext
from tests.core.export.test_every_character import missing_words
from tests.fixtures import FIXTURES, collection_dir

FOLDERS = {"eml": "eml", "sms": "sms-xml", "sms-xml": "sms-xml", "telegram": "telegram",
           "whatsapp": "whatsapp"}
FORMATS = {"eml": "eml", "sms-xml": "sms-xml", "telegram": "telegram", "whatsapp": "whatsapp"}
_NOT_DATA = {"SOURCES.md", ".gitattributes", "README.md", "__init__.py"}
MAX_MESSAGES = 300
# pdftotext crop box (points at 72 dpi) of an A4 page between header and footer (styles.py
# margins: 24 mm top, 22 mm bottom)
BODY_FRAME = ("-x", "0", "-y", str(round(MARGIN_TOP) - 2), "-W", "596",
              "-H", str(round(A4[1] - MARGIN_TOP - MARGIN_BOTTOM) + 4))


def _files(root: Path) -> list[tuple[str, Path]]:
    out = []
    if not root.is_dir():
        return out
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name in FOLDERS):
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name not in _NOT_DATA:
                out.append((FOLDERS[folder.name], path))
    return out


def _expected(text: str) -> str:
    """What the page must show: the text, a placeholder for each character no font has."""
    text = clean(text)[:MAX_FIELD_CHARS]
    return "".join(glyphs.placeholder(c) if glyphs.font_for(c) is None
                   and not glyphs.is_invisible(c) else c for c in text)


def _round_trip(files: list[tuple[str, Path]], make_vault: Callable[..., Any],
                tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.importers import parse_file

    left_out: list[str] = []
    checked = 0
    for kind, path in files:
        try:
            batch = parse_file(path, FORMATS[kind], tz="Europe/Minsk")
        except Exception as exc:  # the importers are not under test here
            left_out.append(f"{path.name}: {type(exc).__name__}")
            continue
        with batch:
            messages = batch.document.get("messages", [])
            if len(messages) > MAX_MESSAGES:  # a 5,000-message chat: its first part, for time
                left_out.append(f"{path.name}: messages after the first {MAX_MESSAGES}")
                batch.document["messages"] = messages = messages[:MAX_MESSAGES]
            texts = [m.get("text") or "" for m in messages]
            if not any(t.strip() for t in texts):
                left_out.append(f"{path.name}: no message text")
                continue
            vault = make_vault(f"v{checked}/v.db")
            import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
        out = tmp_path / f"{checked}.pdf"
        export_chronology(vault, ChronologyOptions(lang="ru"), out)
        full_text = pdftotext(out, "-enc", "UTF-8")
        # the body frame only: a long word split over two pages must not have the footer and
        # header of the page break in the middle of it
        pdf_text = pdftotext(out, "-enc", "UTF-8", *BODY_FRAME)
        for number, text in enumerate(texts):
            lost = missing_words(_expected(text), pdf_text)
            assert not lost, f"{path.name} message {number}: {dict(lost)} not in the PDF"
        placeholders = set(re.findall(r"\[U\+[0-9A-F]{4,6}\]", _expected("\n".join(texts))))
        for placeholder in placeholders:  # listed on the integrity page: "[U+E123] NAME × 2"
            assert re.search(re.escape(placeholder) + r" [A-Z][-A-Z0-9 ]* × \d+",
                             " ".join(full_text.split())), (path.name, placeholder)
        checked += 1
    print(f"checked {checked} files; left out (did not parse or hold no text): {left_out}")
    if not checked:
        pytest.skip(f"no file parsed: {left_out}")


def test_own_fixtures_round_trip(make_vault: Callable[..., Any], tmp_path: Path) -> None:
    _round_trip(_files(FIXTURES), make_vault, tmp_path)


@pytest.mark.parametrize("collection", ["samples", "corpus"])
def test_shared_exports_round_trip(collection: str, make_vault: Callable[..., Any],
                                   tmp_path: Path) -> None:
    root = collection_dir(collection)
    if not root.is_dir():
        pytest.skip(f"shared {collection} not found at {root} (set SAFEPLAN_SAMPLES)")
    _round_trip(_files(root), make_vault, tmp_path)
