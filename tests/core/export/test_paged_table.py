"""Issue 17.1: the summary table of thousands of entries is laid out in linear time (one
LongTable of 10,000 rows rebuilt the rest of itself on every page: O(rows²)), and the pages are
byte-for-byte those the single LongTable gives."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus import tables as rl_tables

from safeplan.core.export.paged_table import long_table
from safeplan.core.export.sections_front import _grid
from safeplan.core.export.styles import SANS, make_styles


def _rows(count: int) -> list[list[object]]:
    cell = make_styles("en").cell
    rows: list[list[object]] = [["No.", Paragraph("<b>When</b>", cell), "What", "Page"]]
    for i in range(count):
        # rows of different heights, so page breaks fall at different row counts
        words = " ".join(["shouting and threats"] * (1 + i % 7))
        rows.append([f"2026-{i:04d}", Paragraph(f"{1 + i % 28}.03.2026 21:05", cell),
                     Paragraph(f"<b>Incident</b><br/>{words}", cell), "" if i % 3 else "12"])
    return rows


def _style() -> TableStyle:
    style = _grid()
    style += [("FONTNAME", (0, 1), (0, -1), f"{SANS}-Bold"), ("FONTSIZE", (0, 1), (0, -1), 8.5),
              ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(.96, .96, .96)])]
    return TableStyle(style)


def _pdf(table: object) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, pageCompression=0)
    doc.build([Paragraph("Summary", make_styles("en").h1), table, PageBreak(),
               Paragraph("after", make_styles("en").body)])
    return buffer.getvalue()


WIDTHS = [60.0, 80.0, 250.0, 40.0]


def test_paged_table_gives_the_same_pdf_bytes_as_one_long_table() -> None:
    for count, chunk in ((700, 64), (300, 8), (40, 64)):
        plain = LongTable(_rows(count), colWidths=WIDTHS, repeatRows=1, splitByRow=1)
        plain.setStyle(_style())
        paged = long_table(_rows(count), WIDTHS, _style(), chunk=chunk)
        expected, got = _pdf(plain), _pdf(paged)
        assert expected.count(b"/Type /Page\n") > 3 or count == 40
        assert got == expected, f"{count} rows, chunk {chunk}"


def _rows_built(count: int, monkeypatch, paged: bool) -> int:  # type: ignore[no-untyped-def]
    """How many table rows reportlab builds (and styles) while laying the table out."""
    built = [0]
    original = rl_tables.Table.__init__

    def counting(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        built[0] += len(data)
        original(self, data, *args, **kwargs)

    monkeypatch.setattr(rl_tables.Table, "__init__", counting)
    if paged:
        table = long_table(_rows(count), WIDTHS, _style())
    else:
        table = LongTable(_rows(count), colWidths=WIDTHS, repeatRows=1, splitByRow=1)
        table.setStyle(_style())
    _pdf(table)
    monkeypatch.undo()
    return built[0]


def test_rows_built_grow_linearly_with_the_table(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    small = _rows_built(400, monkeypatch, paged=True)
    large = _rows_built(1600, monkeypatch, paged=True)
    assert large < 4.6 * small  # linear (×4 rows); the single LongTable grows ×16
    plain_small = _rows_built(400, monkeypatch, paged=False)
    plain_large = _rows_built(1600, monkeypatch, paged=False)
    assert plain_large > 10 * plain_small  # the quadratic design this replaces
