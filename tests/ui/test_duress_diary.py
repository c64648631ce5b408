"""Issue 14.4 (UI): the duress passphrase opens a plain everyday diary, not the evidence app.

Someone forcing her to open the program must see a diary: dated notes, a text area, search —
no incidents, safety plan, court export, import, people or medical screens, and no word that
hints at them, in any language. Notes she writes there are real entries of the duress journal
(kept across lock and unlock, never in the real journal), quick exit hides and locks the diary
at once (keeping what she was typing), and the failed-attempt notice counts the same attempts
the real journal's does.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from safeplan.core.errors import WrongPassphrase
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE, press_shift, unlock
from tests.ui.test_neutrality import visible_strings

DURESS = "blue kettle"

# What the evidence app is about, in English, Russian and Belarusian (stems; a leading \b keeps
# "суд" from matching "посуда" and "plan" from matching "explanation"). "защитн" and "ахоўн"
# (a protection order), not "защит"/"абарон": the shell's Privacy is "Защита" / "Абарона",
# as ordinary as "privacy".
FORBIDDEN = [re.compile(pattern, re.IGNORECASE) for pattern in (
    r"safe ?plan", r"safety", r"evidence", r"incident", r"\bcourt", r"export", r"import",
    r"\bplan\b", r"checklist", r"abuse", r"violence", r"police", r"medical", r"injur",
    r"lawyer", r"witness", r"perpetrator", r"\brisk", r"protection", r"decoy", r"duress",
    r"vault", r"chronolog", r"receipt", r"exhibit", r"\bhash", r"signature", r"\bpeople\b",
    r"journal", r"abuser", r"\bkey card",
    r"доказ", r"инцидент", r"\bсуд", r"экспорт", r"импорт", r"\bплан", r"безопас", r"насили",
    r"полици", r"медицин", r"травм", r"юрист", r"адвокат", r"свидетел", r"\bриск", r"защитн",
    r"сейф", r"хронолог", r"квитанц", r"обидчик", r"журнал",
    r"інцыдэнт", r"экспарт", r"імпарт", r"бяспек", r"гвалт", r"паліц", r"медыц", r"траўм",
    r"юрыст", r"адвакат", r"сведк", r"рызык", r"ахоўн", r"крыўдзіц", r"часопіс",
)]


def forbidden_in(strings: list[str]) -> list[str]:
    joined = "\n".join(strings)
    return [f"{p.pattern!r} in {m.group(0)!r}" for p in FORBIDDEN for m in [p.search(joined)]
            if m]


def diary_of(shell: Any) -> Any:
    host = shell.session.host
    assert host is not None, "the journal did not open"
    return host.workspace


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_duress_passphrase_opens_a_plain_diary(qtbot: Any, build: Any, prepared: Any,
                                               lang: str) -> None:
    prepared(duress=DURESS)
    shell = build()
    shell.language.switch(lang)
    QApplication.processEvents()  # the language change reaches every widget
    title_before = shell.window.windowTitle()
    unlock(qtbot, shell, DURESS)
    assert shell.session.state == "open"
    window = shell.window
    strings = visible_strings(window)
    assert len(strings) > 10  # the walk saw the diary, not an empty window
    assert forbidden_in(strings) == []
    # No screen of the evidence app exists, even hidden (a later click could not reach one).
    names = {type(w).__name__ for w in window.findChildren(QWidget)}
    assert not names & {"WorkspaceWidget", "IncidentsPage", "ExportPage", "ImportPage",
                        "PeoplePage", "MedicalPage", "PlanPage", "SafetyPlanPage"}
    # The everyday entries the duress journal holds are listed as dated notes.
    diary = diary_of(shell)
    assert diary.notes.count() >= 1
    # Every top-level window keeps the decoy's neutral title.
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert titles == [title_before]
    # Every control says what it is to a screen reader.
    for widget in diary.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the date field's own line edit: the field is named
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name.strip(), f"{widget.objectName() or type(widget).__name__} has no name"


def test_real_passphrase_still_opens_the_full_workspace(qtbot: Any, build: Any,
                                                         prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    unlock(qtbot, shell, PASSPHRASE)
    assert type(diary_of(shell)).__name__ == "WorkspaceWidget"


def _write(qtbot: Any, diary: Any, text: str) -> None:
    """Open a listed note, then Ctrl+N and type, as she would."""
    window = diary.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    diary.notes.setCurrentRow(0)
    assert diary.editor.toPlainText()  # a generated everyday note is shown
    diary.notes.setFocus()
    qtbot.keyClick(diary.notes, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert diary.editor.toPlainText() == "" and diary.editor.hasFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(diary.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(diary.editor, line)
    assert diary.editor.toPlainText() == text


def test_a_note_is_saved_in_the_duress_journal_and_kept(qtbot: Any, build: Any,
                                                        prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    before = diary.notes.count()
    _write(qtbot, diary, "Tulips for Sveta\nBuy them on Friday at the market.")
    diary.save_button.click()
    vault = shell.session.vault
    found = vault.journal.list(Query(text="tulips"))
    assert len(found) == 1
    assert found[0].content["title"] == "Tulips for Sveta"
    assert "Friday" in found[0].content["description"]
    assert diary.notes.count() == before + 1
    assert "Tulips for Sveta" in diary.notes.item(0).text()  # newest first
    # Search finds it, and only it.
    diary.search.setText("tulip")
    qtbot.waitUntil(lambda: diary.notes.count() == 1)
    diary.search.setText("")
    qtbot.waitUntil(lambda: diary.notes.count() == before + 1)

    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    texts = [diary.notes.item(row).text() for row in range(diary.notes.count())]
    assert any("Tulips for Sveta" in text for text in texts)
    diary.notes.setCurrentRow(next(i for i, t in enumerate(texts) if "Tulips" in t))
    assert "Buy them on Friday" in diary.editor.toPlainText()

    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, PASSPHRASE)
    assert shell.session.vault.journal.list(Query(text="tulips")) == []


def test_quick_exit_hides_and_locks_the_diary_at_once(qtbot: Any, build: Any,
                                                      prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    vault = shell.session.vault
    _write(qtbot, diary, "Half a thought about the garden")
    press_shift(qtbot, diary.editor)
    # Before the event loop turns: the decoy is on screen and the diary is gone from it.
    assert shell.window.showing() is shell.window.decoy
    assert not diary.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [shell.window]
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert not vault.is_open  # really locked, not only hidden
    # What she was typing was kept (encrypted, as a note of the diary).
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    texts = [diary.notes.item(row).text() for row in range(diary.notes.count())]
    assert any("Half a thought about the garden" in text for text in texts)


def test_lock_clears_everything_the_diary_showed(qtbot: Any, build: Any, prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    diary.search.setText("a")
    diary.clear_for_lock()
    assert diary.notes.count() == 0
    assert diary.editor.toPlainText() == "" and diary.search.text() == ""
    assert not diary.findChildren(QLineEdit, options=Qt.FindChildOption.FindChildrenRecursively)[
        0].text()
    assert all(not edit.toPlainText() for edit in diary.findChildren(QPlainTextEdit))


def test_failed_attempts_are_told_in_the_diary_as_in_the_real_journal(
        qtbot: Any, build: Any, prepared: Any) -> None:
    path = prepared(duress=DURESS)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(path, "not hers", sleep=lambda seconds: None)
    shell = build()
    unlock(qtbot, shell, DURESS)
    diary_notice = shell.session.host.notice
    assert diary_notice.isVisible() and diary_notice.failures == 2
    assert "2" in diary_notice.text.text()
    diary_style = diary_notice.styleSheet()
    diary_words = diary_notice.text.text()
    assert forbidden_in([diary_words, diary_notice.text.accessibleName()]) == []
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, PASSPHRASE)
    real_notice = shell.session.host.notice
    assert real_notice.failures == 2
    assert real_notice.styleSheet() == diary_style  # the same warning, looking the same
    assert type(real_notice).__mro__[0] in type(diary_notice).__mro__


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_lock_and_the_exit_button_lock_the_diary_keeping_her_text(
        qtbot: Any, build: Any, prepared: Any) -> None:
    prepared(duress=DURESS, autolock_seconds=300)
    clock = _Clock()
    shell = build(idle_clock=clock)
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    _write(qtbot, diary_of(shell), "Left on the table")
    clock.now += 301
    assert shell.idle.check()  # nobody touched anything for five minutes
    assert shell.window.showing() is shell.window.decoy
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    texts = [diary.notes.item(row).text() for row in range(diary.notes.count())]
    assert any("Left on the table" in text for text in texts)
    shell.window.exit_button.click()
    assert shell.window.showing() is shell.window.decoy and not diary.isVisible()
    qtbot.waitUntil(lambda: shell.session.vault is None)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_diary_privacy_settings_say_nothing_either(qtbot: Any, build: Any, prepared: Any,
                                                       lang: str) -> None:
    from tests.ui.test_dialogs_privacy import active, later

    prepared(duress=DURESS)
    shell = build()
    shell.language.switch(lang)
    unlock(qtbot, shell, DURESS)
    seen: list[list[str]] = []

    def check() -> None:
        dialog = active()
        dialog.findChild(QLineEdit, "privacy_passphrase").setText(DURESS)
        dialog.findChild(QAbstractButton, "privacy_ok").click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=15000)
        seen.append(visible_strings(dialog))
        dialog.reject()

    later(check)
    shell.window.privacy_button.click()
    assert len(seen) == 1 and len(seen[0]) > 5
    assert forbidden_in(seen[0]) == []


def test_today_and_delete(qtbot: Any, build: Any, prepared: Any) -> None:
    from tests.ui.test_dialogs_privacy import active, later

    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    _write(qtbot, diary, "Market\nApples and bread")
    diary.today_button.click()  # saves what she wrote, then opens today's note: this one
    assert diary.editor.toPlainText() == "Market\nApples and bread"
    assert diary.notes.currentRow() == 0 and diary.delete_button.isEnabled()
    later(lambda: active().findChild(QAbstractButton, "dialog_confirm").click())
    diary.delete_button.click()
    vault = shell.session.vault
    assert vault.journal.list(Query(text="apples")) == []
    assert len(vault.journal.list(Query(text="apples", in_trash=True))) == 1  # a revision, kept
    assert all("Market" not in diary.notes.item(r).text() for r in range(diary.notes.count()))
    assert diary.editor.toPlainText() == ""
    diary.today_button.click()  # no note today any more: a new page for today
    assert diary.editor.toPlainText() == "" and diary.notes.currentRow() == -1


def test_larger_text_grows_the_diary_and_the_bar_and_is_kept(qtbot: Any, build: Any,
                                                             prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    size = diary.editor.font().pointSizeF()
    exit_size = shell.window.exit_button.font().pointSizeF()
    diary.larger_text.click()
    assert diary.editor.font().pointSizeF() == pytest.approx(size * 1.25)
    assert shell.window.exit_button.font().pointSizeF() > exit_size
    shell.session.lock()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    assert diary.larger_text.isChecked()
    assert diary.editor.font().pointSizeF() == pytest.approx(size * 1.25)


def test_a_note_that_cannot_be_saved_is_said_plainly_and_stays(qtbot: Any, build: Any,
                                                               prepared: Any) -> None:
    from tests.ui.test_dialogs_privacy import active, later

    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    _write(qtbot, diary, "Call the plumber")
    shell.session.vault.lock()  # the journal goes away under the page (a real failure)
    said: list[str] = []

    def read_and_close() -> None:
        dialog = active()
        said.append(" ".join(visible_strings(dialog)))
        dialog.findChild(QAbstractButton, "dialog_ok").click()

    later(read_and_close)
    diary.save_button.click()
    assert said and "still here" in said[0] and "Traceback" not in said[0]
    assert forbidden_in(said) == []
    assert diary.editor.toPlainText() == "Call the plumber"


def test_keyboard_and_screen_reader_reach_every_diary_control(qtbot: Any, build: Any,
                                                             prepared: Any) -> None:
    """The project's own accessibility checks (tests/accessibility), on the diary."""
    from tests.accessibility.test_names_and_keyboard import _tab_through
    from tests.accessibility.widgets import accessible_name, controls, describe, is_tab_stop

    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is diary.editor  # she can write at once
    diary.notes.setCurrentRow(0)  # Delete is enabled too
    found = controls(window)
    assert diary.editor in found and diary.notes in found and diary.search in found
    assert [describe(w) for w in found if not accessible_name(w)] == []
    stops = [w for w in found if is_tab_stop(w)]
    reached, traps = _tab_through(QApplication.instance(), window, stops)
    assert traps == []
    assert [describe(w) for w in stops if w not in reached] == []
    assert window.exit_button in reached


def test_text_copied_from_the_diary_is_gone_after_quick_exit(qtbot: Any, build: Any,
                                                             prepared: Any) -> None:
    prepared(duress=DURESS)
    shell = build()
    shell.window.show()
    unlock(qtbot, shell, DURESS)
    diary = diary_of(shell)
    _write(qtbot, diary, "Sveta's new number")
    diary.editor.selectAll()
    qtbot.keyClick(diary.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "Sveta's new number"
    shell.window.exit_button.click()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert clipboard.text() == ""
