"""What every open-format document is: its name and version, the lists it holds and the entry
kind of each (INTERCHANGE.md), and the fields that describe a file rather than an entry.

Shared by the exporter, the validator and the importer, so the three agree by construction.
"""

from __future__ import annotations

from collections.abc import Callable

FORMAT = "safeplan-journal"
VERSION = 1
# Top-level list name → entry kind. risk_checks is a SafePlan extension (added, not renamed).
LISTS = {"people": "person", "incidents": "incident", "messages": "message",
         "medical": "medical", "attachments": "attachment", "legal": "legal",
         "risk_checks": "risk_check"}
# Where an item came from in the file, not part of the entry: never stored as its content.
FILE_ONLY = ("id", "data_base64", "path")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
