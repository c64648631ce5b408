"""Export page: a real signed PDF off the UI thread; Cancel and lock leave no file behind."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safeplan.core.export.manifest import manifest_path_for
from safeplan.core.export.verify import verify
from safeplan.ui.workspace.export_page import ExportPage

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _out(tmp_path: Path) -> Path:
    """An empty folder for the export (the vault lives elsewhere under tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _wait_idle(qtbot: Any, page: ExportPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def test_export_writes_pdf_manifest_and_csv(qtbot: Any, show: Any, demo_vault: Any,
                                            dialogs: Any, tmp_path: Path) -> None:
    page = show(ExportPage(demo_vault, dialogs))
    page.options.set_language("ru")
    page.options.csv.setChecked(True)
    dialogs.paths.append(tmp_path / "for-court")  # no suffix: .pdf is added
    with qtbot.waitSignal(page.export_finished, timeout=60000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "for-court.pdf"
    assert pdf.is_file() and manifest_path_for(pdf).is_file()
    assert (tmp_path / "for-court.csv").is_file()
    text = _text(pdf)
    assert "Shouting and a broken phone" in text  # demo content (English) …
    assert "Хронология" in text  # … under Russian labels, independent of the interface
    assert "Sensitive" not in page.status.text()
    assert pdf.name in page.status.text()
    assert dialogs.errors == []
    assert verify(pdf).ok  # the signed manifest matches the PDF


def test_sensitive_notes_are_left_out_unless_ticked(qtbot: Any, show: Any, demo_vault: Any,
                                                    dialogs: Any, tmp_path: Path) -> None:
    demo_vault.journal.save("medical", {"visited_at": "2024-02-01T10:00:00+03:00",
                                        "kind": "mental-health", "facility": "Counsellor Ivanova",
                                        "findings": "Panic attacks", "sensitive": True})
    page = show(ExportPage(demo_vault, dialogs))
    assert not page.options.include_sensitive.isChecked()
    page.start_export(tmp_path / "a.pdf", page.options.options())
    _wait_idle(qtbot, page)
    assert "Counsellor Ivanova" not in _text(tmp_path / "a.pdf")
    page.options.include_sensitive.setChecked(True)
    page.start_export(tmp_path / "b.pdf", page.options.options())
    _wait_idle(qtbot, page)
    assert "Counsellor Ivanova" in _text(tmp_path / "b.pdf")


def test_cancel_leaves_no_file(qtbot: Any, show: Any, demo_vault: Any, dialogs: Any,
                               tmp_path: Path) -> None:
    page = show(ExportPage(demo_vault, dialogs))
    out = _out(tmp_path)
    page.start_export(out / "cancelled.pdf", page.options.options())
    assert page.busy and page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert list(out.iterdir()) == []  # no PDF, no manifest, no .part files
    assert "No file was written" in page.status.text()
    assert dialogs.errors == []
    assert page.export_button.isEnabled()


def test_lock_during_export_cancels_and_waits(qtbot: Any, show: Any, demo_vault: Any,
                                              dialogs: Any, tmp_path: Path) -> None:
    page = show(ExportPage(demo_vault, dialogs))
    out = _out(tmp_path)
    page.start_export(out / "locked.pdf", page.options.options())
    page.clear_for_lock()  # what quick exit does before the vault is locked
    assert not page.busy
    demo_vault.lock()
    assert list(out.iterdir()) == []


def test_bad_date_range_is_explained(qtbot: Any, show: Any, demo_vault: Any,
                                     dialogs: Any) -> None:
    page = show(ExportPage(demo_vault, dialogs))
    page.options.use_from.setChecked(True)
    page.options.use_to.setChecked(True)
    page.options.date_to.setDate(page.options.date_from.date().addDays(-3))
    page.export_button.click()
    assert dialogs.errors and "start date" in dialogs.errors[0]
    assert not page.busy


def test_preview_renders_in_memory(qtbot: Any, show: Any, demo_vault: Any, dialogs: Any,
                                   tmp_path: Path, monkeypatch: Any) -> None:
    out = _out(tmp_path)
    monkeypatch.chdir(out)
    page = show(ExportPage(demo_vault, dialogs))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert "entries: 6; messages: 67; files of evidence: 1" in page.preview_text.text()
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        assert page.preview_page_count() == 0
    else:
        assert page.preview_page_count() == 3
    assert list(out.iterdir()) == []  # nothing written in the working folder
