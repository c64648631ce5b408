"""Timeline: every entry in time order, approximate dates shown as approximate, the escalation
chart counting incidents per month by severity."""

from __future__ import annotations

from typing import Any

from safeplan.core.journal.model import sort_key
from safeplan.ui.workspace.escalation_chart import per_month
from safeplan.ui.workspace.timeline_page import TimelinePage


def _incident(journal: Any, when: str, title: str, severity: int | None = None,
              **extra: Any) -> str:
    content = {"occurred_at": when, "precision": "minute", "title": title,
               "categories": ["physical"], "severity": severity, **extra}
    return str(journal.save("incident", content))


def test_entries_in_time_order_with_approximate_dates(qtbot: Any, show: Any, make_vault: Any,
                                                      dialogs: Any) -> None:
    vault = make_vault()
    j = vault.journal
    # saved out of order, in different zones
    _incident(j, "2024-03-10T09:00:00+03:00", "Third", 4)
    _incident(j, "2023-12-31T22:00:00+03:00", "First (approximate)", 2, precision="approximate",
              date_hint="around New Year, old flat")
    j.save("medical", {"visited_at": "2024-01-05T10:00:00+01:00", "facility": "Second: clinic"})
    j.save("message", {"sent_at": "2024-03-10T07:30:00+00:00", "text": "Fourth: a message",
                       "sender_id": "+375291112233", "conversation": "V"})
    page = show(TimelinePage(vault, dialogs))
    titles = [page.row_parts(page.model.entry(i))[2] for i in range(page.model.total)]
    assert titles == ["First (approximate)", "Second: clinic", "Third", "Fourth: a message"]
    when, _kind, _, approximate = page.row_parts(page.model.entry(0))
    assert approximate and when.startswith("≈") and "around New Year, old flat" in when
    assert "Approximate date" in page.accessible_text(page.model.entry(0))
    assert "Physical" in page.accessible_text(page.model.entry(0))  # the form in words
    assert not page.row_parts(page.model.entry(2))[3]
    # newest first reverses; unticking messages hides them
    page.newest_first.setChecked(True)
    assert page.row_parts(page.model.entry(0))[2] == "Fourth: a message"
    page.kind_boxes["message"].setChecked(False)
    assert page.model.total == 3
    assert all(page.model.entry(i).kind != "message" for i in range(page.model.total))


def test_escalation_chart_counts_incidents_per_month_by_severity(qtbot: Any, show: Any,
                                                                 make_vault: Any,
                                                                 dialogs: Any) -> None:
    vault = make_vault()
    j = vault.journal
    _incident(j, "2024-01-03T10:00:00+03:00", "a", 2)
    _incident(j, "2024-01-20T10:00:00+03:00", "b", 2)
    _incident(j, "2024-03-01T10:00:00+03:00", "c", 5)
    _incident(j, "2024-03-02T10:00:00+03:00", "d")
    page = show(TimelinePage(vault, dialogs))
    months = page.chart.months()
    assert list(months) == ["2024-01", "2024-02", "2024-03"]  # the quiet month is kept
    assert dict(months["2024-01"]) == {2: 2}
    assert sum(months["2024-02"].values()) == 0
    assert dict(months["2024-03"]) == {5: 1, 0: 1}
    assert "4 incidents over 3 months" in page.chart.accessibleDescription()
    assert not page.chart.render_image(800, 300).isNull()


def test_demo_timeline_is_sorted(qtbot: Any, show: Any, demo_vault: Any, dialogs: Any) -> None:
    page = show(TimelinePage(demo_vault, dialogs))
    keys = []
    for i in range(page.model.loaded):
        entry = page.model.entry(i)
        field = {"incident": "occurred_at", "message": "sent_at", "medical": "visited_at",
                 "legal": "starts_at"}[entry.kind]
        keys.append(sort_key(entry.content.get(field)))
    assert keys == sorted(keys)
    assert per_month([]) == {}
    page.clear_for_lock()
    assert page.model.rowCount() == 0 and page.chart.months() == {}


def test_activating_an_entry_asks_to_open_it(qtbot: Any, show: Any, demo_vault: Any,
                                             dialogs: Any) -> None:
    page = show(TimelinePage(demo_vault, dialogs))
    first = page.model.entry(0)
    with qtbot.waitSignal(page.open_requested) as signal:
        page.view.activated.emit(page.model.index(0, 0))
    assert signal.args == [first.kind, first.uid]
