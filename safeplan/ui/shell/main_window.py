"""The one top-level window: decoy, unlock, first run and the journal share it.

Threat A1: the window title, icon and taskbar entry stay those of the decoy ("Calculator" or
"Notes") whatever is shown inside, so a glance at the taskbar or a window list reveals nothing;
the real name appears only inside the opened journal. One window (rather than one per screen)
means quick exit swaps the page and repaints at once — no window-manager round trip — and focus
stays where the keyboard is, which matters on a bare X server with no window manager.

The always-visible Exit button sits in a bar above every non-decoy page (UX principle 2): its
widgets in shell_bar.py; the window's size and place on the screen in window_geometry.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.qt_values import NO_FOCUS, set_enum_property
from safeplan.ui.shell.window_geometry import (
    DECOY_SIZE,
    available_geometry,
    fit_decoy,
    fit_to_screen,
)

if TYPE_CHECKING:
    from safeplan.ui.shell.after_start import EnterClicksButtons
    from safeplan.ui.shell.shell_bar import ShellBar

class ShellWindow(QWidget):
    """Pages in a stack; signals for the session: exit, lock, minimise, close.

    A plain top-level QWidget, not a QMainWindow (issue 17.2): the main window lays out its
    central widget through a (zero-length) geometry animation, which starts Qt's animation
    timer on the first show — and that private object, passing the application's Python event
    filters, made PySide build every QtCore type before the calculator was on screen. There
    are no menus, tool bars or docks here to need a main window."""

    exit_clicked = Signal()
    lock_clicked = Signal()
    privacy_clicked = Signal()
    minimised = Signal()
    close_requested = Signal()
    #: The decoy's first frame is on screen (or another page is about to show): what waited
    #: for it may come now (complete_start; the composition root's application-wide filters).
    start_completed = Signal()

    def __init__(self, make_decoy: Callable[[str, QWidget], QWidget],
                 decoy_kind: str = "calculator") -> None:
        """``make_decoy(kind, parent)`` builds the decoy (safeplan/ui/shell/pages.py)."""
        super().__init__()
        self.setObjectName("shell_window")
        self.decoy_kind = decoy_kind
        self._decoy_geometry: QRect | None = None
        self._header_scale = 1.0
        self._shift_presses = 0
        # Whatever a screen needs, the window never outgrows the screen: the page scrolls,
        # the bar with Exit stays (issue 15: at 2× scaling Exit went off the screen).
        self.scroller = QScrollArea()
        self.scroller.setObjectName("shell_scroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.scroller, "focusPolicy", NO_FOCUS)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.scroller, 1)
        self.stack = QStackedWidget()
        self.stack.setObjectName("shell_stack")
        self.scroller.setWidget(self.stack)
        # The decoy is built in its place, not built alone and then moved in: moving a
        # finished calculator into the window re-resolved the fonts, palette and style of
        # all its 22 widgets, ~2 ms of its start (issue 17.2).
        self.decoy = make_decoy(decoy_kind, self.stack)
        self.stack.addWidget(self.decoy)
        # The bar with Exit is built with the first page that shows it (show_page): the decoy
        # never shows it, and its five controls, two style sheets and their polish are ~2 ms
        # of the calculator's start (issue 17.2). Until then there is nothing in it to hide.
        self._bar: ShellBar | None = None
        self._journal_open = False
        self._enter_clicks: EnterClicksButtons | None = None
        # The 3-px focus outline (a proxy style) and the drawn icon come after the first frame:
        # the calculator has no focus rings to draw, building the style (QStyle's enum types, a
        # re-polish) is ~6 ms of the decoy's start, and drawing the icon builds PySide's whole
        # ``Qt`` namespace, ~15 ms (issue 17.2; safeplan/ui/qt_values.py). Every other page gets
        # them before it is shown (show_page), so no control there ever lacks its outline.
        self._first_frame_due = True
        self.retranslate_ui()
        self.show_decoy()

    @property
    def enter_clicks(self) -> EnterClicksButtons:
        """Enter presses the focused button: a filter the composition root (app.py) installs
        on the application with the first frame; built then (after_start.py)."""
        if self._enter_clicks is None:
            from safeplan.ui.shell.after_start import EnterClicksButtons

            self._enter_clicks = EnterClicksButtons(self)
        return self._enter_clicks

    # --- the bar above every page but the decoy ---------------------------------------------
    @property
    def bar_built(self) -> bool:
        return self._bar is not None

    @property
    def bar(self) -> ShellBar:
        """The bar (built on first use, see __init__)."""
        return self._ensure_bar()

    def _ensure_bar(self) -> ShellBar:
        if self._bar is None:
            from safeplan.ui.shell.shell_bar import ShellBar

            bar = ShellBar(self)
            bar.hide()
            bar.privacy_button.clicked.connect(self.privacy_clicked)
            bar.lock_button.clicked.connect(self.lock_clicked)
            # On the press, not the release (issue 17.3): the journal is gone while the button
            # is still going down; a click's press-to-release alone is ~100 ms of a hand.
            bar.exit_button.pressed.connect(self.exit_clicked)
            self._layout.insertWidget(0, bar)
            # Qt puts a new child last in the window's focus chain, after the pages; Tab (from
            # the last control of a first-run page, say) must wrap to Exit as it did when the
            # bar came first, so the page area joins the window again, after the bar. Once,
            # before the first page other than the decoy is shown.
            visible = self.scroller.isVisibleTo(self)
            self._layout.removeWidget(self.scroller)
            self.scroller.setParent(None)
            self._layout.addWidget(self.scroller, 1)
            self.scroller.setVisible(visible)
            self._bar = bar
            self._apply_header_scale()
            self._retranslate_bar()
        return self._bar

    @property
    def name_label(self) -> QLabel:
        return self.bar.name_label

    @property
    def shift_hint(self) -> QLabel:
        return self.bar.shift_hint

    @property
    def privacy_button(self) -> QPushButton:
        return self.bar.privacy_button

    @property
    def lock_button(self) -> QPushButton:
        return self.bar.lock_button

    @property
    def exit_button(self) -> QPushButton:
        return self.bar.exit_button

    # --- pages -----------------------------------------------------------------------------
    def add_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            # The bar first: Qt's focus chain follows the order widgets join the window, and
            # Exit must come before every page's own controls (_put_exit_first).
            self._ensure_bar()
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
        """The neutral screen. Fast path for quick exit: no layout work beyond the swap; the
        calculator comes back at the size and place it had (a changed one is a tell)."""
        self._journal_open = False
        if self._bar is not None:
            self._bar.hide()
        self.show_shift_presses(0)
        self.stack.setCurrentWidget(self.decoy)
        self.setMinimumSize(QSize(280, 360))
        if self.isVisible():
            if self.isMaximized() and self._decoy_geometry is not None:
                self.showNormal()
            if not self.isMaximized():
                if self._decoy_geometry is not None:
                    self.setGeometry(self._decoy_geometry)
                else:
                    fit_decoy(self, DECOY_SIZE)
        self.set_header_scale(1.0)
        self.decoy.setFocus()

    def show_page(self, page: QWidget, *, journal_open: bool = False) -> None:
        """Unlock, first run or the journal: the bar with Exit is shown above them."""
        self.complete_start()
        if self.stack.currentWidget() is self.decoy and self.isVisible() and not self.isMaximized():
            self._decoy_geometry = QRect(self.geometry())
        self.add_page(page)
        self._journal_open = journal_open
        self.name_label.setVisible(journal_open)
        self.privacy_button.setVisible(journal_open)
        self.lock_button.setVisible(journal_open)
        self.bar.show()
        self.stack.setCurrentWidget(page)
        fit_to_screen(self)
        self._put_exit_first()
        page.setFocus()

    def showing(self) -> QWidget | None:
        return self.stack.currentWidget()

    def available_geometry(self) -> QRect:
        return available_geometry(self)

    @property
    def start_complete(self) -> bool:
        """complete_start has run (start_completed was emitted)."""
        return not self._first_frame_due

    def complete_start(self) -> None:
        """What waited for the first frame, once (later calls do nothing): start_completed,
        then the neutral icon (window and application) and the application-wide focus outline."""
        if not self._first_frame_due:
            return
        self._first_frame_due = False
        self.start_completed.emit()
        from safeplan.ui.shell.after_start import neutral_icon

        icon = neutral_icon()
        self.setWindowIcon(icon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from safeplan.ui.shell.focus_style import install_focus_style

            app.setWindowIcon(icon)  # dialogs too
            install_focus_style(app)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A top-level window paints itself (and its children) on an update request; the
        # calculator's children cover it, so its own paintEvent may never come.
        if getattr(self, "_first_frame_due", False) and (
                event.type() == QEvent.Type.UpdateRequest):
            # After this frame is on screen, not within it.
            QTimer.singleShot(0, self, self.complete_start)
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The frame is known only once shown: fit again (the decoy too, on a tiny screen).
        if self.stack.currentWidget() is not self.decoy:
            fit_to_screen(self)
        elif not self.isMaximized():
            fit_decoy(self, self.size())

    def _put_exit_first(self) -> None:
        """Exit, then Lock and Privacy, are the first Tab stops of every screen (GOV.UK puts
        "Exit this page" first); the page's own controls follow in their order."""
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 100_000:
            if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        if not chain or chain[0] is self.exit_button:
            return
        bar = (self.exit_button, self.lock_button, self.privacy_button)
        rest = [w for w in chain if w not in bar]
        QWidget.setTabOrder(self.exit_button, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.privacy_button)
        previous: QWidget = self.privacy_button
        for widget in rest:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def set_header_scale(self, scale: float) -> None:
        """Easy reading enlarges the bar too (its Exit button above all)."""
        if scale == self._header_scale and self._bar is None:
            return
        self._header_scale = scale
        self._apply_header_scale()

    def _apply_header_scale(self) -> None:
        if self._bar is not None:
            self._bar.apply_scale(self._header_scale)

    @property
    def header_scale(self) -> float:
        return self._header_scale

    def show_shift_presses(self, presses: int) -> None:
        """Quick-exit feedback: after the first and second Shift, how many presses are left."""
        self._shift_presses = presses
        bar = self._bar
        if bar is None:
            return  # no bar yet: the decoy shows no count (below, only a shown bar does)
        if presses <= 0 or not bar.isVisible():
            bar.shift_hint.hide()
            return
        self._retranslate_shift_hint()
        self.shift_hint.show()

    def _retranslate_shift_hint(self) -> None:
        left = max(0, 3 - self._shift_presses)
        text = self.tr("Shift: press %n more time(s) to exit", "", left)
        self.shift_hint.setText(text)
        self.shift_hint.setAccessibleName(text)

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
        if self._bar is not None:
            self._retranslate_bar()

    def _retranslate_bar(self) -> None:
        self.name_label.setText("SafePlan")
        self.privacy_button.setText(self.tr("&Privacy"))
        self.privacy_button.setAccessibleName(self.tr("Privacy and locking settings"))
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.exit_button.setText(self.tr("E&xit"))
        self.exit_button.setAccessibleName(self.tr("Exit now"))
        self.exit_button.setToolTip(self.tr("Hide everything at once (or press Shift three times)"))
        if self._shift_presses:
            self._retranslate_shift_hint()
