"""The words of the court-facing parts of the chronology: the statement of truth, the list of
appendices, the witnesses to call, and plain names for what importers record as tokens.

Written to be read by a Belarusian court in a private prosecution (частное обвинение, CPC of
Belarus arts. 26, 426–429): the wording and its sources are in resources/legal/SOURCES.md, the
one term per concept in resources/legal/glossary.json. Gender-neutral first person throughout
("мне известно", not "предупреждена"): the person who signs may be of any gender.
"""

from __future__ import annotations

from safeplan.core.i18n import QT_TRANSLATE_NOOP


class TL:
    """Source texts (English) of the legal parts; context ``ChronologyPdf`` like ``T``."""

    # references: Latin E/C in a Cyrillic document cannot be found by a Cyrillic search
    EXHIBIT_LETTER = QT_TRANSLATE_NOOP("ChronologyPdf", "E")
    CONVERSATION_LETTER = QT_TRANSLATE_NOOP("ChronologyPdf", "C")
    # summary table
    COL_REF = QT_TRANSLATE_NOOP("ChronologyPdf", "Ref.")
    COL_HAPPENED = QT_TRANSLATE_NOOP("ChronologyPdf", "What happened")
    COL_EVIDENCE = QT_TRANSLATE_NOOP("ChronologyPdf", "Evidence")
    COL_PAGE = QT_TRANSLATE_NOOP("ChronologyPdf", "Page")
    SUMMARY_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "One line per entry, in the order the events happened. “Page” is the page of this "
        "document where the full entry begins.")
    RATING_SHORT = QT_TRANSLATE_NOOP("ChronologyPdf", "How serious (1–5)")  # chart legend
    # legal steps: "done: no" read as a to-do list
    STATUS = QT_TRANSLATE_NOOP("ChronologyPdf", "Status")
    COMPLETED = QT_TRANSLATE_NOOP("ChronologyPdf", "completed")
    NOT_COMPLETED = QT_TRANSLATE_NOOP("ChronologyPdf", "not yet completed")
    # statement of truth
    ST_DOCUMENT = QT_TRANSLATE_NOOP("ChronologyPdf", "Document")
    ST_PAGES = QT_TRANSLATE_NOOP("ChronologyPdf", "Number of pages")
    ST_PAGES_VALUE = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "{pages}, including the pages of this statement")
    ST_COVERS = QT_TRANSLATE_NOOP("ChronologyPdf", "Contents")
    ST_INTRO = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "I, the undersigned, confirm the following about the document described above.")
    ST_OWN = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "1. What I saw or heard myself. I wrote the entries listed below myself. In them I "
        "describe what I saw or heard myself. Where an entry describes something I learned from "
        "another person or from a document, the entry names that person or document.")
    ST_IMPORTED = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "2. What comes from other sources. I did not write the entries and messages listed "
        "below: they were copied without change from the files named here (for example message "
        "exports from a phone). Their times are the times stated in those files.")
    ST_EXHIBITS = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "3. The exhibits are copies of files I collected. Each is identified by its SHA-256 "
        "fingerprint, so any later change to a file can be detected.")
    ST_TRUE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "4. To the best of my knowledge, what I recorded in this document is true.")
    ST_LIABILITY = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "I am aware that knowingly making a false report of a crime and knowingly giving false "
        "statements are criminal offences (in the Republic of Belarus: Articles 400 and 401 of "
        "the Criminal Code).")
    ST_OWN_NONE = QT_TRANSLATE_NOOP("ChronologyPdf", "none in this document")
    ST_TYPED = QT_TRANSLATE_NOOP("ChronologyPdf", "{refs} (entered by hand)")
    ST_IMPORTED_LINE = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "{refs}: from the file “{file}”, imported on {date}")
    ST_IMPORTED_UNDATED = QT_TRANSLATE_NOOP("ChronologyPdf", "{refs}: from the file “{file}”")
    ST_IMPORTED_NO_FILE = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "{refs}: entered from another program; file name not recorded")
    ENTRY_RANGE = QT_TRANSLATE_NOOP("ChronologyPdf", "entries {first} to {last}")
    ENTRY_ONE = QT_TRANSLATE_NOOP("ChronologyPdf", "entry {first}")
    MESSAGE_RANGE = QT_TRANSLATE_NOOP("ChronologyPdf", "messages {first} to {last}")
    MESSAGE_ONE = QT_TRANSLATE_NOOP("ChronologyPdf", "message {first}")
    PLACE = QT_TRANSLATE_NOOP("ChronologyPdf", "Place")
    # appendices, as courts list them: "Приложения: 1. … на N л."
    APPENDICES = QT_TRANSLATE_NOOP("ChronologyPdf", "Appendices")
    APPENDICES_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Parts of this document and the files that go with it. Page counts are for one-sided "
        "printing.")
    SHEETS_ONE = QT_TRANSLATE_NOOP("ChronologyPdf", "1 page (page {first})")
    SHEETS = QT_TRANSLATE_NOOP("ChronologyPdf", "{n} pages (pages {first} to {last})")
    ELECTRONIC = QT_TRANSLATE_NOOP("ChronologyPdf", "in electronic form")
    APPX_TABLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Summary table of events")
    APPX_ENTRIES = QT_TRANSLATE_NOOP("ChronologyPdf", "Full entries ({count})")
    APPX_TRANSCRIPTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Message transcripts ({count})")
    APPX_EXHIBIT_LIST = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "List of exhibits with their SHA-256 fingerprints")
    APPX_PICTURE = QT_TRANSLATE_NOOP("ChronologyPdf", "Picture {ref}, file “{file}”")
    APPX_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "File {ref} “{file}” (cannot be printed)")
    APPX_INTEGRITY = QT_TRANSLATE_NOOP("ChronologyPdf", "Integrity and how to check this document")
    APPX_CHECK_FILE = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "Check file “{name}”, signed, for checking this document")
    NOT_IMAGE_KEPT = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This file cannot be shown on paper. The original is kept unchanged in the journal and "
        "can be identified by its SHA-256.")
    # witnesses
    WITNESSES = QT_TRANSLATE_NOOP("ChronologyPdf", "Witnesses I ask the court to summon")
    WITNESS_ENTRIES = QT_TRANSLATE_NOOP("ChronologyPdf", "named in entries {refs}")
    WITNESS_CONTACT = QT_TRANSLATE_NOOP("ChronologyPdf", "how to reach: {contact}")
    CONTACTS_IN = QT_TRANSLATE_NOOP("ChronologyPdf", "contact details of witnesses included")
    WITNESS_NO_CONTACT = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "Contact details are not included in this document.")
    # message sources and service notices: never a raw importer token on the page
    SOURCE_BY_HAND = QT_TRANSLATE_NOOP("ChronologyPdf", "entered by hand")
    SOURCE_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "imported file")
    SERVICE_OTHER = QT_TRANSLATE_NOOP("ChronologyPdf", "Notice from the messaging app")
    SERVICE_TYPE = QT_TRANSLATE_NOOP("ChronologyPdf", "type in the file: {token}")
    CALL_DURATION = QT_TRANSLATE_NOOP("ChronologyPdf", "duration {minutes} min {seconds} s")
    CALL_NO_DURATION = QT_TRANSLATE_NOOP("ChronologyPdf", "duration not stated")


