"""The words of the evidence-fidelity parts of the chronology (issue 12): where an entry's time
comes from (her own record or an imported file), answers she did not give, working notes and the
appendix of amendments. Context ``ChronologyPdf`` like ``T``; Russian and Belarusian wording is in
the translation pass (/tmp/work/strings-fidelity.md during development)."""

from __future__ import annotations

from safeplan.core.i18n import QT_TRANSLATE_NOOP


class TF:
    """Source texts (English)."""

    # provenance of time (item 5)
    IMPORTED_ON = QT_TRANSLATE_NOOP("ChronologyPdf", "Imported into the journal on")
    FROM_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "from the file")
    STATED_TIME = QT_TRANSLATE_NOOP("ChronologyPdf", "Time of recording stated in the file")
    # yes / no / not answered (item 3): printed only where a layout needs a value
    NOT_STATED = QT_TRANSLATE_NOOP("ChronologyPdf", "not stated")
    # working notes (item 4)
    WORKING_IN = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "working notes included (evidence still needed, tags, private entries)")
    WORKING_OUT = QT_TRANSLATE_NOOP("ChronologyPdf", "working notes left out")
    # the page header of a working copy: every page, not only the cover, says it is not for filing
    WORKING_HEADER = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "{title} — working copy with working notes, not for filing")
    # amendments appendix (item 7)
    AMENDMENTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Amendments")
    AMENDMENTS_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Every change made to an entry after it was first recorded, field by field, with the "
        "time the change was saved. Earlier versions are kept in the journal and bound by its "
        "hash chain.")
    AMENDED_AT = QT_TRANSLATE_NOOP("ChronologyPdf", "Amended on {when}")
    COL_BEFORE = QT_TRANSLATE_NOOP("ChronologyPdf", "Before")
    COL_AFTER = QT_TRANSLATE_NOOP("ChronologyPdf", "After")
    EMPTY = QT_TRANSLATE_NOOP("ChronologyPdf", "(empty)")
    HIDDEN_ONLY = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This change concerns only details that this document leaves out (working notes, or "
        "what the chosen options leave out).")
    DELETED = QT_TRANSLATE_NOOP("ChronologyPdf", "Deleted entries")
    DELETED_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Entries of this period that were moved to the trash. They are not printed above; the "
        "journal keeps them and their history.")
    DELETED_ROW = QT_TRANSLATE_NOOP("ChronologyPdf", "No. {number} ({kind}): deleted on {when}")


# How exact a date is, in words (the CSV's precision column: a Russian lawyer read the bare codes
# «approximate», «minute» under «Точность даты»). Unknown codes print as stored.
PRECISION_WORDS: dict[str, str] = {
    "exact": QT_TRANSLATE_NOOP("ChronologyPdf", "to the second"),
    "minute": QT_TRANSLATE_NOOP("ChronologyPdf", "to the minute"),
    "day": QT_TRANSLATE_NOOP("ChronologyPdf", "day"),
    "month": QT_TRANSLATE_NOOP("ChronologyPdf", "month"),
    "year": QT_TRANSLATE_NOOP("ChronologyPdf", "year"),
    "approximate": QT_TRANSLATE_NOOP("ChronologyPdf", "approximate"),
}
