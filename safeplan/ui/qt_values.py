"""Qt's enum values as plain ints, for the code that runs before the decoy is on screen.

Issue 17.2: the first use of PySide's ``Qt`` namespace builds all of its ~95 Python enum types,
~15 ms of CPU on a 2-core machine — a tenth of the decoy calculator's cold start, spent before
it can appear. So the modules the decoy's start imports never touch ``Qt`` until the window is
shown: the few values they need are written here as Qt defines them (qnamespace.h) and set
through Qt's property system (``widget.setProperty("focusPolicy", NO_FOCUS)``), which converts
an int to the property's enum type; PySide's typed setters would not accept one. Code that runs
later imports ``Qt`` where it is used. tests/ui/test_qt_values.py checks every value here
against PySide's own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignRight | Qt.AlignVCenter
NO_FOCUS = 0x0  # Qt.FocusPolicy.NoFocus
STRONG_FOCUS = 0xB  # Qt.FocusPolicy.StrongFocus
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText

# Qt.Key values by name (Qt.Key.Key_<name>); QKeyEvent.key() returns a plain int.
KEY = {
    "Plus": 0x2B,
    "Minus": 0x2D,
    "Asterisk": 0x2A,
    "X": 0x58,
    "Slash": 0x2F,
    "Percent": 0x25,
    "Period": 0x2E,
    "Comma": 0x2C,
    "Equal": 0x3D,
    "Escape": 0x01000000,
    "Backspace": 0x01000003,
    "Return": 0x01000004,
    "Enter": 0x01000005,
    "Delete": 0x01000007,
    "Shift": 0x01000020,
}


def set_enum_property(widget: QWidget, name: str, value: int) -> None:
    """``widget.set<Name>(value)`` through the property system (see the module's note)."""
    if not widget.setProperty(name, value):
        raise ValueError(f"{type(widget).__name__} has no property {name!r}")
