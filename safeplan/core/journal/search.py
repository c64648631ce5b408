"""List and search filters: one ``Query`` turned into SQL over ``entries`` and the FTS5 index.

User text never reaches SQL or the FTS5 query syntax raw: words are extracted and each one is
quoted as a prefix term, so ``"`` ``*`` ``NEAR`` or ``OR`` typed by a survivor (or in an imported
message) are searched for as words, never interpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Query:
    kinds: tuple[str, ...] = ()
    text: str = ""
    date_from: str | None = None  # ISO date or time, inclusive
    date_to: str | None = None  # ISO date (whole day included) or time, inclusive
    categories: tuple[str, ...] = ()
    person_uid: str | None = None
    has_attachments: bool | None = None
    conversation: str | None = None
    channel: str | None = None
    min_severity: int | None = None
    in_trash: bool = False
    offset: int = 0
    limit: int | None = None
    newest_first: bool = False


def fts_expression(text: str) -> str:
    """Every word must appear (as a word prefix). Empty when the text has no words."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words)


def build_where(query: Query) -> tuple[str, list[Any], str]:
    """(WHERE clause, parameters, ORDER BY clause) over ``entries e``."""
    clauses = ["e.purged = 0", "e.deleted_at IS NOT NULL" if query.in_trash
               else "e.deleted_at IS NULL"]
    params: list[Any] = []
    if query.kinds:
        clauses.append(f"e.kind IN ({','.join('?' * len(query.kinds))})")
        params.extend(query.kinds)
    else:  # every kind she saves, not the hidden record of message numbers (citations.py)
        clauses.append("e.kind != 'citations'")
    if query.text.strip():
        expression = fts_expression(query.text)
        if expression:
            clauses.append("e.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            params.append(expression)
        else:
            clauses.append("0")
    if query.date_from:
        clauses.append("e.sort_at >= ?")
        params.append(_bound(query.date_from, end=False))
    if query.date_to:
        clauses.append("e.sort_at <= ?")
        params.append(_bound(query.date_to, end=True))
    for category in query.categories:
        clauses.append("e.categories LIKE ?")
        params.append(f"% {category} %")
    if query.person_uid:
        clauses.append("e.people LIKE ?")
        params.append(f"% {query.person_uid} %")
    if query.has_attachments is not None:
        clauses.append("e.has_attachments = ?")
        params.append(1 if query.has_attachments else 0)
    if query.conversation is not None:
        clauses.append("e.conversation = ?")
        params.append(query.conversation)
    if query.channel is not None:
        clauses.append("e.channel = ?")
        params.append(query.channel)
    if query.min_severity is not None:
        clauses.append("e.severity >= ?")
        params.append(query.min_severity)
    direction = "DESC" if query.newest_first else "ASC"
    if query.kinds == ("person",):
        order = f"e.summary COLLATE NOCASE {direction}, e.id {direction}"
    else:
        # Matches the entries_kind_sort index, so a page is read in index order and the scan
        # stops after LIMIT rows instead of sorting every match (entries without a time first).
        order = f"e.sort_at {direction}, e.id {direction}"
    return " AND ".join(clauses), params, order


def _bound(value: str, *, end: bool) -> str:
    """Dates compare against UTC sort keys; a bare date on the 'to' side includes that day."""
    from safeplan.core.journal.model import sort_key

    if len(value) == 10:
        return value + ("T23:59:59" if end else "T00:00:00")
    return sort_key(value) or value
