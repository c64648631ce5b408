"""Import page questions (issues 13.6, 14.2): the day/month order of an all-≤12 WhatsApp chat is
asked with two of its messages in both readings; every file to attach is listed; a file older than
the chat is attached only if she agrees. The real dialog is exercised too."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from safeplan.core.journal.search import Query
from safeplan.ui.dialogs import Dialogs
from safeplan.ui.workspace.import_page import ImportPage
from tests.fixtures import fixture


def _wait(qtbot: Any, page: ImportPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def test_ambiguous_dates_are_asked_and_the_answer_is_recorded(
        qtbot: Any, show: Any, make_vault: Any, dialogs: Any) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    dialogs.choose_answers.append("MDY")
    page.read_file(fixture("whatsapp", "ambiguous_dates.txt"), "Europe/Minsk")
    _wait(qtbot, page)
    qtbot.waitUntil(lambda: page.batch is not None and not page.busy, timeout=60000)
    (title, text, labels) = dialogs.choices[0]
    assert title == "How are the dates written?"
    assert "05.03.24, 21:05 Viktor: \u201cWhere are you?\u201d" in text
    assert "Day first: 5 March 2024, 21:05" in text and "Month first: 3 May 2024, 21:05" in text
    assert labels == ["Day first (5 March 2024)", "Month first (3 May 2024)"]
    assert len(dialogs.choices) == 1  # read again her way: not asked twice
    assert "Dates read as month, day, year (you chose this)." in page.summary.text()
    page.commit()
    _wait(qtbot, page)
    got = [e.content for e in vault.journal.list(Query(kinds=("message",)))]
    assert {m["sent_at"][:10] for m in got} == {"2024-05-03", "2024-06-03"}
    assert {m["source"]["date_order_source"] for m in got} == {"user"}


def test_cancelling_the_date_question_imports_nothing(
        qtbot: Any, show: Any, make_vault: Any, dialogs: Any) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(fixture("whatsapp", "ambiguous_dates.txt"), "Europe/Minsk")
    _wait(qtbot, page)
    assert dialogs.choices and not page.import_button.isEnabled()
    assert "how the dates are written" in page.status.text()
    assert vault.journal.count(Query(kinds=("message",))) == 0


def _zip_with_media(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat with Viktor.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("WhatsApp Chat with Viktor.txt",
                    "14.03.2024, 21:05 - Viktor: IMG-20240314-WA0001.jpg (file attached)\n"
                    "14.03.2024, 21:06 - Viktor: passport.pdf (file attached)\n"
                    "15.03.2024, 21:07 - Alena: Stop.\n")
        zf.writestr("IMG-20240314-WA0001.jpg", b"\xff\xd8 photo")
        old = zipfile.ZipInfo("passport.pdf", date_time=(2019, 5, 1, 10, 0, 0))
        zf.writestr(old, b"%PDF her passport")
    return path


def test_files_are_listed_and_an_older_one_needs_her_yes(
        qtbot: Any, show: Any, make_vault: Any, dialogs: Any, tmp_path: Path) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(_zip_with_media(tmp_path), "Europe/Minsk")
    _wait(qtbot, page)
    rows = [page.preview.files.item(r).text() for r in range(page.preview.files.count())]
    assert len(rows) == 2 and rows[0].startswith("IMG-20240314-WA0001.jpg")
    assert "older than the chat" in rows[1] and rows[1].startswith("passport.pdf")
    assert page.preview.files.isVisible()
    dialogs.confirm_answer = False  # "Leave them out"
    page.commit()
    _wait(qtbot, page)
    assert dialogs.confirms == ["Attach older files?"]
    names = {e.content["file_name"] for e in vault.journal.list(Query(kinds=("attachment",)))}
    assert "passport.pdf" not in names and "IMG-20240314-WA0001.jpg" in names


def test_real_choose_dialog_returns_the_button_pressed(qtbot: Any) -> None:
    dialogs = Dialogs()
    pressed: list[str] = []

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            button = widget.findChild(QPushButton, "dialog_choice_MDY")
            if button is not None and widget.isVisible():
                pressed.append(button.text())
                button.click()
                return
        QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    answer = dialogs.choose(None, "How are the dates written?", "1. 05.03.24, 21:05",
                            [("DMY", "Day first"), ("MDY", "Month first")])
    assert answer == "MDY" and pressed == ["Month first"]
