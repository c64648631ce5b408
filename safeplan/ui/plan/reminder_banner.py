"""A calm strip of legal-date reminders for the unlock landing page and the Timeline's
``reminder_slot`` (issue 7: reminders shown inside the app, never as OS notifications)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from safeplan.core.errors import SafePlanError
from safeplan.ui.plan.common import NoteBox, scaled_font
from safeplan.ui.plan.legal_page import reminder_lines


class ReminderBanner(NoteBox):
    """Hidden when nothing is due; ``refresh()`` after unlock or when legal dates change."""

    def __init__(self, vault: Any, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("legal_reminder_banner")
        self._vault = vault
        self._clock = clock
        self.label.setFont(scaled_font(self, 1.15, bold=True))
        self.refresh()

    def lines(self) -> list[str]:
        if not getattr(self._vault, "is_open", True):
            return []
        try:
            return reminder_lines(self._vault, self._clock)
        except SafePlanError:
            return []

    def refresh(self) -> None:
        self.set_text("\n".join(self.lines()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
