"""QA regressions: short fields with blank lines (a location, a date hint, a message pasted with
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
