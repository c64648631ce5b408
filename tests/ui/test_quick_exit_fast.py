"""Issue 17.3: quick exit under 100 ms in every state — the parts that make it fast.

The Exit buttons act when they go down (a hand's press-to-release is most of 100 ms), and the
application-wide Python event filters are paused only while the journal is hidden, then put
back (Shift ×3 and the idle lock keep working afterwards). Timings are in
tests/benchmarks/bench_quick_exit.py; these tests check behaviour only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from safeplan.ui.shell.quiet_filters import filters_paused
from tests.ui.conftest import press_shift, unlock


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self.seen += 1
        return False


def _post_user_event(target: QObject) -> None:
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))


def test_paused_filters_see_nothing_and_come_back_even_after_an_error(qapp: Any) -> None:
    counter = Counter()
    target = QObject()
    qapp.installEventFilter(counter)
    try:
        _post_user_event(target)
        assert counter.seen == 1
        with filters_paused((counter,)):
            _post_user_event(target)
        assert counter.seen == 1  # paused inside
        _post_user_event(target)
        assert counter.seen == 2  # back afterwards
        try:
            with filters_paused((counter,)):
                raise RuntimeError("a failing hide")
        except RuntimeError:
            pass
        _post_user_event(target)
        assert counter.seen == 3
    finally:
        qapp.removeEventFilter(counter)


def test_exit_button_hides_the_journal_on_the_press(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    host = shell.session.host
    assert host is not None and host.isVisible()
    vault = shell.session.vault
    qtbot.mousePress(shell.window.exit_button, Qt.MouseButton.LeftButton)
    # No release yet: the journal is already gone and the decoy is the page on screen.
    assert shell.window.showing() is shell.window.decoy
    assert not host.isVisible()
    qtbot.mouseRelease(shell.window.exit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not vault.is_open)


def test_dialog_exit_button_acts_on_the_press(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    pressed: list[bool] = []

    def press_exit() -> None:
        dialog = QApplication.activeModalWidget()
        button = dialog.findChild(QWidget, "dialog_exit")
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)
        pressed.append(shell.window.showing() is shell.window.decoy and not dialog.isVisible())

    QTimer.singleShot(50, press_exit)
    shell.dialogs.show_info(shell.window, "Saved.")
    assert pressed == [True]
    qtbot.waitUntil(lambda: shell.session.vault is None)


def test_shift_three_times_works_again_after_a_quick_exit(qtbot: Any, ready_shell: Any) -> None:
    """The filters paused during the hide are installed again: a second exit still works."""
    shell = ready_shell
    for _ in range(2):
        unlock(qtbot, shell)
        assert shell.session.host is not None
        vault = shell.session.vault
        press_shift(qtbot, shell.session.host)
        assert shell.window.showing() is shell.window.decoy
        qtbot.waitUntil(lambda vault=vault: not vault.is_open)
    assert shell.session.app_filters == (shell.window.enter_clicks, shell.quick_exit,
                                         shell.idle)
