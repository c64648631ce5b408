"""Ordinary, editable entries for the journal a second (duress) passphrase opens.

Requirement 11: the journal must be believable, in her language, and say nothing about decoys.
A few everyday entries (family, a doctor, a routine visit, a small dispute) read like a journal
that was started and not used much. Issue 14.4: the same entries in every installation gave the
journal away, so each installation draws its own from a pool (people, visits, everyday
annoyances) with its own dates over the past weeks; the core records them at moments spread over
those weeks (safeplan/core/vault/duress_files.py). They are plain entries; she can change them.
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject


class DuressSample(QObject):
    """``populate(journal)`` writes the sample entries through the core journal API."""

    def __init__(self, now: datetime | None = None, parent: QObject | None = None,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self._now = now or datetime.now().astimezone()
        self._rng = rng or secrets.SystemRandom()

    # -- the pools (every text translated; the choice and the dates differ per installation) --

    def _people(self) -> list[dict[str, Any]]:
        return [
            {"name": self.tr("Mum"), "role": "trusted", "relationship": self.tr("mother"),
             "notes": self.tr("Call on Sundays.")},
            {"name": self.tr("Grandma"), "role": "trusted", "relationship": self.tr("grandmother"),
             "notes": self.tr("Bring her medicine on Thursdays.")},
            {"name": self.tr("Sveta"), "role": "trusted", "relationship": self.tr("friend from school"),
             "notes": self.tr("Birthday in spring.")},
            {"name": self.tr("Aunt Valya"), "role": "trusted", "relationship": self.tr("aunt"),
             "notes": ""},
            {"name": self.tr("Dr. Novak"), "role": "professional", "relationship": self.tr("family doctor"),
             "notes": ""},
            {"name": self.tr("Olga Petrovna"), "role": "professional",
             "relationship": self.tr("dentist"), "notes": self.tr("Check-up every six months.")},
        ]

    def _visits(self) -> list[dict[str, Any]]:
        return [
            {"kind": "gp", "facility": self.tr("City clinic"),
             "findings": self.tr("Routine check-up. Blood pressure normal."),
             "treatment": self.tr("Vitamin D in winter.")},
            {"kind": "other", "facility": self.tr("Dental clinic"),
             "findings": self.tr("One small filling."), "treatment": self.tr("Come back in six months.")},
            {"kind": "gp", "facility": self.tr("City clinic"), "findings": self.tr("A cold. No fever."),
             "treatment": self.tr("Tea, rest, three days at home.")},
            {"kind": "other", "facility": self.tr("Optician"),
             "findings": self.tr("Eyesight slightly worse."), "treatment": self.tr("New glasses.")},
        ]

    def _disputes(self) -> list[dict[str, Any]]:
        return [
            {"title": self.tr("Neighbour and the parking space"), "location": self.tr("Yard"),
             "description": self.tr("The neighbour from the third floor parked in our space again "
                                    "and shouted when I asked him to move the car."),
             "impact": self.tr("Annoying. I will ask the building manager.")},
            {"title": self.tr("Renovation noise upstairs"), "location": self.tr("Home"),
             "description": self.tr("Drilling upstairs again after ten in the evening."),
             "impact": self.tr("Could not sleep. Will write to the housing office.")},
            {"title": self.tr("Overcharged at the shop"), "location": self.tr("Shop near the stop"),
             "description": self.tr("The receipt had the milk twice. The cashier argued first, then "
                                    "gave the money back."),
             "impact": self.tr("Check the receipt every time.")},
            {"title": self.tr("Bus did not come"), "location": self.tr("Bus stop"),
             "description": self.tr("Waited forty minutes in the cold, then took a taxi."),
             "impact": self.tr("Late for work. Ask about the new timetable.")},
        ]

    # -- writing -------------------------------------------------------------------------------

    def _day(self, low: int, high: int, hour: tuple[int, int]) -> str:
        when = self._now - timedelta(days=self._rng.randint(low, high))
        when = when.replace(hour=self._rng.randint(*hour), minute=self._rng.choice((0, 15, 30, 45)),
                            second=0, microsecond=0)
        return when.isoformat(timespec="minutes")

    def populate(self, journal: Any) -> None:
        rng = self._rng
        for person in rng.sample(self._people(), rng.randint(2, 3)):
            journal.save("person", {**person, "contact": ""})
        for visit in rng.sample(self._visits(), rng.randint(1, 2)):
            journal.save("medical", {
                **visit, "visited_at": self._day(10, 60, (8, 17)), "precision": "minute",
                "practitioner": "", "documents": "", "body_marks": [], "incident_ids": [],
                "attachment_ids": [], "sensitive": False,
            })
        # At least one small, everyday dispute: a journal with nothing in its main list would
        # itself look staged to someone forcing her to open it.
        for dispute in rng.sample(self._disputes(), rng.randint(1, 2)):
            journal.save("incident", {
                **dispute, "occurred_at": self._day(5, 70, (8, 21)), "precision": "minute",
                "words_said": "", "categories": ["other"], "severity": 1,
                "perpetrator_ids": [], "witness_ids": [], "tags": [], "attachment_ids": [],
            })
