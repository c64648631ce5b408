"""List and search filters: one ``Query`` turned into SQL over ``entries`` and the FTS5 index.

User text never reaches SQL or the FTS5 query syntax raw: words are extracted and each one is
quoted as a prefix term, so ``"`` ``*`` ``NEAR`` or ``OR`` typed by a survivor (or in an imported
message) are searched for as words, never interpreted.

Permanent numbers in the text (``references``) are looked up too: a lawyer cites "message
С1.0003" or "entry 2026-0014", with the Cyrillic С and Е of a ru/be document or the Latin
letters of an English one, and the vault stores the Latin form (entries.ref). An entry matches
when its words match *or* its number is one of those typed, so "сообщение С1.0003" finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
# C/С (Latin or Cyrillic, any case) + conversation [+ "." + message]; E/Е + exhibit; year-entry.
# Not inside a word or a date ("2024-03-12" is no entry number; "вс1" is no citation).
_REFERENCE = re.compile(
    r"(?<![\w.-])(?:([CcСс])(\d{1,6})(?:\.(\d{1,6}))?|[EeЕе]-?(\d{1,6})|((?:19|20)\d\d)-(\d{1,6}))"
    r"(?![\w-]|\.\d)", re.UNICODE)


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


def references(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """(stored references typed in ``text``, conversation numbers typed alone): "С1.3 и Е-31"
    → (("C1.0003", "E-0031"), ()); "С3" → ((), (3,)). Unpadded numbers are read as padded."""
    exact: list[str] = []
    conversations: list[int] = []
    for match in _REFERENCE.finditer(text):
        letter, conversation, message, exhibit, year, entry = match.groups()
        if letter and message:
            exact.append(f"C{int(conversation)}.{int(message):04d}")
        elif letter:
            conversations.append(int(conversation))
        elif exhibit:
            exact.append(f"E-{int(exhibit):04d}")
        else:
            exact.append(f"{year}-{int(entry):04d}")
    return tuple(exact), tuple(conversations)


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
        # One id set, each part read from an index (fts, entries_ref), so the page scan stays
        # on entries_kind_sort and never reads a table row to test its ref.
        either = []
        if expression:
            either.append("SELECT rowid FROM fts WHERE fts MATCH ?")
            params.append(expression)
        exact, conversations = references(query.text)
        if exact:
            marks = ",".join("?" * len(exact))  # placeholders only; the refs are parameters
            either.append(f"SELECT id FROM entries WHERE ref IN ({marks})")  # noqa: S608
            params.extend(exact)
        for number in conversations:  # C3.0001 … C3.99999 ('/' sorts right after '.')
            either.append("SELECT id FROM entries WHERE ref >= ? AND ref < ?")
            params.extend((f"C{number}.", f"C{number}/"))
        clauses.append(f"e.id IN ({' UNION ALL '.join(either)})" if either else "0")
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
