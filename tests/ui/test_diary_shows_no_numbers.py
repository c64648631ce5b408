"""The duress diary lists its notes without the evidence journal's permanent numbers.

Every screen of the evidence app shows an entry's court number ("No. 2026-0014", «№ 2026-0014»,
said "Number 2026-0014."). The everyday notes of the duress journal are numbered by the vault
too (they are entries like any other), but the diary someone forces her to open must look like
an ordinary diary: a "№ 2026-0003" beside a note about groceries would say that this is a
numbered record kept for a court. This guards the diary's list, its spoken text and tooltips
against the numbering added everywhere else.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from safeplan.core.journal.search import Query
from tests.ui.conftest import unlock
from tests.ui.test_neutrality import visible_strings

DURESS = "blue kettle"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_diary_notes_carry_no_court_numbers(qtbot: Any, build: Any, prepared: Any,
                                            lang: str) -> None:
    prepared(duress=DURESS)
    shell = build()
    shell.language.switch(lang)
    QApplication.processEvents()
    unlock(qtbot, shell, DURESS)
    assert shell.session.state == "open"
    refs = [entry.ref for entry in shell.session.vault.journal.list(Query()) if entry.ref]
    assert refs, "the duress journal's notes are numbered by the vault (else this guards nothing)"
    strings = visible_strings(shell.window)
    for box in shell.window.findChildren(QListWidget):
        for row in range(box.count()):
            item = box.item(row)
            strings += [item.text(), item.toolTip(),
                        str(item.data(Qt.ItemDataRole.AccessibleTextRole) or "")]
    assert len(strings) > 10  # the walk saw the diary and its notes
    joined = "\n".join(strings)
    # "2026-0003", or its padded tail alone ("0003"), in any shown or spoken text
    shown = [ref for ref in refs if ref in joined or ref.split("-")[-1] in joined.split()]
    assert shown == []
