"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call that returns nothing
(``setText``, ``setToolTip``, …). ``None``'s count starts at a few thousand, so after about 5,000
such calls the process aborts with "Fatal Python error: none_dealloc" — a survivor's app would
crash within minutes of typing, and the shipped bundle with it. pyproject.toml pins the binding
below 6.12; this test fails on any binding (or a future version) with the same fault.
"""

from __future__ import annotations

import sys
from typing import Any


def test_calls_returning_nothing_keep_none_alive(qapp: Any) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("7")
        label.setToolTip("")
    drift = before - sys.getrefcount(None)
    assert drift < 100, (
        f"{drift} references to None lost in 4,000 Qt calls: this PySide6 "
        "will crash the app (none_dealloc). Install a fixed version: pip install -e '.[test]'"
    )
