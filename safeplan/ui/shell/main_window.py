"""The one top-level window: decoy, unlock, first run and the journal share it.

Threat A1: the window title, icon and taskbar entry stay those of the decoy ("Calculator" or
"Notes") whatever is shown inside, so a glance at the taskbar or a window list reveals nothing;
the real name appears only inside the opened journal. One window (rather than one per screen)
means quick exit swaps the page and repaints at once — no window-manager round trip — and focus
stays where the keyboard is, which matters on a bare X server with no window manager.

The always-visible Exit button sits in a bar above every non-decoy page (UX principle 2).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

DECOY_SIZE = QSize(380, 520)
FULL_SIZE = QSize(1280, 820)


def neutral_icon() -> QIcon:
    """A plain calculator glyph drawn at run time (no asset that could be named or searched)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#5f6b7a"))
        radius = size * 0.1
        body = QRectF(size * 0.1, size * 0.04, size * 0.8, size * 0.92)
        painter.drawRoundedRect(body, radius, radius)
        painter.setBrush(QColor("#d8e3ea"))
        painter.drawRect(int(size * 0.2), int(size * 0.12), int(size * 0.6), int(size * 0.2))
        painter.setBrush(QColor("#f2f4f6"))
        step = size * 0.2
        for row in range(3):
            for column in range(3):
                x = size * 0.2 + column * step
                y = size * 0.42 + row * step
                painter.drawRect(int(x), int(y), int(step * 0.7), int(step * 0.7))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ShellWindow(QMainWindow):
    """Pages in a stack; signals for the session: exit, lock, minimise, close."""

    exit_clicked = Signal()
    lock_clicked = Signal()
    privacy_clicked = Signal()
    minimised = Signal()
    close_requested = Signal()

    def __init__(self, decoy: QWidget, unlock: QWidget, decoy_kind: str = "calculator") -> None:
        super().__init__()
        self.setObjectName("shell_window")
        self.setWindowIcon(neutral_icon())
        self.decoy_kind = decoy_kind
        self.stack = QStackedWidget()
        self.stack.setObjectName("shell_stack")
        self.decoy = decoy
        self.unlock = unlock
        self.stack.addWidget(decoy)
        self.stack.addWidget(unlock)

        self.bar = QWidget()
        self.bar.setObjectName("shell_bar")
        self.name_label = QLabel()
        self.name_label.setObjectName("shell_name")
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        self.name_label.setFont(name_font)
        self.privacy_button = QPushButton()
        self.privacy_button.setObjectName("shell_privacy")
        self.privacy_button.clicked.connect(self.privacy_clicked)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("shell_lock")
        self.lock_button.clicked.connect(self.lock_clicked)
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("shell_exit")
        self.exit_button.clicked.connect(self.exit_clicked)
        self.exit_button.setMinimumHeight(36)
        self.exit_button.setStyleSheet(
            "QPushButton { background: #8a1c1c; color: white; font-weight: bold; "
            "padding: 4px 18px; border-radius: 4px; }"
            "QPushButton:focus { border: 3px solid #f6d32d; }"
        )
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.setContentsMargins(12, 6, 12, 6)
        bar_layout.addWidget(self.name_label)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.privacy_button)
        bar_layout.addWidget(self.lock_button)
        bar_layout.addWidget(self.exit_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._journal_open = False
        self.retranslate_ui()
        self.show_decoy()

    # --- pages -----------------------------------------------------------------------------
    def add_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)

    def remove_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) >= 0:
            self.stack.removeWidget(page)

    def replace_decoy(self, decoy: QWidget, kind: str) -> None:
        """Switch between calculator and notes (a setting); keeps the decoy page current."""
        showing = self.stack.currentWidget() is self.decoy
        index = self.stack.indexOf(self.decoy)
        self.stack.removeWidget(self.decoy)
        self.decoy.deleteLater()
        self.decoy = decoy
        self.decoy_kind = kind
        self.stack.insertWidget(index, decoy)
        self.retranslate_ui()
        if showing:
            self.show_decoy()

    def show_decoy(self) -> None:
        """The neutral screen. Fast path for quick exit: no layout work beyond the swap."""
        self._journal_open = False
        self.bar.hide()
        self.stack.setCurrentWidget(self.decoy)
        self.setMinimumSize(QSize(280, 360))
        if self.isVisible() and not self.isMaximized():
            self.resize(DECOY_SIZE)
        self.decoy.setFocus()

    def show_page(self, page: QWidget, *, journal_open: bool = False) -> None:
        """Unlock, first run or the journal: the bar with Exit is shown above them."""
        self.add_page(page)
        self._journal_open = journal_open
        self.name_label.setVisible(journal_open)
        self.privacy_button.setVisible(journal_open)
        self.lock_button.setVisible(journal_open)
        self.bar.show()
        self.stack.setCurrentWidget(page)
        self.setMinimumSize(QSize(640, 480))
        self.resize(self._full_size())
        page.setFocus()

    def showing(self) -> QWidget | None:
        return self.stack.currentWidget()

    @staticmethod
    def _full_size() -> QSize:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return FULL_SIZE
        available = screen.availableSize()
        return QSize(
            min(FULL_SIZE.width(), available.width() - 40),
            min(FULL_SIZE.height(), available.height() - 60),
        )

    # --- Qt overrides ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The session saves drafts and locks before the process ends; never a prompt.
        self.close_requested.emit()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        # Neutral title in every state and language (threat A1).
        title = self.tr("Notes") if self.decoy_kind == "notes" else self.tr("Calculator")
        self.setWindowTitle(title)
        self.name_label.setText("SafePlan")
        self.privacy_button.setText(self.tr("&Privacy"))
        self.privacy_button.setAccessibleName(self.tr("Privacy and locking settings"))
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.exit_button.setText(self.tr("E&xit"))
        self.exit_button.setAccessibleName(self.tr("Exit now"))
        self.exit_button.setToolTip(self.tr("Hide everything at once (or press Shift three times)"))
