"""The one seam for every modal dialog (STYLE.md 6): tests replace this class with a stub.

Why our own message dialogs rather than ``QMessageBox`` statics: each one carries the
always-visible Exit button (UX principle 2) and large, wrapped text (poor eyesight), and every open
dialog is tracked so quick exit can close them all at once (requirement 7).

File choosers are Qt's own non-native widget dialogs (requirement 13): native dialogs write to the
host's recent-files lists. The widget dialog saves its history through ``QSettings("QtProject")``;
``app.py`` points that at our own folder and :meth:`Dialogs._scrub_qt_history` deletes it after
every use, so the chosen folders are not remembered anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class Dialogs(QObject):
    """confirm / choose / show_error / show_info / choose_path / choose_existing_file."""

    def __init__(self, qt_settings_dir: Path | None = None, parent: QObject | None = None,
                 *, start_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._qt_settings_dir = qt_settings_dir
        # Portable mode: file dialogs open on her stick, not in the loaned laptop's home folder,
        # so a volunteer does not save a court PDF onto the laptop by accident (threat A3).
        self._start_dir = start_dir
        self._open: list[QDialog] = []
        self._exit_handler: Callable[[], None] | None = None

    @property
    def start_dir(self) -> Path | None:
        """The portable folder in portable mode (where exports are suggested), else None."""
        return self._start_dir

    def set_exit_handler(self, handler: Callable[[], None]) -> None:
        """What the Exit button in every dialog calls (the shell's quick exit)."""
        self._exit_handler = handler

    # --- messages --------------------------------------------------------------------------
    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        confirm_label: str = "",
        cancel_label: str = "",
        destructive: bool = False,
    ) -> bool:
        """Ask a yes/no question. The safe answer (cancel) has the focus by default."""
        dialog = self._message_dialog(parent, title, text)
        cancel = QPushButton(cancel_label or self.tr("Cancel"))
        cancel.setObjectName("dialog_cancel")
        ok = QPushButton(confirm_label or self.tr("OK"))
        ok.setObjectName("dialog_confirm")
        cancel.clicked.connect(dialog.reject)
        ok.clicked.connect(dialog.accept)
        self._add_buttons(dialog, [cancel, ok])
        (cancel if destructive else ok).setDefault(True)
        (cancel if destructive else ok).setFocus()
        return self._run(dialog) == QDialog.DialogCode.Accepted

    def choose(self, parent: QWidget | None, title: str, text: str,
               choices: Sequence[tuple[str, str]]) -> str | None:
        """Ask her to pick one of ``choices`` (key, button label); None when she cancels.

        No answer is preselected: used where a guess would put evidence on the wrong date
        (the day/month order of a WhatsApp chat, issue 13.6).
        """
        dialog = self._message_dialog(parent, title, text)
        answer: list[str] = []
        buttons = []
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("dialog_cancel")
        cancel.clicked.connect(dialog.reject)
        buttons.append(cancel)
        for key, label in choices:
            button = QPushButton(label)
            button.setObjectName(f"dialog_choice_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(self._answer(dialog, answer, key))
            buttons.append(button)
        self._add_buttons(dialog, buttons)
        cancel.setFocus()
        accepted = self._run(dialog) == QDialog.DialogCode.Accepted
        return answer[-1] if accepted and answer else None

    @staticmethod
    def _answer(dialog: QDialog, answer: list[str], key: str) -> Callable[[], None]:
        def chosen() -> None:
            answer.append(key)
            dialog.accept()
        return chosen

    def show_error(self, parent: QWidget | None, text: str, *, title: str = "") -> None:
        self._show_message(parent, title or self.tr("Something went wrong"), text)

    def show_info(self, parent: QWidget | None, text: str, *, title: str = "") -> None:
        self._show_message(parent, title or self.tr("Information"), text)

    def _show_message(self, parent: QWidget | None, title: str, text: str) -> None:
        dialog = self._message_dialog(parent, title, text)
        ok = QPushButton(self.tr("OK"))
        ok.setObjectName("dialog_ok")
        ok.clicked.connect(dialog.accept)
        self._add_buttons(dialog, [ok])
        ok.setDefault(True)
        ok.setFocus()
        self._run(dialog)

    # --- files -----------------------------------------------------------------------------
    def choose_path(
        self,
        parent: QWidget | None,
        title: str,
        *,
        directory: Path | None = None,
        file_name: str = "",
        name_filter: str = "",
        folder: bool = False,
    ) -> Path | None:
        """A place to save to: a new file name, or a folder when ``folder`` is true."""
        dialog = self._file_dialog(parent, title, directory, name_filter)
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            if file_name:
                dialog.selectFile(file_name)
        return self._run_file_dialog(dialog)

    def choose_existing_file(
        self,
        parent: QWidget | None,
        title: str,
        *,
        directory: Path | None = None,
        name_filter: str = "",
    ) -> Path | None:
        dialog = self._file_dialog(parent, title, directory, name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return self._run_file_dialog(dialog)

    def run_dialog(self, dialog: QDialog) -> int:
        """Run a page's own modal dialog through the seam, so quick exit can close it too."""
        return self._run(dialog)

    # --- quick exit ------------------------------------------------------------------------
    def close_all(self) -> None:
        """Reject every open dialog (quick exit and lock: no prompt may stay on screen)."""
        for dialog in list(self._open):
            dialog.hide()
            dialog.reject()

    @property
    def open_count(self) -> int:
        return len(self._open)

    # --- internals -------------------------------------------------------------------------
    def _message_dialog(self, parent: QWidget | None, title: str, text: str) -> QDialog:
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        dialog = QDialog(parent)
        dialog.setObjectName("message_dialog")
        dialog.setWindowTitle(title)
        dialog.setModal(True)
        label = QLabel(text)
        label.setObjectName("dialog_text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # never render hostile text as rich text
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        label.setMinimumWidth(360)
        label.setAccessibleName(title)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addWidget(label)
        return dialog

    def _add_buttons(self, dialog: QDialog, buttons: list[QPushButton]) -> None:
        row = QHBoxLayout()
        exit_button = QPushButton(self.tr("Exit"))
        exit_button.setObjectName("dialog_exit")
        exit_button.setAccessibleName(self.tr("Exit now"))
        exit_button.setAutoDefault(False)
        exit_button.pressed.connect(self._on_exit_clicked)  # on the press (issue 17.3)
        row.addWidget(exit_button)
        row.addStretch(1)
        for button in buttons:
            button.setMinimumHeight(36)
            row.addWidget(button)
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

    def _on_exit_clicked(self) -> None:
        if self._exit_handler is not None:
            self._exit_handler()
        else:
            self.close_all()

    def _file_dialog(
        self, parent: QWidget | None, title: str, directory: Path | None, name_filter: str
    ) -> QFileDialog:
        # Issue 15: the window title is neutral (a window list shows it; threat A1) and the
        # purpose is said inside; Qt's own labels that qtbase_ru/be lack are ours, translated.
        dialog = QFileDialog(parent, self.tr("Choose a file"))
        dialog.setObjectName("file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setHistory([])
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Files of type:")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            dialog.setLabelText(label, text)
        grid = dialog.layout()
        if isinstance(grid, QGridLayout):
            purpose = QLabel(title)
            purpose.setObjectName("file_dialog_purpose")
            purpose.setWordWrap(True)
            grid.addWidget(purpose, grid.rowCount(), 0, 1, grid.columnCount())
        start = directory if directory is not None else self._start_dir
        if start is not None:
            dialog.setDirectory(str(start))
        if name_filter:
            dialog.setNameFilter(name_filter)
        return dialog

    def _run_file_dialog(self, dialog: QFileDialog) -> Path | None:
        accepted = self._run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        dialog.setHistory([])
        # Destroy now: the widget dialog writes its history in its destructor; scrub after it.
        shiboken6.delete(dialog)
        self._scrub_qt_history()
        return Path(files[0]) if files else None

    def _run(self, dialog: QDialog) -> int:
        self._open.append(dialog)
        try:
            return dialog.exec()
        finally:
            self._open.remove(dialog)
            if dialog.objectName() == "message_dialog":
                dialog.deleteLater()

    def _scrub_qt_history(self) -> None:
        """Forget the folders a file dialog visited (requirement 13: no recent-file lists)."""
        if self._qt_settings_dir is None:
            return
        for name in ("QtProject.conf", "QtProject.ini"):
            try:
                (self._qt_settings_dir / name).unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the file dialog history")
