"""Legal dates — protection orders, court hearings, deadlines, evidence to collect — and reminders.

Each date is a ``legal`` journal entry (kind, starts_at, ends_at, reference, notes, done). The
reminders are computed, never scheduled: the app asks ``due_reminders`` on unlock and when the
Timeline or the Legal page is shown, with an injectable clock for tests. Nothing here ever raises
an OS notification — a pop-up from the system tray could reveal the app to the person she is
hiding it from (threat A1).

Belarus: a police protection order (защитное предписание, Law No. 122-Z of 4 January 2014,
art. 31) is issued for up to 15 days and can be extended up to 30 days in total.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.journal.model import LEGAL_KINDS, parse_time

LEGAL_KIND = "legal"
PROTECTION_ORDER_DAYS = 15
PROTECTION_ORDER_MAX_DAYS = 30
# How many days ahead each kind starts to be mentioned.
LEAD_DAYS = {"protection-order": 3, "court-hearing": 7, "deadline": 7,
             "evidence-to-collect": 0, "other": 3}
# A protection order that ended is still mentioned for a few days: the time right after it ends
# can be dangerous, and she may want to plan for it.
ENDED_ORDER_GRACE_DAYS = 3

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class LegalItem:
    uid: str
    kind: str
    starts_at: str | None
    ends_at: str | None
    reference: str
    notes: str
    done: bool

    @property
    def start_date(self) -> date | None:
        return _date_of(self.starts_at)

    @property
    def end_date(self) -> date | None:
        return _date_of(self.ends_at)


@dataclass(frozen=True)
class Reminder:
    """One thing to mention. ``event`` is a stable key the interface turns into words:
    order-ends, order-ended, hearing, deadline, overdue, evidence, other."""

    uid: str
    kind: str
    event: str
    on: date | None
    days: int | None  # days from today to ``on`` (negative: in the past)
    reference: str


def protection_order_end(start: date, *, extended: bool = False) -> date:
    """The last possible day of a Belarusian police protection order starting on ``start``."""
    return start + timedelta(days=PROTECTION_ORDER_MAX_DAYS if extended else PROTECTION_ORDER_DAYS)


def normalise(content: Mapping[str, Any]) -> dict[str, Any]:
    """Check and tidy one legal entry; InvalidInput names the field (dates: YYYY-MM-DD or ISO)."""
    kind = content.get("kind") or "other"
    if kind not in LEGAL_KINDS:
        raise InvalidInput(f"must be one of {', '.join(LEGAL_KINDS)}", where="legal.kind")
    out: dict[str, Any] = {k: v for k, v in content.items()}
    out["kind"] = kind
    for name in ("starts_at", "ends_at"):
        value = content.get(name)
        if value in (None, ""):
            out[name] = None
            continue
        if not isinstance(value, str) or _date_of(value) is None:
            raise InvalidInput("expected a date like 2024-03-12", where=f"legal.{name}")
    for name in ("reference", "notes"):
        value = content.get(name) or ""
        if not isinstance(value, str):
            raise InvalidInput("expected text", where=f"legal.{name}")
        out[name] = value
    done = content.get("done", False)
    if not isinstance(done, bool):
        raise InvalidInput("expected true or false", where="legal.done")
    out["done"] = done
    start, end = _date_of(out["starts_at"]), _date_of(out["ends_at"])
    if start and end and end < start:
        raise InvalidInput("the end is before the start", where="legal.ends_at")
    if kind == "protection-order" and start and end and (
            end - start).days > PROTECTION_ORDER_MAX_DAYS:
        raise InvalidInput("a protection order lasts at most 30 days", where="legal.ends_at")
    return out


def due_reminders(items: Iterable[LegalItem], today: date) -> list[Reminder]:
    """What to mention today, most urgent first."""
    found: list[Reminder] = []
    for item in items:
        reminder = _reminder_for(item, today)
        if reminder is not None:
            found.append(reminder)
    order = {"overdue": 0, "order-ended": 1}
    found.sort(key=lambda r: (order.get(r.event, 2), r.days if r.days is not None else 10_000))
    return found


def _reminder_for(item: LegalItem, today: date) -> Reminder | None:
    lead = LEAD_DAYS.get(item.kind, 3)

    def make(event: str, on: date | None) -> Reminder:
        days = None if on is None else (on - today).days
        return Reminder(item.uid, item.kind, event, on, days, item.reference)

    if item.kind == "protection-order":
        end = item.end_date
        if end is None or item.done:
            return None
        left = (end - today).days
        if 0 <= left <= lead:
            return make("order-ends", end)
        if -ENDED_ORDER_GRACE_DAYS <= left < 0:
            return make("order-ended", end)
        return None
    if item.kind == "court-hearing":
        start = item.start_date
        if start is None:
            return None
        left = (start - today).days
        return make("hearing", start) if 0 <= left <= lead else None
    if item.done:
        return None
    due = item.end_date or item.start_date
    if item.kind == "evidence-to-collect":
        due = item.end_date  # the start is when it was noted; only an end date is a "by"
        if due is not None and due < today:
            return make("overdue", due)
        return make("evidence", due)
    if due is None:
        return None
    left = (due - today).days
    if left < 0:
        return make("overdue", due)
    if left <= lead:
        return make("deadline" if item.kind == "deadline" else "other", due)
    return None


class LegalStore:
    """Legal entries in the journal, and the reminders due for them."""

    def __init__(self, journal: Any, clock: Clock | None = None) -> None:
        self._journal = journal
        self._clock = clock or (lambda: datetime.now(UTC))

    def save(self, content: Mapping[str, Any], uid: str | None = None) -> str:
        return str(self._journal.save(LEGAL_KIND, normalise(content), uid))

    def items(self) -> list[LegalItem]:
        """Every legal entry not in the trash, by date (undated last)."""
        from safeplan.core.journal.search import Query

        found = [item_of(entry.uid, entry.content)
                 for entry in self._journal.list(Query(kinds=(LEGAL_KIND,)))]
        found.sort(key=lambda i: (i.start_date or i.end_date or date.max, i.uid))
        return found

    def reminders(self) -> list[Reminder]:
        return due_reminders(self.items(), self.today())

    def today(self) -> date:
        return self._clock().astimezone().date()


def item_of(uid: str, content: Mapping[str, Any]) -> LegalItem:
    return LegalItem(uid, str(content.get("kind") or "other"), content.get("starts_at"),
                     content.get("ends_at"), str(content.get("reference") or ""),
                     str(content.get("notes") or ""), bool(content.get("done")))


def _date_of(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return parse_time(value).date()
    except ValueError:
        return None
