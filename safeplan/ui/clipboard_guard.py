"""Clipboard copies of journal text: marked secret, cleared after 30 s if unchanged (req. 8).

The hints ask clipboard managers and OS clipboard history not to keep the text: KDE Klipper's
``x-kde-passwordManagerHint``, Windows' history/cloud exclusion formats, and macOS' concealed
type. Only a SHA-256 of what we copied is remembered, so the guard itself does not keep journal
text in memory; "ours" means the clipboard still holds exactly that text. Lock and quick exit
call :meth:`clear_if_ours` (requirement 7).
"""

from __future__ import annotations

import hashlib
import struct

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

_SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"": b"1",
    "application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"": struct.pack("<I", 0),
    "application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\"": struct.pack("<I", 0),
    "application/x-nspasteboard-concealed-type": b"secret",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    """Copies text with secret hints and wipes it again later if nobody replaced it."""

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret; schedule the wipe."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _SECRET_HINTS.items():
            mime.setData(kind, QByteArray(value))
        self._clipboard.setMimeData(mime)
        self._ours = _digest(text)
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what we put there. True when it was cleared."""
        self._timer.stop()
        cleared = False
        if self.holds_ours():
            self._clipboard.clear()
            cleared = True
        self._ours = None
        return cleared
