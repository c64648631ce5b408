"""The incident form's values: what the form shows read out as an incident, and an incident
(or a draft of one) put back into the form.

Split out of incident_editor.py (issue 16: one module per job): :mod:`incident_form` builds the
widgets, this module moves values between them and the stored content, :mod:`incident_editor`
loads, saves and keeps drafts. Nothing here is shown as words of its own (no translations).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QPushButton

from safeplan.core.journal import model
from safeplan.ui.workspace.filter_bar import Words
from safeplan.ui.workspace.incident_form import IncidentFormParts

__all__ = ["IncidentFormValues"]


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


class IncidentFormValues(IncidentFormParts):
    """Reads and fills the form's fields (a mixin of :class:`IncidentEditor`, which holds the
    state declared below)."""

    _words: Words
    _uid: str | None
    _base: dict[str, Any]
    _tz: tzinfo | None
    _loading: bool

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

    def _label_chip(self, code: str, chip: QPushButton) -> None:
        # A tick as well as a colour: the state must not depend on seeing colours.
        name = self._words.category(code)
        chip.setText(("✓ " if chip.isChecked() else "") + name)
        chip.setAccessibleName(name)

    def _update_precision(self) -> None:
        precision = self.precision.currentData()
        self.time.setEnabled(precision in ("exact", "minute"))
