"""Child process for test_xvfb_primary_selection.py (run on a bare Xvfb).

``owner``: select journal text in a field (X11 puts it in PRIMARY) and copy other text with
Ctrl+C outside the guard's watch, clear through ClipboardGuard, report, and keep answering
selection requests until the file named by argv[2] exists. ``reader``: print what PRIMARY and
CLIPBOARD hold for another program.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from safeplan.ui.clipboard_guard import ClipboardGuard


def owner(done: Path) -> int:
    app = QApplication([])
    field = QLineEdit()
    field.show()
    field.setText("selected journal line")
    # Selected as she would, with the keyboard: X11 makes the selection PRIMARY.
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    copied = QLineEdit()
    copied.setText("copied journal line")
    copied.selectAll()
    copied.copy()  # CLIPBOARD, not through the guard
    clipboard = QApplication.clipboard()
    guard = ClipboardGuard(clipboard)
    for _ in range(500):  # wait for the X server to confirm ownership (a condition, bounded)
        app.processEvents()
        if clipboard.ownsSelection() and clipboard.ownsClipboard():
            break
        QThread.msleep(10)
    owned = clipboard.ownsSelection() and clipboard.ownsClipboard()
    cleared = guard.clear_if_ours() if "--no-clear" not in sys.argv else False
    print(f"READY owned={owned} cleared={cleared}", flush=True)
    timer = QTimer()
    timer.timeout.connect(lambda: app.quit() if done.exists() else None)
    timer.start(20)
    return app.exec()


def reader() -> int:
    app = QApplication([])
    clipboard = app.clipboard()
    print("PRIMARY=" + clipboard.text(QClipboard.Mode.Selection), flush=True)
    print("CLIPBOARD=" + clipboard.text(QClipboard.Mode.Clipboard), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(owner(Path(sys.argv[2])) if sys.argv[1] == "owner" else reader())
