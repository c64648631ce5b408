"""Issue 17.1: the CLI export shows its progress with the page count, and says how many pages.

The real CLI entry point (``safeplan.cli.main``) over a real vault of 40 incidents; the terminal
is a text buffer that says it is a terminal. The page count is read back with pdfinfo.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from safeplan.cli import main
from safeplan.commands.common import CliIO


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_export_reports_pages_as_they_are_laid_out(make_vault: Any, tmp_path: Path) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    vault = make_vault(passphrase="correct horse")
    vault.journal.save_many([("incident", {
        "occurred_at": f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}T21:05:00+03:00",
        "precision": "minute", "title": f"Incident {n}",
        "description": "He shouted and took my phone. " * 12, "categories": ["threat"],
        "severity": 1 + n % 5}, None) for n in range(40)])
    path = vault.path
    vault.lock()
    out, err = io.StringIO(), Terminal()
    cli = CliIO(stdout=out, stderr=err, stdin=io.StringIO("correct horse\n"))
    pdf = tmp_path / "c.pdf"
    assert main(["export", str(path), "--pdf", str(pdf)], cli) == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert f"Pages: {pages}" in out.getvalue()
    shown = [int(n) for n in re.findall(r"page (\d+)", err.getvalue())]
    assert shown and shown == sorted(shown)  # growing while the layout runs
    assert 1 < len(set(shown)) and max(shown) <= pages
    assert "100 %" in err.getvalue()
