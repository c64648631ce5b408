"""The arithmetic behind the decoy calculator: a pocket calculator that really works.

Threat A1: the decoy is the first thing an abuser sees, so it must behave like an ordinary
calculator (+ − × ÷, decimal point, percent, clear, sign, backspace) — a decoy that fails at
simple sums invites a closer look. Decimal arithmetic so 0.1 + 0.2 shows 0.3. No Qt here.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

OPERATORS = ("+", "-", "*", "/")
_MAX_DIGITS = 15  # digits she can type into one number
_SHOWN_DIGITS = 20  # digits a result may show: 99999999² = 9999999800000001 exactly
ERROR = "Error"


def _decimal() -> ModuleType:
    """The decimal module, imported at the first sum, not before the calculator can show
    (~1.3 ms of its start, issue 17.2): typing digits needs none of it."""
    import decimal

    return decimal


class CalcEngine:
    """Immediate-execution calculator: ``12 + 3 × 2 =`` gives 30, as on a pocket calculator."""

    def __init__(self) -> None:
        self.clear()

    # --- state -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.display = "0"
        self._accumulator: Decimal | None = None
        self._operator: str | None = None
        self._fresh = True  # the next digit starts a new number
        self._last: tuple[str, Decimal] | None = None  # repeated "=" repeats the last operation
        self.typed = ""  # digits typed since the last operator/clear (door-code check)
        self.expression_pending = False

    @property
    def has_error(self) -> bool:
        return self.display == ERROR

    # --- input -----------------------------------------------------------------------------
    def digit(self, char: str) -> None:
        if self.has_error:
            self.clear()
        if self._fresh:
            self.display = "0"
            self._fresh = False
            self.typed = ""
        if len(self.display.replace("-", "").replace(".", "")) >= _MAX_DIGITS:
            return
        self.display = char if self.display == "0" else self.display + char
        self.typed += char

    def point(self) -> None:
        if self.has_error:
            self.clear()
        if self._fresh:
            self.display = "0"
            self._fresh = False
            self.typed = ""
        if "." not in self.display:
            self.display += "."
            self.typed += "."

    def backspace(self) -> None:
        if self._fresh or self.has_error:
            return
        self.display = self.display[:-1] or "0"
        if self.display in ("-", ""):
            self.display = "0"
        self.typed = self.typed[:-1]

    def negate(self) -> None:
        if self.has_error or self.display == "0":
            return
        self.display = self.display[1:] if self.display.startswith("-") else "-" + self.display
        self.typed = ""

    def operator(self, op: str) -> None:
        if op not in OPERATORS or self.has_error:
            return
        if self._operator is not None and not self._fresh:
            self._apply()
            if self.has_error:
                return
        else:
            self._accumulator = _decimal().Decimal(self.display)
        self._operator = op
        self._fresh = True
        self._last = None
        self.typed = ""
        self.expression_pending = True

    def percent(self) -> None:
        """``a + b %`` → a + a·b/100; ``a × b %`` → a·b/100; ``b %`` alone → b/100."""
        if self.has_error:
            return
        value = _decimal().Decimal(self.display)
        if self._accumulator is not None and self._operator in ("+", "-"):
            value = self._accumulator * value / 100
        else:
            value = value / 100
        self.display = _format(value)
        self._fresh = True
        self.typed = ""

    def equals(self) -> str:
        """Finish the sum. Returns what was typed as a bare number before ``=`` ("" otherwise)."""
        typed = "" if self.expression_pending or self._fresh else self.typed
        if self.has_error:
            return ""
        if self._operator is not None:
            self._apply()
        elif self._last is not None:
            op, rhs = self._last
            self._accumulator = _decimal().Decimal(self.display)
            self._operator = op
            self.display = _format(rhs)
            self._fresh = False
            self._apply()
        self._operator = None
        self._accumulator = None
        self._fresh = True
        self.typed = ""
        self.expression_pending = False
        return typed

    # --- arithmetic ------------------------------------------------------------------------
    def _apply(self) -> None:
        decimal = _decimal()
        lhs = self._accumulator if self._accumulator is not None else decimal.Decimal(0)
        rhs = decimal.Decimal(self.display)
        op = self._operator or "+"
        try:
            with decimal.localcontext() as ctx:
                ctx.prec = 40  # exact for any two typed 15-digit numbers
                ctx.traps[decimal.DivisionByZero] = True
                ctx.traps[decimal.InvalidOperation] = True
                if op == "+":
                    result = lhs + rhs
                elif op == "-":
                    result = lhs - rhs
                elif op == "*":
                    result = lhs * rhs
                else:
                    result = lhs / rhs
        except (decimal.DivisionByZero, decimal.InvalidOperation):
            self.display = ERROR
            self._accumulator = None
            self._operator = None
            self._fresh = True
            return
        self._last = (op, rhs)
        self._accumulator = result
        self.display = _format(result)
        self._fresh = True


def _format(value: Decimal) -> str:
    """Exact whole numbers up to 20 digits (a wrong last digit is a tell: issue 15), other
    results to 15 significant digits, no trailing zeros, scientific only when it must."""
    if value.is_zero():
        return "0"
    if value == value.to_integral_value() and len(str(abs(int(value)))) <= _SHOWN_DIGITS:
        return str(int(value))
    rounded = _decimal().Decimal(f"{value:.{_MAX_DIGITS}g}")
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if len(text.replace("-", "").replace(".", "")) > _SHOWN_DIGITS + 2:
        text = f"{rounded:.10e}".replace("e+", "e")
    return text
