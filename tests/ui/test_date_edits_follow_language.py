"""A date field already on screen follows a language switch. Switching English → Russian left an
open incident form showing "7 Dec 2026" (and Russian → English kept «07.12.2026» with a Russian
month name in its pop-up): the one-date-format-per-language rule (issue 15) held only for
widgets built after the switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QVBoxLayout, QWidget

from safeplan.ui.i18n import LanguageSwitcher
from safeplan.ui.workspace.entry_list_model import date_pattern


def test_open_date_fields_take_the_new_language_format(qapp: Any) -> None:
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("en")
        form = QWidget()
        layout = QVBoxLayout(form)
        day = QDateEdit(QDate(2026, 12, 7))
        day.setDisplayFormat(date_pattern())
        moment = QDateTimeEdit(QDateTime(QDate(2026, 12, 7), QTime(21, 5)))
        moment.setDisplayFormat(date_pattern() + " HH:mm")
        clock = QDateTimeEdit(QDateTime(QDate(2026, 12, 7), QTime(21, 5)))
        clock.setDisplayFormat("HH:mm")  # a time alone is left as it is
        for widget in (day, moment, clock):
            layout.addWidget(widget)
        assert day.text() == "7 Dec 2026"

        switcher.switch("ru")
        assert (day.displayFormat(), day.text()) == ("dd.MM.yyyy", "07.12.2026")
        assert moment.text() == "07.12.2026 21:05" and clock.displayFormat() == "HH:mm"
        assert day.locale().language() == QLocale.Language.Russian

        switcher.switch("en")
        assert (day.text(), moment.text()) == ("7 Dec 2026", "7 Dec 2026 21:05")
        assert day.locale().language() == QLocale.Language.English
        form.deleteLater()
    finally:
        switcher.uninstall()
