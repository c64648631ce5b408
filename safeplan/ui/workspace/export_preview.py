"""The Export page's progressive preview (issue 17.1): first pages in a second or two.

The worker lays out the head of the chronology (the first entries only, read with a LIMIT) and
sends its page pictures to the page at once (``stage_shown``); then it lays out the whole
document, reporting the page count as it grows, and sends the real first pages and the real
page count at the end. Cancel stops it at any moment and the first pages stay on screen. The
PDF bytes and the pictures stay in memory (requirement 4). Core work:
safeplan/core/export/preview.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal

from safeplan.core.export.options import ChronologyOptions
from safeplan.ui.workspace.background_work import ProgressTask

PREVIEW_PAGES = 3
PREVIEW_WIDTH_PX = 440


@dataclass
class Preview:
    """What the preview shows: page images (raw RGB, width, height) and the counts."""

    pages: list[tuple[bytes, int, int]]
    page_count: int
    entries: int
    messages: int
    exhibits: int
    complete: bool = True  # False: the first pages of a document still being laid out


def rasterise(pdf: bytes, pages: int, width_px: int) -> tuple[list[tuple[bytes, int, int]], int]:
    """First ``pages`` pages as RGB bytes, and the page count (0, [] without PDFium)."""
    try:
        import pypdfium2  # optional: renders from memory, writes nothing
    except ImportError:
        return [], 0
    document = pypdfium2.PdfDocument(pdf)
    try:
        images: list[tuple[bytes, int, int]] = []
        for index in range(min(pages, len(document))):
            page = document[index]
            scale = width_px / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            images.append((image.tobytes(), image.width, image.height))
        return images, len(document)
    finally:
        document.close()


class PreviewTask(ProgressTask):
    """A ProgressTask that also delivers each stage's pictures to the UI thread."""

    stage_shown = Signal(object)  # Preview, emitted from the worker for each stage

    def show_stage(self, preview: Preview) -> None:
        self.stage_shown.emit(preview)


def render_progressive_preview(vault: Any, options: ChronologyOptions,
                               task: PreviewTask) -> Preview:
    """Head, then the whole document; each stage's first pages go to ``task.stage_shown``.
    ``task.progressed(pages laid out, 0)`` reports the whole document's growing page count."""
    from safeplan.core.export.preview import PreviewStage, progressive_preview

    shown: list[Preview] = []

    def on_stage(stage: PreviewStage) -> None:
        pages, counted = rasterise(stage.pdf, PREVIEW_PAGES, PREVIEW_WIDTH_PX)
        preview = Preview(pages, counted or stage.pages, stage.entries, stage.messages,
                          stage.exhibits)
        preview.complete = stage.complete
        shown.append(preview)
        task.show_stage(preview)

    progressive_preview(vault, options, on_stage=on_stage, progress=task.report,
                        cancelled=lambda: task.cancelled)
    return shown[-1]
