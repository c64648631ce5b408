"""Offline help directory: browse by country, edit, add, hide, and import an organisation's file.

Everything is offline: websites are shown as text and never opened by the app (requirement 14).
Each entry shows where it comes from and when it was last checked, so she can judge how fresh it
is. An import that fails names the problem (JSON path) and changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.plan.directory import ENTRY_KINDS, Directory, DirectoryEntry
from safeplan.core.plan.plan import format_date
from safeplan.ui.plan.common import body, current_language, heading, scaled_font, vault_is_open
from safeplan.ui.strings import ErrorText

COUNTRY_SETTING = "directory.country"


class DirectoryPage(QWidget):
    changed = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory_page")
        self._vault = vault
        self._dialogs = dialogs
        self._directory = Directory(vault)
        self._entries: list[DirectoryEntry] = []
        self._editing: str | None = None
        self._build()
        self.refresh()

    def _country_names(self) -> dict[str, str]:
        return {"BY": self.tr("Belarus"), "PL": self.tr("Poland"), "LT": self.tr("Lithuania"),
                "GE": self.tr("Georgia"), "UA": self.tr("Ukraine"), "DE": self.tr("Germany"),
                "": self.tr("International")}

    def _kind_names(self) -> dict[str, str]:
        return {"emergency": self.tr("Emergency"), "hotline": self.tr("Hotline"),
                "crisis-room": self.tr("Crisis room"), "shelter": self.tr("Shelter"),
                "legal-aid": self.tr("Legal aid"), "online": self.tr("Online help"),
                "other": self.tr("Other")}

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.offline_note = body("", self)
        outer.addWidget(self.offline_note)
        bar = QHBoxLayout()
        self.country = QComboBox(self)
        self.country.setObjectName("directory_country")
        self.country.setFont(scaled_font(self, 1.15))
        self.country.currentIndexChanged.connect(self._on_country_changed)
        self.show_hidden = QCheckBox(self)
        self.show_hidden.setObjectName("directory_show_hidden")
        self.show_hidden.toggled.connect(lambda _on: self._fill_list())
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("directory_import")
        self.import_button.clicked.connect(self._on_import_clicked)
        # Search by city, country or name (issue 15): "Варшава", "Германия", "кризисная".
        self.search = QLineEdit(self)
        self.search.setObjectName("directory_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._fill_list())
        bar.addWidget(self.country)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_hidden)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QTreeWidget(split)
        self.list.setObjectName("directory_list")
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.setFont(scaled_font(self, 1.15))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        right = QWidget(split)
        col = QVBoxLayout(right)
        # The details scroll rather than being cut off: with a large system font (UX 10) a long
        # entry (description, source, last checked) is taller than the room above the form.
        self.details_area = QScrollArea(right)
        self.details_area.setObjectName("directory_details_area")
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details = body("", self.details_area, 1.15)
        self.details.setObjectName("directory_details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details_area.setWidget(self.details)
        col.addWidget(self.details_area, 1)
        form = QFormLayout()
        self.f_name = QLineEdit(right)
        self.f_name.setObjectName("directory_name")
        self.f_phone = QLineEdit(right)
        self.f_phone.setObjectName("directory_phone")
        self.f_hours = QLineEdit(right)
        self.f_hours.setObjectName("directory_hours")
        self.f_website = QLineEdit(right)
        self.f_website.setObjectName("directory_website")
        self.f_kind = QComboBox(right)
        self.f_kind.setObjectName("directory_kind")
        for kind in ENTRY_KINDS:
            self.f_kind.addItem("", kind)
        self.f_country = QLineEdit(right)
        self.f_country.setObjectName("directory_country_code")
        self.f_country.setMaxLength(2)
        self.f_description = QPlainTextEdit(right)
        self.f_description.setObjectName("directory_description")
        self.f_description.setMaximumHeight(70)
        self.f_description.setTabChangesFocus(True)  # Tab moves on: no keyboard trap (UX 10)
        self.form_labels = []
        for widget in (self.f_name, self.f_phone, self.f_hours, self.f_website, self.f_kind,
                       self.f_country, self.f_description):
            label = QLabel(right)
            label.setBuddy(widget)
            self.form_labels.append(label)
            form.addRow(label, widget)
        col.addLayout(form)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(right)
        self.new_button.setObjectName("directory_new")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button = QPushButton(right)
        self.save_button.setObjectName("directory_save")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.hide_button = QPushButton(right)
        self.hide_button.setObjectName("directory_hide")
        self.hide_button.clicked.connect(self._on_hide_clicked)
        self.revert_button = QPushButton(right)
        self.revert_button.setObjectName("directory_revert")
        self.revert_button.clicked.connect(self._on_revert_clicked)
        for button in (self.new_button, self.save_button, self.hide_button, self.revert_button):
            buttons.addWidget(button)
        col.addLayout(buttons)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Where to get help"))
        self.offline_note.setText(self.tr(
            "This list works without internet. Numbers change: each entry says when it was last "
            "checked and where it comes from. You can correct, add or hide entries."))
        self.show_hidden.setText(self.tr("Show hidden entries"))
        self.search.setPlaceholderText(self.tr("Search: city, country or name"))
        self.search.setAccessibleName(self.tr("Search help services by city, country or name"))
        self.import_button.setText(self.tr("Import a list from an organisation…"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Phone")])
        self.list.setAccessibleName(self.tr("Help services"))
        self.details_area.setAccessibleName(self.tr("Details of the chosen service"))
        labels = [self.tr("Name"), self.tr("Phone"), self.tr("Hours"), self.tr("Website"),
                  self.tr("Type"), self.tr("Country code"), self.tr("Description")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        for i, kind in enumerate(ENTRY_KINDS):
            self.f_kind.setItemText(i, self._kind_names()[kind])
        self.new_button.setText(self.tr("Add new"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo my changes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and vault_is_open(self._vault):
            self.refresh()
        super().changeEvent(event)

    # --- list --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._retranslate()
        names = self._country_names()
        saved = self._vault.get_setting(COUNTRY_SETTING, "BY")
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        for code in self._directory.countries():
            self.country.addItem(names.get(code, code), code)
        index = self.country.findData(saved)
        self.country.setCurrentIndex(index if index >= 0 else 0)
        self.country.blockSignals(False)
        self._fill_list()

    def _on_country_changed(self) -> None:
        self._vault.set_setting(COUNTRY_SETTING, self.country.currentData() or "")
        self._fill_list()

    def _fill_list(self) -> None:
        lang = current_language()
        code = self.country.currentData()
        self._entries = self._directory.entries(include_hidden=self.show_hidden.isChecked(),
                                                country=code or None, text=self.search.text(),
                                                aliases=self._country_names())
        current = self._editing
        self.list.clear()
        for entry in self._entries:
            name = entry.display_name(lang)
            if entry.hidden:
                name = self.tr("{name} (hidden)").format(name=name)
            row = QTreeWidgetItem([name, entry.phone])
            row.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(row)
            if entry.id == current:
                self.list.setCurrentItem(row)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._show_current()

    def current_entry(self) -> DirectoryEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        entry_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self._entries if e.id == entry_id), None)

    def _show_current(self) -> None:
        entry = self.current_entry()
        lang = current_language()
        if entry is None:
            self.details.setText("")
            return
        lines = [entry.display_name(lang), "", self.tr("Phone: {phone}").format(
            phone=entry.phone or "—")]
        if entry.hours_text(lang):
            lines.append(self.tr("Hours: {hours}").format(hours=entry.hours_text(lang)))
        if entry.website:
            lines.append(self.tr("Website: {url}").format(url=entry.website))
        if entry.city:
            lines.append(self.tr("City: {city}").format(city=entry.city))
        if entry.describe(lang):
            lines += ["", entry.describe(lang)]
        lines.append("")
        if entry.last_verified:
            lines.append(self.tr("Last checked: {date}").format(
                date=format_date(entry.last_verified, lang)))
        else:
            lines.append(self.tr("Not checked against a source."))
        if entry.source_url:
            lines.append(self.tr("Source: {title} — {url}").format(
                title=entry.source_title, url=entry.source_url))
        if entry.edited:
            lines.append(self.tr("You changed this entry."))
        self.details.setText("\n".join(lines))
        self._editing = entry.id
        self.f_name.setText(entry.display_name(lang))
        self.f_phone.setText(entry.phone)
        self.f_hours.setText(entry.hours_text(lang))
        self.f_website.setText(entry.website)
        self.f_kind.setCurrentIndex(max(self.f_kind.findData(entry.kind), 0))
        self.f_country.setText(entry.country)
        self.f_description.setPlainText(entry.describe(lang))
        self.hide_button.setText(self.tr("Show again") if entry.hidden else self.tr("Hide"))
        self.revert_button.setEnabled(entry.edited)

    # --- edits -------------------------------------------------------------------------
    def _form_data(self) -> dict[str, Any]:
        lang = current_language()
        return {"name": self.f_name.text(), "phone": self.f_phone.text(),
                "hours": {lang: self.f_hours.text()} if self.f_hours.text() else {},
                "website": self.f_website.text(), "kind": self.f_kind.currentData(),
                "country": self.f_country.text().strip().upper(),
                "description": {lang: self.f_description.toPlainText()}}

    def _on_new_clicked(self) -> None:
        self._editing = None
        self.list.clearSelection()
        for field in (self.f_name, self.f_phone, self.f_hours, self.f_website):
            field.clear()
        self.f_description.clear()
        self.f_country.setText(self.country.currentData() or "")
        self.f_kind.setCurrentIndex(ENTRY_KINDS.index("hotline"))
        self.details.setText(self.tr("Fill in the fields below, then Save."))
        self.f_name.setFocus()

    def _on_save_clicked(self) -> None:
        data = self._form_data()
        try:
            if self._editing is None:
                entry = self._directory.add(data)
            else:
                existing = self.current_entry()
                if existing is not None:
                    # Keep what the form does not show (sources, other languages).
                    merged = existing.to_json()
                    merged.update({k: v for k, v in data.items()
                                   if k not in ("hours", "description")})
                    merged["hours"] = {**existing.hours, **data["hours"]}
                    merged["description"] = {**existing.description, **data["description"]}
                    if data["name"] != existing.display_name(current_language()):
                        merged["names"] = {**existing.names, current_language(): data["name"]}
                        merged["name"] = existing.name if existing.names else data["name"]
                    data = merged
                entry = self._directory.edit(self._editing, data)
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))
            return
        self._editing = entry.id
        self.refresh()
        self.changed.emit()

    def _on_hide_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._directory.set_hidden(entry.id, not entry.hidden)
        self._editing = None
        self._fill_list()
        self.changed.emit()

    def _on_revert_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._directory.revert(entry.id)
            self._fill_list()
            self.changed.emit()

    def _on_import_clicked(self) -> None:
        path = self._dialogs.choose_existing_file(
            self, self.tr("Choose the directory file"), name_filter="JSON (*.json)")
        if path is None:
            return
        try:
            count = self._directory.import_file(path)
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc) + "\n\n" + self.tr(
                "Nothing was changed."))
            return
        self._dialogs.show_info(self, self.tr("%n entry(ies) imported.", "", count))
        self.refresh()
        self.changed.emit()
