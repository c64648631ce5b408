"""Reading the fields of one Telegram Desktop message (telegram.py walks the file).

``text`` is a string or a list mixing strings and entity objects; ``date`` is local ISO 8601
without an offset, except in files that write one ("Z") — that instant is then a fact; ids may be
numbers (old format) or strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from safeplan.core.errors import InvalidInput


def _conversation_id(chat: dict[str, Any]) -> str:
    """Telegram's chat id outlives the chat's name (the other person may rename it)."""
    chat_id = chat.get("id")
    if isinstance(chat_id, int | str) and not isinstance(chat_id, bool) and str(chat_id):
        return f"telegram:{chat_id}"
    return ""


def _conversation(chat: dict[str, Any]) -> str:
    name = chat.get("name")
    if isinstance(name, str) and name:
        return name
    if chat.get("id") is not None:
        return f"telegram:{chat['id']}"
    return "(unnamed chat)"


def _str(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InvalidInput("expected text", where=where)


def _text_of(value: Any, where: str, file_name: str) -> str:
    """``text`` is a string or a list mixing strings and entity objects with their own ``text``."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, dict) and isinstance(item.get("text", ""), str):
                parts.append(item.get("text", ""))
            else:
                raise InvalidInput("unreadable text entity", where=f"{where}[{i}]",
                                   file_name=file_name)
        return "".join(parts)
    if value is None:
        return ""
    raise InvalidInput("text is neither a string nor a list", where=where, file_name=file_name)


def _stated_instant(value: Any) -> datetime | None:
    """The instant a date string states with its own "Z" or offset, else None."""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _naive(value: Any, where: str, file_name: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput("unreadable date", where=where, file_name=file_name) from None
    return parsed if parsed.tzinfo is None else parsed.replace(tzinfo=None)
