"""The choices of a court export in plain words (COURT_EXPORT.md "Options"), for the Export page.

Safe defaults: sensitive (e.g. mental-health) notes are left out unless she ticks the box; no
date limits; every form of abuse and every person. Names of chosen people can be printed as
initials (a child, a witness who fears him), and addresses can be left out (a refuge).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import InvalidInput
from safeplan.core.export.options import PAPER_SIZES, ChronologyOptions
from safeplan.core.journal.model import CATEGORIES
from safeplan.core.journal.search import Query
from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.filter_bar import Words

EXPORT_LANGUAGES = {"be": "Беларуская", "ru": "Русский", "en": "English"}


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportOptionsForm(QWidget):
    """Every ChronologyOptions field; ``options()`` builds them (InvalidInput when wrong)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_options")
        self.words = Words(self)
        self.language = QComboBox()
        self.language.setObjectName("export_language")
        for code, name in EXPORT_LANGUAGES.items():
            self.language.addItem(name, code)
        # Default: the interface language (QLocale's default follows it); she can change it.
        ui_lang = QLocale().name()[:2]
        self.language.setCurrentIndex(self.language.findData(
            ui_lang if ui_lang in EXPORT_LANGUAGES else "en"))
        self.paper = QComboBox()
        self.paper.setObjectName("export_paper")
        self.use_from = QCheckBox()
        self.use_from.setObjectName("export_use_from")
        self.date_from = self._date_edit("export_date_from", self.use_from)
        self.use_to = QCheckBox()
        self.use_to.setObjectName("export_use_to")
        self.date_to = self._date_edit("export_date_to", self.use_to)
        self.categories_label = QLabel()
        self.categories_label.setWordWrap(True)
        self.category_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, code in enumerate(CATEGORIES):
            box = QCheckBox()
            box.setObjectName(f"export_category_{code}")
            self.category_boxes[code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.people = self._check_list("export_people")
        self.initials_label = QLabel()
        self.initials_label.setWordWrap(True)
        self.initials = self._check_list("export_initials")
        self.people_label.setBuddy(self.people)
        self.initials_label.setBuddy(self.initials)
        self.include_sensitive = QCheckBox()
        self.include_sensitive.setObjectName("export_include_sensitive")
        self.sensitive_hint = QLabel()
        self.sensitive_hint.setWordWrap(True)
        # court copy vs working copy (issue 12.4): her working notes stay out unless ticked
        self.include_working_notes = QCheckBox()
        self.include_working_notes.setObjectName("export_include_working_notes")
        self.working_hint = QLabel()
        self.working_hint.setObjectName("export_working_hint")
        self.working_hint.setWordWrap(True)
        self.include_working_notes.toggled.connect(self._update_working_hint)
        self.leave_out_addresses = QCheckBox()
        self.leave_out_addresses.setObjectName("export_leave_out_addresses")
        self.case_ref = QLineEdit()
        self.case_ref.setObjectName("export_case_ref")
        self.concerning = QLineEdit()
        self.concerning.setObjectName("export_concerning")
        # statement of truth (issue 18): who signs, where; witnesses' contacts only if ticked
        self.signatory = QLineEdit()
        self.signatory.setObjectName("export_signatory")
        self.place = QLineEdit()
        self.place.setObjectName("export_place")
        self.witness_contacts = QCheckBox()
        self.witness_contacts.setObjectName("export_witness_contacts")
        self.witness_hint = QLabel()
        self.witness_hint.setWordWrap(True)
        self.csv = QCheckBox()
        self.csv.setObjectName("export_csv")
        self.bundle = QCheckBox()
        self.bundle.setObjectName("export_bundle")
        # photos in the bundle: copies without location unless she ticks this (issue 14.1)
        self.original_photos = QCheckBox()
        self.original_photos.setObjectName("export_original_photos")
        self.photos_hint = QLabel()
        self.photos_hint.setObjectName("export_photos_hint")
        self.photos_hint.setWordWrap(True)
        for trigger in (self.original_photos, self.bundle, self.leave_out_addresses):
            trigger.toggled.connect(self._update_photos_hint)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        from_row = QHBoxLayout()
        from_row.addWidget(self.use_from)
        from_row.addWidget(self.date_from)
        from_row.addStretch(1)
        to_row = QHBoxLayout()
        to_row.addWidget(self.use_to)
        to_row.addWidget(self.date_to)
        to_row.addStretch(1)
        for key, item, buddy in (("language", self.language, self.language),
                                 ("paper", self.paper, self.paper),
                                 ("from", from_row, self.use_from), ("to", to_row, self.use_to),
                                 ("case_ref", self.case_ref, self.case_ref),
                                 ("concerning", self.concerning, self.concerning),
                                 ("signatory", self.signatory, self.signatory),
                                 ("place", self.place, self.place)):
            label = QLabel()  # no word wrap: QFormLayout moves a long label above its field
            label.setBuddy(buddy)
            self.labels[key] = label
            form.addRow(label, item)
        self.privacy_label = QLabel()
        self.files_label = QLabel()
        for heading in (self.privacy_label, self.files_label):
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.categories_label)
        layout.addLayout(grid)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.include_sensitive)
        layout.addWidget(self.sensitive_hint)
        layout.addWidget(self.include_working_notes)
        layout.addWidget(self.working_hint)
        layout.addWidget(self.leave_out_addresses)
        layout.addWidget(self.initials_label)
        layout.addWidget(self.initials)
        layout.addWidget(self.witness_contacts)
        layout.addWidget(self.witness_hint)
        layout.addWidget(self.files_label)
        layout.addWidget(self.csv)
        layout.addWidget(self.bundle)
        layout.addWidget(self.original_photos)
        layout.addWidget(self.photos_hint)
        layout.addStretch(1)
        self.retranslate_ui()

    def _date_edit(self, name: str, switch: QCheckBox) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())  # one date format per language (issue 15)
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        switch.toggled.connect(edit.setEnabled)
        return edit

    def _check_list(self, name: str) -> QListWidget:
        box = QListWidget()
        box.setObjectName(name)
        box.setWordWrap(True)
        box.setMaximumHeight(self.fontMetrics().height() * 6)
        return box

    def last_widget(self) -> QWidget:
        return self.bundle

    # --- data --------------------------------------------------------------------------------
    def load_people(self, journal: Any) -> None:
        chosen, initials = set(self._checked(self.people)), set(self._checked(self.initials))
        self.people.clear()
        self.initials.clear()
        for entry in journal.list(Query(kinds=("person",), limit=500)):
            name = str(entry.content.get("name") or self.tr("(no name)"))
            role = self.words.role(entry.content.get("role"))
            for box, picked in ((self.people, chosen), (self.initials, initials)):
                item = QListWidgetItem(f"{name} — {role}")
                item.setData(Qt.ItemDataRole.UserRole, entry.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.uid in picked
                                   else Qt.CheckState.Unchecked)
                box.addItem(item)

    @staticmethod
    def _checked(box: QListWidget) -> list[str]:
        return [str(box.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(box.count())
                if box.item(r).checkState() == Qt.CheckState.Checked]

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def options(self) -> ChronologyOptions:
        return ChronologyOptions(
            lang=str(self.language.currentData()),
            date_from=_as_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_as_date(self.date_to.date()) if self.use_to.isChecked() else None,
            categories=tuple(c for c, b in self.category_boxes.items() if b.isChecked()),
            people=tuple(self._checked(self.people)),
            include_sensitive=self.include_sensitive.isChecked(),
            include_working_notes=self.include_working_notes.isChecked(),
            initials=tuple(self._checked(self.initials)),
            leave_out_addresses=self.leave_out_addresses.isChecked(),
            original_photos=self.original_photos.isChecked(),
            paper=str(self.paper.currentData()), case_ref=self.case_ref.text().strip(),
            concerning=self.concerning.text().strip(),
            witness_contacts=self.witness_contacts.isChecked(),
            signatory=self.signatory.text().strip(), place=self.place.text().strip())

    def _update_photos_hint(self, *_args: object) -> None:
        """Plain words on what the bundle's photos give away (issue 14.1)."""
        usable = self.bundle.isChecked() and not self.leave_out_addresses.isChecked()
        self.original_photos.setEnabled(usable)
        if self.original_photos.isChecked() and usable:
            self.photos_hint.setText(self.tr(
                "Warning: original photos often hold the place where they were taken (GPS) and "
                "the phone that took them. The other side receives the bundle and could learn "
                "where you live. Tick this only if your lawyer asks for the originals."))
        else:
            self.photos_hint.setText(self.tr(
                "Photos go into the bundle as copies without the place where they were taken "
                "and without phone details; the PDF says so and lists both fingerprints."))

    def _update_working_hint(self, *_args: object) -> None:
        """Says which copy this is: for the court, or a working copy for her and her lawyer."""
        if self.include_working_notes.isChecked():
            self.working_hint.setText(self.tr(
                "Working copy: for you and your lawyer only. It shows the gaps in your case "
                "(evidence still needed), your tags and the entries marked “Only for me and my "
                "lawyer”. Do not give this copy to the court or to the other side."))
        else:
            self.working_hint.setText(self.tr(
                "Court copy: your working notes (evidence still needed, tags, entries marked "
                "“Only for me and my lawyer”) are left out."))

    def explain(self, error: BaseException) -> str:
        if isinstance(error, InvalidInput) and error.where == "date_from":
            return self.tr("The start date is after the end date. Change one of them.")
        return self.tr("These choices cannot be used together. Check the dates and try again.")

    def clear_for_lock(self) -> None:
        self.people.clear()
        self.initials.clear()
        self.case_ref.clear()
        self.concerning.clear()
        self.signatory.clear()
        self.place.clear()
        self.witness_contacts.setChecked(False)
        self.include_working_notes.setChecked(False)  # the next export is a court copy again

    # --- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        paper = self.paper.currentData()
        self.paper.clear()
        names = {"a4": self.tr("A4 (Europe)"), "letter": self.tr("Letter (USA, Canada)")}
        for code in PAPER_SIZES:
            self.paper.addItem(names[code], code)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        texts = {"language": self.tr("Language of the PDF:"), "paper": self.tr("Paper size:"),
                 "from": self.tr("Only from this date:"), "to": self.tr("Only up to this date:"),
                 "case_ref": self.tr("Case number (optional):"),
                 "concerning": self.tr("Whom it concerns (optional):"),
                 "signatory": self.tr("Your name or initials for the signature (optional):"),
                 "place": self.tr("Place where you sign (optional):")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.use_from.setAccessibleName(self.tr("Limit the start date"))
        self.use_to.setAccessibleName(self.tr("Limit the end date"))
        self.date_from.setAccessibleName(self.tr("Start date"))
        self.date_to.setAccessibleName(self.tr("End date"))
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.case_ref.setAccessibleName(self.tr("Case number"))
        self.concerning.setAccessibleName(self.tr("Whom it concerns"))
        self.categories_label.setText(self.tr(
            "Forms of abuse to include (none ticked = all):"))
        for code, box in self.category_boxes.items():
            box.setText(self.words.category(code))
            box.setAccessibleName(self.tr("Include {form}").format(
                form=self.words.category(code)))
        self.people_label.setText(self.tr("Only entries about these people (none ticked = all):"))
        self.people.setAccessibleName(self.tr("People to include"))
        self.privacy_label.setText(self.tr("Privacy"))
        self.include_sensitive.setText(self.tr("Include private notes"))
        self.sensitive_hint.setText(self.tr(
            "Private notes (e.g. mental-health visits) are left out unless you tick this."))
        self.include_sensitive.setAccessibleName(self.tr("Include private notes"))
        self.include_working_notes.setText(self.tr(
            "Working copy: include my working notes"))
        self.include_working_notes.setAccessibleName(self.tr(
            "Working copy: include my working notes (not for the court)"))
        self._update_working_hint()
        self.leave_out_addresses.setText(self.tr("Leave out addresses and places"))
        self.leave_out_addresses.setAccessibleName(self.tr("Leave out addresses and places"))
        self.initials_label.setText(self.tr("Print only the initials of these people:"))
        self.initials.setAccessibleName(self.tr("People shown by initials only"))
        self.signatory.setAccessibleName(self.tr("Your name or initials"))
        self.place.setAccessibleName(self.tr("Place where you sign"))
        self.witness_contacts.setText(self.tr("Print how to reach the witnesses"))
        self.witness_contacts.setAccessibleName(self.tr("Print how to reach the witnesses"))
        self.witness_hint.setText(self.tr(
            "The PDF lists the people you marked as witnesses, so the court can call them. Their "
            "phone numbers and addresses are left out unless you tick this: the other side will "
            "read the document too."))
        self.files_label.setText(self.tr("Extra files"))
        self.csv.setText(self.tr("Also a spreadsheet (CSV) for the lawyer"))
        self.csv.setAccessibleName(self.tr("Also write a spreadsheet"))
        self.bundle.setText(self.tr("Also a ZIP bundle with the original files"))
        self.bundle.setAccessibleName(self.tr("Also write a ZIP bundle with the original files"))
        self.original_photos.setText(self.tr("Put the original photos in the bundle"))
        self.original_photos.setAccessibleName(self.tr("Put the original photos in the bundle"))
        self._update_photos_hint()
