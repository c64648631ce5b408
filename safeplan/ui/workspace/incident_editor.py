"""The incident form: every field a court looks for, with a short reason beside each.

COURT_EXPORT.md "Fields of an entry" and UX principles 4–6: facts, exact words and how it affected
her are three separate boxes; dates can be approximate with her own words for them ("around New
Year, old flat"); each field says why a court cares. Everything typed is autosaved as an encrypted
draft inside the vault (``journal.save_draft``) a moment after she stops typing, and at once when
the workspace is told to save drafts (lock, quick exit), so an interruption loses nothing. Saving
appends a revision; nothing is overwritten. The form's widgets are built by
:mod:`incident_form`, its values read and filled by :mod:`incident_content`, its labels and hints
come from :mod:`incident_words` (issue 16: one module per job); this module loads, saves, keeps
drafts and says the form's words.

``Checklist`` and ``ChipGrid`` are re-exported from here for older imports.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from safeplan.core.errors import InvalidInput
from safeplan.core.journal import model
from safeplan.ui.workspace.chip_grid import ChipGrid
from safeplan.ui.workspace.entry_numbers import number_text, number_tip, spoken_number
from safeplan.ui.workspace.evidence_checklist import Checklist
from safeplan.ui.workspace.filter_bar import PRECISION_CODES, Words
from safeplan.ui.workspace.incident_content import IncidentFormValues
from safeplan.ui.workspace.incident_form import STYLE
from safeplan.ui.workspace.incident_words import field_words, section_titles

__all__ = ["AUTOSAVE_MS", "Checklist", "ChipGrid", "IncidentEditor", "draft_key"]

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1200


def draft_key(uid: str | None) -> str:
    return f"incident:{uid}" if uid else "incident:new"


class IncidentEditor(IncidentFormValues, QWidget):
    """Create or amend one incident; autosaves a draft; ``saved(uid)`` after a save."""

    saved = Signal(str)
    closed = Signal()
    history_requested = Signal(str)

    def __init__(self, journal: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_editor")
        self._journal = journal
        self._dialogs = dialogs
        self._words = Words(self)
        self._uid: str | None = None
        self._ref = ""  # its permanent number ("2026-0014"); none until the first save
        self._base: dict[str, Any] = {}
        self._tz: tzinfo | None = None
        self._dirty = False
        self._loading = False
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        self._groups: dict[str, QLabel] = {}
        self._status: tuple[str, str] = ("", "")
        self._easy_reading = False  # simpler words (Settings → easy reading), as the sections
        self._build()
        self.setStyleSheet(STYLE)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self.retranslate_ui()
        self.load(None)

    # --- content ----------------------------------------------------------------------------
    @property
    def uid(self) -> str | None:
        return self._uid

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, uid: str | None, *, use_draft: bool = True) -> bool:
        """Open an incident (None: a new one). Returns True when a draft was brought back."""
        self._autosave.stop()
        entry = self._journal.get(uid) if uid else None
        content: dict[str, Any] = entry.content if entry is not None else {}
        self._ref = entry.ref if entry is not None else ""
        draft = self._journal.load_draft(draft_key(uid)) if use_draft else None
        restored = bool(draft and isinstance(draft.get("content"), dict))
        self._uid = uid
        self._base = dict(content)
        self._fill(draft["content"] if draft and restored else content)
        self._dirty = restored
        self.history_button.setEnabled(uid is not None)
        self.discard_button.setVisible(restored)
        self._set_status("restored" if restored else "")
        self._show_title()
        return restored

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> str | None:
        content = self.content()
        try:
            model.validate("incident", content, "incident")
        except InvalidInput:
            self._dialogs.show_error(self, self.tr("Some of this could not be saved. Please "
                                                   "check the date and try again."))
            return None
        self._autosave.stop()
        if self._uid is None or content != self._journal.get(self._uid).content:
            self._uid = self._journal.save("incident", content, self._uid)
            if not self._ref:  # given by the first save; an edit never renumbers
                self._ref = self._journal.get(self._uid).ref
        self._journal.drop_draft(draft_key(None))
        self._journal.drop_draft(draft_key(self._uid))
        self._base = content
        self._dirty = False
        self.linked.exclude(self._uid)
        self.discard_button.hide()
        self.history_button.setEnabled(True)
        self._show_title()
        self._set_status("saved")
        assert self._uid is not None
        self.saved.emit(self._uid)
        return self._uid

    def save_draft(self) -> None:
        """Encrypted draft inside the vault (quick exit, lock, or a pause in typing)."""
        if self._dirty and self._journal is not None:
            self._autosave.stop()
            self._journal.save_draft(draft_key(self._uid), {"uid": self._uid,
                                                            "content": self.content()})
            self._set_status("draft", datetime.now().strftime("%H:%M"))

    def _on_autosave_timeout(self) -> None:
        """The pause-in-typing autosave; a vault locked meanwhile (its journal closed under a
        pending timer) is not an error to show — lock already saved the draft."""
        try:
            self.save_draft()
        except Exception as exc:
            log.warning("autosave skipped: %s", type(exc).__name__)

    def discard_draft(self) -> None:
        if not self._dialogs.confirm(self, self.tr("Throw away the changes?"),
                                     self.tr("What you wrote since the last save will be "
                                             "lost."), confirm_label=self.tr("Throw away"),
                                     destructive=True):
            return
        self._journal.drop_draft(draft_key(self._uid))
        self.load(self._uid, use_draft=False)

    def close_editor(self) -> None:
        """Back to the list; unsaved changes stay as a draft (never lost by closing)."""
        self.save_draft()
        self.closed.emit()

    def clear_for_lock(self) -> None:
        self._autosave.stop()
        self._loading = True
        for line in self.findChildren(QLineEdit):
            line.clear()
        for area in self.findChildren(QPlainTextEdit):
            area.clear()
        for picker in (self.perpetrators, self.witnesses, self.medical, self.linked):
            picker.clear_for_lock()
        self.attachments.clear_for_lock()
        self.evidence.set_items([])
        self._base = {}
        self._uid = None
        self._ref = ""
        self._show_title()
        self._dirty = False
        self._journal = None

    # --- slots ------------------------------------------------------------------------------
    def _on_field_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()

    def _on_chip_toggled(self, _checked: bool) -> None:
        for code, chip in self.chips.items():
            self._label_chip(code, chip)
        self._on_field_changed()

    def _on_precision_changed(self, *_args: object) -> None:
        if not self._loading and self.precision.currentData() not in ("exact", "minute"):
            # A time of day would be made up for a date known only roughly: midnight, greyed.
            self.time.setTime(QTime(0, 0))
        self._update_precision()
        self._on_field_changed()

    def _on_history_clicked(self) -> None:
        if self._uid:
            self.save_draft()
            self.history_requested.emit(self._uid)

    def _set_status(self, kind: str, time: str = "") -> None:
        """Kept as a kind (not words) so a language switch can say it again."""
        self._status = (kind, time)
        words = {"restored": self.tr("We brought back what you were writing."),
                 "saved": self.tr("Saved."),
                 "draft": self.tr("Draft kept safe {time}").format(time=time)}
        text = words.get(kind, "")
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _show_title(self) -> None:
        self.title_label.setText(self.tr("Change an incident") if self._uid else
                                 self.tr("Write down what happened"))
        ref = self._ref if self._uid else ""
        self.number_label.setText(number_text(ref))
        self.number_label.setAccessibleName(spoken_number(ref))
        self.number_label.setToolTip(number_tip(ref))
        self.number_label.setVisible(bool(ref))

    # --- words ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_easy_reading(self, on: bool) -> None:
        """Easy reading promises simpler words: the workspace passes it on (issue 15)."""
        if on != self._easy_reading:
            self._easy_reading = on
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, title in section_titles().items():
            self._groups[key].setText(title)
        fields = field_words(self._easy_reading)
        for key, (label_text, hint_text) in fields.items():
            label, hint = self._labels[key]
            label.setText(label_text)
            hint.setText(hint_text)
            hint.setVisible(bool(hint_text))
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(label_text)
                buddy.setAccessibleDescription(hint_text)
        self.date.setAccessibleName(self.tr("Date"))
        self.time.setAccessibleName(self.tr("Time"))
        self.precision.setAccessibleName(self.tr("How sure are you of the date")
                                         if self._easy_reading else
                                         self.tr("How exact the date is"))
        self.police_when_known.setText(self.tr("I know when"))
        self.police_when_known.setAccessibleName(self.tr("I know when I contacted the police"))
        self.police_when.setAccessibleName(self.tr("When I contacted the police"))
        self.perpetrators.set_accessible(self.tr("Who did it"))
        self.witnesses.set_accessible(self.tr("Witnesses"))
        self.medical.set_accessible(self.tr("Doctor or hospital visit"))
        self.linked.set_accessible(self.tr("Linked earlier incidents"))
        self.private.setText(self.tr("Leave out of the court copy"))
        self._loading = True  # new item texts are no edit
        for box in (self.children_present, self.police_contacted):
            box.retranslate_ui()
        self._loading = False
        self.evidence.new_item.setPlaceholderText(self.tr("Something you still need to get"))
        self.evidence.new_item.setAccessibleName(self.tr("New evidence item"))
        self.evidence.list.setAccessibleName(self.tr("Evidence still needed"))
        self.evidence.add_button.setText(self.tr("Add"))
        self.evidence.add_button.setAccessibleName(self.tr("Add this evidence item"))
        self.evidence.remove_button.setText(self.tr("Remove"))
        self.evidence.remove_button.setAccessibleName(self.tr("Remove the selected evidence item"))
        for code, chip in self.chips.items():
            self._label_chip(code, chip)
        self._loading = True
        current = self.precision.currentData()
        self.precision.clear()
        for code in PRECISION_CODES:
            self.precision.addItem(self._words.precision(code), code)
        self.precision.setCurrentIndex(max(self.precision.findData(current or "minute"), 0))
        current_severity = self.severity.currentData()
        self.severity.clear()
        self.severity.addItem(self._words.severity(None), None)
        for value in range(1, 6):
            self.severity.addItem(self._words.severity(value), value)
        self.severity.setCurrentIndex(max(self.severity.findData(current_severity), 0))
        self._loading = False
        for button, text, name in (
                (self.save_button, self.tr("Save"), self.tr("Save this incident")),
                (self.close_button, self.tr("Back to the list"),
                 self.tr("Back to the list; changes are kept as a draft")),
                (self.history_button,
                 self.tr("Earlier versions") if self._easy_reading else self.tr("History"),
                 self.tr("Show every earlier version")),
                (self.discard_button, self.tr("Throw away draft"),
                 self.tr("Throw away unsaved changes"))):
            button.setText(text)
            button.setAccessibleName(name)
        self._show_title()
        self._set_status(*self._status)
