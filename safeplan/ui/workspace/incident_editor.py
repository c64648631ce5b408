"""The incident form: every field a court looks for, with a short reason beside each.

COURT_EXPORT.md "Fields of an entry" and UX principles 4–6: facts, exact words and how it affected
her are three separate boxes; dates can be approximate with her own words for them ("around New
Year, old flat"); each field says why a court cares. Everything typed is autosaved as an encrypted
draft inside the vault (``journal.save_draft``) a moment after she stops typing, and at once when
the workspace is told to save drafts (lock, quick exit), so an interruption loses nothing. Saving
appends a revision; nothing is overwritten. The form's widgets are built by
:mod:`incident_form`; this module loads, saves, keeps drafts and words the form.

``Checklist`` and ``ChipGrid`` are re-exported from here for older imports.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from safeplan.core.errors import InvalidInput
from safeplan.core.journal import model
from safeplan.ui.workspace.filter_bar import PRECISION_CODES, Words
from safeplan.ui.workspace.incident_form import STYLE, Checklist, ChipGrid, IncidentFormParts

__all__ = ["AUTOSAVE_MS", "Checklist", "ChipGrid", "IncidentEditor", "draft_key"]

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1200
def _qt_time(value: object) -> QDateTime | None:
    """The wall-clock time as written (its own offset), or None when not known."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = model.parse_time(value)
    except ValueError:
        return None
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def draft_key(uid: str | None) -> str:
    return f"incident:{uid}" if uid else "incident:new"


