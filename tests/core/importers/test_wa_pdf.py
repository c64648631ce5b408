"""The day/month order of a WhatsApp chat travels into the court PDF (issue 13.6): each message's
provenance line says how its date was read and who decided."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.importers import parse_file
from safeplan.core.interchange import import_document
from tests.fixtures import fixture


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_date_order_is_printed_in_the_provenance(make_vault: Any, tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology
    from tests.core.export.conftest import flat, pdftotext

    vault = make_vault("d/v.db")
    with parse_file(fixture("whatsapp", "ambiguous_dates.txt"), tz="Europe/Minsk",
                    date_order="mdy") as batch:
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "d.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert text.count("dates read as month/day/year (chosen by the person importing)") == 4
