"""Quick exit: Shift ×3 or Exit → decoy at once, drafts kept, vault locked, no prompt (req. 7)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from safeplan.core.vault.vault import Vault
from safeplan.ui.quick_exit import QuickExitFilter
from tests.ui.conftest import PASSPHRASE, press_shift, type_door_code, unlock


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def counter(qapp: Any) -> Any:
    clock = FakeClock()
    hits: list[int] = []
    quick = QuickExitFilter(lambda: hits.append(1), clock=clock)
    qapp.installEventFilter(quick)
    yield clock, hits
    qapp.removeEventFilter(quick)


def test_three_shifts_in_a_row_trigger(qtbot: Any, counter: Any) -> None:
    _clock, hits = counter
    field = QLineEdit()
    qtbot.addWidget(field)
    press_shift(qtbot, field, 2)
    assert hits == []
    press_shift(qtbot, field, 1)
    assert hits == [1]


def test_other_keys_break_the_sequence(qtbot: Any, counter: Any) -> None:
    """Typing capitals (Shift + letter) three times must never exit."""
    _clock, hits = counter
    field = QLineEdit()
    qtbot.addWidget(field)
    for letter in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
        qtbot.keyClick(field, letter, Qt.KeyboardModifier.ShiftModifier)
    assert hits == []


def test_presses_must_fall_within_five_seconds(qtbot: Any, counter: Any) -> None:
    clock, hits = counter
    field = QLineEdit()
    qtbot.addWidget(field)
    press_shift(qtbot, field, 2)
    clock.now += 5.5
    press_shift(qtbot, field, 1)
    assert hits == []
    clock.now += 1.0
    press_shift(qtbot, field, 1)
    assert hits == []  # only two presses inside the last five seconds
    clock.now += 3.0
    press_shift(qtbot, field, 1)
    assert hits == [1]


def test_auto_repeat_does_not_count(qtbot: Any, counter: Any) -> None:
    _clock, hits = counter
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_Shift)
    for _ in range(5):
        repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier,
                           "", True)
        QApplication.sendEvent(field, repeat)
    assert hits == []


def test_one_press_seen_by_nested_widgets_counts_once(qtbot: Any, counter: Any) -> None:
    """A key the focus widget ignores travels up to its parents; it is still one press."""
    _clock, hits = counter
    outer = QWidget()
    layout = QVBoxLayout(outer)
    inner = QWidget()
    layout.addWidget(inner)
    qtbot.addWidget(outer)
    press_shift(qtbot, inner, 2)
    assert hits == []


def test_shift_three_times_from_the_journal(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    assert shell.session.state == "open"
    # The real workspace is wired in once it exists (else the shell's plain page).
    from pathlib import Path

    import safeplan.ui

    real = (Path(safeplan.ui.__file__).parent / "workspace" / "workspace.py").exists()
    assert type(shell.session.host.workspace).__name__ == (
        "WorkspaceWidget" if real else "PlainJournalPage")
    vault = shell.session.vault
    focus = shell.session.host.workspace
    press_shift(qtbot, focus)
    # Hidden at once, before any I/O: the decoy is the current page synchronously.
    assert shell.window.showing() is shell.window.decoy
    assert shell.window.windowTitle() == "Calculator"
    qtbot.waitUntil(lambda: not vault.is_open)
    assert shell.session.host is None
    assert shell.quits == []  # default: show the decoy, do not quit


def test_exit_button_and_quit_setting(qtbot: Any, build: Any, prepared: Any) -> None:
    prepared(quit_on_exit=True)
    shell = build()
    unlock(qtbot, shell)
    vault = shell.session.vault
    qtbot.mouseClick(shell.window.exit_button, Qt.MouseButton.LeftButton)
    assert not shell.window.isVisible()
    qtbot.waitUntil(lambda: shell.quits == [True])
    assert not vault.is_open


def test_shift_three_times_from_a_modal_dialog(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    vault = shell.session.vault
    answers: list[bool] = []

    def press_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and shell.dialogs.open_count == 1
        press_shift(qtbot, dialog.findChild(QWidget, "dialog_confirm"))

    QTimer.singleShot(50, press_in_dialog)
    answers.append(shell.dialogs.confirm(shell.window, "Delete?", "Really?"))
    # confirm() returned because quick exit closed the dialog: the answer is the safe "no".
    assert answers == [False]
    assert shell.dialogs.open_count == 0
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: not vault.is_open)


def test_exit_button_inside_a_dialog(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)

    def click_exit() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.mouseClick(dialog.findChild(QWidget, "dialog_exit"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, click_exit)
    shell.dialogs.show_info(shell.window, "Saved.")
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: shell.session.vault is None)


def test_quick_exit_during_the_kdf_never_shows_the_journal(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    assert screen.is_busy
    press_shift(qtbot, shell.window)
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: not shell.session.work.running, timeout=15000)
    qtbot.wait(20)
    assert shell.session.state == "decoy"
    assert shell.session.vault is None
    # The vault was locked again (not left open): a fresh unlock can take the process lock.
    Vault.unlock(shell.session.vault_path, PASSPHRASE).lock()


def test_reentry_goes_through_the_decoy(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    shell.session.quick_exit()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    type_door_code(shell)
    assert shell.window.showing() is shell.session.unlock_screen
    assert shell.session.unlock_screen.passphrase.text() == ""
    unlock(qtbot, shell)
    assert shell.session.state == "open"


def test_drafts_are_saved_before_the_lock(qtbot: Any, build: Any, prepared: Any) -> None:
    """The workspace's save_drafts runs while the vault is still open, then the vault locks."""
    calls: list[str] = []

    class DraftPage(QWidget):
        def __init__(self, vault: Any, dialogs: Any) -> None:
            super().__init__()
            self.vault = vault
            self.editor = QLineEdit(self)

        def save_drafts(self) -> None:
            calls.append("save")
            self.vault.journal.save_draft("incident:new", {"title": self.editor.text()})

        def clear_for_lock(self) -> None:
            calls.append("clear")
            self.editor.clear()

    prepared()
    shell = build(workspace_factory=DraftPage)
    unlock(qtbot, shell)
    shell.session.host.workspace.editor.setText("He took my phone")
    press_shift(qtbot, shell.session.host.workspace.editor)
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert calls == ["save", "clear"]
    unlock(qtbot, shell)
    draft = shell.session.vault.journal.load_draft("incident:new")
    assert draft == {"title": "He took my phone"}


