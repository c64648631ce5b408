"""Messages: manual entry keeps the sender's number and time; conversations and per-day counts
match what the journal holds."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from safeplan.core.journal.model import sort_key
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.messages_page import MessagesPage
from safeplan.ui.workspace.per_day_chart import PerDayChart, fill_days


def _conversation_row(page: MessagesPage, name: str) -> int:
    for row in range(page.conversations.count()):
        if page.conversations.item(row).data(Qt.ItemDataRole.UserRole) == name:
            return row
    return -1


def test_manual_entry_saves_number_time_and_screenshot(qtbot: Any, show: Any, make_vault: Any,
                                                       dialogs: Any, tmp_path: Any) -> None:
    vault = make_vault()
    person = vault.journal.save("person", {"name": "Viktor K.", "role": "perpetrator"})
    shot = tmp_path / "screen.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    dialogs.files.append(shot)
    page = show(MessagesPage(vault, dialogs))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    editor.when.setDateTime(QDateTime(QDate(2024, 3, 12), QTime(21, 5)))
    editor.channel.setCurrentIndex(editor.channel.findData("sms"))
    editor.direction.setCurrentIndex(editor.direction.findData("incoming"))
    qtbot.keyClicks(editor.sender_name, "Viktor")
    qtbot.keyClicks(editor.sender_id, "+375 29 111-22-33")
    editor.person.setCurrentIndex(editor.person.findData(person))
    qtbot.keyClicks(editor.text, "I know where you live now.")
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.attachments.ids()) == 1
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    [message] = vault.journal.list(Query(kinds=("message",)))
    c = message.content
    assert c["sender_id"] == "+375 29 111-22-33" and c["sender"] == "Viktor"
    assert c["sent_at"].startswith("2024-03-12T21:05:00")
    assert c["channel"] == "sms" and c["direction"] == "incoming" and c["person_id"] == person
    assert c["conversation"] == "Viktor K."  # grouped under the linked person by default
    assert c["text"] == "I know where you live now."
    [att] = c["attachment_ids"]
    assert vault.journal.read_attachment(att) == shot.read_bytes()
    # the conversation view shows it, with the number and the original time
    assert page.stack.currentIndex() == 0
    page.select_conversation("Viktor K.")
    assert page.model.total == 1
    who, body, foot = page.bubble_texts(page.model.entry(0))
    assert "+375 29 111-22-33" in who and body.startswith("I know where you live now.")
    assert "21:05" in foot


def test_empty_message_is_refused(qtbot: Any, show: Any, make_vault: Any, dialogs: Any) -> None:
    vault = make_vault()
    page = show(MessagesPage(vault, dialogs))
    page.add_button.click()
    page.editor.save_button.click()
    assert dialogs.errors and vault.journal.count(Query(kinds=("message",))) == 0


def test_conversation_view_and_per_day_counts_match_the_journal(qtbot: Any, show: Any,
                                                                demo_vault: Any,
                                                                dialogs: Any) -> None:
    page = show(MessagesPage(demo_vault, dialogs))
    journal = demo_vault.journal
    messages = journal.list(Query(kinds=("message",)))
    [(_channel, name, count)] = journal.conversations()
    row = _conversation_row(page, name)
    assert row > 0
    page.conversations.setCurrentRow(row)
    assert page.model.total == count == len(messages)
    # oldest first, as sent
    shown = [str(sort_key(page.model.entry(i).content["sent_at"]))
             for i in range(page.model.loaded)]
    assert shown == sorted(shown) and len(shown) == len(messages)
    # the chart counts exactly the messages per day as the phone showed it, quiet days as zero
    per_day: Counter[str] = Counter(m.content["sent_at"][:10] for m in messages)
    chart_days = {d.isoformat(): n for d, n in page.chart.days() if n}
    assert chart_days == dict(per_day)
    assert page.chart.total() == len(messages)
    busiest = page.chart.busiest()
    assert busiest is not None and busiest[1] == max(per_day.values())
    assert str(len(messages)) in page.chart.accessibleDescription()


def test_search_narrows_the_conversation(qtbot: Any, show: Any, demo_vault: Any,
                                         dialogs: Any) -> None:
    page = show(MessagesPage(demo_vault, dialogs))
    qtbot.keyClicks(page.search, "outside")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    expected = demo_vault.journal.count(Query(kinds=("message",), text="outside"))
    assert 0 < page.model.total == expected
    page.clear_for_lock()
    assert page.model.rowCount() == 0 and page.conversations.count() == 0


def test_night_messages_count_on_the_local_day(qtbot: Any, show: Any, make_vault: Any,
                                               dialogs: Any) -> None:
    vault = make_vault()
    for minute in range(3):  # 01:0x in Minsk is still 22:0x of the day before in UTC
        vault.journal.save("message", {"sent_at": f"2024-03-12T01:0{minute}:00+03:00",
                                       "text": "I am outside", "conversation": "V"})
    page = show(MessagesPage(vault, dialogs))
    assert [(d.isoformat(), n) for d, n in page.chart.days()] == [("2024-03-12", 3)]
    assert vault.journal.counts_by_day("message") == [("2024-03-11", 3)]  # the UTC view


def test_fill_days_keeps_quiet_days_and_renders() -> None:
    days = fill_days([("2024-01-01", 3), ("2024-01-04", 1), ("bad", 9)])
    assert [(d.isoformat(), n) for d, n in days] == [
        ("2024-01-01", 3), ("2024-01-02", 0), ("2024-01-03", 0), ("2024-01-04", 1)]
    chart = PerDayChart()
    chart.set_counts([("2024-01-01", 3), ("2024-01-04", 1)])
    assert chart.total() == 4 and not chart.render_image(600, 240).isNull()


def test_show_entry_opens_the_conversation_at_the_message(qtbot: Any, show: Any, demo_vault: Any,
                                                          dialogs: Any) -> None:
    page = show(MessagesPage(demo_vault, dialogs))
    last = demo_vault.journal.list(Query(kinds=("message",), newest_first=True, limit=1))[0]
    assert page.show_entry(last.uid)
    assert page.current_conversation() == last.content["conversation"]
    assert page.view.currentIndex().row() == page.model.row_of(last.uid) >= 0
    assert not page.show_entry("no-such-uid")
