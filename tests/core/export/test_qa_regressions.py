"""QA regressions.

Short fields with blank lines (a location, a date hint, a message pasted with
empty lines) used to crash reportlab when the paragraph was split across pages (IndexError in
_split_blParaProcessed), so one hostile or careless text stopped the whole export (threat A5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import ChronologyOptions, export_from_source
from safeplan.core.export.source import DocumentSource
from safeplan.core.export.text import markup
from tests.core.export.conftest import flat, pdftotext
from tests.core.export.sample_doc import document


def test_markup_keeps_blank_lines_as_no_break_spaces() -> None:
    assert markup("a\n\nb") == "a<br/>&nbsp;<br/>b"
    assert markup("a\n  \nb") == "a<br/>&nbsp;<br/>b"
    assert markup("a\nb") == "a<br/>b"


@pytest.mark.parametrize("field", ["location", "date_hint", "title"])
@pytest.mark.parametrize("value", ["start" + "\n" * 60 + "END-MARK", "x\n\n" * 100 + "END-MARK"])
def test_blank_lines_in_short_fields_split_across_pages(tmp_path: Path, field: str,
                                                         value: str) -> None:
    doc = document()
    incident = doc["incidents"][0]
    incident[field] = value
    if field == "date_hint":
        incident["precision"] = "approximate"
    out = tmp_path / "out.pdf"
    export_from_source(DocumentSource(doc), Ed25519PrivateKey.generate(),
                       ChronologyOptions(lang="en"), out)
    assert "END-MARK" in flat(pdftotext(out))


def test_transcript_names_each_source_file_with_its_sha256(tmp_path: Path) -> None:
    """A4: the lawyer can check the survivor's original export file against the transcript."""
    doc = document()
    sha = "ab" * 32
    for msg in doc["messages"]:
        if msg.get("source"):  # the two Telegram messages of one conversation
            msg["source"] = dict(msg["source"], file_sha256=sha)
    out = tmp_path / "out.pdf"
    export_from_source(DocumentSource(doc), Ed25519PrivateKey.generate(),
                       ChronologyOptions(lang="ru"), out)
    text = flat(pdftotext(out))
    grouped = " ".join(sha[i:i + 16] for i in range(0, 64, 16))
    assert f"Источник: result.json · SHA-256: {grouped}" in text
    assert text.count(grouped) == 1  # once per conversation, not once per message
