"""ChronologyExporter: lays the selected, numbered chronology out as a court-ready PDF.

reportlab platypus, one layout pass, everything built in memory (no temp files, requirement 4).
Safe reportlab settings are forced right before each build (requirement 20) and the canvas starts
in an embedded font (requirement 21). With ``SOURCE_DATE_EPOCH`` set the document is built in
reportlab's invariant mode: fixed dates and ids, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from safeplan.core.errors import Cancelled
from safeplan.core.export import (
    font_memo,
    parse_memo,
    rl_fast,
    sections_amendments,
    sections_entries,
    sections_front,
    sections_messages,
    sections_summary,
    wrap_memo,
)
from safeplan.core.export import sections_back as back
from safeplan.core.export import text as tx
from safeplan.core.export.context import ExportMeta, RenderContext
from safeplan.core.export.data import ChronologyData
from safeplan.core.export.glyphs import begin_export
from safeplan.core.export.labels import Labels, T
from safeplan.core.export.labels_fidelity import TF
from safeplan.core.export.labels_legal import TL
from safeplan.core.export.lazy_story import LazyStory, collector_for_layout
from safeplan.core.export.legal_facts import LegalFacts
from safeplan.core.export.page import Furniture, canvas_class
from safeplan.core.export.pagerefs import Anchor, PageMarks
from safeplan.core.export.reportlab_safety import apply_safe_settings
from safeplan.core.export.sections_statement import Appendix, statement
from safeplan.core.export.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAPER,
    SANS,
    make_styles,
)

Progress = Callable[[int, int], None]


class _Document(BaseDocTemplate):
    """Reports progress per flowable and stops as soon as cancel is asked."""

    def __init__(self, buffer: io.BytesIO, *, on_flowable: Callable[[], None],
                 **kwargs: object) -> None:
        super().__init__(buffer, **kwargs)  # type: ignore[arg-type]
        self._on_flowable = on_flowable
        self._outlines = 0
        self.marks = PageMarks()

    def afterFlowable(self, flowable: Flowable) -> None:
        self.marks.record(flowable, self.page)
        outline = getattr(flowable, "outline_level", None)
        if outline is not None and hasattr(self.canv, "bookmark_here"):
            # Bookmarks let a lawyer jump to a section or entry (no links, scripts or actions).
            self._outlines += 1
            self.canv.bookmark_here(f"o{self._outlines}", " ".join(
                flowable.getPlainText().split())[:120], outline)
        self._on_flowable()


class ChronologyExporter:
    """Render ``ChronologyData`` + ``ExportMeta`` to PDF bytes."""

    def __init__(self, data: ChronologyData, meta: ExportMeta,
                 legal: LegalFacts | None = None) -> None:
        self.data = data
        self.meta = meta
        self.legal = legal or LegalFacts()
        self.labels = Labels(data.options.lang)
        self.pages = 0  # known after render()

    def _page_of(self, page: int, pages: int) -> str:
        self.pages = pages
        return self.labels(T.PAGE_OF, page=page, pages=pages)

    @property
    def pages_laid_out(self) -> int:
        """Pages laid out so far: a progress callback may read it during render() (issue 17.1:
        the preview and the CLI show the page count while a long document is made)."""
        doc = getattr(self, "_doc", None)
        return int(getattr(doc, "page", 0)) if doc is not None else 0  # 0 until build begins

    def title(self) -> str:
        """The page header's title; a working copy says so on every page, not only on its
        cover (a page of it must never pass for a page of the court copy)."""
        title = self.labels(T.TITLE)
        if self.data.options.include_working_notes:
            return self.labels(TF.WORKING_HEADER, title=title)
        return title

    def render(self, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, *,
               between: Callable[[], None] | None = None,
               before_exhibits: Callable[[], None] | None = None) -> bytes:
        """The PDF's bytes. ``between()`` is called after each flowable laid out (background
        work that needs this thread, e.g. reading pictures); ``before_exhibits()`` right before
        the parts after the entries are made (the pictures must be ready then)."""
        apply_safe_settings(SANS)
        if rl_fast.speedups_apply():  # exact equivalents of reportlab internals, checked per release
            wrap_memo.install()  # a paragraph wrapped twice at one width is broken into lines once
            parse_memo.install()  # the same markup (labels, headings) is parsed once per export
            font_memo.install()  # a string drawn again is not mapped to font codes again
            rl_fast.install()  # exact, faster fragment comparison and frame copies
        styles = make_styles(self.data.options.lang)
        begin_export()  # every [U+XXXX] printed is listed on the integrity page
        page_w, page_h = PAPER[self.data.options.paper]
        frame_w = page_w - MARGIN_LEFT - MARGIN_RIGHT
        frame_h = page_h - MARGIN_TOP - MARGIN_BOTTOM
        marks = PageMarks()
        ctx = RenderContext(self.data, self.meta, self.labels, styles, frame_w, frame_h,
                            marks=marks, legal=self.legal)

        def check() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled("export cancelled")

        appendices: list[Appendix] = []

        def part(key: str, flowables: Iterable[Flowable],
                 description: str = "") -> Iterator[Flowable]:
            """A section between page anchors (its page count goes in the appendix list)."""
            items = iter(flowables)
            last = next(items, None)
            if last is None:
                return
            if description:
                appendices.append(Appendix(description, key))
            yield Anchor(f"{key}:start")
            for item in items:
                yield last
                last = item
            if isinstance(last, PageBreak):  # the anchor stays on the section's last page
                yield Anchor(f"{key}:end")
                yield last
            else:
                yield last
                yield Anchor(f"{key}:end")

        L = self.labels
        data = self.data
        front: list[Flowable] = [*sections_front.cover(ctx), *sections_front.summary(ctx),
                                 *part("table", sections_summary.table(ctx), L(TL.APPX_TABLE))]

        def back_parts() -> list[Flowable]:
            if before_exhibits is not None:
                before_exhibits()
            out = [*part("transcripts", sections_messages.transcripts(ctx, check),
                         L(TL.APPX_TRANSCRIPTS, count=data.count("message")))]
            # issue 12.7: what each amendment changed, and the deleted entries of the period
            out += part("amendments", sections_amendments.amendments(ctx), L(TF.AMENDMENTS))
            out += part("exhibit_list", back.exhibit_list(ctx), L(TL.APPX_EXHIBIT_LIST))
            out += part("exhibits", back.exhibits(ctx, check))
            appendices.extend(self._exhibit_appendices())
            out += part("integrity", back.integrity(ctx), L(TL.APPX_INTEGRITY))
            appendices.append(Appendix(L(TL.APPX_CHECK_FILE, name=self.meta.manifest_name), None))
            return out + statement(ctx, appendices)

        def story() -> Iterator[Flowable]:
            """Issue 17.1: the entries are made while the pages before them are laid out, and
            each flowable is let go once laid out: 10,000 entries are never all in memory. The
            parts after them are made (in the same order as ever) once the entries are made."""
            while front:
                yield front.pop(0)
            yield from part("entries", sections_entries.iter_entries(ctx, entry_made),
                            L(TL.APPX_ENTRIES, count=len(data.entries)))
            yield from back_parts()

        made = [0, 0]  # entries made so far; flowables made before the first entry

        def entry_made() -> None:
            check()
            if not made[0]:
                made[1] = flowables.pulled
            made[0] += 1

        def estimate(pulled: int) -> int:
            """Flowables the whole story will have, from what the entries made so far took."""
            per_entry = (pulled - made[1]) / made[0] if made[0] > 1 else 10
            return int(pulled + per_entry * (len(data.entries) - made[0])) + 50

        flowables = LazyStory(story(), estimate)
        done = [0]

        def on_flowable() -> None:
            done[0] += 1
            if between is not None:
                between()
            if done[0] % 25 == 0 or flowables.finished():
                check()
                if progress is not None:
                    progress(*flowables.progress(done[0]))

        buffer = io.BytesIO()
        options = self.data.options
        invariant = 1 if os.environ.get("SOURCE_DATE_EPOCH", "").strip() else 0
        doc = _Document(
            buffer, on_flowable=on_flowable, pagesize=(page_w, page_h),
            leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Requirement 19 and issue 18: the metadata a file manager, a viewer's title bar or a
            # search index shows reveals nothing she did not choose to print — no title, subject,
            # keywords, author, program name or user name (the pages themselves carry them).
            # The one keyword is a hash that binds this PDF to its signed manifest statement
            # (verify.py and the bundle's verify.html look for it); it says nothing about her.
            title="", subject="", author="", creator="", producer="",
            keywords=f"statement-sha256:{self.meta.statement_sha256}",
            invariant=invariant, lang={"en": "en", "ru": "ru", "be": "be"}[options.lang],
            initialFontName=SANS, initialFontSize=10, initialLeading=12,
            pageCompression=1, allowSplitting=1, encrypt=None,
        )
        self._doc = doc  # pages_laid_out reads its page while the layout runs
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, frame_w, frame_h, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.marks = marks
        furniture = Furniture(
            title=self.title(), case_ref=tx.one_line(options.case_ref, 80),
            export_line=f"{L(T.EXPORT_ID)}: {self.meta.export_id}",
            page_of=self._page_of, late=marks.draw_page)
        check()
        # Binary streams, not ASCII85 text: a quarter smaller and much faster (pure Python A85).
        a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            with collector_for_layout():
                doc.build(flowables, canvasmaker=canvas_class(furniture))
        finally:
            rl_config.useA85 = a85
            wrap_memo.forget()
            parse_memo.forget()
            font_memo.forget()
        return buffer.getvalue()

    def _exhibit_appendices(self) -> list[Appendix]:
        """Each exhibit as courts list attachments: a printed picture with its pages, any other
        file as given in electronic form."""
        L, out = self.labels, []
        for ex in self.data.exhibits:
            found = self.meta.files.get(ex.uid)
            name = tx.one_line(ex.content.get("file_name"), 80)
            if found is not None and found.display is not None:
                out.append(Appendix(L(TL.APPX_PICTURE, ref=L.ref(ex.number), file=name),
                                    f"exhibit:{ex.uid}"))
            else:
                out.append(Appendix(L(TL.APPX_FILE, ref=L.ref(ex.number), file=name), None))
        return out
