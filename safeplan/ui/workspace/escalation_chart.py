"""Incidents per month by severity: the escalation pattern courts look for (COURT_EXPORT.md).

Each month is one stacked bar; severity is shown by grey level *and* a hatch pattern *and* the
written legend, matching the PDF's chart (safeplan/core/export/charts.py), so the picture reads
the same on screen, in black and white, and for someone who cannot tell greys apart. A sentence
with the facts (months, incidents, the worst month) is the accessible description.

Years of records (issue 17.5): the chart covers the whole span, from the first incident to the
last. The counts come aggregated from SQL (``Journal.incidents_per_month``, via ``set_counts``)
and the picture is drawn once into a pixmap and reused until the counts, the size or the
language change; when months are too many for the width, each bar is a year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from safeplan.ui.workspace.entry_list_model import month_label

# severity → (grey level 0-255, Qt hatch or None); 0 = not rated. Same order as the PDF.
SEVERITY_LOOK: dict[int, tuple[int, Qt.BrushStyle | None]] = {
    0: (255, None), 1: (235, None), 2: (200, Qt.BrushStyle.BDiagPattern), 3: (153, None),
    4: (102, Qt.BrushStyle.FDiagPattern), 5: (26, None)}
MAX_MONTHS = None  # issue 17.5: the whole span is shown (it was the last 60 months, silently)
MIN_BAR_PX = 6  # narrower month bars than this: one bar per year instead


def month_key(value: object) -> str | None:
    """YYYY-MM as written (the clock where it happened), None when there is no usable date."""
    if isinstance(value, str) and len(value) >= 7 and value[4] == "-" and value[:4].isdigit():
        return value[:7]
    return None


def per_month(incidents: Iterable[Mapping[str, Any]], limit: int | None = MAX_MONTHS
              ) -> dict[str, Counter[int]]:
    """{YYYY-MM: Counter(severity)} over every month from the first to the last."""
    found: dict[str, Counter[int]] = {}
    for content in incidents:
        key = month_key(content.get("occurred_at"))
        if key is None:
            continue
        severity = content.get("severity")
        level = severity if isinstance(severity, int) and 1 <= severity <= 5 else 0
        found.setdefault(key, Counter())[level] += 1
    return _every_month(found, limit)


def months_from_counts(rows: Iterable[tuple[str, int, int]]) -> dict[str, Counter[int]]:
    """{YYYY-MM: Counter(severity)} over every month from the first to the last, from
    (month, severity, count) rows as ``Journal.incidents_per_month`` gives them."""
    found: dict[str, Counter[int]] = {}
    for month, level, count in rows:
        if month_key(month) is not None:
            found.setdefault(month[:7], Counter())[level] += count
    return _every_month(found, None)


def by_year(months: Mapping[str, Counter[int]]) -> dict[str, Counter[int]]:
    """The same counts, one bucket per year (keys "YYYY")."""
    years: dict[str, Counter[int]] = {}
    for key, counts in months.items():
        years.setdefault(key[:4], Counter()).update(counts)
    return years


def _every_month(found: dict[str, Counter[int]], limit: int | None
                 ) -> dict[str, Counter[int]]:
    if not found:
        return {}
    first, last = min(found), max(found)
    year, month = int(first[:4]), int(first[5:7])
    months: dict[str, Counter[int]] = {}
    while True:
        key = f"{year:04d}-{month:02d}"
        months[key] = found.get(key, Counter())
        if key >= last:
            break
        month += 1
        if month > 12:
            year, month = year + 1, 1
    keys = list(months)[-limit:] if limit else list(months)
    return {k: months[k] for k in keys}


class EscalationChart(QWidget):
    """Stacked monthly bars; ``set_incidents`` takes incident content dicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalation_chart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._months: dict[str, Counter[int]] = {}
        self._left_out = 0  # the whole span is drawn (issue 17.5); kept for the text below
        self._picture: QPixmap | None = None  # drawn once, reused until something changes
        self._refresh_texts()

    def set_incidents(self, incidents: Iterable[Mapping[str, Any]]) -> None:
        self._set_months(per_month(incidents, limit=None))

    def set_counts(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """(YYYY-MM, severity 0-5, count) rows, aggregated by the journal in SQL."""
        self._set_months(months_from_counts(rows))

    def _set_months(self, months: dict[str, Counter[int]]) -> None:
        self._months = months
        self._left_out = 0
        self._changed()

    def _changed(self) -> None:
        self._picture = None
        self._refresh_texts()
        self.update()

    def months(self) -> dict[str, Counter[int]]:
        return dict(self._months)

    def clear(self) -> None:
        self._months = {}
        self._changed()

    def severity_name(self, level: int) -> str:
        if level == 0:
            return self.tr("not rated")
        return self.tr("severity {n}").format(n=level)

    def summary_text(self) -> str:
        if not self._months:
            return self.tr("No incidents with a date yet.")
        totals = {k: sum(v.values()) for k, v in self._months.items()}
        worst = max(totals, key=lambda k: (totals[k], k))
        text = self.tr("{n} incidents over {months} months. Most in {month}: {most}.").format(
            n=sum(totals.values()), months=len(totals), month=month_label(worst),
            most=totals[worst])
        if self._left_out:
            # Said, not silent (issue 15): the list goes back further than the chart.
            text += " " + self.tr("The chart shows the last {n} months, from {first}; earlier "
                                  "incidents are in the list below.").format(
                n=len(self._months), first=month_label(next(iter(self._months))))
        return text

    def left_out_months(self) -> int:
        return self._left_out

    def _refresh_texts(self) -> None:
        self.setAccessibleName(self.tr("Incidents per month, by severity"))
        self.setAccessibleDescription(self.summary_text())
        self.setToolTip(self.summary_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                            QEvent.Type.PaletteChange):
            self._picture = None
            self._refresh_texts()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(560, self.fontMetrics().height() * 13)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.fontMetrics().height() * 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        picture = self._picture
        if (picture is None or picture.deviceIndependentSize().toSize() != self.size()
                or picture.devicePixelRatio() != ratio):
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor("white"))
            drawing = QPainter(picture)
            try:
                self.draw(drawing, QRectF(self.rect()))
            finally:
                drawing.end()
            self._picture = picture
            self.drawn_times += 1
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, picture)
        finally:
            painter.end()

    drawn_times = 0  # how often the picture was really drawn (tests: once per change)

    def render_image(self, width: int = 1200, height: int = 400) -> QImage:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    # --- drawing -----------------------------------------------------------------------------
    def _brush_pair(self, level: int) -> tuple[QBrush, QBrush | None]:
        grey, hatch = SEVERITY_LOOK[level]
        fill = QBrush(QColor(grey, grey, grey))
        return fill, (QBrush(QColor("black"), hatch) if hatch is not None else None)

    def _box(self, painter: QPainter, rect: QRectF, level: int) -> None:
        fill, hatch = self._brush_pair(level)
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(fill)
        painter.drawRect(rect)
        if hatch is not None:
            painter.setBrush(hatch)
            painter.drawRect(rect)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(area, QColor("white"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        line = painter.fontMetrics().height()
        painter.setPen(QColor("black"))
        yearly = self.yearly(area.width())
        title = (self.tr("Incidents per year, by severity") if yearly
                 else self.tr("Incidents per month, by severity"))
        painter.drawText(QRectF(area.left() + 8, area.top() + 4, area.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(area.left() + 8, area.top() + 4 + line, area.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.summary_text(), Qt.TextElideMode.ElideRight,
                                            int(area.width() - 16)))
        legend_h = self._draw_legend(painter, area, area.top() + 4 + 2 * line + 4)
        if not self._months:
            return
        top_value = max(1, max(sum(c.values()) for c in self._months.values()))
        axis_w = metrics.horizontalAdvance(str(top_value)) + 12
        plot = QRectF(area.left() + 8 + axis_w, area.top() + 2.4 * line + legend_h + 12,
                      area.width() - 24 - axis_w, 0)
        plot.setBottom(area.bottom() - 1.6 * line)
        if plot.width() < 10 or plot.height() < 10:
            return
        buckets = self._months
        if yearly:
            buckets = by_year(self._months)
            top_value = max(1, max(sum(c.values()) for c in buckets.values()))
        self._draw_axis(painter, plot, top_value)
        keys = list(buckets)
        slot = plot.width() / len(keys)
        bar_w = max(2.0, slot * 0.7)
        for index, key in enumerate(keys):
            y = plot.bottom()
            x = plot.left() + index * slot + (slot - bar_w) / 2
            for level in (0, 1, 2, 3, 4, 5):
                count = buckets[key].get(level, 0)
                if not count:
                    continue
                height = plot.height() * count / top_value
                self._box(painter, QRectF(x, y - height, bar_w, height), level)
                y -= height
        painter.setPen(QColor("black"))
        label_w = metrics.horizontalAdvance(month_label("2024-12")) + 12
        label = month_label if buckets is self._months else str
        every = max(1, int(label_w / max(slot, 0.1)) + 1)
        for index in range(0, len(keys), every):
            x = plot.left() + index * slot + slot / 2
            painter.drawText(QRectF(x - label_w / 2, plot.bottom() + 3, label_w, line),
                             Qt.AlignmentFlag.AlignCenter, label(keys[index]))

    def yearly(self, width: float) -> bool:
        """Whether one bar per year is drawn: month bars would be thinner than MIN_BAR_PX."""
        return bool(self._months) and (width - 80) / len(self._months) < MIN_BAR_PX

    def _draw_legend(self, painter: QPainter, area: QRectF, top: float) -> float:
        metrics = painter.fontMetrics()
        line = metrics.height()
        x = area.left() + 8
        y = top
        for level in (5, 4, 3, 2, 1, 0):
            text = self.severity_name(level)
            width = line + 6 + metrics.horizontalAdvance(text) + 18
            if x + width > area.right() - 8:
                x = area.left() + 8
                y += line + 4
            self._box(painter, QRectF(x, y + 2, line - 4, line - 4), level)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(x + line + 2, y, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width
        return y + line - top

    def _draw_axis(self, painter: QPainter, plot: QRectF, top_value: int) -> None:
        step = max(1, -(-top_value // 4))
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(QColor(190, 190, 190), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(plot.left() - 60, y - 10, 54, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
