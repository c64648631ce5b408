"""What the survivor chose for one chronology export (COURT_EXPORT.md, "Options")."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import LANGUAGES

PAPER_SIZES = ("a4", "letter")
_CATEGORIES = ("physical", "psychological", "economic", "sexual", "stalking", "threat", "property",
               "child", "digital", "other")


@dataclass(frozen=True)
class ChronologyOptions:
    """Filters and presentation choices; ``to_json()`` is recorded in the signed manifest."""

    lang: str = "en"
    date_from: date | None = None
    date_to: date | None = None
    categories: tuple[str, ...] = ()  # forms of abuse to keep; empty = all
    people: tuple[str, ...] = ()  # person uids whose incidents/messages to keep; empty = all
    include_sensitive: bool = False  # sensitive (e.g. mental-health) medical notes are opt-in
    initials: tuple[str, ...] = ()  # person uids whose names print as initials
    leave_out_addresses: bool = False
    # Photos in the bundle: a copy without location and device data unless she chooses the
    # originals (issue 14.1); leave_out_addresses always means copies.
    original_photos: bool = False
    paper: str = "a4"
    case_ref: str = ""
    concerning: str = ""  # optional "whom it concerns" line on the cover
    include_messages: bool = True
    # Working notes (evidence still needed, tags, entries and files she marked private, legal
    # "evidence to collect" items) are for her and her lawyer: left out of the court copy (PDF
    # and CSV) unless she includes them (issue 12, item 4; COURT_EXPORT.md field 17).
    include_working_notes: bool = False
    # statement of truth (issue 18): how to reach witnesses is printed only if she opts in; her
    # name or initials and the place are optional (blank lines to fill in by hand otherwise)
    witness_contacts: bool = False
    signatory: str = ""
    place: str = ""

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise InvalidInput(f"language must be one of {', '.join(LANGUAGES)}", where="lang")
        if self.paper not in PAPER_SIZES:
            raise InvalidInput("paper must be a4 or letter", where="paper")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInput("the start date is after the end date", where="date_from")
        for value in self.categories:
            if value not in _CATEGORIES:
                raise InvalidInput(f"unknown form of abuse {value!r}", where="categories")

    @staticmethod
    def parse_date(text: str, where: str) -> date:
        """Parse a YYYY-MM-DD date given on the command line or in a form."""
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise InvalidInput("expected a date as YYYY-MM-DD", where=where) from None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["date_from"] = self.date_from.isoformat() if self.date_from else None
        data["date_to"] = self.date_to.isoformat() if self.date_to else None
        for key in ("categories", "people", "initials"):
            data[key] = list(data[key])
        return data