SOURCE_KINDS = {
    "manual": TL.SOURCE_BY_HAND,
    "telegram-json": QT_TRANSLATE_NOOP("ChronologyPdf", "Telegram export file"),
    "whatsapp-txt": QT_TRANSLATE_NOOP("ChronologyPdf", "WhatsApp export file"),
    "sms-backup-xml": QT_TRANSLATE_NOOP("ChronologyPdf", "SMS backup file"),
    "email-eml": QT_TRANSLATE_NOOP("ChronologyPdf", "e-mail file"),
    "image": QT_TRANSLATE_NOOP("ChronologyPdf", "picture file"),
}
SERVICE_ACTIONS = {
    "phone_call": QT_TRANSLATE_NOOP("ChronologyPdf", "Phone call"),
    "group_call": QT_TRANSLATE_NOOP("ChronologyPdf", "Group call"),
    "joined_telegram": QT_TRANSLATE_NOOP("ChronologyPdf", "Joined Telegram"),
    "create_group": QT_TRANSLATE_NOOP("ChronologyPdf", "Created the group"),
    "invite_members": QT_TRANSLATE_NOOP("ChronologyPdf", "Added members"),
    "remove_members": QT_TRANSLATE_NOOP("ChronologyPdf", "Removed members"),
    "pin_message": QT_TRANSLATE_NOOP("ChronologyPdf", "Pinned a message"),
    "edit_group_title": QT_TRANSLATE_NOOP("ChronologyPdf", "Changed the group name"),
    "edit_group_photo": QT_TRANSLATE_NOOP("ChronologyPdf", "Changed the group picture"),
    "delete_group_photo": QT_TRANSLATE_NOOP("ChronologyPdf", "Removed the group picture"),
    "clear_history": QT_TRANSLATE_NOOP("ChronologyPdf", "Cleared the chat history"),
    "take_screenshot": QT_TRANSLATE_NOOP("ChronologyPdf", "Took a screenshot"),
    "set_messages_ttl": QT_TRANSLATE_NOOP("ChronologyPdf", "Set messages to disappear"),
    "contact_sign_up": QT_TRANSLATE_NOOP("ChronologyPdf", "Joined the messaging app"),
}
CALL_ENDINGS = {
    "missed": QT_TRANSLATE_NOOP("ChronologyPdf", "missed"),
    "busy": QT_TRANSLATE_NOOP("ChronologyPdf", "declined (busy)"),
    "hangup": QT_TRANSLATE_NOOP("ChronologyPdf", "ended"),
    "disconnect": QT_TRANSLATE_NOOP("ChronologyPdf", "disconnected"),
}
