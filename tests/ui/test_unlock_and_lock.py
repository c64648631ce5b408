"""Unlock screen, access log, duress journal, idle auto-lock and lock on minimise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from safeplan.core.journal.search import Query
from safeplan.ui.idle_lock import IdleLock
from safeplan.ui.shell.journal_host import failed_since_last_open
from tests.ui.conftest import PASSPHRASE, type_door_code, unlock

BANNED = ("decoy", "duress", "slot", "second passphrase", "other vault", "fake")


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle(), root.accessibleName(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.toolTip()]
        text = getattr(widget, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                texts.append(value)
    return texts


def test_wrong_passphrase_is_calm_and_keeps_the_journal_closed(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText("not it")
    screen.unlock_button.click()
    assert screen.is_busy and screen.busy.isVisible()
    assert not screen.passphrase.isEnabled()
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15000)
    assert shell.session.state == "unlock"
    assert "did not open" in screen.message.text()
    assert "Traceback" not in screen.message.text()
    assert screen.passphrase.isEnabled() and screen.passphrase.text() == ""


def test_passphrase_field_cleared_when_hidden(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    shell.session.unlock_screen.passphrase.setText("half typed")
    shell.session.quick_exit()
    assert shell.session.unlock_screen.passphrase.text() == ""


def test_access_log_counts_failures_since_last_open(qtbot: Any, ready_shell: Any) -> None:
    """Issue 15: her own typos a moment ago on this screen are not "someone tried"; tries made
    in an earlier unlock session (someone else, or her yesterday) are; the first opening never
    speaks of a "last visit"."""
    shell = ready_shell
    unlock(qtbot, shell)
    notice = shell.session.host.notice
    assert notice.failures == 0 and notice.first_opening
    assert "last visit" not in notice.text.text()
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    type_door_code(shell)
    for wrong in ("guess one", "guess two"):
        unlock(qtbot, shell, wrong)
        assert shell.session.state == "unlock"
    unlock(qtbot, shell)
    notice = shell.session.host.notice
    assert (notice.failures, notice.own_tries) == (0, 2)
    assert notice.text.text() == "Wrong tries just now, before the right one: 2."
    assert "tried" not in notice.text.text() and "Failed" not in notice.text.text()
    assert notice.isVisible()
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    # Someone tries while she is away, gives up (back to the calculator); she opens it later.
    type_door_code(shell)
    unlock(qtbot, shell, "someone else")
    with qtbot.waitSignal(shell.session.locked, timeout=15000):
        shell.session.lock()
    unlock(qtbot, shell)
    notice = shell.session.host.notice
    assert (notice.failures, notice.own_tries) == (1, 0)
    assert notice.text.text() == "Failed attempts to open SafePlan since you last opened it: 1."
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell)
    assert shell.session.host.notice.failures == 0
    assert "since your last visit" in shell.session.host.notice.text.text()


def test_a_wrong_passphrase_with_yo_or_ye_gets_a_hint(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell, "violet tractor moon sеven")  # Cyrillic е typed for e
    message = shell.session.unlock_screen.message.text()
    assert "ё" in message and "е" in message
    unlock(qtbot, shell, "plain wrong")
    assert "ё" not in shell.session.unlock_screen.message.text()


def test_escape_on_the_unlock_screen_goes_back_to_the_calculator(qtbot: Any,
                                                                 ready_shell: Any) -> None:
    from PySide6.QtCore import Qt

    shell = ready_shell
    type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText("half")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Escape)
    assert shell.window.showing() is shell.window.decoy
    assert shell.session.state == "decoy" and screen.passphrase.text() == ""
    assert not shell.quits


def test_failed_since_last_open_counts_only_after_the_previous_opening() -> None:
    class E:
        def __init__(self, event: str) -> None:
            self.at, self.event = "2026-01-01T00:00:00+00:00", event

    events = [E("created"), E("failed"), E("unlock"), E("failed"), E("failed"), E("failed"),
              E("unlock")]
    assert failed_since_last_open(events) == 3
    assert failed_since_last_open([E("created"), E("unlock")]) == 0


def test_duress_passphrase_opens_the_other_journal_silently(
    qtbot: Any, build: Any, prepared: Any
) -> None:
    prepared(duress="blue kettle")
    shell = build()
    unlock(qtbot, shell, "blue kettle")
    assert shell.session.state == "open"
    vault = shell.session.vault
    people = vault.journal.list(Query(kinds=("person",)))
    duress_names = {p.content["name"] for p in people}  # drawn per installation (14.4)
    assert 2 <= len(duress_names) <= 3
    assert duress_names <= {"Mum", "Grandma", "Sveta", "Aunt Valya", "Dr. Novak", "Olga Petrovna"}
    # Editable like any journal.
    vault.journal.save("person", {"name": "Aunt Vera", "role": "trusted", "relationship": "",
                                  "contact": "", "notes": ""})
    texts = " ".join(visible_texts(shell.window)).lower()
    for word in BANNED:
        assert word not in texts
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, PASSPHRASE)
    names = {p.content["name"] for p in shell.session.vault.journal.list(Query(kinds=("person",)))}
    assert not names & duress_names and "Aunt Vera" not in names


def test_idle_lock_with_a_fake_clock(qtbot: Any) -> None:
    clock = FakeClock()
    idle = IdleLock(300, clock=clock)
    fired: list[int] = []
    idle.timed_out.connect(lambda: fired.append(1))
    idle.arm()
    clock.now += 299
    assert not idle.check()
    widget = QLabel("x")
    qtbot.addWidget(widget)
    QApplication.instance().installEventFilter(idle)
    try:
        QApplication.sendEvent(widget, QMouseEvent(
            QEvent.Type.MouseMove, QPoint(1, 1), QPoint(1, 1), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        clock.now += 299  # activity reset the idle time
        assert not idle.check()
        clock.now += 2
        assert idle.check()
        assert fired == [1]
        assert not idle.armed
    finally:
        QApplication.instance().removeEventFilter(idle)


def test_suspend_gap_locks_at_the_first_input(qtbot: Any) -> None:
    clock = FakeClock()
    idle = IdleLock(60, clock=clock)
    fired: list[int] = []
    idle.timed_out.connect(lambda: fired.append(1))
    idle.arm()
    clock.now += 8 * 3600  # the laptop slept; the boot-time clock kept counting
    widget = QLabel("x")
    qtbot.addWidget(widget)
    QApplication.instance().installEventFilter(idle)
    try:
        qtbot.keyClick(widget, Qt.Key.Key_A)
    finally:
        QApplication.instance().removeEventFilter(idle)
    assert fired == [1]


def test_shell_locks_when_idle(qtbot: Any, build: Any, prepared: Any) -> None:
    clock = FakeClock()
    prepared(autolock_seconds=60)
    shell = build(idle_clock=clock)
    unlock(qtbot, shell)
    vault = shell.session.vault
    clock.now += 30
    assert not shell.idle.check()
    clock.now += 31
    assert shell.idle.check()
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: not vault.is_open)


def test_lock_on_minimise(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    vault = shell.session.vault
    shell.window.showMinimized()
    event = QEvent(QEvent.Type.WindowStateChange)
    QApplication.sendEvent(shell.window, event)
    qtbot.waitUntil(lambda: not vault.is_open)
    assert shell.window.showing() is shell.window.decoy


def test_lock_button(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    assert shell.window.lock_button.isVisible()
    qtbot.mouseClick(shell.window.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert shell.session.state == "decoy"
    assert not shell.window.bar.isVisible()
