"""Permanent numbers on screen: a lawyer says "incident No. 2026-0014 on page 7" and she finds it.

Every place an entry is listed (incidents list, timeline, medical visits, legal dates) shows the
number the court PDF cites it by, and says it to a screen reader as a number ("Number
2026-0014"); the editors show it at the top once the entry is saved (a new one has none yet);
the files of an entry show their exhibit number, with the Cyrillic «Е» in Russian as the PDF
prints it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

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
    j.save("incident", {"title": "Kitchen", "occurred_at": "2024-03-12T23:30:00+03:00",
                        "categories": ["physical"], "severity": 3})
    j.save("incident", {"title": "Phone taken", "occurred_at": "2024-03-14T20:00:00+03:00"})
    j.save("medical", {"visited_at": "2024-03-13T10:00:00+03:00", "facility": "City hospital",
                       "kind": "emergency"})
    j.save("legal", {"kind": "court-hearing", "starts_at": "2024-05-02", "reference": "Case 1-15/24"})
    j.save("message", {"text": "I see you", "channel": "sms", "conversation": "Viktor",
                       "sender": "Viktor", "sent_at": "2024-03-12T21:03:00+03:00"})
    return vault


def _entry(vault: Any, entry_kind: str, **match: Any) -> Any:
    for entry in vault.journal.list(Query(kinds=(entry_kind,))):
        if all(entry.content.get(k) == v for k, v in match.items()):
            return entry
    raise AssertionError(f"no {entry_kind} {match}")


def _model_row(model: Any, uid: str) -> int:
    for row in range(model.loaded):
        if model.entry(row).uid == uid:
            return row
    raise AssertionError(f"{uid} not listed")


# --- incidents list and editor --------------------------------------------------------------
def test_incidents_list_shows_and_says_the_number(qtbot: Any, show: Any, vault: Any,
                                                  dialogs: Any, language: Any) -> None:
    from safeplan.ui.workspace.incidents_page import IncidentsPage

    language("en")
    kitchen = _entry(vault, "incident", title="Kitchen")
    assert kitchen.ref  # the vault numbered it ("2026-0001")
    page = show(IncidentsPage(vault, dialogs))
    row = _model_row(page.model, kitchen.uid)
    cells = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert any(kitchen.ref in str(cell) for cell in cells)
    spoken = [page.model.index(row, c).data(Qt.ItemDataRole.AccessibleTextRole)
              for c in range(page.model.columnCount())]
    assert f"Number {kitchen.ref}" in " ".join(spoken)
    # the column is titled as the PDF's summary titles it, and the title is still on the row
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.model.columnCount())]
    assert "No." in titles and "What happened" in titles
    assert any("Kitchen" in str(cell) for cell in cells)


def test_incident_editor_shows_the_number_once_saved(qtbot: Any, show: Any, vault: Any,
                                                     dialogs: Any, language: Any) -> None:
    from safeplan.ui.workspace.incidents_page import IncidentsPage

    language("en")
    page = show(IncidentsPage(vault, dialogs))
    page.new_incident()
    editor = page.editor
    assert editor.number_label.isHidden()  # a new entry has no number yet
    editor.title.setText("Broken door")
    uid = editor.save()
    assert uid is not None
    ref = vault.journal.get(uid).ref
    assert ref and not editor.number_label.isHidden()
    assert editor.number_label.text() == f"No. {ref}"
    assert f"Number {ref}" in editor.number_label.accessibleName()
    # another one opened from the list shows its own; a new one shows none again
    kitchen = _entry(vault, "incident", title="Kitchen")
    page.open_incident(kitchen.uid)
    assert editor.number_label.text() == f"No. {kitchen.ref}"
    page.new_incident()
    assert editor.number_label.isHidden()


def test_incident_editor_number_in_russian(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                           language: Any) -> None:
    from safeplan.ui.workspace.incidents_page import IncidentsPage

    language("ru")
    kitchen = _entry(vault, "incident", title="Kitchen")
    page = show(IncidentsPage(vault, dialogs))
    page.open_incident(kitchen.uid)
    assert page.editor.number_label.text() == f"№ {kitchen.ref}"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "№"


# --- timeline -------------------------------------------------------------------------------
def _paint_row(page: Any, row: int) -> QImage:
    image = QImage(900, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 900, 120)
    option.font = page.view.font()
    painter = QPainter(image)
    page.view.itemDelegate().paint(painter, option, page.model.index(row, 0))
    painter.end()
    return image


def test_timeline_rows_show_and_say_numbers(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                            language: Any, monkeypatch: Any) -> None:
    from safeplan.ui.workspace.timeline_page import TimelinePage

    language("en")
    page = show(TimelinePage(vault, dialogs))
    kitchen = _entry(vault, "incident", title="Kitchen")
    visit = _entry(vault, "medical", facility="City hospital")
    hearing = _entry(vault, "legal", kind="court-hearing")
    message = _entry(vault, "message", text="I see you")
    for entry in (kitchen, visit, hearing):
        assert page.number_text(entry) == f"No. {entry.ref}"
        spoken = page.model.index(_model_row(page.model, entry.uid), 0).data(
            Qt.ItemDataRole.AccessibleTextRole)
        assert f"Number {entry.ref}." in spoken
    assert page.number_text(message) == "C1.0001"
    spoken = page.model.index(_model_row(page.model, message.uid), 0).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert "Message number C1.0001." in spoken and "I see you" in spoken
    # the delegate draws it: the same row painted without the number looks different
    row = _model_row(page.model, kitchen.uid)
    with_number = _paint_row(page, row)
    monkeypatch.setattr(page, "number_text", lambda entry: "")
    assert _paint_row(page, row) != with_number


def test_timeline_message_number_in_russian(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                            language: Any) -> None:
    from safeplan.ui.workspace.timeline_page import TimelinePage

    language("ru")
    page = show(TimelinePage(vault, dialogs))
    message = _entry(vault, "message", text="I see you")
    kitchen = _entry(vault, "incident", title="Kitchen")
    assert page.number_text(message) == f"{CYRILLIC_ES}1.0001"
    assert page.number_text(kitchen) == f"№ {kitchen.ref}"


# --- medical visits -------------------------------------------------------------------------
def test_medical_list_and_form_show_the_number(qtbot: Any, show: Any, vault: Any,
                                               dialogs: Any, language: Any) -> None:
    from safeplan.ui.workspace.medical_page import MedicalPage

    language("en")
    visit = _entry(vault, "medical", facility="City hospital")
    page = show(MedicalPage(vault, dialogs))
    index = page.model.index(_model_row(page.model, visit.uid), 0)
    assert f"No. {visit.ref}" in index.data()
    assert f"Number {visit.ref}." in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.number_label.isHidden()  # the new-visit form
    page.load(visit.uid)
    assert not page.number_label.isHidden() and page.number_label.text() == f"No. {visit.ref}"
    page.new_visit()
    assert page.number_label.isHidden()
    page.facility.setText("Clinic 4")
    uid = page.save()
    assert uid is not None
    assert page.number_label.text() == f"No. {vault.journal.get(uid).ref}"
    assert f"Number {vault.journal.get(uid).ref}" in page.number_label.accessibleName()


# --- legal dates ----------------------------------------------------------------------------
def test_legal_dates_show_the_number(qtbot: Any, show: Any, vault: Any, dialogs: Any,
                                     language: Any) -> None:
    from safeplan.ui.plan.legal_page import LegalPage

    language("en")
    hearing = _entry(vault, "legal", kind="court-hearing")
    page = show(LegalPage(vault, dialogs))
    texts = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert hearing.ref in texts and "Case 1-15/24" in texts  # her case number stays apart
    column = texts.index(hearing.ref)
    assert page.table.horizontalHeaderItem(column).text() == "No."
    assert f"Number {hearing.ref}" in page.table.item(0, column).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert page.number_label.isHidden()
    page.table.selectRow(0)
    assert not page.number_label.isHidden() and page.number_label.text() == f"No. {hearing.ref}"
    language("ru")  # the PDF's «№» after a switch of language, in the table and above the form
    qtbot.waitUntil(lambda: page.number_label.text() == f"№ {hearing.ref}")
    assert page.table.horizontalHeaderItem(column).text() == "№"
    page.clear_form()
    assert page.number_label.isHidden()


# --- files of an entry ----------------------------------------------------------------------
def _attachments(vault: Any, dialogs: Any, show: Any) -> Any:
    from safeplan.ui.workspace.attachments_widget import AttachmentsWidget

    widget = show(AttachmentsWidget(vault.journal, dialogs))
    widget.add_bytes(PNG_1PX, "bruise.png", "image/png")
    return widget


def test_attachments_show_their_exhibit_number(qtbot: Any, show: Any, vault: Any,
                                               dialogs: Any, language: Any) -> None:
    language("en")
    widget = _attachments(vault, dialogs, show)
    ref = vault.journal.get(widget.ids()[0]).ref
    assert ref == "E-0001"
    item = widget.list.item(0)
    assert "E-0001" in item.text() and "bruise.png" in item.text()
    assert "Exhibit E-0001" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "bruise.png" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    # set again from the entry's saved ids: still there
    widget.set_ids(widget.ids())
    assert "E-0001" in widget.list.item(0).text()


def test_attachments_exhibit_letter_is_cyrillic_in_russian(qtbot: Any, show: Any, vault: Any,
                                                           dialogs: Any, language: Any) -> None:
    language("ru")
    widget = _attachments(vault, dialogs, show)
    text = widget.list.item(0).text()
    assert f"{CYRILLIC_IE}-0001" in text and "E-0001" not in text
    # a switch of language while the files are listed changes the letter too
    language("en")
    qtbot.waitUntil(lambda: "E-0001" in widget.list.item(0).text())  # LanguageChange is posted
