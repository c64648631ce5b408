"""How one message is drawn in the conversation view: a bubble with the sender and their number,
the words a little larger than the labels, and under them, small and grey, the message's permanent
number (С1.0003, as the PDF cites it), the original time and the channel — on their own line, so
the number never reads as part of her words (screen readers get "Message number С1.0003. From …"
from the model's accessible text). Incoming messages on the left, her own on the right. The texts
come from the page (:meth:`messages_page.MessagesPage.bubble_texts`), so the words stay in one
place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from safeplan.core.journal.journal import Entry
from safeplan.ui.workspace.entry_list_model import ENTRY_ROLE

if TYPE_CHECKING:  # the page creates its delegate; only the type is needed here
    from safeplan.ui.workspace.messages_page import MessagesPage

_Index = QModelIndex | QPersistentModelIndex


class BubbleDelegate(QStyledItemDelegate):
    """Incoming messages on the left in white, her own on the right in light grey."""

    def __init__(self, page: MessagesPage) -> None:
        super().__init__(page)
        self._page = page

    def _parts(self, entry: Entry) -> tuple[str, str, str]:
        return self._page.bubble_texts(entry)

    @staticmethod
    def body_font(base: QFont) -> QFont:
        """The message words a little larger than the labels around them (poor eyesight)."""
        font = QFont(base)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        return font

    def _width(self, option: QStyleOptionViewItem) -> int:
        return max(200, int(option.rect.width() * 0.72))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, Entry):
            return super().sizeHint(option, index)
        view_width = self._page.view.viewport().width()
        width = max(200, int(view_width * 0.72)) - 24
        head, body, foot = self._parts(entry)
        body_font = self.body_font(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        heights = [QFontMetrics(bold).boundingRect(0, 0, width, 10000, Qt.TextFlag.TextWordWrap,
                                                   head).height(),
                   QFontMetrics(body_font).boundingRect(0, 0, width, 100000,
                                                          Qt.TextFlag.TextWordWrap,
                                                          body).height(),
                   QFontMetrics(option.font).boundingRect(0, 0, width, 10000,
                                                          Qt.TextFlag.TextWordWrap,
                                                          foot).height()]
        return QSize(view_width, sum(heights) + 36)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, Entry):
            super().paint(painter, option, index)
            return
        painter.save()
        outgoing = entry.content.get("direction") == "outgoing"
        width = self._width(option)
        rect = QRectF(option.rect.adjusted(8, 4, -8, -6))
        bubble = QRectF(rect.right() - width if outgoing else rect.left(), rect.top(), width,
                        rect.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("black"), 3 if selected else 1.2))
        painter.setBrush(QColor(228, 228, 228) if outgoing else QColor("white"))
        painter.drawRoundedRect(bubble, 10, 10)
        head, body, foot = self._parts(entry)
        inner = bubble.adjusted(12, 8, -12, -8)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(QColor("black"))
        painter.setFont(bold)
        head_rect = painter.boundingRect(inner, Qt.TextFlag.TextWordWrap, head)
        painter.drawText(inner, Qt.TextFlag.TextWordWrap, head)
        painter.setFont(self.body_font(option.font))
        body_area = inner.adjusted(0, head_rect.height() + 4, 0, 0)
        body_rect = painter.boundingRect(body_area, Qt.TextFlag.TextWordWrap, body)
        painter.drawText(body_area, Qt.TextFlag.TextWordWrap, body)
        painter.setFont(option.font)
        painter.setPen(QColor(60, 60, 60))
        painter.drawText(body_area.adjusted(0, body_rect.height() + 4, 0, 0),
                         Qt.TextFlag.TextWordWrap, foot)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("black"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(2, 1, -2, -1))
        painter.restore()
