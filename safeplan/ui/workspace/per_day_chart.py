"""Messages per day: the shape of stalking at a glance (UX principle 8, issue 3 and 6).

Drawn with QPainter in plain black on white with a thin grid, so it stays crisp at any scale and
survives a black-and-white printout or a screenshot sent to a lawyer. Days without messages are
drawn as empty slots (a gap is evidence too). The busiest day and the total are written out in
words beside the bars, and the same sentence is the accessible description: a screen-reader user
gets the facts the picture shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safeplan.ui.workspace.entry_list_model import local_date

MAX_DAYS = 366  # a longer span is shown as its last year (the pattern that matters now)


def fill_days(counts: Iterable[tuple[str, int]]) -> list[tuple[date, int]]:
    """Every day from the first to the last with its count (0 for quiet days)."""
    known: dict[date, int] = {}
    for day_text, count in counts:
        try:
            day = date.fromisoformat(day_text[:10])
        except ValueError:
            continue
        known[day] = known.get(day, 0) + int(count)
    if not known:
        return []
    first, last = min(known), max(known)
    if (last - first).days >= MAX_DAYS:
        first = last - timedelta(days=MAX_DAYS - 1)
    return [(first + timedelta(days=i), known.get(first + timedelta(days=i), 0))
            for i in range((last - first).days + 1)]


class PerDayChart(QWidget):
    """Bars of messages per day; ``set_counts`` takes ``journal.counts_by_day()`` rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("per_day_chart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its description is read
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: list[tuple[date, int]] = []
        self._note = ""
        self._refresh_texts()

    # --- data --------------------------------------------------------------------------------
    def set_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        self._days = fill_days(counts)
        self._refresh_texts()
        self.update()

    def set_note(self, note: str) -> None:
        """An extra sentence under the summary (e.g. how days were counted)."""
        self._note = note
        self._refresh_texts()
        self.update()

    def days(self) -> list[tuple[date, int]]:
        return list(self._days)

    def total(self) -> int:
        return sum(n for _, n in self._days)

    def busiest(self) -> tuple[date, int] | None:
        return max(self._days, key=lambda d: d[1]) if self._days else None

    def clear(self) -> None:
        self.set_counts([])

    def summary_text(self) -> str:
        busiest = self.busiest()
        if busiest is None:
            return self.tr("No messages with a date yet.")
        text = self.tr("{total} messages over {days} days. Most in one day: {most} on {day}."
                       ).format(total=self.total(), days=len(self._days), most=busiest[1],
                                day=local_date(busiest[0]))
        return f"{text} {self._note}" if self._note else text

    def _refresh_texts(self) -> None:
        self.setAccessibleName(self.tr("Messages per day"))
        self.setAccessibleDescription(self.summary_text())
        self.setToolTip(self.summary_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh_texts()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(480, line * 12)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(240, line * 9)

    # --- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.draw(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_image(self, width: int = 1200, height: int = 360) -> QImage:
        """The chart as an image (for export previews or tests); white background."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    def draw(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp bar edges
        painter.fillRect(area, QColor("white"))
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        title = self.tr("Messages per day")
        painter.setPen(QColor("black"))
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(area.left() + 8, area.top() + 4, area.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(font)
        summary_rect = QRectF(area.left() + 8, area.top() + 4 + line, area.width() - 16, line)
        painter.drawText(summary_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.summary_text(), Qt.TextElideMode.ElideRight,
                                            int(summary_rect.width())))
        if not self._days:
            return
        top_value = max(1, max(n for _, n in self._days))
        axis_w = metrics.horizontalAdvance(str(top_value)) + 12
        plot = QRectF(area.left() + 8 + axis_w, area.top() + 2.6 * line,
                      area.width() - 24 - axis_w, area.height() - 4.4 * line)
        if plot.width() < 10 or plot.height() < 10:
            return
        self._draw_axis(painter, plot, top_value)
        slot = plot.width() / len(self._days)
        bar_w = max(1.0, slot * 0.75)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for index, (_, count) in enumerate(self._days):
            if count:
                height = plot.height() * count / top_value
                painter.drawRect(QRectF(plot.left() + index * slot + (slot - bar_w) / 2,
                                        plot.bottom() - height, bar_w, height))
        self._draw_dates(painter, plot, slot)

    def _draw_axis(self, painter: QPainter, plot: QRectF, top_value: int) -> None:
        grid = QPen(QColor(190, 190, 190))
        grid.setWidth(1)
        step = max(1, -(-top_value // 4))
        painter.setPen(QColor("black"))
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(plot.left() - 60, y - 10, 54, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))

    def _draw_dates(self, painter: QPainter, plot: QRectF, slot: float) -> None:
        painter.setPen(QColor("black"))
        metrics = painter.fontMetrics()
        label_w = metrics.horizontalAdvance(local_date(date(2024, 12, 31))) + 16
        every = max(1, int(label_w / max(slot, 0.1)) + 1)
        last_right = plot.left() - 1000.0
        for index in range(0, len(self._days), every):
            x = plot.left() + index * slot + slot / 2
            if x - label_w / 2 < last_right:
                continue
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = local_date(self._days[index][0])
            painter.drawText(QRectF(x - label_w / 2, plot.bottom() + 4, label_w,
                                    metrics.height() + 2), Qt.AlignmentFlag.AlignCenter, text)
            last_right = x + label_w / 2
