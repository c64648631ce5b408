"""Issue 17.1: the preview's first pages come before the whole document is laid out.

A real vault with 80 incidents (a few dozen pages); ``progressive_preview`` must hand over the
head (the first entries only) before it even reads the whole journal, then the whole document;
Cancel between or inside the stages stops it with the head already delivered. The PDFs are read
back with pdftotext.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.errors import Cancelled
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.preview import HEAD_ENTRIES, PreviewStage, progressive_preview
from tests.core.export.conftest import tool

INCIDENTS = 80
START = date(2019, 1, 1)


def _day(n: int) -> date:
    """Incident ``n`` happened 10·n days after the start: the numbers are in time order."""
    return START + timedelta(days=10 * n)


@pytest.fixture
def big_vault(make_vault: Callable[..., Any]) -> Any:
    vault = make_vault()
    vault.journal.save_many([("incident", {
        "occurred_at": f"{_day(n).isoformat()}T21:05:00+03:00",
        "precision": "minute", "title": f"Incident number {n}",
        "description": "He shouted and blocked the door. " * 8, "categories": ["threat"],
        "severity": 1 + n % 5}, None) for n in range(INCIDENTS)])
    return vault


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)  # the test's own temporary folder, not the app's
    return subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_head_is_delivered_before_the_whole_journal_is_read(big_vault: Any,
                                                            tmp_path: Path) -> None:
    events: list[str] = []
    stages: list[PreviewStage] = []
    import safeplan.core.export.source as source_module

    original = source_module.VaultSource.document

    def watched(self: Any) -> dict[str, Any]:
        events.append("whole journal read")
        return original(self)

    def on_stage(stage: PreviewStage) -> None:
        events.append("whole" if stage.complete else "head")
        stages.append(stage)

    source_module.VaultSource.document = watched  # type: ignore[method-assign]
    try:
        progressive_preview(big_vault, ChronologyOptions(), on_stage=on_stage,
                            progress=lambda pages, _t: events.append("page"))
    finally:
        source_module.VaultSource.document = original  # type: ignore[method-assign]
    assert events[0] == "head"
    assert events[1] == "whole journal read"
    assert events[-1] == "whole" and "page" in events[2:-1]
    head, whole = stages
    assert (head.complete, whole.complete) == (False, True)
    assert head.entries == HEAD_ENTRIES and whole.entries == INCIDENTS
    assert 0 < head.pages < whole.pages
    head_text = _text(head.pdf, tmp_path, "head.pdf")
    whole_text = _text(whole.pdf, tmp_path, "whole.pdf")
    assert "Incident number 0\n" in head_text and "Incident number 11\n" in head_text
    assert "Incident number 12\n" not in head_text  # only the first entries were read
    assert f"Incident number {INCIDENTS - 1}" in whole_text
    assert "PREVIEW" in head_text and "PREVIEW" in whole_text


def test_cancel_after_the_head_stops_before_the_whole_document(big_vault: Any) -> None:
    stages: list[PreviewStage] = []
    with pytest.raises(Cancelled):
        progressive_preview(big_vault, ChronologyOptions(), on_stage=stages.append,
                            cancelled=lambda: bool(stages))
    assert [s.complete for s in stages] == [False]


def test_cancel_during_the_whole_layout(big_vault: Any) -> None:
    stages: list[PreviewStage] = []
    pages: list[int] = []
    with pytest.raises(Cancelled):
        progressive_preview(big_vault, ChronologyOptions(), on_stage=stages.append,
                            progress=lambda n, _t: pages.append(n),
                            cancelled=lambda: bool(pages))
    assert [s.complete for s in stages] == [False]
    assert pages  # it was inside the layout of the whole document when it stopped


def test_head_keeps_to_the_chosen_period(big_vault: Any, tmp_path: Path) -> None:
    first = next(n for n in range(INCIDENTS) if _day(n) >= date(2020, 1, 1))
    options = ChronologyOptions(date_from=date(2020, 1, 1))
    stages: list[PreviewStage] = []
    progressive_preview(big_vault, options, on_stage=stages.append, whole=False)
    text = _text(stages[0].pdf, tmp_path, "period.pdf")
    assert f"Incident number {first}\n" in text  # the first of 2020
    assert f"Incident number {first + HEAD_ENTRIES - 1}\n" in text
    assert f"Incident number {first - 1}\n" not in text
