"""The workspace's frame: the navigation panel on the left (Quick note button, the list of
sections, the keys hint) and, on the right, the title and one scrolling holder per page; the
navigation keeps to its longest label but never more than a third of a small window.

No words and no pages here: :class:`workspace.WorkspaceWidget` builds the pages into the holders,
switches between them and gives every label its words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.workspace_pages import (
    EXTRA_PAGES,
    NAV_SCALE,
    PAGES,
    TITLE_SCALE,
    _FitLayout,
)


class WorkspaceLayout(QWidget):
    """The workspace's navigation and page holders (the base of :class:`WorkspaceWidget`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holders: dict[str, QWidget] = {}
        self._note_texts = ("+", "+")  # the Quick note button's long and short label
        self.nav = QListWidget()
        self.nav.setObjectName("workspace_nav")
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = QLabel()
        self.title.setObjectName("workspace_title")
        self.stack = QStackedWidget()
        self.stack.setObjectName("workspace_stack")
        for spec in (*PAGES, *EXTRA_PAGES):
            # Each page scrolls on its own when the window is small (2× scaling, large text):
            # the navigation and the shell's Exit stay where they are.
            holder = QScrollArea()
            holder.setObjectName(f"holder_{spec.key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            inner = QWidget()
            inner.setObjectName(f"inner_{spec.key}")
            _FitLayout(inner).setContentsMargins(0, 0, 0, 0)
            holder.setWidget(inner)
            self._holders[spec.key] = inner
            self.stack.addWidget(holder)
        for spec in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.note_button = QPushButton()
        self.note_button.setObjectName("workspace_quick_note")
        self.note_button.setMinimumHeight(40)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("workspace_keys_hint")
        self.keys_hint.setWordWrap(True)

        side = QWidget()
        side.setObjectName("workspace_side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self.note_button)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.keys_hint)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(16, 10, 16, 10)
        main_layout.addWidget(self.title)
        main_layout.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(main, 1)
        # Styled on the side panel only: a style sheet on the whole workspace would slow every
        # page's construction and stop font sizes passing down.
        side.setStyleSheet(
            "#workspace_side { background: palette(alternate-base);"
            " border-right: 1px solid palette(mid); }"
            " #workspace_nav { border: none; background: palette(alternate-base); }"
            " #workspace_nav::item { padding: 7px 12px; border-radius: 6px; }"
            " #workspace_nav::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            " #workspace_nav:focus { border: 3px solid palette(highlight); border-radius: 6px; }")
        self.setTabOrder(self.note_button, self.nav)
        self.setTabOrder(self.nav, self.stack)
        for widget, scale in ((self.nav, NAV_SCALE), (self.title, TITLE_SCALE),
                              (self.note_button, NAV_SCALE)):
            widget.setProperty("font_scale", scale)
        title_font = QFont()
        title_font.setBold(True)
        self.title.setFont(title_font)

    def _fit_nav(self) -> None:
        """The navigation is as wide as its longest label (Belarusian and Russian run long),
        but never more than a third of a small window (2× scaling): then labels wrap."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(row).text())
                      for row in range(self.nav.count())), default=0)
        # item padding (2 × 12) + frame and spacing + room for a scroll bar at large sizes
        full = max(200, widest + 24 + 16 + self.nav.frameWidth() * 2 + 14 + 6)
        cap = max(150, self.width() // 3) if self.width() > 0 else full
        width = min(full, cap)
        wrap = width < full
        if self.nav.wordWrap() != wrap:
            self.nav.setWordWrap(wrap)
            self.nav.setUniformItemSizes(not wrap)
        self.nav.setFixedWidth(width)
        self.note_button.setText(self._note_texts[0])
        if self.note_button.sizeHint().width() > width:
            self.note_button.setText(self._note_texts[1])  # its full name stays accessible
        self.note_button.setFixedWidth(width)
        self.keys_hint.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()
        # On a very small window (2× scaling on a laptop) the sections need the room; the keys
        # stay told in each section's tooltip and on the Quick note button's.
        self.keys_hint.setVisible(self.height() >= 16 * self.nav.fontMetrics().height())
