"""Issue 15: one date format per language everywhere, and no stored codes on screen.

Russian and Belarusian write 06.12.2026; English writes 2026-12-06 (never the US 12/6/2026,
which a reader can take the wrong way round). Stored codes ("physical", "minute", "incoming")
and ISO timestamps must never reach a Russian or Belarusian screen. Every screen of the tour is
read (labels, buttons, date fields, list rows, table cells, chart descriptions), and the history
of a changed incident too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QWidget,
)

from tests.accessibility.screens import all_screens, settle

US_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
DOTTED_OK = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
CODES = re.compile(r"\b(physical|psychological|economic|minute|approximate|incoming|outgoing|"
                   r"perpetrator|protection-order|court-hearing)\b")


def texts_of(window: QWidget) -> Iterator[str]:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QDateTimeEdit):
            yield widget.text()
        elif isinstance(widget, QComboBox):
            yield widget.currentText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(min(model.rowCount(), 25)):
                for column in range(columns):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield value
        if widget.accessibleDescription() and widget.objectName().endswith("_chart"):
            yield widget.accessibleDescription()


def problems(text: str, lang: str) -> list[str]:
    found = [f"US date in {text[:60]!r}" for _ in US_DATE.finditer(text)]
    if lang in ("ru", "be"):
        found += [f"ISO date in {text[:60]!r}" for _ in ISO_DATE.finditer(text)]
        found += [f"date not dd.mm.yyyy in {text[:60]!r}" for m in DOTTED.finditer(text)
                  if not DOTTED_OK.fullmatch(m.group())]
        found += [f"stored code {m.group()!r} in {text[:60]!r}" for m in CODES.finditer(text)]
    else:  # English: 6 Dec 2026, as the PDFs print it — neither dotted nor ISO
        found += [f"dotted date in English {text[:60]!r}" for _ in DOTTED.finditer(text)]
        found += [f"ISO date in English {text[:60]!r}" for _ in ISO_DATE.finditer(text)]
    return found


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_every_screen_writes_dates_one_way(qapp: Any, tmp_path: Path, lang: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFEPLAN_LANG", lang)
    found: dict[str, list[str]] = {}
    for screen in all_screens(qapp, tmp_path, lang):
        if screen.name.startswith("first_run/"):
            continue
        settle(qapp)
        bad = sorted({p for text in texts_of(screen.window) for p in problems(text, lang)})
        if bad:
            found[screen.name] = bad
    assert not found, "\n".join(f"{name}: {'; '.join(items[:5])}" for name, items in found.items())


def test_history_shows_words_and_local_dates(qtbot: Any, make_vault: Any) -> None:
    from safeplan.core import demo
    from safeplan.core.journal.search import Query
    from safeplan.ui.i18n import LanguageSwitcher
    from safeplan.ui.workspace.history_dialog import HistoryDialog

    app = qtbot  # noqa: F841  (qtbot makes the QApplication)
    from PySide6.QtWidgets import QApplication

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.switch("ru")
    try:
        vault = make_vault()
        demo.populate(vault.journal, "ru")
        entry = vault.journal.list(Query(kinds=("incident",), limit=1))[0]
        changed = dict(entry.content)
        changed["categories"] = ["physical", "threat"]
        changed["precision"] = "day"
        changed["occurred_at"] = "2026-03-04T10:00:00+03:00"
        vault.journal.save("incident", changed, entry.uid)
        dialog = HistoryDialog(vault.journal, entry.uid)
        qtbot.addWidget(dialog)
        dialog.revisions.setCurrentRow(dialog.revisions.count() - 1)
        rows = dialog.changes_of(dialog.revisions.count() - 1)
        shown = [text for row in rows for text in row] + [
            dialog.revisions.item(i).text() for i in range(dialog.revisions.count())]
        bad = [p for text in shown for p in problems(text, "ru")]
        assert not bad, bad
        assert any("04.03.2026" in text for text in shown)
    finally:
        switcher.switch("en")
        switcher.uninstall()
