"""The opened journal: big, plain navigation on the left, the chosen page on the right.

Issue 3 and UX principles 4 and 10. Pages are built the first time they are shown (not all at
unlock), so the first list appears quickly after the KDF even in a very large journal. Pages by
other engineers are imported by class name when their module exists; until then a calm "not
ready yet" page stands in. Every page offers ``refresh()``, ``save_drafts()`` and
``clear_for_lock()``; the workspace fans these out (lock and quick exit: drafts first, then every
form and model is cleared and every dialog of ours closed — requirement 7).

Easy reading (``vault.get_setting("easy_reading")``) scales the system font size (which is
respected as the base, never replaced by a fixed size).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

EASY_READING_SCALE = 1.25
NAV_SCALE = 1.3
TITLE_SCALE = 1.5
PageFactory = Callable[[Any, Any, QWidget | None], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("timeline", "safeplan.ui.workspace.timeline_page", "TimelinePage"),
    PageSpec("incidents", "safeplan.ui.workspace.incidents_page", "IncidentsPage"),
    PageSpec("messages", "safeplan.ui.workspace.messages_page", "MessagesPage"),
    PageSpec("medical", "safeplan.ui.workspace.medical_page", "MedicalPage"),
    PageSpec("people", "safeplan.ui.workspace.people_page", "PeoplePage"),
    PageSpec("plan", "", ""),  # the tabs below
    PageSpec("export", "safeplan.ui.workspace.export_page", "ExportPage"),
    PageSpec("import", "safeplan.ui.workspace.import_page", "ImportPage"),
    PageSpec("settings", "safeplan.ui.workspace.settings_page", "SettingsPage"),
    PageSpec("trash", "safeplan.ui.workspace.trash_page", "TrashPage"),
)
PLAN_TABS: tuple[PageSpec, ...] = (
    PageSpec("safety_plan", "safeplan.ui.plan.safety_plan_page", "SafetyPlanPage"),
    PageSpec("risk", "safeplan.ui.plan.risk_page", "RiskPage"),
    PageSpec("legal", "safeplan.ui.plan.legal_page", "LegalPage"),
    PageSpec("directory", "safeplan.ui.plan.directory_page", "DirectoryPage"),
    PageSpec("guides", "safeplan.ui.plan.guides_page", "GuidesPage"),
    PageSpec("handover", "safeplan.ui.plan.handover_wizard", "HandoverWizard"),
)
START_PAGE = "incidents"
# Pages by the other engineers carry their own heading; ours use the workspace title.
TITLED_PAGES = {"incidents", "people", "trash"}


def page_class(spec: PageSpec) -> PageFactory | None:
    """The page class when its module is installed; None while it is still being written."""
    try:
        module = importlib.import_module(spec.module)
    except ImportError as exc:
        if exc.name and spec.module.startswith(exc.name):
            return None  # this page's module does not exist yet
        raise
    factory: PageFactory | None = getattr(module, spec.cls, None)
    return factory


def call_page(page: QWidget, method: str) -> None:
    """Call refresh/save_drafts/clear_for_lock when the page has it; one page's failure must
    never stop a lock."""
    function = getattr(page, method, None)
    if function is None:
        return
    try:
        function()
    except Exception as exc:
        log.error("page %s.%s failed: %s", type(page).__name__, method, type(exc).__name__)


class NotReadyPage(QWidget):
    """Stands in for a page whose module is not installed yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("not_ready_page")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("This part is not ready yet. Everything else works."))


