"""Dates as a court should read them: with their precision, never more exact than recorded.

UX.md 6 and COURT_EXPORT.md 1: an approximate date ("around New Year") is shown as approximate,
with the survivor's own words beside it; a time whose zone was assumed says so. Nothing is
invented: a month-precision date prints as a month.
"""

from __future__ import annotations

from datetime import date, datetime

from safeplan.core.export.labels import Labels, T
from safeplan.core.i18n import format_day, format_year_month
from safeplan.core.journal.message_order import lenient_time, time_key


def parse(value: object) -> datetime | None:
    """A timezone-aware datetime, or None when absent or unreadable (shown raw by callers)."""
    return lenient_time(value)


def sort_key(value: object) -> str:
    """UTC time for ordering; undated entries sort last ("9999"): the same key the messages'
    one-time numbering used (journal/message_order.py), so the two can never disagree."""
    return time_key(value)


def local_date(value: object) -> date | None:
    """The calendar date where it happened (in the time's own offset)."""
    parsed = parse(value)
    return parsed.date() if parsed else None


def _offset(parsed: datetime) -> str:
    delta = parsed.utcoffset()
    if delta is None:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_date(day: date, lang: str) -> str:
    """``12 Mar 2024`` (en) or ``12.03.2024`` (ru, be): the one rule in safeplan.core.i18n."""
    return format_day(day.year, day.month, day.day, lang)


def format_month(year: int, month: int, lang: str) -> str:
    """``Mar 2024`` (en) or ``03.2024`` (ru, be): a month-precision date, never a made-up day."""
    return format_year_month(year, month, lang)


def iso_at_precision(value: object, precision: object) -> str:
    """The stored time in ISO 8601 cut to its recorded precision (``2024``, ``2024-03``,
    ``2024-03-12``, ``2024-03-12T21:05+03:00``, or to the second when exact): a case tool must
    not read the stored midnight of an approximate date as a moment. Unreadable text is
    returned as stored, a missing time as ``""``."""
    parsed = parse(value)
    if parsed is None:
        return value.strip() if isinstance(value, str) else ""
    if precision == "year":
        return f"{parsed.year:04d}"
    if precision == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}"
    if precision in ("day", "approximate"):
        return parsed.date().isoformat()
    stored = str(value).strip()
    zone = "Z" if stored.endswith("Z") else parsed.strftime("%z")
    if zone not in ("", "Z"):
        zone = f"{zone[:3]}:{zone[3:5]}"
    spec = "seconds" if precision == "exact" else "minutes"
    return parsed.replace(tzinfo=None).isoformat(timespec=spec) + zone


def format_time(value: object, precision: object, labels: Labels, *,
                tz_known: object = True) -> str:
    """Event time at its recorded precision, e.g. ``12.03.2024 21:05 (UTC+03:00)``."""
    parsed = parse(value)
    if parsed is None:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())  # unreadable: shown exactly as stored
        return labels(T.DATE_UNKNOWN)
    lang = labels.lang
    day = format_date(parsed.date(), lang)
    if precision == "year":
        text = f"{parsed.year:04d}"
    elif precision == "month":
        text = format_month(parsed.year, parsed.month, lang)
    elif precision in ("day", "approximate"):
        text = day
    elif precision == "exact":
        text = f"{day} {parsed.strftime('%H:%M:%S')} ({_offset(parsed)})"
    else:  # minute, or not stated
        text = f"{day} {parsed.strftime('%H:%M')} ({_offset(parsed)})"
    if precision == "approximate":
        text = f"{labels(T.APPROX)} {text}"
    if tz_known is False and precision not in ("day", "month", "year", "approximate"):
        text = f"{text}, {labels(T.TZ_ASSUMED)}"
    return text


def format_stamp(value: object, labels: Labels) -> str:
    """A machine-clock time (recorded on / amended on), to the second."""
    return format_time(value, "exact", labels)
