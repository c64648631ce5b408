"""An entry's permanent number as the screen shows it and a screen reader says it.

A lawyer cites "incident No. 2026-0014", "exhibit Е-0031", "message С1.0003" (the numbers the
vault gave when the entry was created: storage.schema.References, journal/citations.py), and she
must find that entry on screen. Every list and editor shows the number in the words and letters
the court PDF prints for the interface language: the PDF's own source texts and context
(export/labels.py T.REF_NO, T.EXHIBIT, labels_legal.py TL.*_LETTER), so one translation serves
both and «№ 2026-0014», «Е-0031», «С1.0003» match the Russian document letter for letter. Not
imported from the export package: importing it loads reportlab (~0.25 s).

Spoken forms say "Number 2026-0014" (a screen reader reads "No." as the word "no").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safeplan.core.i18n import QT_TRANSLATE_NOOP

# The PDF's texts (same context and source as the export's, so the same translation).
_PDF = "ChronologyPdf"
_EXHIBIT_LETTER = QT_TRANSLATE_NOOP("ChronologyPdf", "E")
_CONVERSATION_LETTER = QT_TRANSLATE_NOOP("ChronologyPdf", "C")
_REF_NO = QT_TRANSLATE_NOOP("ChronologyPdf", "No. {number}")
_EXHIBIT = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibit {number}")
COLUMN_TITLE = QT_TRANSLATE_NOOP("ChronologyPdf", "No.")  # the PDF summary's column

# The screen's own words.
_CONTEXT = "EntryNumbers"
_SPOKEN = QT_TRANSLATE_NOOP("EntryNumbers", "Number {number}.")
_SPOKEN_MESSAGE = QT_TRANSLATE_NOOP("EntryNumbers", "Message number {number}.")
_TIP = QT_TRANSLATE_NOOP("EntryNumbers", "The court document (PDF) cites this entry as {number}.")
_TIP_EXHIBIT = QT_TRANSLATE_NOOP("EntryNumbers",
                                 "The court document (PDF) cites this file as {number}.")


def _pdf(text: str) -> str:
    return QCoreApplication.translate(_PDF, text)


def shown_ref(ref: str) -> str:
    """A stored reference in the interface language's letters: "E-0031" → «Е-0031» in ru/be,
    "C1.0003" → «С1.0003»; entry numbers ("2026-0014") have no letter."""
    if ref[:1] == "E":
        return _pdf(_EXHIBIT_LETTER) + ref[1:]
    if ref[:1] == "C":
        return _pdf(_CONVERSATION_LETTER) + ref[1:]
    return ref


def is_entry_number(ref: str) -> bool:
    return bool(ref) and ref[:1].isdigit()


def number_text(ref: str) -> str:
    """What a list or editor prints: "No. 2026-0014" / «№ 2026-0014» for an entry, the bare
    «Е-0031» / «С1.0003» for a file or a message (as the PDF cites them); "" for none."""
    if not ref:
        return ""
    if is_entry_number(ref):
        return _pdf(_REF_NO).format(number=ref)
    return shown_ref(ref)


def numbered(ref: str, text: str) -> str:
    """One line with the number first, as pickers list entries: "No. 2026-0014 · 12 Mar 2024 ·
    Kitchen" (the text alone for an entry without a number: people, the plan)."""
    number = number_text(ref)
    return f"{number} · {text}" if number and text else number or text


def column_title() -> str:
    """The title of a table's number column: "No." / «№», as the PDF's summary."""
    return _pdf(COLUMN_TITLE)


def spoken_number(ref: str) -> str:
    """What a screen reader says: "Number 2026-0014.", "Exhibit Е-0031.", "Message number
    С1.0003."; "" for none."""
    if not ref:
        return ""
    if ref[:1] == "E":
        return _pdf(_EXHIBIT).format(number=shown_ref(ref)) + "."
    if ref[:1] == "C":
        return QCoreApplication.translate(_CONTEXT, _SPOKEN_MESSAGE).format(
            number=shown_ref(ref))
    return QCoreApplication.translate(_CONTEXT, _SPOKEN).format(number=ref)


def number_tip(ref: str) -> str:
    """A tooltip saying why the number is there; "" for none."""
    if not ref:
        return ""
    tip = _TIP_EXHIBIT if ref[:1] == "E" else _TIP
    shown = _pdf(_EXHIBIT).format(number=shown_ref(ref)) if ref[:1] == "E" else number_text(ref)
    return QCoreApplication.translate(_CONTEXT, tip).format(number=shown)


def with_number(ref: str, text: str) -> str:
    """A row's spoken text with its number said first ("Number 2026-0014. 12 Mar …")."""
    spoken = spoken_number(ref)
    return f"{spoken} {text}" if spoken else text
