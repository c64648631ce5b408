"""Issue 15: at 150 % text the safety plan showed one word per line in its section list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.clipping import any_text, clipped_texts


@pytest.fixture
def large_text(qapp: Any) -> Iterator[None]:
    usual = qapp.font()
    large = qapp.font()
    large.setPointSizeF(usual.pointSizeF() * 1.5)
    qapp.setFont(large)
    try:
        yield
    finally:
        qapp.setFont(usual)


def _words_split(page: Any) -> list[str]:
    """Section rows whose words are broken across lines or cut with an ellipsis."""
    steps = page.steps
    metrics = steps.fontMetrics()
    room = steps.viewport().width() - 2 * steps.spacing() - 8
    bad = []
    for row in range(steps.count()):
        text = steps.item(row).text()
        widest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        if widest_word > room:
            bad.append(text)
        rect = steps.visualItemRect(steps.item(row))
        if rect.height() > 3.2 * metrics.lineSpacing():  # more than three lines: a word a line
            bad.append(text)
    return bad


@pytest.mark.parametrize("width", [560, 700, 900])
def test_section_list_keeps_whole_words_at_large_text(qtbot: Any, vault: Any, dialogs: Any,
                                                      large_text: None, width: int) -> None:
    """In the workspace a page sits in a scroll area as wide as the room left beside the
    navigation (560 px: a 1366×768 laptop at 2×; 900: at 150 % text)."""
    from PySide6.QtWidgets import QScrollArea

    from safeplan.ui.plan.safety_plan_page import SafetyPlanPage

    page = SafetyPlanPage(vault, dialogs)
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    qtbot.addWidget(holder)
    holder.resize(width, 700)
    holder.show()
    qtbot.waitExposed(holder)
    for _ in range(4):
        QApplication.processEvents()
    assert not _words_split(page), _words_split(page)
    assert not clipped_texts(page, any_text)
    assert page.width() <= holder.viewport().width(), "the plan scrolls sideways"
