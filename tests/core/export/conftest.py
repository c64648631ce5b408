"""Fixtures for the court export: a real vault filled with the hand-made sample document, and
helpers that read PDFs back with poppler / qpdf (skipped with a reason when a tool is absent)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.interchange import import_document
from tests.core.export.sample_doc import document


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils / qpdf are needed to read PDFs back)")
    return path


def pdftotext(pdf: Path, *extra: str) -> str:
    out = subprocess.run([tool("pdftotext"), *extra, str(pdf), "-"], capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    """pdftotext output with all whitespace collapsed (wrapped lines joined)."""
    return " ".join(text.split())


@pytest.fixture
def sample_vault(make_vault: Callable[..., Any]) -> Any:
    vault = make_vault()
    import_document(vault.journal, document())
    return vault


@pytest.fixture
def export(sample_vault: Any, tmp_path: Path) -> Callable[..., Any]:
    """Export the sample vault with the given options; returns the ExportResult."""
    from safeplan.core.export import ChronologyOptions, export_chronology

    def run(name: str = "out.pdf", **kw: Any) -> Any:
        files = {k: kw.pop(k) for k in ("csv_path", "bundle_path") if k in kw}
        folder = tmp_path / "exports"
        folder.mkdir(exist_ok=True)
        return export_chronology(sample_vault, ChronologyOptions(**kw), folder / name, **files)

    return run
