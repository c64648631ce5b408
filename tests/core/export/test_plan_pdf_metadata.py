"""The printed safety plan's file says nothing about itself (court-copy review; THREAT_MODEL:
nothing in a window title reveals the app's purpose). A PDF viewer shows the document's Title
instead of the file name in its window title and recent-files list: the plan's file carried
«Мой план безопасности» there although she saved it as e.g. «list.pdf». The chronology and the
key card already leave every field empty.

Real plan PDF read back with poppler's ``pdfinfo`` (skipped with a reason when it is missing).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from safeplan.core.export.plan_pdf import write_plan_pdf
from safeplan.core.plan.plan import SafetyPlan


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_plan_pdf_metadata_is_empty(tmp_path: Path, lang: str) -> None:
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("pdfinfo is not installed (poppler-utils is needed to read the PDF back)")
    plan = SafetyPlan.new(lang)
    out = write_plan_pdf(plan, lang, tmp_path / "list.pdf",
                         printed_at=datetime(2026, 12, 6, 10, 0, tzinfo=UTC))
    info = subprocess.run([pdfinfo, str(out)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    for name in ("Title", "Subject", "Keywords", "Author", "Creator", "Producer"):
        assert fields.get(name, "").strip() == "", (name, fields.get(name))
    # the plan's own title is still printed on the page, where she chose to print it
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    title = {"ru": "Мой план безопасности", "be": "Мой план бяспекі", "en": "My safety plan"}
    assert title[lang] in text