class IncidentEditor(IncidentFormParts, QWidget):
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

    def content(self) -> dict[str, Any]:
        """The incident as the form shows it; fields this form does not know are kept."""
        precision = self.precision.currentData()
        date, time = self.date.date(), self.time.time()
        moment = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        occurred = moment.replace(tzinfo=self._tz) if self._tz else moment.astimezone()
        police_time = self.police_when.dateTime()
        police_when = None
        if self.police_when_known.isChecked():
            day, clock = police_time.date(), police_time.time()
            police_when = datetime(day.year(), day.month(), day.day(), clock.hour(),
                                   clock.minute()).astimezone().isoformat(timespec="minutes")
        severity = self.severity.currentData()
        content = dict(self._base)
        content.update({
            "occurred_at": occurred.isoformat(timespec="minutes"), "precision": precision,
            "date_hint": self.date_hint.text().strip(), "tz_known": True,
            "title": self.title.text().strip(), "description": self.description.toPlainText(),
            "words_said": self.words_said.toPlainText(), "impact": self.impact.toPlainText(),
            "location": self.location.text().strip(),
            "categories": [c for c, chip in self.chips.items() if chip.isChecked()],
            "severity": severity, "injuries": self.injuries.toPlainText(),
            "property_damage": self.property_damage.text().strip(),
            "weapons": self.weapons.text().strip(),
            "perpetrator_ids": self.perpetrators.ids(), "witness_ids": self.witnesses.ids(),
            "children_present": self.children_present.value(),
            "children_reaction": self.children_reaction.toPlainText(),
            "police": {"contacted": self.police_contacted.value(), "when": police_when,
                       "station": self.police_station.text().strip(),
                       "report_number": self.police_report.text().strip(),
                       "officer": self.police_officer.text().strip(),
                       "outcome": self.police_outcome.toPlainText()},
            "medical_ids": self.medical.ids(), "actions_after": self.actions_after.toPlainText(),
            "linked_incident_ids": self.linked.ids(),
            "evidence_needed": self.evidence.items(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "attachment_ids": self.attachments.ids(),
            model.ANSWERS_MARK: True,  # the answers above are yes / no / not answered
        })
        if self.private.isChecked():
            content["private"] = True
        else:
            content.pop("private", None)
        return content

    def load(self, uid: str | None, *, use_draft: bool = True) -> bool:
        """Open an incident (None: a new one). Returns True when a draft was brought back."""
        self._autosave.stop()
        content: dict[str, Any] = self._journal.get(uid).content if uid else {}
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

    def _fill(self, c: dict[str, Any]) -> None:
        self._loading = True
        try:
            moment = None
            if isinstance(c.get("occurred_at"), str):
                try:
                    moment = model.parse_time(c["occurred_at"])
                except ValueError:
                    moment = None
            self._tz = moment.tzinfo if moment else None
            now = moment or datetime.now()
            self.date.setDate(QDate(now.year, now.month, now.day))
            self.time.setTime(QTime(now.hour, now.minute))
            self.precision.setCurrentIndex(max(self.precision.findData(
                c.get("precision") or "minute"), 0))
            self.date_hint.setText(str(c.get("date_hint") or ""))
            for field in ("title", "location", "property_damage", "weapons"):
                getattr(self, field).setText(str(c.get(field) or ""))
            for field in ("description", "words_said", "impact", "injuries",
                          "children_reaction", "actions_after"):
                getattr(self, field).setPlainText(str(c.get(field) or ""))
            categories = c.get("categories") or []
            for code, chip in self.chips.items():
                chip.setChecked(code in categories)
                self._label_chip(code, chip)
            self.severity.setCurrentIndex(max(self.severity.findData(c.get("severity")), 0))
            self.perpetrators.reload_choices()
            self.witnesses.reload_choices()
            self.medical.reload_choices()
            self.perpetrators.set_ids(list(c.get("perpetrator_ids") or []))
            self.witnesses.set_ids(list(c.get("witness_ids") or []))
            self.medical.set_ids(list(c.get("medical_ids") or []))
            self.linked.exclude(self._uid)
            self.linked.reload_choices()
            self.linked.set_ids(list(c.get("linked_incident_ids") or []))
            # an unticked box of the old form reads as "not answered" (model.stored_answer)
            self.children_present.set_value(model.stored_answer("incident", c,
                                                                "children_present"))
            police = c.get("police") if isinstance(c.get("police"), dict) else {}
            assert isinstance(police, dict)
            self.police_contacted.set_value(model.stored_answer("incident", c,
                                                                "police.contacted"))
            when = police.get("when")
            known = _qt_time(when)
            self.police_when_known.setChecked(known is not None)
            self.police_when.setEnabled(known is not None)
            self.police_when.setDateTime(known or QDateTime.currentDateTime())
            self.police_station.setText(str(police.get("station") or ""))
            self.police_report.setText(str(police.get("report_number") or ""))
            self.police_officer.setText(str(police.get("officer") or ""))
            self.police_outcome.setPlainText(str(police.get("outcome") or ""))
            self.evidence.set_items(c.get("evidence_needed"))
            self.tags.setText(", ".join(str(t) for t in c.get("tags") or []))
            self.private.setChecked(c.get("private") is True)
            self.attachments.set_ids(list(c.get("attachment_ids") or []))
            self._update_precision()
        finally:
            self._loading = False

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

    def _label_chip(self, code: str, chip: QPushButton) -> None:
        # A tick as well as a colour: the state must not depend on seeing colours.
        name = self._words.category(code)
        chip.setText(("✓ " if chip.isChecked() else "") + name)
        chip.setAccessibleName(name)

    def _on_precision_changed(self, *_args: object) -> None:
        if not self._loading and self.precision.currentData() not in ("exact", "minute"):
            # A time of day would be made up for a date known only roughly: midnight, greyed.
            self.time.setTime(QTime(0, 0))
        self._update_precision()
        self._on_field_changed()

    def _update_precision(self) -> None:
        precision = self.precision.currentData()
        self.time.setEnabled(precision in ("exact", "minute"))

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

    def _easy_labels(self) -> dict[str, str]:
        """The labels easy reading says in everyday words (the hints are plain already)."""
        if not self._easy_reading:
            return {}
        return {"categories": self.tr("What kind of harm"),
                "description": self.tr("What he did"),
                "words_said": self.tr("What he said, word for word"),
                "impact": self.tr("How it affected you"),
                "witnesses": self.tr("Who saw or heard it"),
                "police_report_number": self.tr("Number on the police paper"),
                "linked": self.tr("Did this happen before?"),
                "evidence_needed": self.tr("Proof you still need to get"),
                "tags": self.tr("Your own words to find it")}

    def _field_words(self) -> dict[str, tuple[str, str]]:
        """Label and the short reason a court cares, per field (UX principle 4)."""
        words = self._office_words()
        for key, label in self._easy_labels().items():
            words[key] = (label, words[key][1])
        return words

    def _office_words(self) -> dict[str, tuple[str, str]]:
        return {
            "title": (self.tr("Short title"), self.tr("A few words so you can find it again.")),
            "when": (self.tr("Date and time"),
                     self.tr("When it happened. If you are not sure, choose “Approximate” — it "
                             "will be shown as approximate, never as an exact date.")),
            "date_hint": (self.tr("The date in your words"),
                          self.tr("For example: around New Year, the old flat.")),
            "location": (self.tr("Where"),
                         self.tr("Which room, street or place. Courts ask where it happened.")),
            "categories": (self.tr("Forms of abuse"),
                           self.tr("Choose all that fit. This shows the pattern over time.")),
            "description": (self.tr("What happened (facts)"),
                            self.tr("What he did, step by step, as you saw and heard it.")),
            "words_said": (self.tr("Exact words said"),
                           self.tr("Write his exact words, even rude ones — courts give weight "
                                   "to them.")),
            "impact": (self.tr("How it affected me"),
                       self.tr("Kept apart from the facts: fear, sleep, work, health. This shows "
                               "the harm done.")),
            "injuries": (self.tr("Injuries"),
                         self.tr("Every mark, even small. Take photos again as bruises change.")),
            "severity": (self.tr("How serious"),
                         self.tr("Your own sense of it, from 1 to 5. It helps show if things are "
                                 "getting worse.")),
            "property_damage": (self.tr("Damage to things"), self.tr("What was broken or taken.")),
            "weapons": (self.tr("Weapons or objects used"),
                        self.tr("Anything used to hurt or threaten you.")),
            "perpetrators": (self.tr("Who did it"), self.tr("Name the person. A nickname is fine.")),
            "witnesses": (self.tr("Witnesses"),
                          self.tr("Anyone who saw or heard it, even through a wall. Courts can "
                                  "call them.")),
            "children_present": (self.tr("Children were there"),
                                 self.tr("Courts take children seeing abuse very seriously.")),
            "children_reaction": (self.tr("How the children reacted"),
                                  self.tr("What they did or said.")),
            "police_contacted": (self.tr("I contacted the police"),
                                 self.tr("Even a phone call counts.")),
            "police_when": (self.tr("When"), self.tr("Leave the box empty if you do not know.")),
            "police_station": (self.tr("Police station"), ""),
            "police_report_number": (self.tr("Report number"),
                                     self.tr("The number lets a lawyer ask for the police file.")),
            "police_officer": (self.tr("Officer"), self.tr("Name or badge number, if you know it.")),
            "police_outcome": (self.tr("What the police did"), ""),
            "medical": (self.tr("Doctor or hospital visit"),
                        self.tr("Link the visit where your injuries were recorded.")),
            "actions_after": (self.tr("What I did afterwards"),
                              self.tr("Where you went, whom you told, which services you "
                                      "called.")),
            "linked": (self.tr("Linked earlier incidents"),
                       self.tr("Did this happen before? Courts look at the pattern, not only "
                               "one day.")),
            "evidence_needed": (self.tr("Evidence still needed"),
                                self.tr("For example: collect the medical certificate, ask the "
                                        "neighbour to write down what she heard.")),
            "tags": (self.tr("Tags"), self.tr("Your own words to group entries, separated by "
                                              "commas.")),
            "private": (self.tr("Only for me and my lawyer"),
                        self.tr("Tick this to leave the whole entry out of the copy for the "
                                "court. Evidence still needed and tags are left out of that "
                                "copy anyway.")),
            "attachments": (self.tr("Photos and files"), ""),
        }

    def retranslate_ui(self) -> None:
        for key, title in (("when", self.tr("When and where")),
                           ("what", self.tr("What happened")),
                           ("harm", self.tr("Injuries and damage")),
                           ("people", self.tr("Who was there")),
                           ("help", self.tr("Police, doctors and what you did")),
                           ("evidence", self.tr("Evidence"))):
            self._groups[key].setText(title)
        fields = self._field_words()
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
