"""The in-app viewer of one attachment: a picture or a text decoded in memory; any other file
shows its size and SHA-256 (the file stays in the vault; nothing is written out to show it).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.attachment_images import image_from_bytes

MAX_TEXT_BYTES = 2 * 1024 * 1024


class AttachmentViewer(QDialog):
    """In-app viewer for images and text; other files show their name, size and SHA-256."""

    def __init__(self, name: str, media_type: str, data: bytes, sha256: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_viewer")
        # Neutral: the title shows in the taskbar and window switcher, and a file name such as
        # "bruises.jpg" or "police report.pdf" would say what this program is (issue 14.9).
        self.setWindowTitle(self.tr("Preview"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        image = image_from_bytes(data) if media_type.startswith("image/") else QImage()
        if not image.isNull():
            label = QLabel()
            label.setObjectName("viewer_image")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setPixmap(QPixmap.fromImage(image).scaled(
                QSize(860, 560), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            label.setAccessibleName(self.tr("Picture: {name}").format(name=name))
            area = QScrollArea()
            area.setWidget(label)
            area.setWidgetResizable(True)
            layout.addWidget(area, 1)
        elif media_type.startswith("text/") or media_type in ("application/json",):
            text = QPlainTextEdit()
            text.setObjectName("viewer_text")
            text.setReadOnly(True)
            text.setTabChangesFocus(True)
            text.setPlainText(data[:MAX_TEXT_BYTES].decode("utf-8", errors="replace"))
            text.setAccessibleName(self.tr("Text of {name}").format(name=name))
            layout.addWidget(text, 1)
        else:
            info = QLabel(self.tr("This kind of file cannot be shown here. It is kept safely "
                                  "in your journal.\n\nSize: {size} bytes\nSHA-256: {sha}")
                          .format(size=len(data), sha=sha256))
            info.setObjectName("viewer_info")
            info.setWordWrap(True)
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(info, 1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("viewer_close")
        close.setAccessibleName(self.tr("Close the viewer"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
