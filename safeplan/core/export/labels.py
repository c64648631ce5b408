"""Every word the chronology PDF, CSV, bundle README and verifier print, marked for translation.

Strings are marked with ``QT_TRANSLATE_NOOP`` (context ``ChronologyPdf``) so ``pyside6-lupdate``
collects them into ``translations/safeplan_<lang>.ts``; ``Labels(lang)`` looks them up in the
export language, which is chosen independently of the interface language. Placeholders are named
(``{page}``) and filled in after translation, so translators can reorder them.
"""

from __future__ import annotations

from collections.abc import Mapping

from safeplan.core.export.labels_legal import CALL_ENDINGS, SERVICE_ACTIONS, SOURCE_KINDS, TL
from safeplan.core.i18n import QT_TRANSLATE_NOOP, Catalogue

CTX = "ChronologyPdf"


class T:
    """Source texts (English)."""

    TITLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Chronology of events")
    SUBJECT = QT_TRANSLATE_NOOP("ChronologyPdf", "Chronology of recorded incidents and evidence")
    PAGE_OF = QT_TRANSLATE_NOOP("ChronologyPdf", "Page {page} of {pages}")
    # "Export ID" read as "Номер выгрузки" (software words); the document has a reference
    EXPORT_ID = QT_TRANSLATE_NOOP("ChronologyPdf", "Document reference")
    CASE_REF = QT_TRANSLATE_NOOP("ChronologyPdf", "Case reference")
    CONCERNING = QT_TRANSLATE_NOOP("ChronologyPdf", "Concerning")
    PERIOD = QT_TRANSLATE_NOOP("ChronologyPdf", "Period")
    ALL_DATES = QT_TRANSLATE_NOOP("ChronologyPdf", "all recorded dates")
    FROM_TO = QT_TRANSLATE_NOOP("ChronologyPdf", "from {start} to {end}")
    PREPARED_ON = QT_TRANSLATE_NOOP("ChronologyPdf", "Prepared on")
    LANGUAGE = QT_TRANSLATE_NOOP("ChronologyPdf", "Language")
    LANGUAGE_NAME = QT_TRANSLATE_NOOP("ChronologyPdf", "English")
    FILTERS = QT_TRANSLATE_NOOP("ChronologyPdf", "Selection")
    FORMS_ALL = QT_TRANSLATE_NOOP("ChronologyPdf", "all forms of abuse")
    PEOPLE_ALL = QT_TRANSLATE_NOOP("ChronologyPdf", "all people")
    SENSITIVE_IN = QT_TRANSLATE_NOOP("ChronologyPdf", "sensitive medical notes included")
    SENSITIVE_OUT = QT_TRANSLATE_NOOP("ChronologyPdf", "sensitive medical notes left out")
    ADDRESSES_OUT = QT_TRANSLATE_NOOP("ChronologyPdf", "addresses left out")
    INITIALS_NOTE = QT_TRANSLATE_NOOP("ChronologyPdf", "some names replaced by initials")
    N_ENTRIES = QT_TRANSLATE_NOOP("ChronologyPdf", "Entries in the chronology")
    N_INCIDENTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Incidents")
    N_MESSAGES = QT_TRANSLATE_NOOP("ChronologyPdf", "Messages")
    N_MEDICAL = QT_TRANSLATE_NOOP("ChronologyPdf", "Medical notes")
    N_LEGAL = QT_TRANSLATE_NOOP("ChronologyPdf", "Legal steps")
    N_EXHIBITS = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibits")
    HOW_TO_READ = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Each entry shows when the event happened (as exactly as it is known) and, separately, "
        "when it was written down by the computer clock. Approximate dates are marked as such. "
        "Exhibits are numbered {example} … and their SHA-256 fingerprints are listed so that any "
        "change to a file can be detected.")
    SUMMARY = QT_TRANSLATE_NOOP("ChronologyPdf", "Summary")
    BY_FORM = QT_TRANSLATE_NOOP("ChronologyPdf", "Incidents by form of abuse")
    FORM = QT_TRANSLATE_NOOP("ChronologyPdf", "Form of abuse")
    COUNT = QT_TRANSLATE_NOOP("ChronologyPdf", "Number")
    FORMS_OVERLAP = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "One incident can be of several forms, so these numbers can add up to "
        "more than the number of incidents ({n}).")
    PER_MONTH = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "Incidents per month, by how serious they felt (1 to 5)")
    PER_DAY = QT_TRANSLATE_NOOP("ChronologyPdf", "Messages per day")
    NO_DATA = QT_TRANSLATE_NOOP("ChronologyPdf", "No dated entries to show.")
    # "Severity: 4 severe" read as the legal degree of harm (тяжкий вред): a neutral own rating
    SEVERITY = QT_TRANSLATE_NOOP("ChronologyPdf", "How serious it felt (1 to 5)")
    SEVERITY_NONE = QT_TRANSLATE_NOOP("ChronologyPdf", "no rating")
    TABLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Summary table of events")
    COL_NO = QT_TRANSLATE_NOOP("ChronologyPdf", "No.")
    COL_WHEN = QT_TRANSLATE_NOOP("ChronologyPdf", "Date and time")
    COL_WHAT = QT_TRANSLATE_NOOP("ChronologyPdf", "Short summary")
    COL_PEOPLE = QT_TRANSLATE_NOOP("ChronologyPdf", "People")
    COL_EXHIBITS = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibits")
    ENTRIES = QT_TRANSLATE_NOOP("ChronologyPdf", "Full entries")
    REF_NO = QT_TRANSLATE_NOOP("ChronologyPdf", "No. {number}")
    ENTRY_HEAD = QT_TRANSLATE_NOOP("ChronologyPdf", "No. {number} · {kind} · {when}")
    RECORDED_ON = QT_TRANSLATE_NOOP("ChronologyPdf", "Recorded on")
    AMENDED_ON = QT_TRANSLATE_NOOP("ChronologyPdf", "Amended on")
    NEVER_AMENDED = QT_TRANSLATE_NOOP("ChronologyPdf", "never amended")
    PRECISION = QT_TRANSLATE_NOOP("ChronologyPdf", "Precision of the date")
    APPROX = QT_TRANSLATE_NOOP("ChronologyPdf", "approximately")
    DATE_UNKNOWN = QT_TRANSLATE_NOOP("ChronologyPdf", "date not known")
    TZ_ASSUMED = QT_TRANSLATE_NOOP("ChronologyPdf", "time zone assumed")
    AS_REMEMBERED = QT_TRANSLATE_NOOP("ChronologyPdf", "as remembered")
    QUOTED = QT_TRANSLATE_NOOP("ChronologyPdf", "“{quote}”")
    UNTIL = QT_TRANSLATE_NOOP("ChronologyPdf", "until")
    LEFT_OUT_CHARS = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "[{count} more characters of this field are not printed here; the full text is in the "
        "CSV file and in the journal.]")
    YES = QT_TRANSLATE_NOOP("ChronologyPdf", "yes")
    NO = QT_TRANSLATE_NOOP("ChronologyPdf", "no")
    DONE = QT_TRANSLATE_NOOP("ChronologyPdf", "done")
    TO_DO = QT_TRANSLATE_NOOP("ChronologyPdf", "still needed")
    # field names
    F_TITLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Short summary")
    F_WHERE = QT_TRANSLATE_NOOP("ChronologyPdf", "Where")
    F_WHO = QT_TRANSLATE_NOOP("ChronologyPdf", "Who did it")
    F_WITNESSES = QT_TRANSLATE_NOOP("ChronologyPdf", "Witnesses")
    F_FORMS = QT_TRANSLATE_NOOP("ChronologyPdf", "Forms of abuse")
    F_DESCRIPTION = QT_TRANSLATE_NOOP("ChronologyPdf", "What happened (facts)")
    F_WORDS = QT_TRANSLATE_NOOP("ChronologyPdf", "Words said, word for word")
    F_IMPACT = QT_TRANSLATE_NOOP("ChronologyPdf", "How it affected me")
    F_INJURIES = QT_TRANSLATE_NOOP("ChronologyPdf", "Injuries")
    F_PROPERTY = QT_TRANSLATE_NOOP("ChronologyPdf", "Property damage")
    F_WEAPONS = QT_TRANSLATE_NOOP("ChronologyPdf", "Weapons")
    F_CHILDREN = QT_TRANSLATE_NOOP("ChronologyPdf", "Children present")
    F_CHILDREN_REACTION = QT_TRANSLATE_NOOP("ChronologyPdf", "How the children reacted")
    F_POLICE = QT_TRANSLATE_NOOP("ChronologyPdf", "Police")
    F_POLICE_WHEN = QT_TRANSLATE_NOOP("ChronologyPdf", "contacted on")
    F_STATION = QT_TRANSLATE_NOOP("ChronologyPdf", "station")
    F_REPORT_NO = QT_TRANSLATE_NOOP("ChronologyPdf", "report number")
    F_OFFICER = QT_TRANSLATE_NOOP("ChronologyPdf", "officer")
    F_OUTCOME = QT_TRANSLATE_NOOP("ChronologyPdf", "outcome")
    F_NOT_CONTACTED = QT_TRANSLATE_NOOP("ChronologyPdf", "the police were not contacted")
    F_MEDICAL = QT_TRANSLATE_NOOP("ChronologyPdf", "Medical notes")
    F_ACTIONS = QT_TRANSLATE_NOOP("ChronologyPdf", "What I did afterwards")
    F_LINKED = QT_TRANSLATE_NOOP("ChronologyPdf", "Linked to earlier entries")
    F_EVIDENCE_NEEDED = QT_TRANSLATE_NOOP("ChronologyPdf", "Evidence still needed")
    F_TAGS = QT_TRANSLATE_NOOP("ChronologyPdf", "Tags")
    F_EXHIBITS = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibits")
    F_FACILITY = QT_TRANSLATE_NOOP("ChronologyPdf", "Facility")
    F_PRACTITIONER = QT_TRANSLATE_NOOP("ChronologyPdf", "Practitioner")
    F_MEDICAL_KIND = QT_TRANSLATE_NOOP("ChronologyPdf", "Kind of visit")
    F_FINDINGS = QT_TRANSLATE_NOOP("ChronologyPdf", "Findings")
    F_TREATMENT = QT_TRANSLATE_NOOP("ChronologyPdf", "Treatment")
    F_DOCUMENTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Documents (certificate numbers)")
    F_INCIDENTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Related incidents")
    F_BODY_MAP = QT_TRANSLATE_NOOP("ChronologyPdf", "Body map")
    F_LEGAL_KIND = QT_TRANSLATE_NOOP("ChronologyPdf", "Kind")
    F_REFERENCE = QT_TRANSLATE_NOOP("ChronologyPdf", "Number or name")  # as the screen asks
    F_NOTES = QT_TRANSLATE_NOOP("ChronologyPdf", "Notes")
    FRONT = QT_TRANSLATE_NOOP("ChronologyPdf", "front")
    BACK = QT_TRANSLATE_NOOP("ChronologyPdf", "back")
    # the person's own sides under each figure, as the screen's "your right" / "your left"
    SIDE_RIGHT = QT_TRANSLATE_NOOP("ChronologyPdf", "right side")
    SIDE_LEFT = QT_TRANSLATE_NOOP("ChronologyPdf", "left side")
    BODY_MAP_SIDES = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "“Right side” and “left side” are the sides of the person’s own body: on the front "
        "view the right side is on the left of the drawing, as on a medical chart.")
    # messages
    TRANSCRIPTS = QT_TRANSLATE_NOOP("ChronologyPdf", "Message transcripts")
    TRANSCRIPTS_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Messages are grouped by conversation. Cite a message by its number (for example "
        "{example}) and the page number. Times are the original times from the source file.")
    CONVERSATION = QT_TRANSLATE_NOOP("ChronologyPdf", "Conversation {ref}: {title}")
    FROM = QT_TRANSLATE_NOOP("ChronologyPdf", "from")
    TO = QT_TRANSLATE_NOOP("ChronologyPdf", "to")
    SOURCE = QT_TRANSLATE_NOOP("ChronologyPdf", "source")
    EDITED = QT_TRANSLATE_NOOP("ChronologyPdf", "edited")
    FORWARDED = QT_TRANSLATE_NOOP("ChronologyPdf", "forwarded from")
    REPLY_TO = QT_TRANSLATE_NOOP("ChronologyPdf", "reply to")
    NO_TEXT = QT_TRANSLATE_NOOP("ChronologyPdf", "(no text)")
    # exhibits
    EXHIBIT_LIST = QT_TRANSLATE_NOOP("ChronologyPdf", "List of exhibits")
    EXHIBIT_LIST_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "SHA-256 fingerprints are of the original files as they were added to the journal; spaces "
        "are added only for readability.")
    COL_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "File name")
    COL_TYPE = QT_TRANSLATE_NOOP("ChronologyPdf", "Type")
    COL_SIZE = QT_TRANSLATE_NOOP("ChronologyPdf", "Size")
    COL_RECORDED = QT_TRANSLATE_NOOP("ChronologyPdf", "Recorded")
    EXHIBITS = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibits")
    EXHIBIT = QT_TRANSLATE_NOOP("ChronologyPdf", "Exhibit {number}")
    TAKEN_AT = QT_TRANSLATE_NOOP("ChronologyPdf", "Taken on")
    # "Caption" and "Signature" were one word (Подпись/Подпіс) in ru/be
    CAPTION = QT_TRANSLATE_NOOP("ChronologyPdf", "Description of the picture")
    REFERRED_BY = QT_TRANSLATE_NOOP("ChronologyPdf", "Referred to by")
    SCALED_NOTE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "The picture is scaled to fit the page and turned upright; the original file is unchanged "
        "and identified by the SHA-256 above.")
    NOT_IMAGE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This file cannot be shown on paper. The original is provided with the evidence bundle "
        "and can be identified by its SHA-256.")
    DAMAGED = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This picture could not be displayed (the file is damaged or in an unknown format). The "
        "original file is kept unchanged and can be identified by its SHA-256.")
    MISSING = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "The content of this file could not be read from the journal.")
    BYTES = QT_TRANSLATE_NOOP("ChronologyPdf", "{size} bytes")
    # integrity
    INTEGRITY = QT_TRANSLATE_NOOP("ChronologyPdf", "Integrity and how to check this document")
    CHAIN_HEAD = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "Hash of the journal when this document was made (last link of the chain)")
    STATEMENT_HASH = QT_TRANSLATE_NOOP(
        "ChronologyPdf", "SHA-256 of the signed part of the check file")
    KEY_FINGERPRINT = QT_TRANSLATE_NOOP("ChronologyPdf", "Signing key fingerprint")
    MANIFEST_FILE = QT_TRANSLATE_NOOP("ChronologyPdf", "Check file (signed)")
    INTEGRITY_INTRO = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Every change to an entry is kept as a new revision in a hash chain; the hash of the "
        "journal above identifies the exact state of the journal this document was made from. A "
        "check file is written beside this PDF. It lists the SHA-256 of this PDF and of every "
        "exhibit and is signed with a key kept inside the journal. A document cannot contain its "
        "own fingerprint, so this page prints the fingerprint of the signed part of the check file "
        "and of the signing key; the check file in turn holds the fingerprint of this PDF.")
    HOW_TO_CHECK = QT_TRANSLATE_NOOP("ChronologyPdf", "How to check")
    CHECK_1 = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "With SafePlan: run “safeplan verify {pdf}”. It checks the signature, this PDF and any "
        "exhibit files beside it and says in plain words what matches and what does not. No "
        "passphrase is needed.")
    CHECK_2 = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "By hand: compute the SHA-256 of this PDF (for example “sha256sum {pdf}” or "
        "“certutil -hashfile {pdf} SHA256”) and compare it with the value “pdf.sha256” in "
        "{manifest}. Do the same for each exhibit file and the list of exhibits.")
    CHECK_3 = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Compare the signing key fingerprint above with the one the person who made this document "
        "gave you separately. A document changed after export, or bytes added to its end, will "
        "not match.")
    # certification
    # "Certification" became "Удостоверение/Пасведчанне" (an ID card)
    CERTIFICATION = QT_TRANSLATE_NOOP("ChronologyPdf", "Statement of truth")
    CERT_TEXT = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "I certify that the entries in this chronology were recorded by me at the recorded times "
        "shown, that they describe events as I experienced or witnessed them, and that the "
        "exhibits are true copies of the files I collected.")
    SIGNATURE = QT_TRANSLATE_NOOP("ChronologyPdf", "Signature")
    NAME = QT_TRANSLATE_NOOP("ChronologyPdf", "Name or initials")
    DATE = QT_TRANSLATE_NOOP("ChronologyPdf", "Date")


