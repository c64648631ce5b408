"""The printable safety plan (issue 7): large type, real tick boxes, her notes, numbers to call.

Printed in the language she chooses (independent of the interface). Fonts are the bundled PT Sans
TTFs registered by ``export.styles.register_fonts`` (requirement 21: every font embedded, no
Helvetica); every piece of her text goes through ``export.text`` escaping before it reaches a
Paragraph (requirement 20, threat A5), and reportlab's settings are forced safe before each build.
The interface shows a warning first: a printed plan can be found (threat A1).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from safeplan.core.atomic import atomic_write
from safeplan.core.export.reportlab_safety import apply_safe_settings, settings_are_safe
from safeplan.core.export.styles import SANS, register_fonts, typesetting
from safeplan.core.export.text import chunks, markup, paragraphs_markup
from safeplan.core.plan.directory import DirectoryEntry
from safeplan.core.plan.plan import SafetyPlan, format_date, load_labels, load_templates

BODY_PT = 13  # large enough for readers with poor eyesight, still fits a checklist on a page
BOX = 5 * mm


class CheckBox(Flowable):
    """A drawn square, ticked when done (no glyph needed from the font, prints in greyscale)."""

    def __init__(self, done: bool) -> None:
        super().__init__()
        self.done = done
        self.width = self.height = BOX

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.2)
        c.rect(0, 0, BOX, BOX)
        if self.done:
            c.setLineWidth(2)
            path = c.beginPath()
            path.moveTo(BOX * 0.2, BOX * 0.5)
            path.lineTo(BOX * 0.42, BOX * 0.22)
            path.lineTo(BOX * 0.85, BOX * 0.85)
            c.drawPath(path, stroke=1, fill=0)


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("plan", fontName=SANS, fontSize=BODY_PT, leading=BODY_PT * 1.35,
                          spaceAfter=3, **typesetting(lang))  # type: ignore[arg-type]
    return {
        "body": base,
        "intro": ParagraphStyle("intro", parent=base, fontName=f"{SANS}-Italic", spaceAfter=6),
        "title": ParagraphStyle("title", parent=base, fontName=f"{SANS}-Bold", fontSize=24,
                                leading=30, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=f"{SANS}-Bold", fontSize=18,
                             leading=23, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=f"{SANS}-Bold", fontSize=14,
                             leading=18, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "warning": ParagraphStyle("warning", parent=base, fontName=f"{SANS}-Bold",
                                  borderColor=colors.black, borderWidth=1, borderPadding=6,
                                  spaceBefore=6, spaceAfter=12),
        "small": ParagraphStyle("small", parent=base, fontSize=11, leading=14),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
    }


ITEM_PIECE_CHARS = 1500


def _item_rows(text: str, done: bool, style: ParagraphStyle) -> list[list[Any]]:
    """One table row per piece of an item: a table row taller than a page makes reportlab raise
    LayoutError, and an item can be a huge pasted unbroken string (threat A5)."""
    # cut at a sentence end or a space, never inside a word (issue 18)
    pieces = [piece for piece in chunks(text, ITEM_PIECE_CHARS) if piece] or [""]
    return [[CheckBox(done) if index == 0 else "", Paragraph(markup(piece), style)]
            for index, piece in enumerate(pieces)]


def build_plan_pdf(plan: SafetyPlan, lang: str, *, printed_at: datetime,
                   help_entries: Sequence[DirectoryEntry] = ()) -> bytes:
    """The PDF bytes. ``help_entries`` (e.g. her country's numbers) are printed at the end."""
    labels = load_labels(lang)
    st = _styles(lang)
    apply_safe_settings(default_font=SANS)
    if not settings_are_safe():  # pragma: no cover - apply_safe_settings just set them
        raise RuntimeError("unsafe reportlab settings")
    titles = {t.id: t for t in load_templates(lang)}

    story: list[Any] = [Paragraph(markup(labels["pdf_title"]), st["title"])]
    when = format_date(printed_at, lang)
    reviewed = (labels["pdf_last_reviewed"].format(date=format_date(plan.last_reviewed_at, lang))
                if plan.last_reviewed_at else labels["pdf_never_reviewed"])
    progress = plan.progress()
    story.append(Paragraph(markup(f"{labels['pdf_printed'].format(date=when)} · {reviewed} · "
                                  + labels["pdf_progress"].format(done=progress.done,
                                                                  total=progress.total)),
                           st["small"]))
    story.append(Paragraph(markup(labels["pdf_warning"]), st["warning"]))

    for sid in plan.ordered_ids():
        section = plan.sections[sid]
        template = titles.get(sid)
        heading = template.title if template else sid.replace("_", " ")
        head: list[Any] = [Paragraph(markup(heading), st["h2"])]
        if template:
            head.append(Paragraph(markup(template.intro), st["intro"]))
        rows = [row for item in section.items
                for row in _item_rows(item.display_text(lang), item.done, st["cell"])]
        block: list[Any] = list(head)
        if rows:
            table = Table(rows, colWidths=[BOX + 4 * mm, None], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Table names Helvetica (req. 21)
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]))
            block.append(table)
        # Keep a heading with at least its first items; long sections may still split.
        story.append(KeepTogether(block) if len(rows) <= 8 else block[0])
        if len(rows) > 8:
            story.extend(block[1:])
        if section.notes.strip():
            story.append(Paragraph(markup(labels["pdf_notes"]), st["h3"]))
            pieces, left_out = paragraphs_markup(section.notes)
            story.extend(Paragraph(piece or "&nbsp;", st["body"]) for piece in pieces)
            if left_out:
                story.append(Paragraph(markup(f"[… {left_out}]"), st["small"]))

    if help_entries:
        story.append(Paragraph(markup(labels["pdf_numbers"]), st["h2"]))
        rows = []
        for entry in help_entries:
            detail = entry.display_name(lang)
            if entry.hours_text(lang):
                detail += f" — {entry.hours_text(lang)}"
            if entry.last_verified:
                detail += f" ({labels['pdf_verified'].format(date=format_date(entry.last_verified, lang))})"
            rows.append([Paragraph(markup(entry.phone or entry.website), st["cell"]),
                         Paragraph(markup(detail), st["cell"])])
        table = Table(rows, colWidths=[45 * mm, None], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), SANS),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story.append(table)

    buffer = io.BytesIO()
    page_label = labels["pdf_page"]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 11)
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, page_label.format(n=doc.page))
        canvas.restoreState()

    # no title in the file's metadata: a PDF viewer shows it in its window title and recent
    # files instead of the name she gave the file (THREAT_MODEL: nothing in a window title
    # reveals the purpose); the plan's title is printed on the page only
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="",
                            author="", subject="", creator="", producer="", keywords="",
                            invariant=1, initialFontName=SANS)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_plan_pdf(plan: SafetyPlan, lang: str, path: Path, *, printed_at: datetime,
                   help_entries: Sequence[DirectoryEntry] = ()) -> Path:
    """Build in memory, then write the chosen file in one step (no half-written PDF)."""
    data = build_plan_pdf(plan, lang, printed_at=printed_at, help_entries=help_entries)
    atomic_write(Path(path), data)
    return Path(path)
