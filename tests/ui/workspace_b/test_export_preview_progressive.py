"""Issue 17.1 on the Export page: the first preview pages are on screen while the whole document
is still being laid out, and Cancel stops the rest with those pages kept.

A real vault of 150 incidents (the whole document is dozens of pages, the head a few), a real
Export page, real page pictures when PDFium (pypdfium2) is installed.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.ui.workspace.export_page import ExportPage

INCIDENTS = 150


@pytest.fixture
def big_vault(make_vault: Any) -> Any:
    vault = make_vault()
    vault.journal.save_many([("incident", {
        "occurred_at": f"{2015 + n // 15}-{1 + n % 12:02d}-{1 + n % 28:02d}T21:05:00+03:00",
        "precision": "minute", "title": f"Incident {n}",
        "description": "He shouted and took my phone. " * 10, "categories": ["threat"],
        "severity": 1 + n % 5}, None) for n in range(INCIDENTS)])
    return vault


def _pdfium() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def test_first_pages_shown_before_the_document_is_complete(qtbot: Any, show: Any,
                                                           big_vault: Any, dialogs: Any) -> None:
    page = show(ExportPage(big_vault, dialogs))
    seen: list[tuple[bool, int, str]] = []

    def first_pages_on_screen() -> bool:
        shown = page.preview_page_count() > 0 if _pdfium() else bool(page.preview_text.text())
        if shown:
            seen.append((page.busy, page.preview_page_count(), page.preview_text.text()))
        return shown

    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_pages_on_screen, timeout=60000)
    busy, count, text = seen[0]
    assert busy, "the first pages came only after the whole document"
    assert "first entries only" in text
    if _pdfium():
        assert count >= 1
        assert page.findChild(object, "export_preview_page_1") is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=120000)
    assert f"entries: {INCIDENTS};" in page.preview_text.text()
    assert "page" in page.preview_text.text()  # the real page count of the whole document


def test_cancel_keeps_the_first_pages(qtbot: Any, show: Any, big_vault: Any,
                                      dialogs: Any) -> None:
    page = show(ExportPage(big_vault, dialogs))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.preview_text.text()), timeout=60000)
    assert page.busy  # the whole document is still being laid out
    head_text = page.preview_text.text()
    head_pages = page.preview_page_count()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    assert page.status.text() == "Preview stopped."
    assert page.preview_text.text() == head_text
    assert page.preview_page_count() == head_pages
    assert page.export_button.isEnabled()
