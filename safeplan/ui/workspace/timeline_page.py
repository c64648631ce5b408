"""Timeline: every entry in time order, with the escalation chart above it (issue 3).

Each form of abuse has a colour *and* its name written in a labelled chip, so nothing depends on
telling colours apart (colour-blind readers, black-and-white printouts). Approximate dates are
shown as approximate — "around …" with her own words ("around New Year, old flat") — never as an
invented exact date (UX principle 6). The list is a lazy model: a journal with 100,000 messages
still opens with one page of rows. ``reminder_slot`` is where the plan's legal-date reminders can
be placed above the chart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.journal.journal import Entry
from safeplan.core.journal.search import Query
from safeplan.ui.plan.reminder_banner import ReminderBanner
from safeplan.ui.workspace.entry_list_model import ENTRY_ROLE, Column, EntryListModel, format_when
from safeplan.ui.workspace.entry_numbers import number_text, with_number
from safeplan.ui.workspace.escalation_chart import EscalationChart
from safeplan.ui.workspace.filter_bar import FilterBar, Words
from safeplan.ui.workspace.page_title import title_label

_Index = QModelIndex | QPersistentModelIndex
TIMELINE_KINDS = ("incident", "medical", "legal", "message")
TIME_FIELDS = {"incident": "occurred_at", "message": "sent_at", "medical": "visited_at",
               "legal": "starts_at"}
# Light fills (black text stays readable on each) — the written name carries the meaning.
CATEGORY_COLOURS = {
    "physical": "#f4a6a6", "psychological": "#c9b3e6", "economic": "#f7d58b",
    "sexual": "#f5a3c7", "stalking": "#9fd3e8", "threat": "#f6b98a", "property": "#c8d99a",
    "child": "#a9e0c4", "digital": "#b7c4f2", "other": "#d9d9d9"}


class _TimelineDelegate(QStyledItemDelegate):
    """Date and kind on the first line, title below, forms of abuse as labelled chips."""

    def __init__(self, page: TimelinePage) -> None:
        super().__init__(page)
        self._page = page

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(self._page.title_font(option.font)).height()
        return QSize(200, int(line * 3.4) + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, Entry):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("black"), 3 if selected else 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(rect)
        categories = [c for c in entry.content.get("categories") or [] if isinstance(c, str)]
        strip = QRectF(rect.left(), rect.top(), 10, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CATEGORY_COLOURS.get(categories[0], "#d9d9d9")) if categories
                         else QColor("#ffffff"))
        painter.drawRect(strip)
        date_text, kind_text, title, approximate = self._page.row_parts(entry)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        line = QFontMetrics(self._page.title_font(base)).height()
        x = rect.left() + 18
        top = rect.top() + 5
        painter.setPen(QColor("black"))
        # The permanent number at the right end of the first line ("No. 2026-0014",
        # "С1.0003"), where a column of them is easy to run an eye down; plain weight, dark
        # grey on white (8.9:1, well above 4.5:1), so the date stays what she reads first.
        base_metrics = QFontMetrics(base)
        number = self._page.number_text(entry)
        number_width = base_metrics.horizontalAdvance(number) + 16 if number else 0
        if number:
            painter.setFont(base)
            painter.setPen(QColor("#4a4a4a"))
            painter.drawText(QRectF(rect.right() - number_width - 4, top, number_width, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             number)
            painter.setPen(QColor("black"))
        room = rect.width() - 30 - number_width  # date and kind never run under the number
        date_font = QFont(bold)
        date_font.setItalic(approximate)
        painter.setFont(date_font)
        date_metrics = QFontMetrics(date_font)
        date_width = min(date_metrics.horizontalAdvance(date_text), int(room))
        painter.drawText(QRectF(x, top, room, line), Qt.AlignmentFlag.AlignVCenter,
                         date_metrics.elidedText(date_text, Qt.TextElideMode.ElideRight,
                                                 max(int(room), 0)))
        painter.setFont(base)
        kind_width = room - date_width - 16
        if kind_width > 0:
            painter.drawText(QRectF(x + date_width + 16, top, kind_width, line),
                             Qt.AlignmentFlag.AlignVCenter,
                             base_metrics.elidedText(kind_text, Qt.TextElideMode.ElideRight,
                                                     int(kind_width)))
        painter.setFont(self._page.title_font(base))
        metrics = QFontMetrics(self._page.title_font(base))
        painter.drawText(QRectF(x, top + line, rect.width() - 30, line),
                         Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                            int(rect.width() - 30)))
        painter.setFont(base)
        chip_x = x
        chip_metrics = QFontMetrics(base)
        for code in categories:
            name = self._page.words.category(code)
            width = chip_metrics.horizontalAdvance(name) + 16
            if chip_x + width > rect.right() - 8:
                break
            chip = QRectF(chip_x, top + 2 * line + 2, width, line - 2)
            painter.setPen(QPen(QColor("black"), 1))
            painter.setBrush(QColor(CATEGORY_COLOURS.get(code, "#d9d9d9")))
            painter.drawRoundedRect(chip, 6, 6)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            chip_x += width + 6
        painter.restore()


class TimelinePage(QWidget):
    """The escalation chart and every entry in time order."""

    open_requested = Signal(str, str)  # kind, uid — the workspace opens the right page

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_page")
        self._vault = vault
        self._dialogs = dialogs
        self.words = Words(self)
        self.title = title_label(self)
        self.reminder_slot = QVBoxLayout()  # legal-date reminders: due and ending soon
        self.reminders = ReminderBanner(vault)
        self.reminder_slot.addWidget(self.reminders)
        self.chart = EscalationChart()
        self._chart_head: str | None = None  # the journal state the chart was counted at
        self.filters = FilterBar(vault.journal)
        self.filters.query_changed.connect(self._apply_query)
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        self.kinds_label = QLabel()
        kinds_row.addWidget(self.kinds_label)
        for kind in TIMELINE_KINDS:
            box = QCheckBox()
            box.setObjectName(f"timeline_show_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._apply_query)
            self.kind_boxes[kind] = box
            kinds_row.addWidget(box)
        self.newest_first = QCheckBox()
        self.newest_first.setObjectName("timeline_newest_first")
        self.newest_first.toggled.connect(self._apply_query)
        kinds_row.addWidget(self.newest_first)
        kinds_row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("timeline_count")
        self.model = EntryListModel(vault.journal, Query(kinds=TIMELINE_KINDS),
                                    [Column("", self.accessible_text)], page_size=150)
        self.view = QListView()
        self.view.setObjectName("timeline_view")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_TimelineDelegate(self))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.reminder_slot)
        layout.addWidget(self.chart)
        layout.addWidget(self.filters)
        layout.addLayout(kinds_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()
        self.refresh()

    # --- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._vault is None:
            return
        # issue 17.5: counted in SQL, and only again when the journal changed (the chain head
        # moves with every save, edit and move to the trash)
        journal = self._vault.journal
        head = journal.chain_head()
        if head != self._chart_head:
            self.chart.set_counts(journal.incidents_per_month())
            self._chart_head = head
        self.reminders.refresh()
        self.filters.reload_people()
        self._apply_query()

    def save_drafts(self) -> None:
        """Nothing is typed on this page."""

    def clear_for_lock(self) -> None:
        self.model.clear()
        self.chart.clear()
        self._chart_head = None
        self.filters.clear_for_lock()
        self.count_label.clear()
        self.reminders.set_text("")  # after lock the banner finds the vault closed: stays empty
        self._vault = None

    # --- query -------------------------------------------------------------------------------
    def current_query(self) -> Query:
        kinds = tuple(k for k, box in self.kind_boxes.items() if box.isChecked())
        query = Query(kinds=kinds or ("none",), newest_first=self.newest_first.isChecked())
        return replace(self.filters.apply_to(query))

    def _apply_query(self) -> None:
        if self._vault is None:
            return
        self.model.set_query(self.current_query())
        self.count_label.setText(self.tr("%n entries", "", self.model.total))
        self.view.setAccessibleDescription(self.count_label.text())

    def _on_view_activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, Entry):
            self.open_requested.emit(entry.kind, entry.uid)

    # --- texts -------------------------------------------------------------------------------
    def title_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    def kind_name(self, kind: str) -> str:
        return {"incident": self.tr("Incident"), "message": self.tr("Message"),
                "medical": self.tr("Medical visit"), "legal": self.tr("Legal date")
                }.get(kind, kind)

    def row_parts(self, entry: Entry) -> tuple[str, str, str, bool]:
        """(date as remembered, kind and details, title, whether the date is approximate)."""
        c = entry.content
        approximate = c.get("precision") == "approximate"
        when = format_when(c.get(TIME_FIELDS.get(entry.kind, "")), c.get("precision"),
                           c.get("date_hint") or "")
        if approximate:
            when = "≈ " + when
        kind = self.kind_name(entry.kind)
        details = [kind]
        if entry.kind == "incident" and isinstance(c.get("severity"), int):
            details.append(self.words.severity(c.get("severity")))
        if entry.kind == "message":
            who = str(c.get("sender") or c.get("sender_id") or "")
            if who:
                details.append(self.tr("from {who}").format(who=who))
        if entry.kind == "medical" and c.get("sensitive"):
            details.append(self.tr("private"))
        title = str(c.get("title") or c.get("text") or c.get("facility") or c.get("reference")
                    or c.get("findings") or c.get("description") or "")
        title = " ".join(title.split()) or self.tr("(no title)")
        return when, " · ".join(details), title, approximate

    def number_text(self, entry: Entry) -> str:
        """The number the court PDF cites the entry by, as the row shows it ("" for none)."""
        return number_text(entry.ref)

    def accessible_text(self, entry: Entry) -> str:
        when, kind, title, approximate = self.row_parts(entry)
        forms = self.words.categories(entry.content.get("categories"))
        text = f"{when}. {kind}. {title}."
        if approximate:
            text = self.tr("Approximate date: {text}").format(text=text)
        if forms:
            text += " " + self.tr("Forms of abuse: {forms}.").format(forms=forms)
        return with_number(entry.ref, text)  # "Number 2026-0014. 12 Mar 2024 …"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Timeline"))
        self.kinds_label.setText(self.tr("Show:"))
        names = {"incident": self.tr("Incidents"), "message": self.tr("Messages"),
                 "medical": self.tr("Medical visits"), "legal": self.tr("Legal dates")}
        for kind, box in self.kind_boxes.items():
            box.setText(names[kind])
            box.setAccessibleName(self.tr("Show {what}").format(what=names[kind]))
        self.newest_first.setText(self.tr("Newest first"))
        self.newest_first.setAccessibleName(self.tr("Show the newest entries first"))
        self.view.setAccessibleName(self.tr("Timeline entries"))
        self.filters.retranslate_ui()  # the bar has no changeEvent of its own
        if self._vault is not None:
            self._apply_query()
