"""The decoy calculator (UX principle 1: "looks like nothing").

Threat A1: this is what opens first and what quick exit returns to. It must work like any
calculator — mouse and keyboard — and say nothing else. When ``=`` finishes a bare number the
widget emits :attr:`number_entered` with the digits typed; the shell checks them against the door
code hash. A wrong code simply stays on screen as a number, as any calculator would show it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QEnterEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from safeplan.ui.qt_values import (
    ALIGN_RIGHT_VCENTER,
    KEY,
    NO_FOCUS,
    STRONG_FOCUS,
    set_enum_property,
)
from safeplan.ui.shell.calc_engine import ERROR, CalcEngine

# (label, action, row, column, column span)
_BUTTONS = (
    ("C", "clear", 0, 0, 1),
    ("⌫", "back", 0, 1, 1),
    ("%", "percent", 0, 2, 1),
    ("÷", "/", 0, 3, 1),
    ("7", "7", 1, 0, 1),
    ("8", "8", 1, 1, 1),
    ("9", "9", 1, 2, 1),
    ("×", "*", 1, 3, 1),
    ("4", "4", 2, 0, 1),
    ("5", "5", 2, 1, 1),
    ("6", "6", 2, 2, 1),
    ("−", "-", 2, 3, 1),
    ("1", "1", 3, 0, 1),
    ("2", "2", 3, 1, 1),
    ("3", "3", 3, 2, 1),
    ("+", "+", 3, 3, 1),
    ("±", "negate", 4, 0, 1),
    ("0", "0", 4, 1, 1),
    (".", "point", 4, 2, 1),
    ("=", "equals", 4, 3, 1),
)

# Qt.Key values as ints: no Qt enum types are built before the calculator shows (issue 17.2).
_KEYS = {
    KEY["Plus"]: "+",
    KEY["Minus"]: "-",
    KEY["Asterisk"]: "*",
    KEY["X"]: "*",
    KEY["Slash"]: "/",
    KEY["Percent"]: "percent",
    KEY["Period"]: "point",
    KEY["Comma"]: "point",
    KEY["Equal"]: "equals",
    KEY["Return"]: "equals",
    KEY["Enter"]: "equals",
    KEY["Backspace"]: "back",
    KEY["Escape"]: "clear",
    KEY["Delete"]: "clear",
}


class ResultDisplay(QLabel):
    """The result line, selectable with the mouse (to copy a result, as in any calculator).

    Made selectable when the mouse first enters it: the first selectable label in the process
    builds Qt's text-control machinery, ~6 ms of the decoy's start (issue 17.2); no mouse can
    select anything before it has entered the label."""

    def enterEvent(self, event: QEnterEvent) -> None:
        self.make_selectable()
        super().enterEvent(event)

    def make_selectable(self) -> None:
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        if self.textInteractionFlags() != Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class CalculatorDecoy(QWidget):
    """A working calculator; ``number_entered(digits)`` fires when ``=`` ends a bare number."""

    number_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculator")
        self.engine = CalcEngine()
        self.display = ResultDisplay("0")
        self.display.setObjectName("calculator_display")
        set_enum_property(self.display, "alignment", ALIGN_RIGHT_VCENTER)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        self.display.setFont(font)
        self._display_points = font.pointSizeF()
        self.display.setMinimumHeight(self.display.fontMetrics().height() + 24)
        # The number never widens the window: a long one gets a smaller font (_fit_display).
        self.display.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.display.setStyleSheet("QLabel { padding: 6px 12px; border: 1px solid palette(mid); }")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.5)
        for label, action, row, column, span in _BUTTONS:
            button = QPushButton(label)
            button.setObjectName(f"calc_{_object_suffix(action)}")
            button.setFont(button_font)
            set_enum_property(button, "focusPolicy", NO_FOCUS)  # the keyboard goes to the calculator
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(56, 48)
            button.clicked.connect(lambda _=False, a=action: self.press(a))
            grid.addWidget(button, row, column, 1, span)
            self.buttons[action] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.display)
        layout.addLayout(grid, 1)
        set_enum_property(self, "focusPolicy", STRONG_FOCUS)
        self.retranslate_ui()

    # --- behaviour -------------------------------------------------------------------------
    def press(self, action: str) -> None:
        """Apply one key: a digit, an operator or a named action."""
        engine = self.engine
        if action.isdigit():
            engine.digit(action)
        elif action in ("+", "-", "*", "/"):
            engine.operator(action)
        elif action == "point":
            engine.point()
        elif action == "percent":
            engine.percent()
        elif action == "back":
            engine.backspace()
        elif action == "negate":
            engine.negate()
        elif action == "clear":
            engine.clear()
        elif action == "equals":
            typed = engine.equals()
            self._refresh()
            if typed:
                self.number_entered.emit(typed)
            return
        self._refresh()

    def reset(self) -> None:
        """Back to 0 (after a door code is accepted, so the code is not left on screen)."""
        self.engine.clear()
        self._refresh()

    def _refresh(self) -> None:
        text = self.engine.display
        # A real calculator writes 2,5 where the language does (ru, be): a point is a tell.
        comma = decimal_separator()
        shown = self.tr("Error") if text == ERROR else text.replace(".", comma)
        self.display.setText(shown)
        self.display.setAccessibleDescription(self.display.text())
        self._fit_display()
        point = self.buttons.get("point")
        if point is not None:
            point.setText(comma)

    def _fit_display(self) -> None:
        """Long results get a smaller font rather than a wider window or a cut number."""
        font = QFont(self.display.font())
        font.setPointSizeF(self._display_points)
        room = self.display.contentsRect().width() - 4
        while (room > 0 and font.pointSizeF() > self._display_points * 0.4
               and QFontMetrics(font).horizontalAdvance(self.display.text()) > room):
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.display.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_display()

    # --- Qt overrides ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in "0123456789":
            self.press(text)
        elif event.key() in _KEYS:
            self.press(_KEYS[event.key()])
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {
            "clear": self.tr("Clear"),
            "back": self.tr("Delete last digit"),
            "percent": self.tr("Percent"),
            "/": self.tr("Divide"),
            "*": self.tr("Multiply"),
            "-": self.tr("Subtract"),
            "+": self.tr("Add"),
            "negate": self.tr("Change sign"),
            "point": self.tr("Decimal point"),
            "equals": self.tr("Equals"),
        }
        for action, button in self.buttons.items():
            button.setAccessibleName(names.get(action, action))
            button.setToolTip(names.get(action, ""))
        self.display.setAccessibleName(self.tr("Result"))
        self.setAccessibleName(self.tr("Calculator"))
        self._refresh()


def decimal_separator() -> str:
    """"," or "." as the interface language writes numbers (QLocale follows the language)."""
    separator = QLocale().decimalPoint()
    return separator if separator in (",", ".") else "."


def _object_suffix(action: str) -> str:
    return {"+": "plus", "-": "minus", "*": "times", "/": "divide"}.get(action, action)