KINDS = {
    "incident": QT_TRANSLATE_NOOP("ChronologyPdf", "Incident"),
    "medical": QT_TRANSLATE_NOOP("ChronologyPdf", "Medical visit"),
    "legal": QT_TRANSLATE_NOOP("ChronologyPdf", "Legal step"),
    "message": QT_TRANSLATE_NOOP("ChronologyPdf", "Message"),
}
CATEGORIES = {
    "physical": QT_TRANSLATE_NOOP("ChronologyPdf", "physical"),
    "psychological": QT_TRANSLATE_NOOP("ChronologyPdf", "psychological"),
    "economic": QT_TRANSLATE_NOOP("ChronologyPdf", "economic"),
    "sexual": QT_TRANSLATE_NOOP("ChronologyPdf", "sexual"),
    "stalking": QT_TRANSLATE_NOOP("ChronologyPdf", "stalking"),
    "threat": QT_TRANSLATE_NOOP("ChronologyPdf", "threats"),
    "property": QT_TRANSLATE_NOOP("ChronologyPdf", "property"),
    "child": QT_TRANSLATE_NOOP("ChronologyPdf", "involving children"),
    "digital": QT_TRANSLATE_NOOP("ChronologyPdf", "digital"),
    "other": QT_TRANSLATE_NOOP("ChronologyPdf", "other"),
}
CHANNELS = {
    "sms": QT_TRANSLATE_NOOP("ChronologyPdf", "SMS"),
    "telegram": QT_TRANSLATE_NOOP("ChronologyPdf", "Telegram"),
    "whatsapp": QT_TRANSLATE_NOOP("ChronologyPdf", "WhatsApp"),
    "viber": QT_TRANSLATE_NOOP("ChronologyPdf", "Viber"),
    "signal": QT_TRANSLATE_NOOP("ChronologyPdf", "Signal"),
    "email": QT_TRANSLATE_NOOP("ChronologyPdf", "e-mail"),
    "call": QT_TRANSLATE_NOOP("ChronologyPdf", "call"),
    "social": QT_TRANSLATE_NOOP("ChronologyPdf", "social network"),
    "in-person": QT_TRANSLATE_NOOP("ChronologyPdf", "in person"),
    "other": QT_TRANSLATE_NOOP("ChronologyPdf", "other"),
}
DIRECTIONS = {
    "incoming": QT_TRANSLATE_NOOP("ChronologyPdf", "incoming"),
    "outgoing": QT_TRANSLATE_NOOP("ChronologyPdf", "outgoing"),
}
MEDICAL_KINDS = {
    "emergency": QT_TRANSLATE_NOOP("ChronologyPdf", "emergency"),
    "gp": QT_TRANSLATE_NOOP("ChronologyPdf", "general practitioner"),
    "forensic": QT_TRANSLATE_NOOP("ChronologyPdf", "forensic examination"),
    "mental-health": QT_TRANSLATE_NOOP("ChronologyPdf", "mental health"),
    "other": QT_TRANSLATE_NOOP("ChronologyPdf", "other"),
}
LEGAL_KINDS = {
    "protection-order": QT_TRANSLATE_NOOP("ChronologyPdf", "protection order"),
    "court-hearing": QT_TRANSLATE_NOOP("ChronologyPdf", "court hearing"),
    "deadline": QT_TRANSLATE_NOOP("ChronologyPdf", "deadline"),
    "evidence-to-collect": QT_TRANSLATE_NOOP("ChronologyPdf", "evidence to collect"),
    "other": QT_TRANSLATE_NOOP("ChronologyPdf", "other"),
}
SEVERITIES = {
    1: QT_TRANSLATE_NOOP("ChronologyPdf", "1 of 5"),
    2: QT_TRANSLATE_NOOP("ChronologyPdf", "2 of 5"),
    3: QT_TRANSLATE_NOOP("ChronologyPdf", "3 of 5"),
    4: QT_TRANSLATE_NOOP("ChronologyPdf", "4 of 5"),
    5: QT_TRANSLATE_NOOP("ChronologyPdf", "5 of 5"),
}


