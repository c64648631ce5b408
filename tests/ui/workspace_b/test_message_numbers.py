"""Messages page: the permanent number a lawyer cites ("message С1.0003 in the chronology") is on
screen beside the message's time, in the interface language's letters as the PDF prints it, the
conversation's number beside its name, and the page's search finds a message by its number typed
with a Latin C or a Cyrillic С."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.journal.search import Query
from safeplan.ui.workspace.messages_page import MessagesPage

CYRILLIC_ES = "\u0421"


@pytest.fixture
def vault(make_vault: Any) -> Any:
    vault = make_vault()
    for n in range(1, 5):  # C1.0001 … C1.0004
        vault.journal.save("message", {
            "text": f"I am outside, number {n}", "channel": "sms", "conversation": "Viktor",
            "sender": "Viktor", "sender_id": "+375 29 111-22-33", "direction": "incoming",
            "sent_at": f"2024-03-1{n}T21:0{n}:00+03:00"})
    vault.journal.save("message", {"text": "Are you safe?", "channel": "sms",
                                   "conversation": "Sister", "sent_at": "2024-03-20T10:00:00Z"})
    return vault


def _row(page: MessagesPage, name: str) -> int:
    for row in range(page.conversations.count()):
        if page.conversations.item(row).data(Qt.ItemDataRole.UserRole) == name:
            return row
    return -1


def _shown(page: MessagesPage, ref: str) -> Any:
    for row in range(page.model.loaded):
        entry = page.model.entry(row)
        if entry is not None and entry.ref == ref:
            return page.model.index(row, 0), entry
    raise AssertionError(f"{ref} not in the view")


def test_number_beside_the_time_and_in_the_spoken_text(qtbot: Any, show: Any, vault: Any,
                                                       dialogs: Any, language: Any) -> None:
    language("en")
    page = show(MessagesPage(vault, dialogs))
    index, entry = _shown(page, "C1.0003")
    who, body, foot = page.bubble_texts(entry)
    assert "C1.0003" in foot and "21:03" in foot
    # never inside her words or the sender line: it must not read as part of the message
    assert "C1.0003" not in body and "C1.0003" not in who
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Message number C1.0003" in spoken and "I am outside, number 3" in spoken
    # the conversation list names each conversation's number beside its name
    viktor = page.conversations.item(_row(page, "Viktor"))
    sister = page.conversations.item(_row(page, "Sister"))
    assert viktor.text().startswith("C1 ") and "Viktor" in viktor.text()
    assert sister.text().startswith("C2 ")
    assert "Conversation C1" in viktor.data(Qt.ItemDataRole.AccessibleTextRole)


def test_russian_screen_prints_the_cyrillic_letter_like_the_pdf(qtbot: Any, show: Any,
                                                                 vault: Any, dialogs: Any,
                                                                 language: Any) -> None:
    language("ru")
    page = show(MessagesPage(vault, dialogs))
    _, entry = _shown(page, "C1.0003")
    foot = page.bubble_texts(entry)[2]
    assert f"{CYRILLIC_ES}1.0003" in foot and "C1.0003" not in foot
    viktor = page.conversations.item(_row(page, "Viktor"))
    assert viktor.text().startswith(f"{CYRILLIC_ES}1 ")


def test_message_without_a_number_shows_none(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                             language: Any) -> None:
    language("en")
    page = show(MessagesPage(vault, dialogs))
    _, entry = _shown(page, "C1.0002")
    bare = replace(entry, ref="")  # a message of a document no SafePlan vault numbered
    foot = page.bubble_texts(bare)[2]
    assert foot == page.bubble_texts(entry)[2].split(" · ", 1)[1] and "C1" not in foot
    assert page.accessible_text(bare).startswith("From ")
    assert page.number_tip(bare) == "" and "C1.0002" in page.number_tip(entry)


@pytest.mark.parametrize("typed", ["С1.0003", "C1.0003", "с1.3"])
def test_search_finds_the_message_by_its_number(qtbot: Any, show: Any, vault: Any,
                                                dialogs: Any, language: Any, typed: str) -> None:
    language("ru")
    page = show(MessagesPage(vault, dialogs))
    page.search.setFocus()
    page.search.insert(typed)  # as typed (QTest cannot type Cyrillic keys)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.total == 1
    assert page.model.entry(0).ref == "C1.0003"
    assert page.model.entry(0).content["text"] == "I am outside, number 3"
    # inside the other conversation it is not there; the number of the whole conversation is
    page.conversations.setCurrentRow(_row(page, "Sister"))
    assert page.model.total == 0
    page.search.setText(f"{CYRILLIC_ES}1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.conversations.setCurrentRow(0)  # every conversation
    assert page.model.total == vault.journal.count(Query(kinds=("message",),
                                                         conversation="Viktor")) == 4


def test_other_pages_search_finds_entries_and_messages_by_number(qtbot: Any, show: Any,
                                                                 vault: Any, dialogs: Any,
                                                                 language: Any) -> None:
    """The same search behind the incidents list and the timeline: "entry 2026-0014" and
    "С1.0003" typed in a page's search box find what the PDF cites by them."""
    from safeplan.ui.workspace.incidents_page import IncidentsPage
    from safeplan.ui.workspace.timeline_page import TimelinePage

    language("ru")
    for title in ("Kitchen", "Phone", "Money"):
        vault.journal.save("incident", {"title": title, "occurred_at": "2024-03-12T23:30:00Z"})
    [phone] = [e for e in vault.journal.list(Query(kinds=("incident",)))
               if e.content["title"] == "Phone"]
    year, number = phone.ref.split("-")
    incidents = show(IncidentsPage(vault, dialogs))
    incidents.filter.search.insert(f"{year}-{int(number)}")  # unpadded, as a person may type
    qtbot.keyClick(incidents.filter.search, Qt.Key.Key_Return)
    assert [incidents.model.entry(r).uid for r in range(incidents.model.loaded)] == [phone.uid]
    timeline = show(TimelinePage(vault, dialogs))
    timeline.filters.search.insert(f"{CYRILLIC_ES}1.0003")
    qtbot.keyClick(timeline.filters.search, Qt.Key.Key_Return)
    assert [timeline.model.entry(r).ref for r in range(timeline.model.loaded)] == ["C1.0003"]
