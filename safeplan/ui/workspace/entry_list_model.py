"""A table model over ``journal.list`` that fetches one page at a time.

Issue 3: a vault with 10,000 incidents and 100,000 messages must show its first page quickly and
scroll smoothly, so no list ever loads all rows. The model asks the journal for ``count`` once per
query and then for pages of ``page_size`` rows (``Query.offset``/``limit``) when the view scrolls
near the end (Qt calls ``canFetchMore``/``fetchMore``).

The model is generic (kind, columns, query) so the messages, medical and timeline pages use it
too. ``clear`` drops every decrypted row it holds and forgets the journal: after a lock no journal
text stays in the model (requirement 7).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from safeplan.core.i18n import QT_TRANSLATE_NOOP, format_day, format_year_month
from safeplan.core.journal.journal import Entry
from safeplan.core.journal.model import parse_time
from safeplan.core.journal.search import Query
from safeplan.ui.i18n import date_pattern_for

PAGE_SIZE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: a (translated) title and how to show an entry in it."""

    title: str
    value: Callable[[Entry], str]
    tooltip: Callable[[Entry], str] | None = None
    # what a screen reader says when it differs from what is shown ("Number 2026-0014.")
    spoken: Callable[[Entry], str] | None = None


# Marked for lupdate here (it does not see QCoreApplication.translate), looked up at run time.
_AROUND = QT_TRANSLATE_NOOP("EntryListModel", "around {date}")
_NOT_KNOWN = QT_TRANSLATE_NOOP("EntryListModel", "date not known")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryListModel", text)


def _ui_lang() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "ru"


def date_pattern() -> str:
    """One date format per language everywhere (issue 15: 06.12.2026, 2026-12-06 and the US
    9/7/2026 were mixed), the same as the PDFs print (safeplan.core.i18n.format_day): day first
    with dots and a four-digit year for Russian, Belarusian and the other day-first languages;
    day, month name, year in English (6 Dec 2026) — never the US month-first order, which a
    court reader could take the wrong way round. For date edits too."""
    return date_pattern_for(QLocale())  # fields already built follow a switch (ui/i18n.py)


def month_label(key: str) -> str:
    """A "YYYY-MM" month as the interface writes months: 12.2026 or Dec 2026."""
    if len(key) != 7 or not key[:4].isdigit() or not key[5:7].isdigit():
        return key
    return format_year_month(int(key[:4]), int(key[5:7]), _ui_lang())


def local_date(day: date, long: bool = False) -> str:
    """A date in the interface language's own way of writing dates."""
    locale = QLocale()
    if long:
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return format_day(day.year, day.month, day.day, _ui_lang())


def format_when(value: object, precision: object = None, hint: object = "") -> str:
    """A time as people remember it: approximate dates stay approximate (UX principle 6).

    The stored offset is kept (the time is shown as it was on the clock where it happened).
    """
    if not isinstance(value, str) or not value:
        return hint.strip() if isinstance(hint, str) and hint.strip() else _tr(_NOT_KNOWN)
    try:
        moment: datetime = parse_time(value)
    except ValueError:
        return value
    locale = QLocale()
    date_text = local_date(moment.date())
    if precision == "year":
        text = str(moment.year)
    elif precision == "month":
        text = locale.standaloneMonthName(moment.month) + f" {moment.year}"
    elif precision in ("day", "approximate"):
        text = date_text
    else:
        text = f"{date_text} {moment.strftime('%H:%M')}"
    if precision == "approximate":
        text = _tr(_AROUND).format(date=text)
        if isinstance(hint, str) and hint.strip():
            text += f" ({hint.strip()})"
    return text


class _RoomyRows(QObject):
    """Keeps table rows about two lines tall whatever the font size (easy reading)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish):
            view = watched
            header = getattr(view, "verticalHeader", None)
            if header is not None:
                height = int(view.fontMetrics().height() * 1.9)  # type: ignore[attr-defined]
                header().setMinimumSectionSize(height)
                header().setDefaultSectionSize(height)
        return False


def roomy_rows(view: QObject) -> None:
    """Rows tall enough to read and to hit with a finger or a shaky mouse."""
    guard = _RoomyRows(view)
    view.installEventFilter(guard)


class EntryListModel(QAbstractTableModel):
    """Rows of one query, fetched lazily in pages; entry and uid available through roles."""

    query_applied = Signal(int)  # total rows matching the query

    def __init__(self, journal: Any, query: Query, columns: Sequence[Column],
                 *, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._columns = list(columns)
        self._page_size = page_size
        self._query = replace(query, offset=0, limit=None)
        self._rows: list[Entry] = []
        self._total = 0
        self.pages_fetched = 0  # for tests and the benchmark: proves paging happened
        self._load_first_page()

    # --- public API -------------------------------------------------------------------------
    @property
    def query(self) -> Query:
        return self._query

    @property
    def total(self) -> int:
        """How many rows the query matches (not how many are loaded)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def set_query(self, query: Query) -> None:
        self.beginResetModel()
        self._query = replace(query, offset=0, limit=None)
        self._rows = []
        self._load_first_page()
        self.endResetModel()
        self.query_applied.emit(self._total)

    def set_source(self, journal: Any, query: Query) -> None:
        """Another journal (or None: empty) and query at once."""
        self._journal = journal
        self.set_query(query)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the query (after a save), keeping at least as many rows as were loaded."""
        wanted = max(len(self._rows), self._page_size)
        self.beginResetModel()
        self._rows = []
        self._load_first_page(at_least=wanted)
        self.endResetModel()
        self.query_applied.emit(self._total)

    def clear(self) -> None:
        """Drop every row and the journal (lock: nothing decrypted may stay in memory)."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._journal = None
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.uid == uid:
                return row
        return -1

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and column.spoken is not None:
            return column.spoken(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.value(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == UID_ROLE:
            return entry.uid
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._journal is not None
                and len(self._rows) < self._total)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._fetch(len(self._rows), self._page_size)
        if not page:
            self._total = len(self._rows)  # the journal changed under us; stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- internals --------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[Entry]:
        if self._journal is None:
            return []
        self.pages_fetched += 1
        rows: list[Entry] = self._journal.list(replace(self._query, offset=offset, limit=limit))
        return rows

    def _load_first_page(self, *, at_least: int = 0) -> None:
        if self._journal is None:
            self._total = 0
            return
        self._total = int(self._journal.count(self._query))
        self._rows = self._fetch(0, max(self._page_size, at_least)) if self._total else []
