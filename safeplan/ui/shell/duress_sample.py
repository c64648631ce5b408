"""Ordinary, editable entries for the journal a second (duress) passphrase opens.

Requirement 11: the journal must be believable, in her language, and say nothing about decoys.
A few everyday entries (a family member, a doctor, a routine check-up) read like a journal that
was started and not used much. They are plain entries; she can change or add to them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject


class DuressSample(QObject):
    """``populate(journal)`` writes the sample entries through the core journal API."""

    def __init__(self, now: datetime | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now or datetime.now().astimezone()

    def populate(self, journal: Any) -> None:
        journal.save(
            "person",
            {
                "name": self.tr("Mum"),
                "role": "trusted",
                "relationship": self.tr("mother"),
                "contact": "",
                "notes": self.tr("Call on Sundays."),
            },
        )
        journal.save(
            "person",
            {
                "name": self.tr("Dr. Novak"),
                "role": "professional",
                "relationship": self.tr("family doctor"),
                "contact": "",
                "notes": "",
            },
        )
        visit = self._now - timedelta(days=23)
        journal.save(
            "medical",
            {
                "visited_at": visit.replace(hour=10, minute=30, second=0, microsecond=0)
                .isoformat(timespec="minutes"),
                "precision": "minute",
                "kind": "gp",
                "facility": self.tr("City clinic"),
                "practitioner": self.tr("Dr. Novak"),
                "findings": self.tr("Routine check-up. Blood pressure normal."),
                "treatment": self.tr("Vitamin D in winter."),
                "documents": "",
                "body_marks": [],
                "incident_ids": [],
                "attachment_ids": [],
                "sensitive": False,
            },
        )
        # One small, everyday dispute: a journal with nothing in its main list would itself
        # look staged to someone forcing her to open it.
        argued = (self._now - timedelta(days=41)).replace(hour=19, minute=15, second=0,
                                                          microsecond=0)
        journal.save(
            "incident",
            {
                "occurred_at": argued.isoformat(timespec="minutes"),
                "precision": "minute",
                "title": self.tr("Neighbour and the parking space"),
                "description": self.tr(
                    "The neighbour from the third floor parked in our space again and "
                    "shouted when I asked him to move the car."
                ),
                "words_said": "",
                "impact": self.tr("Annoying. I will ask the building manager."),
                "location": self.tr("Yard"),
                "categories": ["other"],
                "severity": 1,
                "perpetrator_ids": [],
                "witness_ids": [],
                "tags": [],
                "attachment_ids": [],
            },
        )