def test_clipboard_cleared_only_if_it_holds_our_text(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    clipboard = QApplication.clipboard()
    unlock(qtbot, shell)
    shell.clipboard.copy("words he said")
    assert clipboard.text() == "words he said"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    shell.session.quick_exit()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert clipboard.text() == ""
    unlock(qtbot, shell)
    shell.clipboard.copy("journal text")
    clipboard.setText("her own shopping list")
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert clipboard.text() == "her own shopping list"


def test_other_top_level_windows_are_hidden(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    viewer = QWidget()
    viewer.setWindowTitle("Photo")
    qtbot.addWidget(viewer)
    viewer.show()
    press_shift(qtbot, shell.window)
    assert not viewer.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.window]


def test_ordinary_copy_in_the_journal_is_adopted_and_cleared(qtbot: Any, ready_shell: Any) -> None:
    """Ctrl+C in any field (which knows nothing of the guard) is marked secret and cleared."""
    shell = ready_shell
    clipboard = QApplication.clipboard()
    unlock(qtbot, shell)
    field = QLineEdit("he said he would take the children")
    shell.session.host.layout().addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
    field.selectAll()
    field.copy()
    qtbot.waitUntil(lambda: clipboard.mimeData().hasFormat("x-kde-passwordManagerHint"))
    assert shell.clipboard.holds_ours()
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert clipboard.text() == ""
    # With the journal locked, copies are not watched (the calculator's own use is normal).
    clipboard.setText("42")
    assert not shell.clipboard.holds_ours()
    assert clipboard.text() == "42"


def test_unlock_right_after_a_quick_exit_during_the_kdf(qtbot: Any, ready_shell: Any,
                                                       monkeypatch: Any) -> None:
    """The cancelled attempt still holds the vault for a moment; the new one waits for it
    instead of failing with "already open"."""
    import threading

    import safeplan.ui.shell.unlock_flow as unlock_module

    real = unlock_module._unlock_vault
    calls: list[int] = []
    first_may_finish = threading.Event()

    def slow_unlock(path: Any, passphrase: str, task: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:  # the first attempt: Argon2id cannot be interrupted
            # Holds the vault until the second attempt was asked for (a condition, not a delay).
            return Vault.unlock(path, passphrase, sleep=lambda _s: first_may_finish.wait(30))
        return real(path, passphrase, task)

    monkeypatch.setattr(unlock_module, "_unlock_vault", slow_unlock)
    shell = ready_shell
    type_door_code(shell)
    screen = shell.session.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    press_shift(qtbot, shell.window)
    qtbot.waitUntil(lambda: shell.session.state == "decoy" and not shell.session._leaving)
    type_door_code(shell)
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    first_may_finish.set()
    qtbot.waitUntil(lambda: shell.session.state == "open" or (screen.message.isVisible()
                    and not screen.is_busy), timeout=15000)
    assert shell.session.state == "open", screen.message.text()
    assert len(calls) == 2
