"""Issue 15: Qt's own file dialog said "Look in:" / "Files of type:" in English in ru/be (the
qtbase catalogues lack them) and its window title named the purpose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QLabel

from safeplan.ui.dialogs import Dialogs


def test_file_dialog_title_is_neutral_and_its_words_are_ours(qtbot: Any, tmp_path: Path) -> None:
    dialogs = Dialogs(tmp_path / "qt")
    dialog = dialogs._file_dialog(None, "Where to save the PDF", None, "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == dialogs.tr("Choose a file")
    assert "PDF" not in dialog.windowTitle()
    purpose = dialog.findChild(QLabel, "file_dialog_purpose")
    assert purpose is not None and purpose.text() == "Where to save the PDF"
    # Every label Qt would have left in English comes from our catalogue (translated there).
    for label, source in ((QFileDialog.DialogLabel.LookIn, "Look in:"),
                          (QFileDialog.DialogLabel.FileType, "Files of type:"),
                          (QFileDialog.DialogLabel.FileName, "File name:")):
        assert dialog.labelText(label).replace("&", "") == dialogs.tr(source)
