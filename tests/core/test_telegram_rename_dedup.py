"""A later Telegram export of a renamed chat adds only new messages (dedup on the chat id)."""

from __future__ import annotations

import json
from pathlib import Path

from safeplan.core import importers, interchange
from safeplan.core.journal.search import Query


def _export(path: Path, name: str, count: int) -> Path:
    messages = [{"id": i, "type": "message", "date": "2024-03-12T21:05:00",
                 "date_unixtime": str(1710266700 + i * 60), "from": "Viktor",
                 "from_id": "user42", "text": f"message {i}"} for i in range(1, count + 1)]
    path.write_text(json.dumps({"name": name, "type": "personal_chat", "id": 42,
                                "messages": messages}), encoding="utf-8")
    return path


def test_renamed_chat_does_not_duplicate(make_vault, tmp_path: Path) -> None:
    vault = make_vault()
    first = importers.parse_file(_export(tmp_path / "a.json", "Viktor", 5), "telegram")
    interchange.import_document(vault.journal, first.document,
                                open_attachment=first.open_attachment)
    later = importers.parse_file(_export(tmp_path / "b.json", "V. (renamed)", 7), "telegram")
    report = interchange.import_document(vault.journal, later.document,
                                         open_attachment=later.open_attachment)
    assert report.added.get("message") == 2
    assert vault.journal.count(Query(kinds=("message",))) == 7
