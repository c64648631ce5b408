"""A yes / no / not answered choice (issue 12, item 3; COURT_EXPORT.md: "Every answer has three
states").

A single tick box cannot say "I did not answer": left alone it reads as "no", and the court copy
printed "Children present: no" although her own words said the daughter was at home. This is a
combo box whose first choice is "Not answered", so nothing is claimed until she chooses; it keeps
its place in the Tab order, opens with the keyboard (Alt+Down, or type Y / N) and its accessible
name comes from the field's label (the editor sets it as the label's buddy).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class AnswerBox(QComboBox):
    """``value()`` is True (yes), False (no) or None (not answered)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for value in (None, True, False):
            self.addItem("", value)
        self.retranslate_ui()

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: object) -> None:
        """True / False select yes / no; anything else (None, absent, odd data) "not answered"."""
        self.setCurrentIndex({True: 1, False: 2}.get(value, 0) if isinstance(value, bool) else 0)

    def retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("Not answered"), self.tr("Yes"), self.tr("No"))):
            self.setItemText(index, text)
