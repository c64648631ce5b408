"""Issue 17.1: an entry's printed time is made once per export (the summary table makes it, the
entry's heading takes it back), with the PDF's bytes those of making it twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import (
    ChronologyOptions,
    dates,
    export_from_source,
    sections_entries,
    sections_front,
    sections_summary,
)
from safeplan.core.export.source import DocumentSource
from tests.core.export.sample_doc import document

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def _made_each_time(ctx: Any, entry: Any) -> str:
    """The design before: the time made anew at each use."""
    c = entry.content
    text = dates.format_time(entry.time_value, c.get("precision"), ctx.labels,
                             tz_known=c.get("tz_known", True))
    return sections_front._EN_DAY.sub(lambda m: "\u00a0".join(m.groups()), text)


def _export(folder: Path, lang: str, once: bool, monkeypatch: pytest.MonkeyPatch,
            made: list[int]) -> bytes:
    original = dates.format_time

    def counting(*args: Any, **kwargs: Any) -> str:
        made[0] += 1
        return original(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(dates, "format_time", counting)
        if not once:
            for module in (sections_front, sections_entries, sections_summary):
                patch.setattr(module, "entry_when", _made_each_time)
        folder.mkdir()
        result = export_from_source(DocumentSource(document(extra_incidents=40)), KEY,
                                    ChronologyOptions(lang=lang), folder / "out.pdf")
        return result.pdf_path.read_bytes()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_entry_time_is_made_once_with_the_same_pdf(tmp_path: Path, lang: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    twice, once = [0], [0]
    before = _export(tmp_path / "twice", lang, False, monkeypatch, twice)
    now = _export(tmp_path / "once", lang, True, monkeypatch, once)
    assert now == before
    assert twice[0] - once[0] >= 40  # one time fewer for each entry at least
