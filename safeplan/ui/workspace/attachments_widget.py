"""Photos and files of one entry: add (picker, drag and drop, pasted screenshot), view, copy out.

Requirements served:
- Originals go straight into the vault (``journal.add_attachment`` hashes the bytes as they
  arrive), so a photo is evidence from the moment it is added, even before the entry is saved;
  the entry's draft keeps the attachment ids, so a quick exit loses nothing.
- Nothing decrypted is ever written to disk by us: thumbnails and the viewer decode in memory
  (``QBuffer``), with EXIF orientation applied (``QImageReader.setAutoTransform``) so a phone photo
  is not shown lying on its side.
- "Open in another program" is an explicit action that first warns that the copy leaves the
  vault, and the copy goes only where she chooses (the dialogs seam's widget file dialog).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.attachment_images import image_from_bytes, photo_taken_at, png_bytes
from safeplan.ui.workspace.attachment_viewer import AttachmentViewer
from safeplan.ui.workspace.entry_numbers import number_tip, shown_ref, spoken_number

log = logging.getLogger(__name__)

THUMB = QSize(120, 120)
MAX_PREVIEW_BYTES = 40 * 1024 * 1024  # larger files are listed, not decoded for a thumbnail
_REF_ROLE = Qt.ItemDataRole.UserRole + 1  # its exhibit number as stored ("E-0031")
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_TIP_ROLE = Qt.ItemDataRole.UserRole + 3


class AttachmentsWidget(QWidget):
    """The photos and files of one entry, as thumbnails, with their actions."""

    changed = Signal()

    def __init__(self, journal: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments_widget")
        self.setAcceptDrops(True)
        self._journal = journal
        self._dialogs = dialogs
        self._ids: list[str] = []
        self._viewer: AttachmentViewer | None = None

        self.hint = QLabel()
        self.hint.setObjectName("attachments_hint")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("attachments_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 44))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB.height() + 56)
        self.list.setMaximumHeight(THUMB.height() + 70)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        self.list.currentRowChanged.connect(self._update_buttons)

        self.add_button = QPushButton()
        self.add_button.setObjectName("attachments_add")
        self.add_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("attachments_paste")
        self.paste_button.clicked.connect(self.paste_screenshot)
        self.view_button = QPushButton()
        self.view_button.setObjectName("attachments_view")
        self.view_button.clicked.connect(self.view_current)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("attachments_remove")
        self.remove_button.clicked.connect(self.remove_current)
        self.export_button = QPushButton()
        self.export_button.setObjectName("attachments_open_outside")
        self.export_button.clicked.connect(self.open_outside)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_screenshot)

        # Two rows: ways to add above, what to do with the chosen file below — one row of
        # five buttons would push the form wider than a small screen at larger text sizes.
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addWidget(self.paste_button)
        adding.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.view_button)
        chosen.addWidget(self.remove_button)
        chosen.addStretch(1)
        # On its own line: beside the others it made the form too wide at 2× in Belarusian.
        outside = QHBoxLayout()
        outside.addWidget(self.export_button)
        outside.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(adding)
        layout.addWidget(self.list)
        layout.addLayout(chosen)
        layout.addLayout(outside)
        self.retranslate_ui()
        self._update_buttons()

    # --- public API -------------------------------------------------------------------------
    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        self._ids = []
        self.list.clear()
        for uid in ids:
            self._append(uid)
        self._update_buttons()

    def add_bytes(self, data: bytes, file_name: str, media_type: str | None = None) -> str:
        uid: str = self._journal.add_attachment(data, file_name, media_type,
                                                taken_at=photo_taken_at(data))
        self._append(uid)
        self.changed.emit()
        return uid

    def add_file(self, path: Path) -> str | None:
        try:
            data = path.read_bytes()
        except OSError:
            self._dialogs.show_error(self, self.tr("That file could not be read. Nothing was "
                                                   "added."))
            return None
        return self.add_bytes(data, path.name)

    def choose_file(self) -> None:
        path = self._dialogs.choose_existing_file(self, self.tr("Choose a photo or file"))
        if path is not None:
            self.add_file(Path(path))

    def paste_screenshot(self) -> bool:
        """A screenshot copied to the clipboard becomes a PNG attachment."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage():
            self._dialogs.show_info(self, self.tr(
                "There is no picture to paste. Take a screenshot first, then press Paste."))
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
        self.add_bytes(png_bytes(image), f"screenshot_{stamp}.png", "image/png")
        return True

    def view_current(self) -> None:
        uid = self._current_uid()
        if uid is None:
            return
        entry = self._journal.get(uid)
        content = entry.content
        self._viewer = AttachmentViewer(str(content.get("file_name") or ""),
                                        str(content.get("media_type") or ""),
                                        self._journal.read_attachment(uid),
                                        str(content.get("sha256") or ""), self)
        self._viewer.finished.connect(self._on_viewer_finished)
        self._viewer.open()

    def remove_current(self) -> None:
        """Unlink from this entry (the stored file stays in the journal and its history)."""
        row = self.list.currentRow()
        if 0 <= row < len(self._ids):
            self._ids.pop(row)
            self.list.takeItem(row)
            self.changed.emit()
        self._update_buttons()

    def open_outside(self) -> None:
        uid = self._current_uid()
        if uid is None:
            return
        if not self._dialogs.confirm(
                self, self.tr("A copy will leave the vault"),
                self.tr("To open this file in another program, a copy must be saved outside "
                        "your protected journal. Anyone using this computer could find that "
                        "copy. Delete it when you are done."),
                confirm_label=self.tr("Save a copy"), destructive=True):
            return
        name = str(self._journal.get(uid).content.get("file_name") or "file")
        target = self._dialogs.choose_path(self, self.tr("Where to save the copy"),
                                           file_name=Path(name).name)
        if target is None:
            return
        target = Path(target)
        try:
            with target.open("wb") as handle:
                for chunk in self._journal.iter_attachment(uid):
                    handle.write(chunk)
        except OSError:
            self._dialogs.show_error(self, self.tr("The copy could not be saved there."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def clear_for_lock(self) -> None:
        if self._viewer is not None:
            self._viewer.reject()
            self._viewer = None
        self._ids = []
        self.list.clear()
        self._journal = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Photos of injuries or damage, screenshots of messages. "
                                  "Drag files here, or paste a screenshot. The original is kept "
                                  "unchanged with its fingerprint, so a court can check it."))
        self.list.setAccessibleName(self.tr("Photos and files"))
        for row in range(self.list.count()):  # the exhibit letter follows the language
            self._label(self.list.item(row))
        for button, text, name in (
                (self.add_button, self.tr("Add photo or file…"), self.tr("Add a photo or file")),
                (self.paste_button, self.tr("Paste screenshot"),
                 self.tr("Paste a screenshot from the clipboard")),
                (self.view_button, self.tr("View"), self.tr("View the selected file")),
                (self.remove_button, self.tr("Remove from entry"),
                 self.tr("Remove the selected file from this entry")),
                (self.export_button, self.tr("Open in another program…"),
                 self.tr("Save a copy outside the vault and open it"))):
            button.setText(text)
            button.setAccessibleName(name)

    # --- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        for path in files:
            if path.is_file():
                self.add_file(path)
        if not files and mime.hasImage():
            image = QImage(mime.imageData())
            self.add_bytes(png_bytes(image), "dropped_picture.png", "image/png")
        event.acceptProposedAction()

    # --- internals --------------------------------------------------------------------------
    def _append(self, uid: str) -> None:
        try:
            entry = self._journal.get(uid)
        except Exception:  # a purged attachment: keep nothing visible, drop the link
            return
        content = entry.content
        name = str(content.get("file_name") or "")
        # its exhibit number above the name ("Е-0031", the letter as the PDF prints it), so
        # "exhibit Е-0031" from a lawyer leads to the right photo; said as "Exhibit Е-0031."
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, uid)
        item.setData(_REF_ROLE, entry.ref)
        item.setData(_NAME_ROLE, name)
        item.setData(_TIP_ROLE, str(content.get("caption") or name))
        self._label(item)
        item.setIcon(self._icon_for(uid, content))
        self.list.addItem(item)
        self._ids.append(uid)

    @staticmethod
    def _label(item: QListWidgetItem) -> None:
        """Its exhibit number above the name ("Е-0031", the letter as the PDF prints it), so
        "exhibit Е-0031" from a lawyer leads to the right photo; said "Exhibit Е-0031. …"."""
        ref, name = str(item.data(_REF_ROLE) or ""), str(item.data(_NAME_ROLE) or "")
        tip = str(item.data(_TIP_ROLE) or "")
        item.setText(f"{shown_ref(ref)}\n{name}" if ref else name)
        item.setToolTip(f"{tip}\n{number_tip(ref)}" if ref else tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{spoken_number(ref)} {name}" if ref else name)

    def _icon_for(self, uid: str, content: dict[str, Any]) -> QIcon:
        media = str(content.get("media_type") or "")
        size = content.get("size")
        if media.startswith("image/") and isinstance(size, int) and size <= MAX_PREVIEW_BYTES:
            image = image_from_bytes(self._journal.read_attachment(uid), THUMB)
            if not image.isNull():
                return QIcon(QPixmap.fromImage(image))
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _current_uid(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self, *_args: object) -> None:
        selected = self.list.currentItem() is not None
        for button in (self.view_button, self.remove_button, self.export_button):
            button.setEnabled(selected)

    def _on_list_itemActivated(self, _item: QListWidgetItem) -> None:
        self.view_current()

    def _on_viewer_finished(self, _code: int) -> None:
        if self._viewer is not None:
            self._viewer.deleteLater()
            self._viewer = None
