"""Clipboard copies of journal text: marked secret, cleared after 30 s if unchanged (req. 8).

The hints ask clipboard managers and OS clipboard history not to keep the text: KDE Klipper's
``x-kde-passwordManagerHint``, Windows' history/cloud exclusion formats, and macOS' concealed
type. Only a SHA-256 of what we copied is remembered, so the guard itself does not keep journal
text in memory; "ours" means the clipboard still holds exactly that text. Lock and quick exit
call :meth:`clear_if_ours` (requirement 7), which also clears the PRIMARY selection (X11,
Wayland) and anything else this process still owns there.

While the journal is open the guard also *watches*: text copied with the ordinary Ctrl+C of any
field (which knows nothing of this class) is adopted — marked secret and put on the same timer.
"""

from __future__ import annotations

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
    import hashlib  # on the first copy, not before the decoy shows (issue 17.2)

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
        self._watching = False
        self._clipboard.dataChanged.connect(self._on_clipboard_dataChanged)

    def watch(self, on: bool) -> None:
        """Adopt every text copy made inside this program while ``on`` (journal open)."""
        self._watching = on

    def _on_clipboard_dataChanged(self) -> None:
        if not self._watching:
            return
        # Ours: the platform says so (X11, macOS), or — where it cannot tell (Windows,
        # offscreen) — the copy happened while this program was the active one. A copy made in
        # another program while the journal sits open in the background is left alone.
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not (self._clipboard.ownsClipboard() or active):
            return
        text = self._clipboard.text()
        if not text or _digest(text) == self._ours:
            return
        self.copy(text)  # the same text again, now with the secret hints and the timer

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret; schedule the wipe."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _SECRET_HINTS.items():
            mime.setData(kind, QByteArray(value))
        self._ours = _digest(text)  # before the change: dataChanged fires inside setMimeData
        self._clipboard.setMimeData(mime)
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear what this program put on the clipboard and in the X11/Wayland PRIMARY
        selection (issue 14.5: text merely *selected* in a journal field stayed pastable with
        a middle click after quick exit). True when something was cleared.

        "Ours" is the text we copied (tracked by its hash), or — where the platform reports
        ownership reliably (X11, Wayland: the ones with a selection) — anything this process
        still owns. Another program's clipboard is never touched.
        """
        self._timer.stop()
        cleared = False
        owner_known = self._clipboard.supportsSelection()
        if self.holds_ours() or (owner_known and self._clipboard.ownsClipboard()):
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        if owner_known and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        self._ours = None
        return cleared
