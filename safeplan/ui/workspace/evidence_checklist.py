"""The evidence checklist of an incident: what she still needs to get (a certificate, a witness's
statement, a screenshot), items she can tick off, add and remove. Its words come from the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Checklist(QWidget):
    """Evidence still needed: items she can tick off, add and remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("incident_evidence_list")
        self.list.setMaximumHeight(120)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.new_item = QLineEdit()
        self.new_item.setObjectName("incident_evidence_new")
        self.new_item.returnPressed.connect(self._on_add)
        self.add_button = QPushButton()
        self.add_button.setObjectName("incident_evidence_add")
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("incident_evidence_remove")
        self.remove_button.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.addWidget(self.new_item, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def items(self) -> list[dict[str, Any]]:
        return [{"text": self.list.item(i).text(),
                 "done": self.list.item(i).checkState() == Qt.CheckState.Checked}
                for i in range(self.list.count())]

    def set_items(self, items: object) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in items if isinstance(items, list) else []:
            if isinstance(value, dict) and str(value.get("text") or "").strip():
                self._add(str(value["text"]), bool(value.get("done")))
        self.list.blockSignals(False)

    def _add(self, text: str, done: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _on_add(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self._add(text, False)
            self.new_item.clear()
            self.changed.emit()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
