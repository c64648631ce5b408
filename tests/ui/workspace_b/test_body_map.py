"""The body map stores marks as fractions, redraws them, and survives a save and reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor

from safeplan.core.journal.search import Query
from safeplan.ui.workspace.body_map import BodyMapWidget
from safeplan.ui.workspace.medical_page import MedicalPage


def _point(widget: BodyMapWidget, view: str, x: float, y: float) -> QPoint:
    box = widget.figure_boxes(QRectF(widget.canvas.rect()))[view]
    return QPoint(int(box.left() + x * box.width()), int(box.top() + y * box.height()))


def _dark_pixels(image: Any) -> int:
    small = image.scaled(200, 210)
    return sum(1 for px in range(small.width()) for py in range(small.height())
               if QColor(small.pixel(px, py)).lightness() < 60)


def test_click_places_numbered_marks_with_notes(qtbot: Any, show: Any) -> None:
    widget = show(BodyMapWidget())
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=_point(widget, "front", 0.2, 0.4))
    qtbot.keyClicks(widget.findChild(type(widget.note), "body_map_note"), "bruise, 3 cm")
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=_point(widget, "back", 0.5, 0.3))
    marks = widget.marks()
    assert [m["view"] for m in marks] == ["front", "back"]
    assert abs(marks[0]["x"] - 0.2) < 0.02 and abs(marks[0]["y"] - 0.4) < 0.02
    assert abs(marks[1]["x"] - 0.5) < 0.02 and abs(marks[1]["y"] - 0.3) < 0.02
    assert marks[0]["note"] == "bruise, 3 cm"
    assert widget.list.count() == 2
    assert widget.list.item(0).text().startswith("1.") and "bruise, 3 cm" in widget.list.item(0).text()
    # a click beside the figures places nothing
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert len(widget.marks()) == 2


def test_keyboard_places_and_removes_a_mark(qtbot: Any, show: Any) -> None:
    widget = show(BodyMapWidget())
    widget.canvas.setFocus()
    qtbot.keyClick(widget.canvas, Qt.Key.Key_PageDown)  # switch to the back view
    qtbot.keyClick(widget.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(widget.canvas, Qt.Key.Key_Space)
    assert widget.marks()[0]["view"] == "back"
    assert abs(widget.marks()[0]["y"] - 0.32) < 0.001
    widget.list.setCurrentRow(0)
    widget.remove_button.click()
    assert widget.marks() == []


def test_set_marks_redraws_them(qtbot: Any, show: Any) -> None:
    widget = show(BodyMapWidget())
    empty = _dark_pixels(widget.render_image())
    widget.set_marks([{"view": "front", "x": 0.5, "y": 0.3, "note": "a"},
                      {"view": "back", "x": 0.4, "y": 0.7, "note": "b"},
                      {"view": "sideways", "x": 7, "y": -1}])  # cleaned: front, clamped
    assert widget.list.count() == 3
    assert widget.marks()[2] == {"view": "front", "x": 1.0, "y": 0.0, "note": ""}
    assert _dark_pixels(widget.render_image()) > empty
    widget.clear()
    assert _dark_pixels(widget.render_image()) == empty


def test_medical_visit_stores_body_marks_and_reloads_them(qtbot: Any, show: Any, make_vault: Any,
                                                          dialogs: Any) -> None:
    vault = make_vault()
    incident = vault.journal.save("incident", {"title": "Pushed", "occurred_at":
                                               "2024-03-01T21:00:00+03:00"})
    page = show(MedicalPage(vault, dialogs))
    page.facility.setText("City hospital No. 2")
    page.kind.setCurrentIndex(page.kind.findData("forensic"))
    page.documents.setText("Certificate No. 1182")
    page.sensitive.setChecked(True)
    page.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    page.body_map.add_mark("front", 0.3, 0.45, "bruise 4 cm")
    page.body_map.add_mark("back", 0.6, 0.2, "scratch")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    entries = vault.journal.list(Query(kinds=("medical",)))
    assert len(entries) == 1
    content = entries[0].content
    assert content["kind"] == "forensic" and content["documents"] == "Certificate No. 1182"
    assert content["sensitive"] is True and content["incident_ids"] == [incident]
    assert content["body_marks"] == [
        {"view": "front", "x": 0.3, "y": 0.45, "note": "bruise 4 cm"},
        {"view": "back", "x": 0.6, "y": 0.2, "note": "scratch"}]
    page.new_visit()
    assert page.body_map.marks() == []
    page.load(entries[0].uid)
    assert page.body_map.marks() == content["body_marks"]
    assert page.body_map.list.count() == 2


def test_unsaved_visit_survives_lock_as_a_draft(qtbot: Any, show: Any, make_vault: Any,
                                                dialogs: Any) -> None:
    vault = make_vault()
    page = show(MedicalPage(vault, dialogs))
    page.findings.setPlainText("Bruise on the arm")
    page.body_map.add_mark("front", 0.25, 0.4, "arm")
    page.save_drafts()
    page.clear_for_lock()
    assert page.findings.toPlainText() == "" and page.body_map.marks() == []
    again = show(MedicalPage(vault, dialogs))
    assert again.findings.toPlainText() == "Bruise on the arm"
    assert again.body_map.marks()[0]["note"] == "arm"


def test_medical_visit_keeps_a_scan_of_the_certificate(qtbot: Any, show: Any, make_vault: Any,
                                                       dialogs: Any, tmp_path: Any) -> None:
    vault = make_vault()
    scan = tmp_path / "certificate.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 80)
    dialogs.files.append(scan)
    page = show(MedicalPage(vault, dialogs))
    page.facility.setText("Forensic bureau")
    page.attachments.add_button.click()
    uid = page.save()
    assert uid is not None
    [att] = vault.journal.get(uid).content["attachment_ids"]
    assert vault.journal.read_attachment(att) == scan.read_bytes()
    page.new_visit()
    assert page.attachments.ids() == []
    page.load(uid)
    assert page.attachments.ids() == [att]
