"""The summary charts read on paper by a judge with poor eyesight (court-copy review): no text
smaller than the tables' type floor, date labels evenly spaced so the axis does not look wrong.

Real reportlab Drawings from charts.py; every String node is inspected.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.units import mm

from safeplan.core.export import charts
from safeplan.core.export.labels import Labels

MIN_PT = 8.0  # the smallest type a court reader gets anywhere else in the chronology is 8.5 pt


def _strings(node: Drawing | Group) -> list[String]:
    out: list[String] = []
    for child in node.contents:
        if isinstance(child, String):
            out.append(child)
        elif isinstance(child, Group):
            out += _strings(child)
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_chart_text_is_large_enough(lang: str) -> None:
    """The demo's month and day labels were 6.5 pt, axis numbers and the legend 7 pt."""
    labels = Labels(lang)
    width = 170 * mm
    months = {f"2026-{m:02d}": Counter({m % 6: 1 + m % 3}) for m in range(1, 13)}
    days = {date(2026, 11, 17) + timedelta(days=k): 1 + k % 9 for k in range(15)}
    long_gap = {date(2020, 1, 1): 2, date(2020, 1, 5): 1, date(2025, 6, 1): 4}
    for drawing in (charts.incidents_per_month(months, labels, width),
                    charts.messages_per_day(days, labels, width),
                    charts.messages_per_day(long_gap, labels, width)):
        texts = _strings(drawing)
        assert texts
        small = [(s.text, s.fontSize) for s in texts if s.fontSize < MIN_PT]
        assert not small, small


@pytest.mark.parametrize("span", [5, 15, 31, 90, 179])
def test_day_labels_are_evenly_spaced(span: int) -> None:
    """15 days gave labels 3, 3, 2, 3, 3 days apart: the gaps looked like a scale error."""
    labels = Labels("ru")
    days = {date(2026, 11, 1) + timedelta(days=k): 1 for k in range(span)}
    drawing = charts.messages_per_day(days, labels, 170 * mm)
    xs = sorted(s.x for s in _strings(drawing) if "." in s.text)  # the date labels
    assert len(xs) >= 2
    gaps = {round(b - a, 3) for a, b in pairwise(xs)}
    assert len(gaps) == 1, (span, xs)
    # and two labels never touch (each label is about 45 pt wide at 8 pt)
    assert min(gaps) >= 50, (span, xs)
