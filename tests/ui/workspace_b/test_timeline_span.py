"""Issue 17.5: the escalation chart covers every year of records (it silently showed only the
last 60 months), counted in SQL, drawn once, and counted again only when the journal changed.

A real vault with incidents over eight years (96 months), the real Timeline page.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from safeplan.core.journal.search import Query
from safeplan.ui.workspace.escalation_chart import per_month
from safeplan.ui.workspace.timeline_page import TimelinePage


@pytest.fixture
def years_vault(make_vault: Any) -> Any:
    vault = make_vault()
    rows = []
    for n in range(8 * 12 * 3):  # three incidents a month, January 2010 to December 2017
        month = n // 3
        severity: int | None = 1 + n % 5 if n % 7 else None  # some not rated
        rows.append(("incident", {
            "occurred_at": f"{2010 + month // 12}-{1 + month % 12:02d}-{1 + n % 3:02d}"
                           "T23:30:00+03:00",
            "precision": "minute", "title": f"Incident {n}", "categories": ["threat"],
            "severity": severity}, None))
    vault.journal.save_many(rows)
    return vault


def test_chart_spans_all_years_counted_like_the_entries(qtbot: Any, show: Any,
                                                        years_vault: Any, dialogs: Any) -> None:
    page = show(TimelinePage(years_vault, dialogs))
    months = page.chart.months()
    assert next(iter(months)) == "2010-01" and list(months)[-1] == "2017-12"
    assert len(months) == 96
    expected = per_month((e.content for e in years_vault.journal.list(
        Query(kinds=("incident",)))), limit=None)
    assert months == expected  # SQL counts = counts over the decoded entries
    assert sum(sum(c.values()) for c in months.values()) == 288
    assert "288 incidents over 96 months" in page.chart.accessibleDescription()
    assert "last" not in page.chart.accessibleDescription()
    assert page.chart.left_out_months() == 0


def test_narrow_chart_draws_one_bar_per_year(qtbot: Any, show: Any, years_vault: Any,
                                             dialogs: Any) -> None:
    page = show(TimelinePage(years_vault, dialogs))
    assert page.chart.yearly(400)  # 96 month bars would be thinner than a few pixels
    assert not page.chart.yearly(2400)
    assert not page.chart.render_image(400, 260).isNull()
    assert not page.chart.render_image(2400, 260).isNull()


def test_counted_and_drawn_again_only_after_a_change(qtbot: Any, show: Any, years_vault: Any,
                                                     dialogs: Any) -> None:
    page = show(TimelinePage(years_vault, dialogs))
    journal = years_vault.journal
    calls: list[int] = []
    real = journal.incidents_per_month

    def counted() -> Any:
        calls.append(1)
        return real()

    journal.incidents_per_month = counted
    page.chart.grab()
    drawn = page.chart.drawn_times
    assert drawn >= 1
    page.refresh()  # another visit, nothing changed
    page.chart.grab()
    assert calls == [] and page.chart.drawn_times == drawn
    uid = journal.save("incident", {"occurred_at": "2019-06-01T10:00:00+03:00",
                                    "precision": "minute", "title": "Later", "severity": 5})
    page.refresh()
    page.chart.grab()
    assert calls == [1] and page.chart.drawn_times == drawn + 1
    assert list(page.chart.months())[-1] == "2019-06"
    assert page.chart.months()["2019-06"] == Counter({5: 1})
    journal.delete(uid)  # to the trash: no longer counted
    page.refresh()
    assert calls == [1, 1] and list(page.chart.months())[-1] == "2017-12"
