"""How a diary note is kept in the journal, and read back (issue 14.4).

The diary shows one kind of entry: the everyday ``incident`` entries the duress journal is filled
with (a neighbour, a late bus), in the same shape as those the content generator writes
(``duress_sample.py``), so the notes she writes and the ones it wrote cannot be told apart in the
file. No new kind and no storage outside the journal: a note is an entry with revisions like any
other. In the diary a note is one text: its first line is the title, the rest the text; what the
generator put in ``impact`` is shown as the last paragraph and folded into the text only when she
edits the note.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from safeplan.core.journal.model import parse_time

NOTE_KIND = "incident"

# The fields the generator gives an everyday entry; a new note gets the same ones.
_NEW_NOTE: dict[str, Any] = {
    "location": "", "words_said": "", "impact": "", "categories": ["other"], "severity": 1,
    "perpetrator_ids": [], "witness_ids": [], "tags": [], "attachment_ids": [],
}


def note_text(content: Mapping[str, Any]) -> str:
    """The one text the diary shows for an entry: title, text, and any closing remark."""
    parts = [str(content.get(field) or "") for field in ("title", "description", "impact")]
    title, description, remark = parts
    text = title
    if description:
        text = f"{text}\n{description}" if text else description
    if remark:
        text = f"{text}\n\n{remark}" if text else remark
    return text


def note_title(content: Mapping[str, Any]) -> str:
    """One line for the list: the title, else the text's first words."""
    for field in ("title", "description", "impact"):
        value = content.get(field)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:120]
    return ""


def note_day(content: Mapping[str, Any]) -> date | None:
    """The day the note is about, as it was on her clock."""
    value = content.get("occurred_at")
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_time(value).date()
    except (ValueError, OverflowError):
        return None


def note_content(text: str, day: date, old: Mapping[str, Any] | None,
                 now: datetime) -> dict[str, Any]:
    """The entry to save for ``text`` on ``day``: an edit keeps every other field of ``old``."""
    title, _, rest = text.partition("\n")
    content: dict[str, Any] = dict(old) if old is not None else dict(_NEW_NOTE)
    content["title"] = title.strip()
    content["description"] = rest
    content["impact"] = ""
    if old is None or note_day(old) != day:
        if day == now.date():
            content["occurred_at"] = now.isoformat(timespec="minutes")
            content["precision"] = "minute"
        else:  # a day she chose: the day is what she knows, not the hour
            noon = datetime.combine(day, time(12, 0), tzinfo=now.tzinfo)
            content["occurred_at"] = noon.isoformat(timespec="minutes")
            content["precision"] = "day"
    return content
