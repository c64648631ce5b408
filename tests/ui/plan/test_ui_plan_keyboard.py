"""The plan pages stay usable by keyboard and screen reader in every state (UX principle 10).

The whole-app tour (tests/accessibility) sees each plan tab once, as it first opens. These tests
put each page in the states the tour never reaches — a middle step of the plan, danger signs with
a saved check (the history table shows), a selected protection order (its 15/30-day buttons and
Move to trash show), a new directory entry, the draft-application tab with an outline, every
hand-over step — and apply the tour's own rules: every control has a name a screen reader can say,
Tab reaches every control, and Tab always gets out again (no keyboard trap). They also check the
hand-over wizard re-words every step after a language switch at run time (issue 8).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from safeplan.ui.plan.directory_page import DirectoryPage
from safeplan.ui.plan.guides_page import GuidesPage
from safeplan.ui.plan.handover_wizard import HandoverWizard
from safeplan.ui.plan.legal_page import LegalPage
from safeplan.ui.plan.risk_page import RiskPage
from safeplan.ui.plan.safety_plan_page import SafetyPlanPage
from tests.accessibility.test_names_and_keyboard import _tab_through
from tests.accessibility.widgets import accessible_name, controls, describe, is_tab_stop


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


def _problems(app: Any, page: QWidget) -> dict[str, list[str]]:
    """What the tour would report for this page as it is shown now."""
    page.activateWindow()
    _settle(app)
    found = controls(page)
    assert found, f"{type(page).__name__}: no controls found — is the page shown?"
    stops = [w for w in found if is_tab_stop(w)]
    reached, traps = _tab_through(app, page, stops)
    return {"unnamed": [describe(w) for w in found if not accessible_name(w)],
            "unreached": [describe(w) for w in stops if w not in reached],
            "traps": traps}


W = TypeVar("W", bound=QWidget)


def _show(qtbot: Any, page: W) -> W:
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    return page


def _plan_middle_step(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    page = _show(qtbot, SafetyPlanPage(vault, dialogs))
    page._show_step(3)  # Back and Save-and-go-on both enabled
    yield page


def _risk_with_history(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    page = _show(qtbot, RiskPage(vault, dialogs))
    next(iter(page.boxes.values())).setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.history.isVisible()
    yield page


def _legal_order_selected(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    page = _show(qtbot, LegalPage(vault, dialogs))
    yield page  # empty list, new-date form
    page.kind.setCurrentIndex(page.kind.findData("protection-order"))
    page.reference.setText("No. 12/2026")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not dialogs.errors, dialogs.errors
    page.table.selectRow(0)
    assert page.delete_button.isEnabled() and page.order_15.isVisible()
    yield page


def _directory_states(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    page = _show(qtbot, DirectoryPage(vault, dialogs))
    yield page
    page.show_hidden.setChecked(True)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    yield page


def _guides_draft(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    vault.journal.save("incident", {"occurred_at": "2024-03-12T21:05:00+03:00",
                                    "precision": "minute", "title": "Pushed me in the kitchen"})
    page = _show(qtbot, GuidesPage(vault, dialogs))
    yield page
    page.tabs.setCurrentIndex(1)
    page.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.save_button.isEnabled()
    yield page


def _handover_steps(qtbot: Any, vault: Any, dialogs: Any) -> Iterator[QWidget]:
    page = _show(qtbot, HandoverWizard(vault, dialogs, laptop_root=vault.path.parent.parent))
    for step in range(page.stack.count()):
        page.stack.setCurrentIndex(step)
        yield page


STATES: dict[str, Callable[[Any, Any, Any], Iterator[QWidget]]] = {
    "safety plan, middle step": _plan_middle_step,
    "danger signs with history": _risk_with_history,
    "legal dates, order selected": _legal_order_selected,
    "directory, new entry": _directory_states,
    "guides and draft outline": _guides_draft,
    "hand-over, every step": _handover_steps,
}


@pytest.mark.parametrize("state", list(STATES))
def test_every_plan_state_is_named_reachable_and_trap_free(qapp: Any, qtbot: Any, vault: Any,
                                                           dialogs: Any, state: str) -> None:
    seen = 0
    for index, page in enumerate(STATES[state](qtbot, vault, dialogs)):
        found = _problems(qapp, page)
        assert found == {"unnamed": [], "unreached": [], "traps": []}, (state, index, found)
        seen += 1
    assert seen >= 1


def test_handover_rewords_every_step_after_a_language_switch(qapp: Any, qtbot: Any, vault: Any,
                                                             dialogs: Any) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from safeplan.ui.i18n import LanguageSwitcher

    wizard = _show(qtbot, HandoverWizard(vault, dialogs, laptop_root=vault.path.parent.parent))

    def texts() -> list[str]:
        shown = [w.text() for w in wizard.findChildren(QLabel) + wizard.findChildren(QPushButton)]
        return [t for t in shown if t.strip()]

    english = texts()
    assert "Hand-over to the owner's USB stick" in english and "5. Done" in english
    # Pages of earlier tests (their vaults locked) are closed but wait for a deferred delete
    # that a test never returns to the event loop for; let them go as the running app would.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("ru")
        _settle(qapp)
        russian = texts()
        assert len(russian) == len(english)
        unchanged = [t for t in english if t in russian]
        assert not unchanged, f"still in English after the switch: {unchanged}"
        assert wizard.passphrase.accessibleName() != "Passphrase"
        switcher.switch("en")
        _settle(qapp)
        assert texts() == english
    finally:
        switcher.uninstall()
        _settle(qapp)
