"""A table of thousands of rows laid out in time linear in its length (issue 17.1).

reportlab's ``LongTable`` splits a long table page by page, and each split builds the rest of
the table anew with every remaining row (cell styles, commands) and measures all remaining rows
again: a 10,000-row summary table cost O(rows²) — a quarter of a 10,000-incident export.

``PagedTable`` hands reportlab a ``LongTable`` of only the rows the current page can need
(doubled until it overflows the space), and after each split tops the rest up with the next
rows, carrying over the rest's line and background commands exactly as reportlab derived them
from the whole table (its last row moves to the new last row). Every page therefore gets the
same rows, heights and drawing operators as the single ``LongTable`` would have given: the PDF
is byte-for-byte the same, only made without the quadratic work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, TableStyle

# rows added at a time; a page of the summary table holds 15–45 rows
CHUNK_ROWS = 64
# Taller than any frame (A3 is 1,191 pt): a table this tall overflows every page, whatever
# height a caller offers (KeepTogether wraps its content with the whole document's height).
_TALLER_THAN_ANY_PAGE = 3000.0
Row = Sequence[Any] | Callable[[], Sequence[Any]]
_COMMAND_LISTS = ("_linecmds", "_bkgrndcmds", "_spanCmds", "_nosplitCmds", "_srflcmds",
                  "_sircmds")


def long_table(rows: Sequence[Row], col_widths: list[float], style: TableStyle,
               *, chunk: int = CHUNK_ROWS) -> Flowable:
    """A ``LongTable(rows, repeatRows=1, splitByRow=1)`` with ``style``, paged lazily when it
    has more than ``chunk`` body rows. A row may be given as a function that makes it: it is
    called when the layout reaches the row (its Paragraphs are not all held at once)."""
    data: list[Row | None] = list(rows)
    first = _table(_take(data, 0, 1 + chunk), col_widths, style)
    if len(data) <= 1 + chunk:
        return first
    return PagedTable(first, data, 1 + chunk, col_widths, style, chunk)


def _take(data: list[Row | None], start: int, stop: int) -> list[list[Any]]:
    """Rows ``start:stop`` as lists (a row given as a function is made now), let go of by
    ``data`` (the header, row 0, is kept for the next tables)."""
    out = []
    for index in range(start, min(stop, len(data))):
        row = data[index]
        assert row is not None, "a row is taken once"
        out.append(list(row() if callable(row) else row))
        if index:
            data[index] = None
    return out


def _table(data: list[list[Any]], col_widths: list[float], style: TableStyle) -> LongTable:
    table = LongTable(data, colWidths=col_widths, repeatRows=1, splitByRow=1)
    table.setStyle(style)
    return table


def _moved(command: tuple[Any, ...], last: int, new_last: int) -> tuple[Any, ...]:
    (sc, sr), (ec, er) = command[1:3]
    if isinstance(sr, int) and sr == last:
        sr = new_last
    if isinstance(er, int) and er == last:
        er = new_last
    return (command[0], (sc, sr), (ec, er), *command[3:])


class PagedTable(Flowable):
    """The rows of a long table not yet laid out; ``table`` holds the header and the next ones."""

    def __init__(self, table: LongTable, data: list[Row | None], next_row: int,
                 col_widths: list[float], style: TableStyle, chunk: int) -> None:
        super().__init__()
        self._table = table
        self._data = data  # header first; rows from next_row on are not in the table yet
        self._next = next_row
        self._col_widths = col_widths
        self._style = style
        self._chunk = chunk

    def _grow(self) -> None:
        """The table with the next ``chunk`` rows appended, as reportlab's rest-of-table would
        hold them: same cell styles and commands, commands that ran to the old last row now
        running to the new one."""
        old = self._table
        more = old.normalizeData(_take(self._data, self._next, self._next + self._chunk))
        self._next += len(more)
        header = _take(self._data, 0, 1)
        styles = _table([*header, *more], self._col_widths, self._style)._cellStyles[1:]
        table = LongTable(
            old._cellvalues + more, colWidths=old._colWidths,
            rowHeights=list(old._rowHeights) + [None] * len(more), repeatRows=old.repeatRows,
            repeatCols=old.repeatCols, splitByRow=old.splitByRow, splitInRow=old.splitInRow,
            normalizedData=1, cellStyles=old._cellStyles + styles, ident=old.ident,
            spaceBefore=getattr(old, "spaceBefore", None),
            spaceAfter=getattr(old, "spaceAfter", None),
            longTableOptimize=old._longTableOptimize,
            cornerRadii=getattr(old, "_cornerRadii", None),
            renderCB=getattr(old, "_renderCB", None), shadow=getattr(old, "_shadow", None))
        last, new_last = old._nrows - 1, table._nrows - 1
        for name in _COMMAND_LISTS:
            setattr(table, name, [_moved(c, last, new_last) for c in getattr(old, name)])
        table._rowSplitRange = old._rowSplitRange
        table.hAlign, table.vAlign = old.hAlign, old.vAlign
        self._table = table

    def _more(self) -> bool:
        return self._next < len(self._data)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._table.wrap(availWidth, availHeight)
        while height <= min(availHeight, _TALLER_THAN_ANY_PAGE) and self._more():
            self._grow()
            width, height = self._table.wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        while True:
            parts = self._table.split(availWidth, availHeight)
            # the rest must keep rows below its first one so that "the last row" is never
            # mistaken for a row a command names by number (header 0, first row 1)
            short = len(parts) == 1 or (len(parts) == 2 and parts[1]._nrows < 4)
            if not (short and self._more()):
                break
            self._grow()
        if len(parts) != 2 or not self._more():
            return list(parts)
        rest = PagedTable(parts[1], self._data, self._next, self._col_widths, self._style,
                          self._chunk)
        return [parts[0], rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # only when every remaining row fitted (wrap added them all to the table)
        self._table.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self._table.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._table.getSpaceAfter())
