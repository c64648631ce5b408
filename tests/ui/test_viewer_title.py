"""Issue 14.9: the attachment viewer's window title was the file name, shown in the taskbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage

from safeplan.ui.workspace.attachments_widget import AttachmentViewer


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_viewer_title_never_names_the_file(qtbot: Any) -> None:
    for name, media, data in (("bruises on arm.png", "image/png", _png()),
                              ("police report.txt", "text/plain", b"statement"),
                              ("court order.pdf", "application/pdf", b"%PDF-1.4")):
        viewer = AttachmentViewer(name, media, data, "ab" * 32)
        qtbot.addWidget(viewer)
        viewer.show()
        for text in (viewer.windowTitle(), viewer.windowIconText()):
            assert name.split(".")[0].split()[0] not in text.lower()
        assert viewer.windowTitle() == "Preview"
