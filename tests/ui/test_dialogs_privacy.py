"""The dialogs seam and the privacy settings behind the passphrase (requirements 9, 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget

from safeplan.app import redirect_qt_settings
from safeplan.core.settings import SettingsStore
from safeplan.ui.dialogs import Dialogs
from tests.ui.conftest import DOOR_CODE, PASSPHRASE, type_door_code, unlock


def later(action: Any, ms: int = 20, tries: int = 250, kind: type = QWidget) -> None:
    """Run ``action`` once a modal dialog of ``kind`` is up (file dialogs take a while)."""

    def attempt(left: int) -> None:
        up = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
              and w.isModal()]
        if not up and left > 0:
            QTimer.singleShot(ms, lambda: attempt(left - 1))
            return
        action()

    QTimer.singleShot(ms, lambda: attempt(tries))


def active() -> QWidget:
    """The open modal dialog (the newest visible one; tests open one at a time)."""
    up = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    assert up, "no dialog open"
    return up[-1]


def test_confirm_yes_and_no(qtbot: Any) -> None:
    dialogs = Dialogs()
    later(lambda: active().findChild(QPushButton, "dialog_confirm").click())
    assert dialogs.confirm(None, "Save?", "Save the changes?") is True
    later(lambda: active().findChild(QPushButton, "dialog_cancel").click())
    assert dialogs.confirm(None, "Empty trash?", "This cannot be undone.", destructive=True) is False
    assert dialogs.open_count == 0


def test_destructive_confirm_defaults_to_cancel(qtbot: Any) -> None:
    dialogs = Dialogs()
    later(lambda: qtbot.keyClick(active(), Qt.Key.Key_Return))
    assert dialogs.confirm(None, "Delete?", "Delete it?", destructive=True) is False


def test_message_text_is_plain_not_rich(qtbot: Any) -> None:
    """Hostile text (an imported name) must not render as HTML or load anything."""
    dialogs = Dialogs()
    seen: list[str] = []

    def check() -> None:
        label = active().findChild(QWidget, "dialog_text")
        seen.append(label.textFormat().name)
        active().findChild(QPushButton, "dialog_ok").click()

    later(check)
    dialogs.show_error(None, "<img src='http://x/'>")
    assert seen == ["PlainText"]


def test_file_dialog_is_the_widget_one_and_leaves_no_history(qtbot: Any, tmp_path: Path) -> None:
    qt_folder = tmp_path / "qt"
    redirect_qt_settings(qt_folder)
    dialogs = Dialogs(qt_folder)
    target = tmp_path / "pick"
    target.mkdir()
    (target / "photo.jpg").write_bytes(b"x")
    seen: list[bool] = []

    def pick() -> None:
        dialog = active()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        # Type the name as she would (the folder listing arrives in the background).
        dialog.findChild(QLineEdit, "fileNameEdit").setText("photo.jpg")
        dialog.accept()

    later(pick, kind=QFileDialog)
    chosen = dialogs.choose_existing_file(None, "Pick", directory=target)
    assert seen == [True]
    assert chosen == target / "photo.jpg"
    assert not any(qt_folder.iterdir())  # the visited-folder history was scrubbed


def test_privacy_settings_need_the_passphrase(qtbot: Any, ready_shell: Any, paths: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    steps: list[str] = []

    def wrong_then_right() -> None:
        dialog = active()
        field = dialog.findChild(QLineEdit, "privacy_passphrase")
        ok = dialog.findChild(QPushButton, "privacy_ok")
        field.setText("not mine")
        ok.click()
        qtbot.waitUntil(lambda: "did not open" in dialog.findChild(QWidget, "privacy_message")
                        .text(), timeout=15000)
        steps.append("refused")
        field.setText(PASSPHRASE)
        ok.click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=15000)
        steps.append("opened")
        dialog.autolock.setCurrentIndex(dialog.autolock.findData(900))
        dialog.decoy.setCurrentIndex(dialog.decoy.findData("notes"))
        dialog.door_code.setText("7777")
        dialog.door_repeat.setText("7777")
        dialog.quit_on_exit.setChecked(True)
        assert dialog.duress_box.isVisible()  # real journal: the option exists
        ok.click()

    later(wrong_then_right)
    qtbot.mouseClick(shell.window.privacy_button, Qt.MouseButton.LeftButton)
    assert steps == ["refused", "opened"]
    settings = SettingsStore(paths.settings_file).load()
    assert settings.autolock_seconds == 900 and settings.quit_on_exit
    assert settings.decoy_kind == "notes"
    assert shell.window.windowTitle() == "Notes"
    assert shell.idle.timeout_seconds == 900
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    editor = shell.window.decoy.editor
    qtbot.keyClicks(editor, f"{DOOR_CODE}=")
    assert shell.session.state == "decoy"  # the old code no longer opens it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "7777=")
    assert shell.session.state == "unlock"


def test_second_passphrase_section_hidden_in_the_other_journal(
    qtbot: Any, build: Any, prepared: Any
) -> None:
    prepared(duress="blue kettle")
    shell = build()
    unlock(qtbot, shell, "blue kettle")
    seen: list[bool] = []

    def check() -> None:
        dialog = active()
        dialog.findChild(QLineEdit, "privacy_passphrase").setText("blue kettle")
        dialog.findChild(QPushButton, "privacy_ok").click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=15000)
        seen.append(dialog.duress_box.isVisible())
        dialog.reject()

    later(check)
    shell.window.privacy_button.click()
    assert seen == [False]


def test_quick_exit_closes_the_privacy_dialog(qtbot: Any, ready_shell: Any) -> None:
    shell = ready_shell
    unlock(qtbot, shell)
    later(shell.session.quick_exit)
    shell.window.privacy_button.click()
    assert shell.dialogs.open_count == 0
    qtbot.waitUntil(lambda: shell.session.vault is None)
    type_door_code(shell)
    assert shell.session.state == "unlock"
