"""Screen readers and keyboard on every screen (UX principle 10, issue 8 "Accessibility").

Walks every screen that exists (first run, decoys, unlock, every workspace page, every plan tab,
the incident editor — see screens.py) in the real shell and fails when:
- an interactive control has no accessible name (what a screen reader would announce is empty);
- pressing Tab from the first control does not reach every control, or a control swallows Tab
  and Ctrl+Tab (a keyboard trap) — on journal screens this includes the Exit button;
- Shift pressed three times, from the focused control of any screen, does not leave to the decoy
  and lock the journal (quick exit from the keyboard, UX principle 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.accessibility.known_issues import unexpected
from tests.accessibility.screens import (
    Screen,
    all_screens,
    open_journal,
    prepare_journal_folder,
    settle,
    workspace_keys,
)
from tests.accessibility.widgets import accessible_name, controls, describe, is_tab_stop


@pytest.fixture(scope="module")
def tour(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict[str, Any]]]:
    """Walk every screen once and note what the checks need (the tour tears itself down)."""
    scratch = tmp_path_factory.mktemp("tour")
    notes: list[tuple[str, dict[str, Any]]] = []
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(scratch / "home" / name.lower()))
        for screen in all_screens(qapp, scratch):
            notes.append((screen.name, _inspect(qapp, screen)))
    return notes


def _inspect(app: Any, screen: Screen) -> dict[str, Any]:
    window = screen.window
    window.activateWindow()
    settle(app)
    found = controls(window)
    unnamed = [describe(w) for w in found if not accessible_name(w)]
    stops = [w for w in found if is_tab_stop(w)]
    reached, traps = _tab_through(app, window, stops)
    return {
        "controls": len(found),
        "unnamed": unnamed,
        "stops": len(stops),
        "unreached": [describe(w) for w in stops if w not in reached],
        "traps": traps,
        "exit_reached": any(w.objectName() == "shell_exit" for w in reached),
        "exit_visible": any(w.objectName() == "shell_exit" for w in stops),
    }


def _tab_through(app: Any, window: QWidget, stops: list[QWidget]) -> tuple[set[QWidget], list[str]]:
    """Press Tab until focus comes round again; note controls Tab cannot leave (traps).

    Only Tab: Ctrl+Tab is no way out, because inside a tab widget (the plan pages) it switches
    tabs. A text area must let Tab move on (``setTabChangesFocus(True)``), a table must not
    cycle its cells with Tab (``setTabKeyNavigation(False)``), and a date field must not show
    ``specialValueText`` (Qt's date edit then keeps Tab for ever).
    """
    if not stops:
        return set(), []
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    settle(app, 1)
    reached: set[QWidget] = set()
    traps: list[str] = []
    start = QApplication.focusWidget()
    same = 0
    for _ in range(len(stops) * 6 + 400):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        reached.add(focus)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        settle(app, 1)
        after = QApplication.focusWidget()
        same = same + 1 if after is focus else 0
        if same > _inner_stops(focus):
            if len(stops) > 1:
                traps.append(describe(focus))
            break
        if after is start and len(reached) > 1:
            break
    return reached, traps


def _inner_stops(widget: QWidget) -> int:
    """How many Tabs a control may keep before leaving: a date's day, month, year sections."""
    from PySide6.QtWidgets import QDateTimeEdit

    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount() + 1
    return 1


def _report(tour: list[tuple[str, dict[str, Any]]], key: str) -> dict[str, list[str]]:
    return unexpected(key, {name: found[key] for name, found in tour if found[key]})


def test_the_tour_reaches_every_kind_of_screen(tour: list[tuple[str, dict[str, Any]]]) -> None:
    names = [name for name, _found in tour]
    for expected in ("decoy/calculator", "decoy/notes", "unlock", "incident_editor/existing"):
        assert expected in names
    assert any(n.startswith("first_run/") for n in names)
    assert sum(n.startswith("workspace/") for n in names) >= 10
    for help_page in ("directory", "risk", "legal", "guides", "handover"):
        assert f"workspace/{help_page}" in names  # help in the sidebar (issue 15)
    assert all(found["controls"] > 0 for _name, found in tour), "a screen with no controls?"


def test_every_control_has_an_accessible_name(tour: list[tuple[str, dict[str, Any]]]) -> None:
    unnamed = _report(tour, "unnamed")
    assert not unnamed, "controls a screen reader cannot name (setAccessibleName or a buddy label):\n" + \
        "\n".join(f"  {screen}: {', '.join(sorted(set(w)))}" for screen, w in unnamed.items())


def test_tab_reaches_every_control(tour: list[tuple[str, dict[str, Any]]]) -> None:
    unreached = _report(tour, "unreached")
    assert not unreached, "controls Tab never reaches (tab order / focus policy):\n" + \
        "\n".join(f"  {screen}: {', '.join(w)}" for screen, w in unreached.items())


def test_no_keyboard_traps(tour: list[tuple[str, dict[str, Any]]]) -> None:
    traps = _report(tour, "traps")
    assert not traps, ("keyboard traps — Tab never leaves these (text area: setTabChangesFocus(True); "
                       "table: setTabKeyNavigation(False); date: no specialValueText):\n") + \
        "\n".join(f"  {screen}: {', '.join(w)}" for screen, w in traps.items())


def test_exit_button_is_reachable_by_tab_wherever_it_shows(
        tour: list[tuple[str, dict[str, Any]]]) -> None:
    shown = [(name, found) for name, found in tour if found["exit_visible"]]
    assert len(shown) >= 5, "the Exit button should show above unlock, set-up and journal screens"
    missed = [name for name, found in shown if not found["exit_reached"]]
    assert not missed, f"Exit is on screen but Tab never reaches it: {missed}"


def _press_shift_three_times(app: Any) -> None:
    for _ in range(3):
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has keyboard focus on this page"
        QTest.keyClick(focus, Qt.Key.Key_Shift)
        settle(app, 1)


@pytest.mark.parametrize("key", workspace_keys())
def test_quick_exit_from_the_keyboard_on_every_journal_page(qapp: Any, tmp_path: Path,
                                                             key: str) -> None:
    from safeplan.app import build_shell, remove_shell
    from safeplan.core.storage.kdf import KdfParams

    paths = prepare_journal_folder(tmp_path / "ready")
    shell = build_shell(qapp, paths, kdf=KdfParams.for_tests())
    shell.session.quit_app = lambda: None
    try:
        page = open_journal(shell).show_page(key)
        shell.window.activateWindow()
        settle(qapp)
        stops = [w for w in controls(page) if is_tab_stop(w)]
        (stops[0] if stops else shell.window.exit_button).setFocus(Qt.FocusReason.TabFocusReason)
        settle(qapp, 1)
        assert QApplication.focusWidget() is not None, f"{key}: no control takes focus"
        vault = shell.session.vault
        _press_shift_three_times(qapp)
        assert shell.window.showing() is shell.window.decoy, f"{key}: still showing the journal"
        settle(qapp)
        assert not vault.is_open, f"{key}: the journal was not locked"
    finally:
        remove_shell(shell)
        settle(qapp)


def test_quick_exit_from_the_incident_editor_and_unlock_screen(qapp: Any, tmp_path: Path) -> None:
    from safeplan.app import build_shell, remove_shell
    from safeplan.core.storage.kdf import KdfParams

    paths = prepare_journal_folder(tmp_path / "ready")
    shell = build_shell(qapp, paths, kdf=KdfParams.for_tests())
    shell.session.quit_app = lambda: None
    try:
        shell.session.show_unlock()
        shell.window.activateWindow()
        settle(qapp)
        shell.session.unlock_screen.passphrase.setFocus()
        _press_shift_three_times(qapp)
        assert shell.window.showing() is shell.window.decoy
        settle(qapp)

        incidents = open_journal(shell).show_page("incidents")
        incidents.new_incident()
        shell.window.activateWindow()
        settle(qapp)
        incidents.editor.title.setFocus()
        settle(qapp, 1)
        QTest.keyClicks(incidents.editor.title, "draft")  # typing, then the gesture
        vault = shell.session.vault
        _press_shift_three_times(qapp)
        assert shell.window.showing() is shell.window.decoy
        settle(qapp)
        assert not vault.is_open
    finally:
        remove_shell(shell)
        settle(qapp)


def test_the_checks_see_an_unnamed_control_and_a_keyboard_trap(qtbot: Any) -> None:
    """The checkers themselves: an icon-only button has no name; a text area keeping Tab traps."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    icon_only = QToolButton()
    icon_only.setObjectName("icon_only")
    named = QLineEdit()
    named.setAccessibleName("Where")
    notes = QPlainTextEdit()
    notes.setObjectName("notes")
    notes.setAccessibleName("Notes")
    for widget in (named, notes, icon_only):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    found = controls(window)
    assert [w.objectName() for w in found if not accessible_name(w)] == ["icon_only"]
    _reached, traps = _tab_through(QApplication.instance(), window, [named, notes, icon_only])
    assert traps and "notes" in traps[0]
    notes.setTabChangesFocus(True)
    reached, traps = _tab_through(QApplication.instance(), window, [named, notes, icon_only])
    assert not traps and {named, notes, icon_only} <= reached
