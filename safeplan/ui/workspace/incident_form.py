"""The incident form's parts: its sections and fields.

Split out of incident_editor.py (issue 16: one module per job): this module *builds* the form —
the titled sections, each field with its label and the hint saying why a court cares, the chips
for forms of abuse (laid out by :mod:`chip_grid`), the evidence checklist
(:mod:`evidence_checklist`), the people and medical pickers, the photos. What the form *does*
(load, save, autosaved drafts, texts) stays in :mod:`incident_editor`.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.answer_box import AnswerBox
from safeplan.ui.workspace.attachments_widget import AttachmentsWidget
from safeplan.ui.workspace.chip_grid import ChipGrid
from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.entry_picker import EntryPicker, incident_label, medical_label
from safeplan.ui.workspace.evidence_checklist import Checklist
from safeplan.ui.workspace.filter_bar import CATEGORY_CODES

# Palette roles only (no fixed colours), so high-contrast and dark themes keep working.
STYLE = (
    "QFrame[role=\"section\"] { border: 1px solid palette(mid); border-radius: 8px;"
    " background: palette(base); }"
    " QPushButton { padding: 6px 14px; }"
    " QPushButton[role=\"chip\"] { border: 1px solid palette(dark); border-radius: 14px;"
    " padding: 6px 14px; background: palette(button); }"
    " QPushButton[role=\"chip\"]:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border: 2px solid palette(highlight); }"
    " QPushButton[role=\"chip\"]:focus { border: 2px solid palette(highlight); }"
)


class IncidentFormParts:
    """Builds the incident form's widgets on the editor (a mixin of :class:`IncidentEditor`,
    which provides the slots the widgets are connected to)."""

    _journal: Any
    _dialogs: Any
    _labels: dict[str, tuple[QLabel, QLabel]]
    _groups: dict[str, QLabel]
    _body: QVBoxLayout

    # Provided by the editor.
    def _on_field_changed(self, *_args: object) -> None:
        raise NotImplementedError

    def _on_chip_toggled(self, _checked: bool) -> None:
        raise NotImplementedError

    def _on_precision_changed(self, *_args: object) -> None:
        raise NotImplementedError

    def _on_history_clicked(self) -> None:
        raise NotImplementedError

    def save(self) -> str | None:
        raise NotImplementedError

    def close_editor(self) -> None:
        raise NotImplementedError

    def discard_draft(self) -> None:
        raise NotImplementedError

    def _text(self, name: str, lines: int = 0) -> Any:
        if lines:
            area = QPlainTextEdit()
            area.setTabChangesFocus(True)  # Tab moves on, as in every other field
            line_height = area.fontMetrics().lineSpacing()
            area.setMinimumHeight(lines * line_height + 16)
            area.setMaximumHeight(lines * 2 * line_height + 16)
            area.textChanged.connect(self._on_field_changed)
            area.setObjectName(f"incident_{name}")
            return area
        line = QLineEdit()
        line.textChanged.connect(self._on_field_changed)
        line.setObjectName(f"incident_{name}")
        return line

    def _field(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label, hint = QLabel(), QLabel()
        hint.setObjectName(f"hint_{key}")
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        label.setBuddy(widget)
        label.setWordWrap(True)
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        small = isinstance(widget, (QCheckBox, QComboBox, QDateTimeEdit))
        # Small controls keep their size; the hint under them still gets the full width.
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if small else Qt.AlignmentFlag(0))
        column.addWidget(hint)
        form.addRow(label, box)
        self._labels[key] = (label, hint)

    def _group(self, key: str) -> QFormLayout:
        """A titled section; a frame + heading label rather than a QGroupBox, whose title font
        would be inherited by every field inside it."""
        section = QFrame()
        section.setObjectName(f"group_{key}")
        section.setProperty("role", "section")
        heading = QLabel()
        heading.setObjectName(f"heading_{key}")
        heading.setProperty("font_scale", 1.25)
        font = QFont()
        font.setBold(True)
        heading.setFont(font)
        self._groups[key] = heading
        column = QVBoxLayout(section)
        column.addWidget(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)
        column.addLayout(form)
        self._body.addWidget(section)
        return form

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("incident_editor_title")
        self.title_label.setProperty("font_scale", 1.4)
        font = QFont()
        font.setBold(True)
        self.title_label.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("incident_status")
        self.save_button = QPushButton()
        self.save_button.setObjectName("incident_save")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("incident_close")
        self.close_button.clicked.connect(self.close_editor)
        self.history_button = QPushButton()
        self.history_button.setObjectName("incident_history")
        self.history_button.clicked.connect(self._on_history_clicked)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("incident_discard")
        self.discard_button.clicked.connect(self.discard_draft)
        # The title above its buttons: side by side they made the form wider than a small
        # window at 2× scaling, and Save slid off to the right.
        top = QVBoxLayout()
        # Beside the title, the number the court PDF cites it by ("No. 2026-0014"), once saved:
        # what she looks for when a lawyer names an entry. Plain weight, selectable to copy.
        self.number_label = QLabel()
        self.number_label.setObjectName("incident_number")
        self.number_label.setProperty("font_scale", 1.15)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addSpacing(24)
        heading.addWidget(self.number_label)
        heading.addStretch(1)
        top.addLayout(heading)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.discard_button, self.history_button, self.close_button,
                       self.save_button):
            buttons.addWidget(button)
        top.addLayout(buttons)

        inner = QWidget()
        inner.setObjectName("incident_form")
        self._body = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setObjectName("incident_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)

        form = self._group("when")
        self.title = self._text("title")
        self._field(form, "title", self.title)
        self.date = QDateEdit()
        self.date.setObjectName("incident_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_pattern())
        self.time = QTimeEdit()
        self.time.setObjectName("incident_time")
        self.time.setDisplayFormat("HH:mm")
        self.precision = QComboBox()
        self.precision.setObjectName("incident_precision")
        for widget in (self.date, self.time):
            widget.dateTimeChanged.connect(self._on_field_changed)
        self.precision.currentIndexChanged.connect(self._on_precision_changed)
        when_row = QWidget()
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.date)
        when_layout.addWidget(self.time)
        when_layout.addWidget(self.precision, 1)
        self._field(form, "when", when_row)
        self.date_hint = self._text("date_hint")
        self._field(form, "date_hint", self.date_hint)
        self.location = self._text("location")
        self._field(form, "location", self.location)

        form = self._group("what")
        self.chips: dict[str, QPushButton] = {}
        for code in CATEGORY_CODES:
            chip = QPushButton()
            chip.setObjectName(f"chip_{code}")
            chip.setCheckable(True)
            chip.setProperty("role", "chip")
            chip.toggled.connect(self._on_chip_toggled)
            self.chips[code] = chip
        self._field(form, "categories", ChipGrid(list(self.chips.values())))
        self.description = self._text("description", 5)
        self._field(form, "description", self.description)
        self.words_said = self._text("words_said", 3)
        self._field(form, "words_said", self.words_said)
        self.impact = self._text("impact", 3)
        self._field(form, "impact", self.impact)

        form = self._group("harm")
        self.injuries = self._text("injuries", 2)
        self._field(form, "injuries", self.injuries)
        self.severity = QComboBox()
        self.severity.setObjectName("incident_severity")
        self.severity.currentIndexChanged.connect(self._on_field_changed)
        self._field(form, "severity", self.severity)
        self.property_damage = self._text("property_damage")
        self._field(form, "property_damage", self.property_damage)
        self.weapons = self._text("weapons")
        self._field(form, "weapons", self.weapons)

        form = self._group("people")
        self.perpetrators = EntryPicker(self._journal, "person", quick_add_role="perpetrator",
                                        name="incident_perpetrators")
        self._field(form, "perpetrators", self.perpetrators)
        self.witnesses = EntryPicker(self._journal, "person", quick_add_role="witness",
                                     name="incident_witnesses")
        self._field(form, "witnesses", self.witnesses)
        for picker in (self.perpetrators, self.witnesses):
            picker.changed.connect(self._on_field_changed)
        # yes / no / not answered: an untouched question is never saved as "no" (issue 12.3)
        self.children_present = AnswerBox("incident_children_present")
        self.children_present.currentIndexChanged.connect(self._on_field_changed)
        self._field(form, "children_present", self.children_present)
        self.children_reaction = self._text("children_reaction", 2)
        self._field(form, "children_reaction", self.children_reaction)

        form = self._group("help")
        self.police_contacted = AnswerBox("incident_police_contacted")
        self.police_contacted.currentIndexChanged.connect(self._on_field_changed)
        self._field(form, "police_contacted", self.police_contacted)
        # "Known" is a tick box: a "not known" special value in the date field would swallow
        # the Tab key, trapping keyboard users there.
        self.police_when_known = QCheckBox()
        self.police_when_known.setObjectName("incident_police_when_known")
        self.police_when = QDateTimeEdit()
        self.police_when.setObjectName("incident_police_when")
        self.police_when.setCalendarPopup(True)
        self.police_when.setDisplayFormat(date_pattern() + " HH:mm")
        self.police_when.setEnabled(False)
        self.police_when_known.toggled.connect(self.police_when.setEnabled)
        self.police_when_known.toggled.connect(self._on_field_changed)
        self.police_when.dateTimeChanged.connect(self._on_field_changed)
        police_row = QWidget()
        police_layout = QHBoxLayout(police_row)
        police_layout.setContentsMargins(0, 0, 0, 0)
        police_layout.addWidget(self.police_when_known)
        police_layout.addWidget(self.police_when)
        police_layout.addStretch(1)
        self._field(form, "police_when", police_row)
        self.police_station = self._text("police_station")
        self._field(form, "police_station", self.police_station)
        self.police_report = self._text("police_report_number")
        self._field(form, "police_report_number", self.police_report)
        self.police_officer = self._text("police_officer")
        self._field(form, "police_officer", self.police_officer)
        self.police_outcome = self._text("police_outcome", 2)
        self._field(form, "police_outcome", self.police_outcome)
        self.medical = EntryPicker(self._journal, "medical", label=medical_label,
                                   name="incident_medical")
        self.medical.changed.connect(self._on_field_changed)
        self._field(form, "medical", self.medical)
        self.actions_after = self._text("actions_after", 2)
        self._field(form, "actions_after", self.actions_after)

        form = self._group("evidence")
        # COURT_EXPORT 14: earlier acts this one links to — patterns weigh more than one event.
        self.linked = EntryPicker(self._journal, "incident", label=incident_label,
                                  name="incident_linked")
        self.linked.changed.connect(self._on_field_changed)
        self._field(form, "linked", self.linked)
        self.evidence = Checklist()
        self.evidence.changed.connect(self._on_field_changed)
        self._field(form, "evidence_needed", self.evidence)
        self.tags = self._text("tags")
        self._field(form, "tags", self.tags)
        # a working note as a whole entry: left out of court copies unless included (issue 12.4)
        self.private = QCheckBox()
        self.private.setObjectName("incident_private")
        self.private.toggled.connect(self._on_field_changed)
        self._field(form, "private", self.private)
        self.attachments = AttachmentsWidget(self._journal, self._dialogs)
        self.attachments.changed.connect(self._on_field_changed)
        self._field(form, "attachments", self.attachments)
        self._body.addStretch(1)

        layout = QVBoxLayout(cast(QWidget, self))
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

