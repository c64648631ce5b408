"""Permanent numbers where she picks entries and in the trash.

The incident form's pickers (an earlier incident it links to, the doctor's visit that documents
it) list every entry with the number the court PDF cites it by, first on the line and said first
to a screen reader ("Number 2026-0014. 12 Mar 2024 23:30 · Kitchen"), so "link it to incident
2026-0009" from a lawyer leads to the right one. The trash lists each entry's number in a first
column (the message's С and the file's Е in Cyrillic in Russian, as the PDF prints them) and finds
an entry by its number: the PDF's appendix lists deleted entries by number, and a lawyer's "entry
2026-0009 was deleted on …" must lead her to it, to bring it back.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.journal.search import Query

CYRILLIC_IE = "\u0415"  # «Е»
CYRILLIC_ES = "\u0421"  # «С»
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6f1a10000000049454e44ae426082")


@pytest.fixture
def vault(make_vault: Any) -> Any:
    vault = make_vault()
    j = vault.journal
    j.save("incident", {"title": "Kitchen", "occurred_at": "2024-03-12T23:30:00+03:00"})
    j.save("incident", {"title": "Phone taken", "occurred_at": "2024-03-14T20:00:00+03:00"})
    j.save("incident", {"title": "At the door", "occurred_at": "2024-04-01T08:00:00+03:00"})
    j.save("medical", {"visited_at": "2024-03-13T10:00:00+03:00", "facility": "City hospital"})
    j.save("person", {"name": "Viktor", "role": "perpetrator"})
    j.save("message", {"text": "I see you", "channel": "sms", "conversation": "Viktor",
                       "sender": "Viktor", "sent_at": "2024-03-12T21:03:00+03:00"})
    j.add_attachment(PNG_1PX, "bruise.png", "image/png")
    return vault


def _entry(vault: Any, kind: str, *, trash: bool = False, **match: Any) -> Any:
    for entry in vault.journal.list(Query(kinds=(kind,), in_trash=trash)):
        if all(entry.content.get(k) == v for k, v in match.items()):
            return entry
    raise AssertionError(f"no {kind} {match}")


def _choice(picker: Any, uid: str) -> int:
    index = picker.choices.findData(uid)
    assert index > 0, f"{uid} not offered"
    return int(index)


# --- pickers --------------------------------------------------------------------------------
def test_linked_incident_picker_shows_and_says_numbers(qtbot: Any, vault: Any,
                                                       language: Any) -> None:
    from safeplan.ui.workspace.entry_picker import EntryPicker, incident_label

    language("en")
    picker = EntryPicker(vault.journal, "incident", label=incident_label, name="linked")
    qtbot.addWidget(picker)
    kitchen = _entry(vault, "incident", title="Kitchen")
    assert kitchen.ref
    index = _choice(picker, kitchen.uid)
    text = picker.choices.itemText(index)
    assert text.startswith(f"No. {kitchen.ref} · ") and "Kitchen" in text
    spoken = picker.choices.itemData(index, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Number {kitchen.ref}.") and "Kitchen" in spoken
    # the neutral first choice has no number
    assert "No." not in picker.choices.itemText(0)
    # chosen: the list of linked incidents shows and says it too
    picker.set_ids([kitchen.uid])
    item = picker.chosen.item(0)
    assert item.text().startswith(f"No. {kitchen.ref} · ") and "Kitchen" in item.text()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"Number {kitchen.ref}.")
    # added through the combo box the same way
    door = _entry(vault, "incident", title="At the door")
    picker.choices.setCurrentIndex(_choice(picker, door.uid))
    picker.add_button.click()
    assert picker.chosen.item(1).text().startswith(f"No. {door.ref} · ")


def test_medical_picker_in_the_incident_form_shows_numbers(qtbot: Any, show: Any, vault: Any,
                                                           dialogs: Any, language: Any) -> None:
    from safeplan.ui.workspace.incidents_page import IncidentsPage

    language("en")
    visit = _entry(vault, "medical", facility="City hospital")
    kitchen = _entry(vault, "incident", title="Kitchen")
    page = show(IncidentsPage(vault, dialogs))
    page.open_incident(kitchen.uid)
    medical = page.editor.medical
    index = _choice(medical, visit.uid)
    assert medical.choices.itemText(index).startswith(f"No. {visit.ref} · ")
    assert "City hospital" in medical.choices.itemText(index)
    linked = page.editor.linked
    phone = _entry(vault, "incident", title="Phone taken")
    assert linked.choices.itemText(_choice(linked, phone.uid)).startswith(f"No. {phone.ref} · ")
    # people have no number: their names stay as they are
    viktor = _entry(vault, "person", name="Viktor")
    perpetrators = page.editor.perpetrators
    assert perpetrators.choices.itemText(_choice(perpetrators, viktor.uid)) == "Viktor"


def test_picker_numbers_in_russian_and_after_a_switch(qtbot: Any, vault: Any,
                                                      language: Any) -> None:
    from safeplan.ui.workspace.entry_picker import EntryPicker, incident_label

    language("ru")
    picker = EntryPicker(vault.journal, "incident", label=incident_label, name="linked")
    qtbot.addWidget(picker)
    kitchen = _entry(vault, "incident", title="Kitchen")
    picker.set_ids([kitchen.uid])
    assert picker.choices.itemText(_choice(picker, kitchen.uid)).startswith(f"№ {kitchen.ref} · ")
    assert picker.chosen.item(0).text().startswith(f"№ {kitchen.ref} · ")
    picker.choices.setCurrentIndex(_choice(picker, kitchen.uid))
    language("en")  # LanguageChange is posted: the words and the choice she had stay
    qtbot.waitUntil(lambda: picker.chosen.item(0).text().startswith(f"No. {kitchen.ref} · "))
    assert picker.choices.itemText(_choice(picker, kitchen.uid)).startswith("No. ")
    assert picker.choices.currentData() == kitchen.uid
    assert picker.ids() == [kitchen.uid]


# --- trash ----------------------------------------------------------------------------------
def _trash_everything(vault: Any) -> dict[str, Any]:
    found = {"kitchen": _entry(vault, "incident", title="Kitchen"),
             "phone": _entry(vault, "incident", title="Phone taken"),
             "visit": _entry(vault, "medical", facility="City hospital"),
             "viktor": _entry(vault, "person", name="Viktor"),
             "message": _entry(vault, "message", text="I see you"),
             "photo": _entry(vault, "attachment")}
    for entry in found.values():
        vault.journal.delete(entry.uid)
    return found


def _trash_cells(page: Any, uid: str, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    row = page.model.row_of(uid)
    assert row >= 0, f"{uid} not in the trash list"
    return [page.model.index(row, c).data(role) for c in range(page.model.columnCount())]


def test_trash_lists_numbers_first(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                   language: Any) -> None:
    from safeplan.ui.workspace.trash_page import TrashPage

    language("en")
    found = _trash_everything(vault)
    page = show(TrashPage(vault, dialogs))
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "No."
    kitchen = found["kitchen"]
    assert _trash_cells(page, kitchen.uid)[0] == kitchen.ref
    spoken = _trash_cells(page, kitchen.uid, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken[0] == f"Number {kitchen.ref}."
    assert _trash_cells(page, found["visit"].uid)[0] == found["visit"].ref
    assert _trash_cells(page, found["message"].uid)[0] == "C1.0001"
    assert _trash_cells(page, found["message"].uid, Qt.ItemDataRole.AccessibleTextRole)[0] \
        == "Message number C1.0001."
    assert _trash_cells(page, found["photo"].uid)[0] == "E-0001"
    assert _trash_cells(page, found["photo"].uid, Qt.ItemDataRole.AccessibleTextRole)[0] \
        == "Exhibit E-0001."
    assert _trash_cells(page, found["viktor"].uid)[0] == ""  # people have none
    assert "Viktor" in " ".join(_trash_cells(page, found["viktor"].uid))


def test_trash_numbers_in_russian(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                  language: Any) -> None:
    from safeplan.ui.workspace.trash_page import TrashPage

    language("ru")
    found = _trash_everything(vault)
    page = show(TrashPage(vault, dialogs))
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "№"
    assert _trash_cells(page, found["message"].uid)[0] == f"{CYRILLIC_ES}1.0001"
    assert _trash_cells(page, found["photo"].uid)[0] == f"{CYRILLIC_IE}-0001"
    assert _trash_cells(page, found["kitchen"].uid)[0] == found["kitchen"].ref


def test_trash_finds_an_entry_by_its_number(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                            language: Any) -> None:
    from safeplan.ui.workspace.trash_page import TrashPage

    language("en")
    found = _trash_everything(vault)
    page = show(TrashPage(vault, dialogs))
    assert page.model.total == len(found)
    phone = found["phone"]
    year, number = phone.ref.split("-")
    # unpadded, as people type it
    page.search.setText(f"{year}-{int(number)}")
    assert page.model.total == 1 and page.model.entry(0).uid == phone.uid
    # the lawyer's sentence pasted as it is
    page.search.setText(f"Entry {phone.ref} was deleted on 5 December")
    assert page.model.total == 1 and page.model.entry(0).uid == phone.uid
    # a message cited from a Russian document, Cyrillic С
    page.search.setText(f"сообщение {CYRILLIC_ES}1.0001")
    assert page.model.total == 1 and page.model.entry(0).uid == found["message"].uid
    # words still find
    page.search.setText("hospital")
    assert page.model.total == 1 and page.model.entry(0).uid == found["visit"].uid
    # nothing: she is told why it may not be here, and cannot "bring back" nothing
    page.search.setText(f"{year}-0099")
    assert page.model.total == 0
    assert not page.empty_note.isHidden() and page.empty_note.text()
    assert not page.restore_button.isEnabled()
    # the whole trash again, and the empty-trash button still counts everything
    page.search.clear()
    assert page.model.total == len(found) and page.empty_note.isHidden()


def test_trash_bring_back_says_which_number(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                            language: Any) -> None:
    from safeplan.ui.workspace.trash_page import TrashPage

    language("en")
    found = _trash_everything(vault)
    page = show(TrashPage(vault, dialogs))
    kitchen = found["kitchen"]
    page.search.setText(kitchen.ref)
    page.table.selectRow(0)
    assert page.restore_selected() == kitchen.uid
    assert f"No. {kitchen.ref}" in page.status.text()
    assert vault.journal.get(kitchen.uid).ref == kitchen.ref  # the same number, back again
    assert page.model.total == 0  # the search stays; it is no longer in the trash


def test_emptying_while_searching_removes_the_whole_trash(qtbot: Any, show: Any, vault: Any,
                                                          dialogs: Any, language: Any) -> None:
    """The search narrows what she sees; "Empty the trash…" still means all of it, says how
    many, and can be pressed while the search shows nothing."""
    from safeplan.ui.workspace.trash_page import TRASH_QUERY, TrashPage

    language("en")
    found = _trash_everything(vault)
    page = show(TrashPage(vault, dialogs))
    asked: list[str] = []
    dialogs.confirm = lambda parent, title, text, **_: asked.append(text) or False
    page.search.setText("hospital")
    assert page.model.total == 1
    assert page.empty() == 0  # she said no: nothing removed
    assert asked == [f"{len(found)} entries in the trash will be removed for good. This cannot "
                     "be undone."]
    dialogs.confirm = lambda parent, title, text, **_: True
    page.search.setText("2026-0099")
    assert page.model.total == 0 and page.empty_button.isEnabled()
    assert page.empty() == len(found)
    assert vault.journal.count(TRASH_QUERY) == 0 and page.model.total == 0


# --- the draft outline of a private-prosecution application (Guides) -------------------------
def test_draft_outline_choices_show_numbers(qtbot: Any, vault: Any, dialogs: Any,
                                            language: Any) -> None:
    """She ticks the incidents and files for the outline she takes to a lawyer: each with the
    number the court document cites it by, so both speak of the same "2026-0001" and "Е-0001"."""
    from safeplan.ui.plan.guides_page import GuidesPage

    language("en")
    page = GuidesPage(vault, dialogs)
    qtbot.addWidget(page)
    kitchen = _entry(vault, "incident", title="Kitchen")
    texts = {page.incidents.item(i).data(Qt.ItemDataRole.UserRole): page.incidents.item(i)
             for i in range(page.incidents.count())}
    item = texts[kitchen.uid]
    assert item.text().startswith(f"No. {kitchen.ref} · ") and "Kitchen" in item.text()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"Number {kitchen.ref}.")
    photo = page.exhibits.item(0)
    assert photo.text() == "E-0001 · bruise.png"
    assert photo.data(Qt.ItemDataRole.AccessibleTextRole) == "Exhibit E-0001. bruise.png"
    language("ru")
    qtbot.waitUntil(lambda: page.exhibits.item(0).text() == f"{CYRILLIC_IE}-0001 · bruise.png")


# --- history of an entry --------------------------------------------------------------------
def test_history_says_whose_history_it_is(qtbot: Any, vault: Any, language: Any) -> None:
    """The PDF's amendments appendix says "No. 2026-0001, amended on …"; the history she opens
    beside it names the same number (a person's, which has none, shows none)."""
    from safeplan.ui.workspace.history_dialog import HistoryDialog

    language("ru")
    kitchen = _entry(vault, "incident", title="Kitchen")
    vault.journal.save("incident", {**kitchen.content, "severity": 4}, kitchen.uid)
    dialog = HistoryDialog(vault.journal, kitchen.uid)
    qtbot.addWidget(dialog)
    assert not dialog.number_label.isHidden()
    assert dialog.number_label.text() == f"№ {kitchen.ref}"
    viktor = _entry(vault, "person", name="Viktor")
    person = HistoryDialog(vault.journal, viktor.uid)
    qtbot.addWidget(person)
    assert person.number_label.isHidden()
    language("en")
    english = HistoryDialog(vault.journal, kitchen.uid)
    qtbot.addWidget(english)
    assert english.number_label.text() == f"No. {kitchen.ref}"
    assert english.number_label.accessibleName() == f"Number {kitchen.ref}."