class Labels:
    """Texts in one export language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._catalogue = Catalogue.load(lang)

    def __call__(self, text: str, **values: object) -> str:
        translated = self._catalogue.tr(CTX, text)
        return translated.format(**values) if values else translated

    def enum(self, table: dict[str, str], value: object) -> str:
        """Translated name of an enum value; unknown values are shown as they are."""
        if isinstance(value, str) and value in table:
            return self(table[value])
        return "" if value is None else str(value)

    def severity(self, value: object) -> str:
        if isinstance(value, int) and value in SEVERITIES:
            return self(SEVERITIES[value])
        return self(T.SEVERITY_NONE)

    def yes_no(self, value: object) -> str:
        if value is None:
            return ""
        return self(T.YES) if value else self(T.NO)

    def ref(self, code: object) -> str:
        """An exhibit or conversation reference in the export's script: a Cyrillic "Е1" and
        "С1.0003" in ru/be, so a search in the document's own alphabet finds them."""
        text = "" if code is None else str(code)
        if text[:1] == "E":
            return self(TL.EXHIBIT_LETTER) + text[1:]
        if text[:1] == "C":
            return self(TL.CONVERSATION_LETTER) + text[1:]
        return text

    def refs(self, codes: object) -> str:
        return ", ".join(self.ref(c) for c in codes) if isinstance(codes, list | tuple) else ""

    def source_kind(self, kind: object) -> str:
        """Where a message came from, in words (never the importer's token)."""
        if isinstance(kind, str) and kind in SOURCE_KINDS:
            return self(SOURCE_KINDS[kind])
        return self(TL.SOURCE_FILE)

    def service(self, content: Mapping[str, object]) -> str:
        """A messaging app's own notice ("phone_call" with its duration) in plain words."""
        action = content.get("service")
        kind = action if isinstance(action, str) else ""
        details = content.get("details")
        extra = details if isinstance(details, Mapping) else {}
        if kind in SERVICE_ACTIONS:
            words = [self(SERVICE_ACTIONS[kind])]
        else:
            words = [self(TL.SERVICE_OTHER)]
            if kind and kind != "service":
                words.append(self(TL.SERVICE_TYPE, token=kind))
        if kind in ("phone_call", "group_call"):
            seconds = extra.get("duration_seconds")
            ending = extra.get("discard_reason")
            if isinstance(seconds, int | float) and not isinstance(seconds, bool):
                whole = int(seconds)
                words.append(self(TL.CALL_DURATION, minutes=whole // 60, seconds=whole % 60))
            elif not (isinstance(ending, str) and ending in CALL_ENDINGS):
                words.append(self(TL.CALL_NO_DURATION))
            if isinstance(ending, str) and ending in CALL_ENDINGS:
                words.append(self(CALL_ENDINGS[ending]))
        return "[" + ", ".join(words) + "]"
