"""The chips for the forms of abuse, in as many columns as fit the form's width."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget


class ChipGrid(QWidget):
    """Chips in as many columns as fit: larger text or longer words wrap to more rows instead
    of pushing the form wider than a 1366×768 screen."""

    def __init__(self, chips: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips = chips
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange(3)

    def _widest(self) -> int:
        return max(chip.sizeHint().width() for chip in self._chips)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for chip in self._chips:
            self._grid.removeWidget(chip)
        for index, chip in enumerate(self._chips):
            self._grid.addWidget(chip, index // columns, index % columns)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        spacing = max(self._grid.horizontalSpacing(), 0)
        fits = (event.size().width() + spacing) // (self._widest() + spacing)
        self._arrange(max(1, min(3, fits)))
        super().resizeEvent(event)
