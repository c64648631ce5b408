"""Time helpers shared by the importers (MESSAGE_FORMATS rule 2: one time model).

An instant the file knows in UTC is written with the zone the user chose (or UTC); a local
wall-clock time without a zone is interpreted in the zone the user confirmed via the IANA database
(Belarus is UTC+3 since 2011, Moscow changed in October 2014 — fixed offsets would be wrong).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safeplan.core.errors import InvalidInput

from .base import Repair


def resolve_zone(tz: str | None, file_name: str = "") -> ZoneInfo | None:
    """An IANA zone name → ZoneInfo; unknown names are bad input, not a traceback."""
    if tz is None or tz == "":
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(f"unknown time zone {tz!r}", where="--tz", file_name=file_name) from None


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def instant(ts: float, zone: tzinfo | None) -> datetime:
    """A UTC instant shown in ``zone`` (UTC when no zone was chosen)."""
    try:
        return datetime.fromtimestamp(ts, UTC).astimezone(zone or UTC)
    except (OverflowError, ValueError, OSError):
        raise InvalidInput(f"time {ts} is out of range") from None


def in_utc_range(value: str | None) -> bool:
    """Whether an ISO time can be turned into UTC. The journal orders entries by UTC, and
    9999-12-31T23:59-12:00 (or year 1 with a positive offset) overflows there: a hostile file
    with such a date must be bad input naming its place, not an unexpected error (threat A5)."""
    if not value:
        return True
    try:
        datetime.fromisoformat(value).astimezone(UTC)
    except (OverflowError, ValueError):
        return False
    return True


def localize(naive: datetime, zone: ZoneInfo, where: str, repairs: list[Repair]) -> datetime:
    """Attach ``zone`` to a wall-clock time, recording DST gaps and folds instead of guessing silently."""
    aware = naive.replace(tzinfo=zone)
    other = naive.replace(tzinfo=zone, fold=1)
    if aware.utcoffset() != other.utcoffset():
        round_trip = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        if round_trip != naive:
            repairs.append(Repair(where, f"{naive.isoformat()} does not exist in {zone.key} "
                                         "(clocks moved forward); read with the earlier offset"))
        else:
            repairs.append(Repair(where, f"{naive.isoformat()} occurs twice in {zone.key} "
                                         "(clocks moved back); the first occurrence was chosen"))
    return aware


def fixed_offset_label(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
