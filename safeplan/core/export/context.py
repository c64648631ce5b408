"""What every section of the chronology needs: data, labels, styles, sizes and helpers that turn
user text into escaped, chunked Paragraphs (requirement 20: nothing unescaped reaches reportlab)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from safeplan.core.export import text as tx
from safeplan.core.export.data import ChronologyData
from safeplan.core.export.labels import Labels, T
from safeplan.core.export.legal_facts import LegalFacts
from safeplan.core.export.pagerefs import PageMarks
from safeplan.core.export.styles import Styles


@dataclass
class ExhibitFile:
    """An exhibit's original bytes as read for this export (hash and size) and its display copy."""

    sha256: str
    size: int
    readable: bool
    display: tuple[bytes, int, int] | None = None
    # what the bundle ships for a photo (location_strip.py): "" (not a photo), "original",
    # "copy-without-location" (with the copy's hash and size) or "withheld"
    shipped: str = ""
    copy_sha256: str = ""
    copy_size: int = 0
    copy_ext: str = ""


@dataclass
class ExportMeta:
    export_id: str
    prepared_on: datetime
    chain_head: str
    statement_sha256: str
    key_fingerprint: str
    pdf_name: str
    manifest_name: str
    files: dict[str, ExhibitFile] = field(default_factory=dict)
    # dated receipts she made (code, made_at, count, covers): listed on the integrity page
    receipts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class RenderContext:
    data: ChronologyData
    meta: ExportMeta
    labels: Labels
    styles: Styles
    frame_width: float
    frame_height: float
    # page numbers known only after layout (summary table, appendices) and the court-facing
    # facts that are not entries (witnesses to call): issue 18
    marks: PageMarks = field(default_factory=PageMarks)
    legal: LegalFacts = field(default_factory=LegalFacts)
    # an entry's printed time, made for the summary table and used once more by its heading
    # (sections_front.entry_when; issue 17.1: 10,000 times each)
    when: dict[str, str] = field(default_factory=dict)

    def para(self, user_text: object, style_name: str = "body") -> Paragraph:
        """One Paragraph of short user text (escaped)."""
        return Paragraph(tx.markup(user_text), getattr(self.styles, style_name))

    def label_para(self, label: str, style_name: str = "body", **values: object) -> Paragraph:
        """A translated label; placeholders are filled with escaped values. Section titles
        (``h1``) become top-level bookmarks."""
        para = Paragraph(tx.markup(self.labels(label, **values)), getattr(self.styles, style_name))
        if style_name == "h1":
            para.outline_level = 0  # type: ignore[attr-defined]
        return para

    def long_text(self, user_text: object, style_name: str = "value") -> list[Flowable]:
        """Paragraphs of a long free-text field, chunked; truncation is stated, never silent."""
        pieces, left_out = tx.paragraphs_markup(user_text)
        style = getattr(self.styles, style_name)
        out: list[Flowable] = [Paragraph(piece or "&nbsp;", style) for piece in pieces]
        if left_out:
            out.append(Paragraph("<i>" + tx.markup(self.labels(T.LEFT_OUT_CHARS, count=left_out))
                                 + "</i>", self.styles.value))
        return out

    def field(self, label: str, user_text: object, style_name: str = "value") -> list[Flowable]:
        """A labelled free-text field; empty fields print nothing."""
        if user_text is None or (isinstance(user_text, str) and not user_text.strip()):
            return []
        # The label stays with at least three lines of its text (a new page only when fewer fit),
        # and the text may then run on to the next page: keeping label and a long text together
        # as one block left half pages empty (issue 18).
        body = self.long_text(user_text, style_name)
        style = getattr(self.styles, style_name)
        room = self.styles.field.spaceBefore + self.styles.field.leading + 3 * style.leading
        return [CondPageBreak(room), Paragraph(tx.markup(self.labels(label)), self.styles.lead_in),
                *body]

    def inline(self, label: str, value: str) -> Paragraph | None:
        """``Label: value`` on one line for short values (value is plain text, escaped here)."""
        if not value.strip():
            return None
        return Paragraph(f"<b>{tx.markup(self.labels(label))}:</b> {tx.markup(value)}",
                         self.styles.value)
