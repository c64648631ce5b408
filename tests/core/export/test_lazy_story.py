"""Issue 17.1: the chronology's entries are made while the pages before them are laid out and
let go once laid out (10,000 entries held at once were most of the export's 620 MB), with the
same pages: the story reportlab consumes is topped up as it goes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from safeplan.core.export import ChronologyOptions, export_from_source, sections_entries
from safeplan.core.export.chronology_pdf import ChronologyExporter
from safeplan.core.export.lazy_story import LazyStory
from safeplan.core.export.source import DocumentSource
from safeplan.core.export.styles import make_styles
from tests.core.export.sample_doc import document


def _flowables(made: list[int]) -> Iterator[Flowable]:
    styles = make_styles("en")
    for i in range(600):
        made[0] += 1
        # headings keep with the next paragraph: chains the lookahead must hold whole
        style = styles.h2 if i % 5 == 0 else styles.field if i % 5 == 1 else styles.body
        yield Paragraph(f"Paragraph {i} " + "he shouted and blocked the door " * (i % 9), style)


class _Doc(SimpleDocTemplate):
    laid_out = 0
    most_waiting = 0
    made: list[int]

    def afterFlowable(self, flowable: Flowable) -> None:
        self.laid_out += 1
        self.most_waiting = max(self.most_waiting, self.made[0] - self.laid_out)


def _build(lazy: bool) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=A4, invariant=1, pageCompression=0)
    doc.made = [0]
    source = _flowables(doc.made)
    doc.build(LazyStory(source) if lazy else list(source))
    return buffer.getvalue(), doc.most_waiting


def test_lazy_story_gives_the_same_pdf_and_holds_only_a_few_flowables() -> None:
    lazy, waiting = _build(lazy=True)
    whole, whole_waiting = _build(lazy=False)
    assert lazy == whole
    assert whole_waiting >= 590  # the list: everything made before the first page
    assert waiting <= 80  # LOOKAHEAD (64) and a few split parts


def test_entries_are_made_while_the_pages_before_them_are_laid_out(tmp_path: Path,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pages_when_made: list[int] = []
    exporters: list[ChronologyExporter] = []
    original_render = ChronologyExporter.render
    original_block = sections_entries.entry_block

    def render(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        exporters.append(self)
        return original_render(self, *args, **kwargs)

    def block(*args, **kwargs):  # type: ignore[no-untyped-def]
        pages_when_made.append(exporters[-1].pages_laid_out)
        return original_block(*args, **kwargs)

    monkeypatch.setattr(ChronologyExporter, "render", render)
    monkeypatch.setattr(sections_entries, "entry_block", block)
    seen: list[tuple[int, int]] = []
    result = export_from_source(DocumentSource(document(extra_incidents=150)),
                                Ed25519PrivateKey.generate(), ChronologyOptions(),
                                tmp_path / "out.pdf", progress=lambda d, t: seen.append((d, t)))
    assert len(pages_when_made) >= 150
    assert pages_when_made == sorted(pages_when_made)
    # the last entry is made many pages after the first: not all before the layout began
    assert pages_when_made[-1] - pages_when_made[0] > 20
    assert result.pages > pages_when_made[-1]
    assert seen[-1] == (1000, 1000) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_collector_settings_are_restored_after_overlapping_layouts() -> None:
    import gc
    import threading

    from safeplan.core.export.lazy_story import collector_for_layout

    before = gc.get_threshold()
    inside = threading.Event()
    leave = threading.Event()

    def other_layout() -> None:  # a preview laid out while an export is
        with collector_for_layout():
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=other_layout)
    with collector_for_layout():
        assert gc.get_threshold()[0] >= 10_000 and gc.get_freeze_count() > 0
        assert gc.get_threshold()[2] >= 1_000  # no full collection during the layout
        worker.start()
        inside.wait(10)
    # the export ended first: the preview still runs with the layout settings
    assert gc.get_threshold()[0] >= 10_000
    leave.set()
    worker.join(10)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_no_full_collection_while_an_export_reads_builds_and_lays_out(tmp_path: Path) -> None:
    """Full cycle collections walked every entry read so far (six for 10,000 entries, finding
    nothing): from the export's start only the one before the rest is set aside runs, and the
    collector's settings are restored afterwards."""
    import gc

    full: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    before = gc.get_threshold()
    gc.set_threshold(50, 1, 1)  # a collector that would run full collections all the time
    gc.callbacks.append(count)
    try:
        export_from_source(DocumentSource(document(extra_incidents=300)),
                           Ed25519PrivateKey.generate(), ChronologyOptions(), tmp_path / "o.pdf")
        assert gc.get_threshold() == (50, 1, 1) and gc.get_freeze_count() == 0
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*before)
    assert len(full) == 1
