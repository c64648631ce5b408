"""The date-and-time header of a WhatsApp line, in every form real phones write (issue 13.5).

Seen in real exports: Android ``12.03.2024, 21:05 - ``, iOS ``[12.03.24, 21:05:33] ``; Arabic iOS
with RLM marks between the date parts, the Arabic comma ``،``, Arabic-Indic digits and a 12-hour
clock marked ``ص`` (before noon) / ``م`` (after noon); Vietnamese with the time before the date;
Thai phones counting years in the Buddhist era (2567 BE = 2024) and Japanese phones in imperial
eras (R6 = Reiwa 6 = 2024). Matching runs on a copy with invisible marks stripped and digits made
ASCII one character for one, so a match's end still maps back onto the original line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._wa_text import norm

# Arabic-Indic (U+0660…) and Eastern Arabic-Indic / Persian (U+06F0…) digits → ASCII, 1:1.
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}

_YEAR = r"(?P<c>\d{1,4}|[RHST]\d{1,2})(?P<be> ?BE)?"
_CLOCK = (r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?"
          r"(?: ?(?P<ampm>[AaPp]\.? ?[Mm]\.?|[\u0645\u0635]|SA|CH))?")
_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)" + _YEAR
_END = r"(?(br)\] | [-\u2013] )"
DATE_FIRST = re.compile(r"^(?P<br>\[)?" + _DATE + r"\.?[,\u060c]? ?" + _CLOCK + _END)
TIME_FIRST = re.compile(r"^(?P<br>\[)?" + _CLOCK + r"[,\u060c]? " + _DATE + _END)

# Japanese imperial eras: year 1 of each era (Reiwa began 1 May 2019, Heisei 8 Jan 1989, …).
_ERA_START = {"R": 2019, "H": 1989, "S": 1926, "T": 1912}
_ERA_NAME = {"R": "Reiwa", "H": "Heisei", "S": "Showa", "T": "Taisho"}
_BUDDHIST_OFFSET = 543
_BUDDHIST_RANGE = (2500, 2700)  # 1957–2157 CE
_AM = {"am", "\u0635", "sa"}
_PM = {"pm", "\u0645", "ch"}
ORDERS = ("DMY", "MDY", "YMD")


def header_text(line: str) -> str:
    """The start of a line as the header patterns see it (marks stripped, digits ASCII)."""
    return norm(line[:96]).translate(_DIGITS)


def match_header(line: str) -> re.Match[str] | None:
    text = header_text(line)
    return DATE_FIRST.match(text) or TIME_FIRST.match(text)


def looks_like_header(line: str) -> bool:
    """Format detection: the first non-empty line of a WhatsApp export starts with a header."""
    return match_header(line.lstrip("\ufeff\u200e\u200f")) is not None


def year_of(m: re.Match[str], order: str) -> int:
    """The Gregorian year of a header, whatever calendar the phone counted in."""
    raw = m["a"] if order == "YMD" else m["c"]
    if raw[0] in _ERA_START:
        return _ERA_START[raw[0]] + int(raw[1:]) - 1
    year = int(raw)
    if m["be"] or _BUDDHIST_RANGE[0] <= year <= _BUDDHIST_RANGE[1]:
        # no message was sent in 2500–2700 CE: a Thai phone counting in the Buddhist era
        return year - _BUDDHIST_OFFSET
    return year + 2000 if year < 100 else year


def ymd(m: re.Match[str], order: str) -> tuple[int, int, int]:
    if order == "YMD":
        return year_of(m, order), int(m["b"]), int(m["c"])
    a, b = int(m["a"]), int(m["b"])
    mo, d = (a, b) if order == "MDY" else (b, a)
    return year_of(m, order), mo, d


def hour_24(m: re.Match[str]) -> tuple[int, bool]:
    """(hour on a 24-hour clock, whether the 12-hour time was impossible and read as 24-hour)."""
    hour = int(m["H"])
    ampm = (m["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if not ampm:
        return hour, False
    if hour == 0 or hour > 12:
        return hour, True
    if ampm in _PM and hour != 12:
        return hour + 12, False
    if ampm in _AM and hour == 12:
        return 0, False
    return hour, False


def pattern(m: re.Match[str], order: str) -> str:
    """How the file writes its dates, for the preview and the provenance."""
    sep = m["sep"]
    raw_year = m["a"] if order == "YMD" else m["c"]
    if raw_year[0] in _ERA_START:
        year = f"{raw_year[0]}n (Japanese era, {_ERA_NAME[raw_year[0]]})"
    elif m["be"] or _BUDDHIST_RANGE[0] <= int(raw_year) <= _BUDDHIST_RANGE[1]:
        year = "YYYY BE (Buddhist era)"
    else:
        year = "YYYY" if len(raw_year) == 4 else "YY"
    parts = {"D": "DD", "M": "MM", "Y": year}
    date = sep.join(parts[ch] for ch in order)
    clock = "hh:mm" if m["ampm"] else "HH:mm"
    clock += ":ss" if m["S"] else ""
    clock += " AM/PM" if m["ampm"] else ""
    if m.re is TIME_FIRST:
        date, clock = clock, date
    return f"[{date}, {clock}] " if m["br"] else f"{date}, {clock} - "


@dataclass
class OrderDecision:
    """How the day/month order was decided (issue 13.6: never silently when every date ≤ 12).

    ``source``: ``file`` (a field above 12, or a 4-digit year first, decides it), ``user`` (she
    chose, or ``--date-order``), ``guess`` (ambiguous: the reading under which dates run
    backwards least — to be confirmed). ``examples``: two headers (``text``) with their
    ``DMY`` and ``MDY`` readings.
    """

    order: str
    source: str
    backwards: dict[str, int] = field(default_factory=dict)
    examples: list[dict[str, str]] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.source == "guess"


def decide_order(ms: list[re.Match[str]], forced: str | None) -> OrderDecision:
    if forced:
        return OrderDecision(forced, "user")
    if sum(len(m["a"]) == 4 for m in ms) * 2 > len(ms):  # one odd line does not decide
        return OrderDecision("YMD", "file")
    day_first = any(int(m["a"]) > 12 for m in ms)
    month_first = any(int(m["b"]) > 12 for m in ms)
    if day_first != month_first:
        return OrderDecision("DMY" if day_first else "MDY", "file")
    backwards = {o: _backwards(ms, o) for o in ("DMY", "MDY")}
    order = "MDY" if backwards["MDY"] < backwards["DMY"] else "DMY"
    return OrderDecision(order, "guess", backwards, _examples(ms))


def _examples(ms: list[re.Match[str]]) -> list[dict[str, str]]:
    """Two headers whose readings differ (first and last such, else the first two), each with
    its date read day-first and month-first — what she is shown to decide."""
    differ = [m for m in ms if m["a"] != m["b"]]
    chosen = [differ[0], differ[-1]] if len(differ) >= 2 else (differ or ms)[:2]
    out = []
    for m in chosen:
        example = {"text": m.group(0).strip(" -\u2013[]")}
        for order in ("DMY", "MDY"):
            y, mo, d = ymd(m, order)
            example[order] = f"{y:04d}-{mo:02d}-{d:02d}T{hour_24(m)[0]:02d}:{m['M']}"
        out.append(example)
    return out


def _backwards(ms: list[re.Match[str]], order: str) -> int:
    prev: tuple[int, int, int] | None = None
    count = 0
    for m in ms:
        y, mo, d = ymd(m, order)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            count += 1000
            continue
        key = (y, mo, d)
        if prev is not None and key < prev:
            count += 1
        prev = key
    return count
