"""Issue 18, "Exports that do not leak": the Export page warns, suggests a stick or the portable
folder with a neutral name, remembers no folder, exports onto a stick, and removes what it wrote."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.export.cleanup import overwrite_and_remove
from safeplan.core.export.manifest import manifest_path_for
from safeplan.ui.workspace.export_page import ExportPage
from safeplan.ui.workspace.export_places import NEUTRAL_FILE_NAME, ExportPlaces
from tests.ui.workspace_b.conftest import StubDialogs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


class RecordingDialogs(StubDialogs):
    """Also records where each save dialog would open and the name it suggests."""

    def __init__(self, start_dir: Path | None = None) -> None:
        super().__init__()
        self.start_dir = start_dir
        self.path_calls: list[dict[str, Any]] = []
        self.confirm_texts: list[str] = []

    def choose_path(self, parent: Any, title: str, **kw: Any) -> Path | None:
        self.path_calls.append(kw)
        return super().choose_path(parent, title, **kw)

    def confirm(self, parent: Any, title: str, text: str, **kw: Any) -> bool:
        self.confirm_texts.append(text)
        return super().confirm(parent, title, text, **kw)


def _stick(tmp_path: Path, name: str = "KINGSTON") -> tuple[ExportPlaces, Path]:
    media = tmp_path / "media"
    stick = media / name
    stick.mkdir(parents=True)
    return ExportPlaces(media_roots=[media], is_mount=lambda path: True), stick


def _no_sticks(tmp_path: Path) -> ExportPlaces:
    return ExportPlaces(media_roots=[tmp_path / "no-media"], is_mount=lambda path: True)


def _export(qtbot: Any, page: ExportPage, button: Any) -> None:
    with qtbot.waitSignal(page.export_finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wait_idle(qtbot: Any, page: ExportPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def test_the_page_warns_and_asks_once_before_the_first_export(
        qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=_no_sticks(tmp_path)))
    assert page.warning.isVisible()
    assert "not encrypted" in page.warning.text() and "Exit" in page.warning.text()
    dialogs.confirm_answer = False  # she stops at the warning: no file dialog, nothing written
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.confirms == ["Before you export"] and dialogs.path_calls == []
    assert "NOT protected by your passphrase" in dialogs.confirm_texts[0]
    assert "after you press Exit" in dialogs.confirm_texts[0]
    dialogs.confirm_answer = True
    dialogs.paths.append(tmp_path / "a.pdf")
    _export(qtbot, page, page.export_button)
    dialogs.paths.append(tmp_path / "b.pdf")
    _export(qtbot, page, page.export_button)
    assert dialogs.confirms == ["Before you export", "Before you export"]  # not a third time
    assert (tmp_path / "b.pdf").is_file()


def test_the_save_dialog_offers_a_stick_or_the_portable_folder_with_a_neutral_name(
        qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    demo_vault.set_setting(ExportPage.WARNING_SETTING, True)
    places, stick = _stick(tmp_path)
    dialogs = RecordingDialogs(start_dir=tmp_path / "portable")
    (tmp_path / "portable").mkdir()
    page = show(ExportPage(demo_vault, dialogs, places=places))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # dialog cancelled
    call = dialogs.path_calls[-1]
    assert call["directory"] == stick
    assert call["file_name"] == NEUTRAL_FILE_NAME and not re.search(r"\d", call["file_name"])
    page = show(ExportPage(demo_vault, dialogs, places=_no_sticks(tmp_path)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.path_calls[-1]["directory"] == tmp_path / "portable"
    dialogs.start_dir = None  # installed mode, no stick: a neutral place, never her home
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    folder = dialogs.path_calls[-1]["directory"]
    assert folder == Path(Path.home().anchor)
    assert folder != Path.home() and "Pictures" not in str(folder)


def test_nothing_is_remembered_about_where_she_saved(qtbot: Any, show: Any, demo_vault: Any,
                                                     tmp_path: Path, private_home: Path) -> None:
    demo_vault.set_setting(ExportPage.WARNING_SETTING, True)
    places, stick = _stick(tmp_path)
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=places))
    chosen = tmp_path / "somewhere-she-chose"
    chosen.mkdir()
    dialogs.paths.append(chosen / "for-lawyer.pdf")
    _export(qtbot, page, page.export_button)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # the next time
    assert dialogs.path_calls[-1]["directory"] == stick  # the suggestion again, not her folder
    settings = demo_vault.journal._conn.execute("SELECT key, value FROM settings").fetchall()
    assert not any("somewhere-she-chose" in str(value) or "for-lawyer" in str(value)
                   for _, value in settings)
    for folder, _dirs, files in os.walk(private_home):  # no config, cache or recent-files list
        for name in files:
            data = (Path(folder) / name).read_bytes()
            assert b"somewhere-she-chose" not in data, name


def test_export_straight_onto_a_stick_writes_the_bundle_in_a_new_folder(
        qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    demo_vault.set_setting(ExportPage.WARNING_SETTING, True)
    places, stick = _stick(tmp_path)
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=places))
    _export(qtbot, page, page.usb_button)
    folder = stick / "documents"
    pdf = folder / NEUTRAL_FILE_NAME
    assert pdf.is_file() and manifest_path_for(pdf).is_file()
    assert (folder / "document.zip").is_file()  # the bundle with the original files
    _export(qtbot, page, page.usb_button)  # a second export never overwrites the first
    assert (stick / "documents-2" / NEUTRAL_FILE_NAME).is_file()
    assert dialogs.path_calls == []  # one stick: no dialog at all


def test_no_stick_says_so_plainly(qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=_no_sticks(tmp_path)))
    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    assert dialogs.infos and "No USB stick was found" in dialogs.infos[0]
    assert not page.busy


def test_remove_overwrites_then_deletes_what_the_export_wrote(
        qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    demo_vault.set_setting(ExportPage.WARNING_SETTING, True)
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=_no_sticks(tmp_path)))
    assert not page.remove_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    page.options.csv.setChecked(True)
    dialogs.paths.append(out / "x.pdf")
    _export(qtbot, page, page.export_button)
    written = sorted(out.iterdir())
    assert len(written) == 3 and page.remove_button.isEnabled()  # PDF, check file, CSV
    # a second name for the same bytes shows what the removal did to them before deleting
    witness = tmp_path / "same-inode.pdf"
    os.link(out / "x.pdf", witness)
    before = witness.read_bytes()
    assert before.startswith(b"%PDF")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert "SSD" in dialogs.confirm_texts[-1] and "cannot promise" in dialogs.confirm_texts[-1]
    assert list(out.iterdir()) == []
    assert witness.read_bytes() == bytes(len(before))  # overwritten with zeros, then unlinked
    assert "3 file(s) overwritten and deleted" in page.status.text()
    assert not page.remove_button.isEnabled()


def test_remove_asks_first_and_does_nothing_when_she_declines(
        qtbot: Any, show: Any, demo_vault: Any, tmp_path: Path) -> None:
    demo_vault.set_setting(ExportPage.WARNING_SETTING, True)
    dialogs = RecordingDialogs()
    page = show(ExportPage(demo_vault, dialogs, places=_no_sticks(tmp_path)))
    dialogs.paths.append(tmp_path / "keep.pdf")
    _export(qtbot, page, page.export_button)
    dialogs.confirm_answer = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "keep.pdf").is_file() and not page.busy


def test_cleanup_never_follows_a_link_and_reports_missing_files(tmp_path: Path) -> None:
    target = tmp_path / "not-exported.txt"
    target.write_bytes(b"her other file")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    gone = tmp_path / "already-moved.pdf"
    report = overwrite_and_remove([link, gone, None])
    assert report.failed == [link] and report.missing == [gone] and not report.removed
    assert target.read_bytes() == b"her other file"


def test_witness_contacts_signatory_and_place_are_options(show: Any, demo_vault: Any,
                                                          tmp_path: Path) -> None:
    page = show(ExportPage(demo_vault, RecordingDialogs(), places=_no_sticks(tmp_path)))
    form = page.options
    assert not form.options().witness_contacts  # left out unless she ticks it
    form.witness_contacts.setChecked(True)
    form.signatory.setText("  А. К. ")
    form.place.setText("Минск")
    options = form.options()
    assert options.witness_contacts and options.signatory == "А. К." and options.place == "Минск"
    form.clear_for_lock()
    assert not form.witness_contacts.isChecked() and form.signatory.text() == ""