class PlanArea(QTabWidget):
    """Safety plan, danger signs, legal dates, help directory, guides, hand-over as tabs."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_area")
        self.setDocumentMode(True)
        self.pages: list[QWidget] = []
        self._keys: list[str] = []
        for spec in PLAN_TABS:
            factory = page_class(spec)
            page = factory(vault, dialogs, None) if factory else NotReadyPage()
            self.pages.append(page)
            self._keys.append(spec.key)
            self.addTab(page, "")
        self.retranslate_ui()

    def page(self, key: str) -> QWidget | None:
        return self.pages[self._keys.index(key)] if key in self._keys else None

    def refresh(self) -> None:
        call_page(self.currentWidget(), "refresh")

    def save_drafts(self) -> None:
        for page in self.pages:
            call_page(page, "save_drafts")

    def clear_for_lock(self) -> None:
        for page in self.pages:
            call_page(page, "clear_for_lock")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {"safety_plan": self.tr("My safety plan"), "risk": self.tr("Danger signs"),
                 "legal": self.tr("Court and police dates"), "directory": self.tr("Where to get help"),
                 "guides": self.tr("Guides"), "handover": self.tr("Volunteer hand-over")}
        for index, key in enumerate(self._keys):
            self.setTabText(index, names[key])


class WorkspaceWidget(QWidget):
    """Navigation + pages. ``lock_requested`` asks the shell to lock (pages may ask; the Lock
    and Exit buttons themselves live in the shell's bar, always visible above the workspace)."""

    lock_requested = Signal()
    handover_finished = Signal()
    language_requested = Signal(str)  # the settings page's "language of the app" (shell applies)

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._vault = vault
        self._dialogs = dialogs
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._easy_reading = False

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
        for spec in PAGES:
            holder = QWidget()
            holder.setObjectName(f"holder_{spec.key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[spec.key] = holder
            self.stack.addWidget(holder)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_currentRowChanged)
        for number in range(1, min(len(PAGES), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))

        side = QWidget()
        side.setObjectName("workspace_side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self.nav, 1)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        # Extra right margin: the shell's always-visible Exit button sits at the top right.
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
            " #workspace_nav { border: none; background: transparent; }"
            " #workspace_nav::item { padding: 9px 12px; border-radius: 6px; }"
            " #workspace_nav::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.setTabOrder(self.nav, self.stack)
        for widget, scale in ((self.nav, NAV_SCALE), (self.title, TITLE_SCALE)):
            widget.setProperty("font_scale", scale)
        title_font = QFont()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self._remember_ratios(self)
        self.apply_easy_reading(bool(vault.get_setting("easy_reading", False)))
        self.retranslate_ui()
        self.show_page(START_PAGE)

    # --- public API -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            self._pages[key] = self._build_page(key)
        return self._pages[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in PAGES]
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # _on_nav_currentRowChanged builds and refreshes it
        return self.page(key)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)].key

    def save_drafts(self) -> None:
        for page in self._pages.values():
            call_page(page, "save_drafts")

    def clear_for_lock(self) -> None:
        """Forget everything shown: drafts are saved by the caller first (save_drafts)."""
        for page in self._pages.values():
            call_page(page, "clear_for_lock")
        self._vault = None
        self.title.clear()

    def apply_easy_reading(self, on: bool) -> None:
        """Larger text everywhere in the workspace (system size × 1.25) and bigger nav labels."""
        self._easy_reading = on
        self._apply_fonts(self)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The navigation is as wide as its longest label (Belarusian and Russian run long)."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(row).text())
                      for row in range(self.nav.count())), default=0)
        # item padding (2 × 12) + frame and spacing + room for a scroll bar at large sizes
        self.nav.setFixedWidth(max(200, widest + 24 + 16 + self.nav.frameWidth() * 2 + 14))

    def _base_size(self) -> float:
        size = QGuiApplication.font().pointSizeF()
        return size * (EASY_READING_SCALE if self._easy_reading else 1.0)

    @staticmethod
    def _remember_ratios(root: QWidget) -> None:
        """Note each widget's size relative to the system font before the workspace's sizes
        reach it. Explicit per-widget fonts are needed because Qt does not pass a parent's font
        down through widgets that carry a style sheet; the ratio keeps every page's own
        headings larger than its text."""
        system = QGuiApplication.font().pointSizeF()
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.property("font_ratio") is not None:
                continue
            scale = widget.property("font_scale")
            size = widget.font().pointSizeF()
            if isinstance(scale, (int, float)):
                ratio = float(scale)
            else:
                ratio = size / system if size > 0 and system > 0 else 1.0
            widget.setProperty("font_ratio", ratio)

    def _apply_fonts(self, root: QWidget) -> None:
        base = self._base_size()
        if base <= 0:
            return  # pixel-sized system font: leave sizes to the system
        for widget in [root, *root.findChildren(QWidget)]:
            ratio = widget.property("font_ratio")
            if not isinstance(ratio, float):
                continue
            font = QFont(widget.font())
            font.setPointSizeF(base * ratio)
            widget.setFont(font)

    @property
    def easy_reading(self) -> bool:
        return self._easy_reading

    # --- internals --------------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        holder = self._holders[key]
        page: QWidget
        if key == "plan":
            page = PlanArea(self._vault, self._dialogs)
            handover = page.page("handover")
            signal = getattr(handover, "handover_finished", None)
            if signal is not None:
                signal.connect(self.handover_finished)
        else:
            spec = next(s for s in PAGES if s.key == key)
            factory = page_class(spec)
            page = factory(self._vault, self._dialogs, None) if factory else NotReadyPage()
        lock_signal = getattr(page, "lock_requested", None)
        if lock_signal is not None:
            lock_signal.connect(self.lock_requested)
        language_signal = getattr(page, "app_language_chosen", None)
        if language_signal is not None:
            language_signal.connect(self.language_requested)
        layout = holder.layout()
        assert layout is not None
        self._remember_ratios(page)
        layout.addWidget(page)
        self._apply_fonts(page)
        built = getattr(page, "editor_built", None)
        if built is not None:
            built.connect(self._on_page_editor_built)
        if key == "people":
            page.open_requested.connect(self._on_open_requested)  # type: ignore[attr-defined]
        return page

    def _on_nav_currentRowChanged(self, row: int) -> None:
        if not 0 <= row < len(PAGES) or self._vault is None:
            return
        key = PAGES[row].key
        fresh = key not in self._pages
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        item = self.nav.item(row)
        self.title.setText(item.text())
        self.title.setVisible(key in TITLED_PAGES or isinstance(page, NotReadyPage))
        easy = bool(self._vault.get_setting("easy_reading", False))
        if easy != self._easy_reading:
            self.apply_easy_reading(easy)
        if not fresh:
            call_page(page, "refresh")

    def _on_page_editor_built(self, editor: QWidget) -> None:
        self._remember_ratios(editor)
        self._apply_fonts(editor)

    def _on_open_requested(self, kind: str, uid: str) -> None:
        if kind == "incident":
            page = self.show_page("incidents")
            page.open_incident(uid)  # type: ignore[attr-defined]
        elif kind == "message":
            page = self.show_page("messages")
            show = getattr(page, "show_entry", None)
            if show is not None:
                show(uid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {
            "timeline": self.tr("Timeline"), "incidents": self.tr("Incidents"),
            "messages": self.tr("Messages"), "medical": self.tr("Medical"),
            "people": self.tr("People"), "plan": self.tr("Safety plan"),
            "export": self.tr("Export for court"), "import": self.tr("Import messages"),
            "settings": self.tr("Settings"), "trash": self.tr("Trash"),
        }
        for row, spec in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(names[spec.key])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, names[spec.key])
            item.setToolTip(self.tr("Ctrl+{n}").format(n=row + 1) if row < 9 else "")
        self.nav.setAccessibleName(self.tr("Sections of your journal"))
        self._fit_nav()
        current = self.nav.currentItem()
        if current is not None:
            self.title.setText(current.text())
