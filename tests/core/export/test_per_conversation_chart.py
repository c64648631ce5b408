"""Issue 18: the messages-per-day chart is drawn per conversation (forty messages a day from him
and forty from a bank are different facts), each under the conversation's citation and title."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tests.core.export.conftest import flat, pdftotext


def test_each_conversation_counts_only_its_own_messages(sample_vault: Any) -> None:
    from safeplan.core.export.data import build
    from safeplan.core.export.options import ChronologyOptions
    from safeplan.core.export.source import VaultSource

    source = VaultSource(sample_vault)
    data = build(source.document(), ChronologyOptions(), source.revision_times)
    by_title = {conv.title: data.messages_per_day(conv) for conv in data.conversations}
    assert by_title["Ivan"] == {date(2024, 3, 13): 2}
    assert by_title["+375291111111"] == {date(2024, 3, 15): 1}
    assert data.messages_per_day() == {date(2024, 3, 13): 2, date(2024, 3, 15): 1}


def test_the_summary_has_a_chart_headed_by_each_conversation(export: Callable[..., Any]) -> None:
    result = export()
    summary = flat(pdftotext(Path(result.pdf_path)).split("Messages per day", 1)[1])
    assert "Message transcripts" in summary
    before_transcripts = summary.split("Message transcripts", 1)[0]
    assert "Conversation C1: Ivan" in before_transcripts
    assert "Conversation C2: +375291111111" in before_transcripts
