"""The medical page's widgets: the list of visits, the visit form (when, kind, clinic, doctor,
findings, treatment, certificate numbers, linked incidents, scans, the private tick) and the body
map, laid out once with a keyboard order that follows the form.

No words and no journal work here: :class:`medical_page.MedicalPage` fills and reads the form,
saves visits and drafts, and gives every widget its words.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.workspace.attachments_widget import AttachmentsWidget
from safeplan.ui.workspace.body_map import BodyMapWidget
from safeplan.ui.workspace.entry_list_model import date_pattern
from safeplan.ui.workspace.page_title import title_label


class MedicalForm(QWidget):
    """The medical page's widgets (the base of :class:`MedicalPage`)."""

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label(self)
        self.new_button = QPushButton()
        self.new_button.setObjectName("medical_new")
        self.save_button = QPushButton()
        self.save_button.setObjectName("medical_save")

        self.list = QTableView()
        self.list.setObjectName("medical_list")
        self.list.horizontalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("medical_heading")
        # beside the heading, a saved visit's number the court PDF cites ("No. 2026-0015")
        self.number_label = QLabel()
        self.number_label.setObjectName("medical_number")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.hide()
        self.when = QDateTimeEdit()
        self.when.setObjectName("medical_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_pattern() + " HH:mm")
        self.precision = QComboBox()
        self.precision.setObjectName("medical_precision")
        self.kind = QComboBox()
        self.kind.setObjectName("medical_kind")
        self.facility = QLineEdit()
        self.facility.setObjectName("medical_facility")
        self.practitioner = QLineEdit()
        self.practitioner.setObjectName("medical_practitioner")
        self.findings = self._text_box("medical_findings")
        self.treatment = self._text_box("medical_treatment")
        self.documents = QLineEdit()
        self.documents.setObjectName("medical_documents")
        self.incidents = QListWidget()
        self.incidents.setObjectName("medical_incidents")
        self.incidents.setWordWrap(True)
        self.incidents.setMaximumHeight(self.fontMetrics().height() * 7)
        self.sensitive = QCheckBox()
        self.sensitive.setObjectName("medical_sensitive")
        self.attachments = AttachmentsWidget(vault.journal, dialogs)  # scans of certificates
        self.attachments.setMinimumHeight(self.fontMetrics().height() * 12)
        self.body_map = BodyMapWidget()
        self.body_map.setMinimumHeight(self.fontMetrics().height() * 26)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.precision)
        when_row.addStretch(1)
        rows: list[tuple[str, Any]] = [
            ("when", when_row), ("kind", self.kind), ("facility", self.facility),
            ("practitioner", self.practitioner), ("findings", self.findings),
            ("treatment", self.treatment), ("documents", self.documents),
            ("incidents", self.incidents), ("attachments", self.attachments)]
        for key, widget in rows:
            label = QLabel()  # no word wrap: QFormLayout moves a long label above its field
            label.setBuddy(self.when if key == "when" else self.attachments.list
                           if key == "attachments" else widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.addRow("", self.sensitive)
        self.map_label = QLabel()
        self.map_label.setFont(self._bold())

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addSpacing(24)
        heading_row.addWidget(self.number_label)
        heading_row.addStretch(1)
        inner_layout.addLayout(heading_row)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.map_label)
        inner_layout.addWidget(self.body_map)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 800])
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.new_button)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        order = [self.new_button, self.save_button, self.list, self.when, self.precision,
                 self.kind, self.facility, self.practitioner, self.findings, self.treatment,
                 self.documents, self.incidents, self.attachments.list, self.sensitive,
                 self.body_map.canvas]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().height() * 4)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.list.resizeRowsToContents()  # row heights for the width the list really has

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.list.resizeRowsToContents()
