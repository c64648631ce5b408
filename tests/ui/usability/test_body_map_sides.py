"""Issue 15: the body map's side words were cut ("равая сторо", "youreleft"), so an injury
could be marked on the wrong side; and the demo's bruise sat on the wrong arm."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPolygonF
from PySide6.QtWidgets import QApplication

from safeplan.ui.workspace.body_map import _POLYGONS, BodyMapWidget


@pytest.fixture(params=["en", "ru", "be"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from safeplan.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.switch(request.param)
    try:
        yield request.param
    finally:
        switcher.switch("en")
        switcher.uninstall()


@pytest.mark.parametrize("size", [(420, 300), (700, 420), (1000, 560)])
def test_side_words_are_whole_and_apart(qtbot: Any, language: str,
                                        size: tuple[int, int]) -> None:
    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    area = QRectF(widget.canvas.rect())
    font, labels = widget.side_labels(area)
    assert len(labels) == 4
    assert font.pointSizeF() >= widget.font().pointSizeF() * 0.6
    metrics = QFontMetricsF(font)
    for rect, text, _align in labels:
        assert metrics.horizontalAdvance(text) <= rect.width(), text
        assert area.contains(rect), f"{text!r} outside the canvas"
    for index, (rect, text, _align) in enumerate(labels):
        for other, other_text, _ in labels[index + 1:]:
            assert not rect.intersects(other), f"{text!r} runs into {other_text!r}"
    # front view: her right is on the viewer's left, so "your right" starts at the left edge
    front = widget.figure_boxes(area)["front"]
    first_rect, first_text, align = labels[0]
    assert first_text == widget.tr("your right") and align & Qt.AlignmentFlag.AlignLeft
    assert first_rect.left() <= front.left()  # starts at the left edge of the front figure


def test_demo_bruise_is_on_her_left_forearm(make_vault: Any) -> None:
    from safeplan.core import demo
    from safeplan.core.journal.search import Query

    vault = make_vault()
    demo.populate(vault.journal, "en")
    visit = vault.journal.list(Query(kinds=("medical",), limit=1))[0]
    mark = visit.content["body_marks"][0]
    assert "left forearm" in visit.content["findings"]
    # front view: her left side is drawn on the viewer's right half
    assert mark["view"] == "front" and mark["x"] > 0.5
    on_an_arm = [QPolygonF([QPointF(x, y) for x, y in points]) for points in _POLYGONS[2:4]]
    assert any(arm.containsPoint(QPointF(mark["x"], mark["y"]), Qt.FillRule.WindingFill)
               for arm in on_an_arm), "the mark is not on an arm"
