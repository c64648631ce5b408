"""The workspace's pages: which exist, in what order, how one is built, and their holders.

Split out of workspace.py (one module per job): the list of pages (the navigation's order and the
pages reached by a button), importing a page by class name when its module exists, the calm
stand-in while it does not, and the layout that lets a page scroll only below its minimum.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
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
    # Help in the open, not hidden as tabs inside the plan (issue 15).
    PageSpec("plan", "safeplan.ui.plan.safety_plan_page", "SafetyPlanPage"),
    PageSpec("directory", "safeplan.ui.plan.directory_page", "DirectoryPage"),
    PageSpec("risk", "safeplan.ui.plan.risk_page", "RiskPage"),
    PageSpec("legal", "safeplan.ui.plan.legal_page", "LegalPage"),
    PageSpec("guides", "safeplan.ui.plan.guides_page", "GuidesPage"),
    PageSpec("handover", "safeplan.ui.plan.handover_wizard", "HandoverWizard"),
    PageSpec("export", "safeplan.ui.workspace.export_page", "ExportPage"),
    PageSpec("import", "safeplan.ui.workspace.import_page", "ImportPage"),
    PageSpec("settings", "safeplan.ui.workspace.settings_page", "SettingsPage"),
    PageSpec("trash", "safeplan.ui.workspace.trash_page", "TrashPage"),
)
# Pages reached by a button, not by the navigation list.
EXTRA_PAGES: tuple[PageSpec, ...] = (
    PageSpec("quick_note", "safeplan.ui.workspace.quick_note", "QuickNotePage"),
    PageSpec("guided", "safeplan.ui.workspace.guided_entry", "GuidedEntryPage"),
)
START_PAGE = "incidents"
# Pages by the other engineers carry their own heading; ours use the workspace title.
TITLED_PAGES = {"incidents", "people", "trash"}


def page_class(spec: PageSpec) -> PageFactory:
    """The page class, imported when the page is first opened (keeps the unlock fast). A page
    module that is missing or renamed is an error, never a quiet "not ready" page: the
    workspace test builds every page."""
    factory: PageFactory = getattr(importlib.import_module(spec.module), spec.cls)
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


class _FitLayout(QVBoxLayout):
    """A page's holder layout that reports its page's *minimum* height for a width, not the
    preferred one: the scroll area then gives a page the visible height and scrolls only when
    even the minimum does not fit, so "Save and next" stays on screen instead of sliding under
    the fold, and wrapped text is never squeezed."""

    def heightForWidth(self, width: int) -> int:
        item = self.itemAt(0)
        page = item.widget() if item is not None else None
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        # Nested frames round their wrapped text's height down a little: a line of slack.
        slack = page.fontMetrics().lineSpacing()
        return max(layout.minimumHeightForWidth(width) + slack, page.minimumSizeHint().height())
