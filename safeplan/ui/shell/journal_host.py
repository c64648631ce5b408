"""The page shown after unlock: the access-log notice above the workspace.

Requirement 10: after unlock she sees how many failed attempts happened since she last opened the
journal, so she can tell whether someone tried to get in. The count comes from the encrypted
access log (``vault.access_events()``); the events hold times only.

Until the workspace pages exist (``safeplan.ui.workspace.workspace``), a plain page of ours stands
in for them with the same small interface (``save_drafts``, ``clear_for_lock``,
``lock_requested``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class _Event(Protocol):
    at: str
    event: str


def is_first_opening(events: Sequence[_Event]) -> bool:
    """True when the newest "unlock" is the only one: there was no "last visit" to speak of."""
    return sum(1 for item in events if item.event == "unlock") <= 1


def failed_since_last_open(events: Sequence[_Event]) -> int:
    """Failed attempts recorded after the previous opening (the newest "unlock" is this one)."""
    seen_current = False
    failures = 0
    for item in reversed(events):
        if item.event == "unlock" and not seen_current:
            seen_current = True
            continue
        if item.event in ("unlock", "created"):
            break
        if item.event == "failed":
            failures += 1
    return failures


def record_tampered_since_last_open(events: Sequence[_Event]) -> bool:
    """The failed-attempt record was removed or replaced since the previous opening (issue 14.7:
    someone silenced it to hide their tries, or to get rid of the growing wait)."""
    seen_current = False
    for item in reversed(events):
        if item.event == "unlock" and not seen_current:
            seen_current = True
            continue
        if item.event in ("unlock", "created"):
            return False
        if item.event == "record-tampered":
            return True
    return False


def read_access_log(vault: Any) -> tuple[int, bool, bool]:
    """(failed attempts since the last opening, first opening, record tampered) for the notice.
    An unreadable log tells nothing rather than keep the journal shut."""
    try:
        events = vault.access_events()
        return (failed_since_last_open(events), is_first_opening(events),
                record_tampered_since_last_open(events))
    except Exception:
        log.warning("access log unreadable")
        return 0, False, False


class PlainJournalPage(QWidget):
    """Stand-in for the workspace: says the journal is open and how many entries it holds."""

    lock_requested = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plain_journal_page")
        self._vault = vault
        self.label = QLabel()
        self.label.setObjectName("plain_journal_text")
        self.label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.retranslate_ui()

    def save_drafts(self) -> None:
        """Nothing is edited on this page."""

    def clear_for_lock(self) -> None:
        self.label.clear()
        self._vault = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self._vault is None:
            return
        try:
            from safeplan.core.journal.search import Query

            count = self._vault.journal.count(Query(kinds=()))
        except Exception:  # the page is informative only; a count failure must not block it
            count = 0
        self.label.setText(self.tr("Your journal is open. Entries in it: %n.", "", count))


class AccessNotice(QFrame):
    """Who tried to get in: other people's wrong passphrases since she last opened the journal
    (a warning), her own wrong tries on this unlock screen just now (neutral: they are hers,
    issue 15), and no "since your last visit" on the very first opening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not on the decoy's start (safeplan/ui/qt_values.py)

        super().__init__(parent)
        self.setObjectName("access_notice")
        self.failures = 0  # wrong passphrases before this unlock screen was opened
        self.own_tries = 0  # wrong tries on this screen just before the right one
        self.first_opening = False
        self.tampered = False  # the record of wrong tries was deleted or replaced
        self.text = QLabel()
        self.text.setObjectName("access_notice_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("access_notice_dismiss")
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.retranslate_ui()

    def set_failures(self, failures: int, own_tries: int = 0, first_opening: bool = False,
                     tampered: bool = False) -> None:
        """``failures``: every wrong try since the last opening, ``own_tries`` of them made on
        this screen a moment ago; ``tampered``: the record itself was deleted or replaced."""
        self.own_tries = max(0, min(own_tries, failures))
        self.failures = max(0, failures - self.own_tries)
        self.first_opening = first_opening
        self.tampered = tampered
        warning = self.failures > 0 or tampered
        self.setStyleSheet(
            "#access_notice { background: %s; border-bottom: 1px solid palette(mid); }"
            % ("#fff3cd" if warning else "palette(alternate-base)")
        )
        self.text.setStyleSheet("color: #3d2c00;" if warning else "")
        self.retranslate_ui()
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def wording(self) -> dict[str, str]:
        """The notice's sentences, translated (the diary words them without the app's name)."""
        return {
            "tampered": self.tr(
                "Since you last opened SafePlan, someone deleted or replaced the record of wrong "
                "passphrases. Someone may have tried to get in and hide it."),
            # Worded so English needs no plural forms; other languages use %n numerus forms.
            "failures": self.tr(
                "Failed attempts to open SafePlan since you last opened it: %n.", "",
                self.failures),
            "first": self.tr("Nobody has tried to open SafePlan with a wrong passphrase."),
            "nobody": self.tr(
                "Nobody tried to open SafePlan with a wrong passphrase since your last visit."),
        }

    def retranslate_ui(self) -> None:
        words = self.wording()
        lines = []
        if self.tampered:
            lines.append(words["tampered"])
        if self.failures:
            lines.append(words["failures"])
        elif self.first_opening:
            lines.append(words["first"])
        elif not self.own_tries and not self.tampered:
            lines.append(words["nobody"])
        if self.own_tries:
            lines.append(QCoreApplication.translate(
                "AccessNotice", "Wrong tries just now, before the right one: %n.", "",
                self.own_tries))
        text = " ".join(lines)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.dismiss.setText(QCoreApplication.translate("AccessNotice", "OK"))
        self.dismiss.setAccessibleName(QCoreApplication.translate("AccessNotice",
                                                                  "Hide this notice"))


class JournalHost(QWidget):
    """Access notice + the workspace widget (the real one or :class:`PlainJournalPage`)."""

    def __init__(self, workspace: QWidget, failures: int, parent: QWidget | None = None, *,
                 own_tries: int = 0, first_opening: bool = False, tampered: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("journal_host")
        self.workspace = workspace
        # The diary (duress journal) words the same notice its own way (issue 14.4).
        notice_class = getattr(workspace, "notice_class", AccessNotice)
        self.notice = notice_class()
        self.notice.set_failures(failures, own_tries, first_opening, tampered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(workspace, 1)
        self.setFocusProxy(workspace)
