"""The message transcripts of a chronology: which messages, grouped how, cited by which number.

Citations are permanent (journal/citations.py): a message the vault numbered ``C3.0012`` is
``C3.0012`` in a full export, a date-filtered one, one person's or one conversation's, and its
conversation is "Conversation C3" in all of them. A document whose messages do not all carry
a citation (``ref``; another program's file) is numbered as before: conversations C1… by their
first message in this export, messages C1.0001… in print order.

Print order is the one rule of journal/message_order.py (time, position in the source, the
document's order; replies after their message), whatever the numbers: a later import of older
messages prints them first with higher numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from safeplan.core.export.data_filters import Redactor, in_range, items
from safeplan.core.export.data_model import Conversation, Message
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.journal import citations, message_order
from safeplan.core.journal.model import is_working_note


def permanent(document: Mapping[str, Any]) -> bool:
    """Whether every message of the document carries a citation (all or nothing, like the
    entries' references: never a mix of two numberings in one export)."""
    messages = items(document, "messages")
    return bool(messages) and all(citations.parse(m.get("ref")) for m in messages)


def conversations(document: Mapping[str, Any], options: ChronologyOptions,
                  wanted_people: set[str], redactor: Redactor,
                  people: Mapping[str, str]) -> list[Conversation]:
    messages = items(document, "messages")
    numbered = bool(messages) and all(citations.parse(m.get("ref")) for m in messages)
    groups: dict[Any, list[tuple[tuple[Any, ...], Mapping[str, Any]]]] = {}
    for index, item in enumerate(messages):
        if not in_range(item.get("sent_at"), options):
            continue
        if wanted_people and item.get("person_id") not in wanted_people:
            continue
        if not options.include_working_notes and is_working_note("message", item):
            continue
        parsed = citations.parse(item.get("ref")) if numbered else None
        key = parsed[0] if parsed else message_order.conversation_key(item)
        groups.setdefault(key, []).append((message_order.order_of(item, index), item))
    out = []
    for position, (key, members) in enumerate(message_order.ordered(groups), start=1):
        number = key if isinstance(key, int) else position
        channel, title = message_order.conversation_key(members[0])
        conv = Conversation(number, redactor.text(title), channel)
        for index, item in enumerate(members, start=1):
            content = redactor.entry(item)
            pid = item.get("person_id")
            if isinstance(pid, str) and pid in options.initials and pid in people:
                content["sender" if item.get("direction") != "outgoing" else "recipient"] = \
                    people[pid]
            cited = str(item["ref"]) if numbered else citations.citation(number, index)
            conv.messages.append(Message(cited, str(item.get("id")), content,
                                         message_order.time_key(item.get("sent_at"))))
            source = item.get("source")
            if isinstance(source, Mapping):
                pair = (str(source.get("file_name") or ""), str(source.get("file_sha256") or ""))
                if pair[1] and pair not in conv.sources:
                    conv.sources.append(pair)
        out.append(conv)
    return out
