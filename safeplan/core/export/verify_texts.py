"""Plain-words messages of ``safeplan verify`` (context ``VerifyReport``), translatable."""

from __future__ import annotations

from safeplan.core.i18n import QT_TRANSLATE_NOOP, Catalogue

CTX = "VerifyReport"


class V:
    EXPORT = QT_TRANSLATE_NOOP("VerifyReport", "Export {export_id}, made {created}.")
    MANIFEST_MISSING = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "No manifest found: expected the file {name} beside the PDF. Without it nothing can be "
        "checked.")
    MANIFEST_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport", "The file {name} is not a SafePlan export manifest, or it is damaged.")
    UNREADABLE = QT_TRANSLATE_NOOP("VerifyReport", "A file could not be read ({error}).")
    SIG_OK = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The manifest's signature is valid: it has not been changed since it was signed with the "
        "key whose fingerprint is {fingerprint}.")
    SIG_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The manifest's signature does NOT match: the manifest was changed after it was signed, "
        "or it was not signed by SafePlan.")
    SIGNED_FILE_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The file {name} (the signed data or the signature) does not match the manifest: one of "
        "them was changed.")
    STATEMENT_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The manifest's statement does not match its own recorded fingerprint: it was edited.")
    PDF_MISSING = QT_TRANSLATE_NOOP("VerifyReport", "The file {name} was not found.")
    PDF_OK = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The PDF is exactly the file that was exported ({size} bytes, SHA-256 {sha}).")
    PDF_APPENDED = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The PDF begins with the exported file, but {extra} byte(s) were added after its end. Added "
        "bytes (an \"incremental update\") can change what a PDF viewer shows, so treat this copy "
        "as altered.")
    PDF_CHANGED = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The PDF is NOT the file that was exported: its SHA-256 is {actual}, the manifest says "
        "{expected}.")
    LINK_OK = QT_TRANSLATE_NOOP(
        "VerifyReport", "The PDF names this manifest's statement, so the two belong together.")
    LINK_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The PDF does not name this manifest's statement: they do not belong to the same export.")
    EXHIBITS_NOT_SUPPLIED = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The {count} exhibit files were not supplied (no \"{folder}\" folder beside the PDF), so "
        "only the PDF was checked.")
    EXHIBIT_OK = QT_TRANSLATE_NOOP("VerifyReport", "Exhibit {number} ({name}) matches.")
    EXHIBIT_MISSING = QT_TRANSLATE_NOOP("VerifyReport", "Exhibit {number} ({name}) is missing.")
    EXHIBIT_UNREADABLE = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Exhibit {number} ({name}) could not be read from the journal when the export was made, "
        "so it is not included.")
    EXHIBIT_CHANGED = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Exhibit {number} ({name}) has been changed: its content does not match the manifest.")
    FINGERPRINT_NOTE = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Compare the key fingerprint {fingerprint} with the one printed in the PDF and with the "
        "one the person who made it gave you separately.")
    SIGNED_BY = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Signed by key {fingerprint} — compare it with the one you received from the person who "
        "made the export. Every check below only shows that nothing changed since this key "
        "signed it.")
    KEY_OK = QT_TRANSLATE_NOOP(
        "VerifyReport", "The signing key is the one you were given ({fingerprint}).")
    KEY_OTHER = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The signing key {fingerprint} is NOT the key you were given ({expected}): this copy was "
        "signed by someone else, so treat it as not made by the person who kept this journal.")
    KEY_UNREADABLE = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "\"{typed}\" could not be read as a key fingerprint: type the 32 letters and digits "
        "(or the 40 digits) from the key card.")
    EXHIBIT_WITHHELD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Exhibit {number} ({name}) is a photo that was left out of the bundle: a copy without "
        "its location data could not be made, and the original was not chosen.")
    EXHIBIT_OUTSIDE = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Exhibit {number}: the manifest names a file outside the bundle ({name}); it was not "
        "opened. A genuine export never does this.")
    CHAIN_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "The journal's record hashes in the manifest do not lead to its chain head: the dated "
        "receipts cannot be checked against this export.")
    RECEIPT_LISTED_OK = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Receipt {code} (made {made}) fits the journal as it was after {count} recorded "
        "change(s). Ask to see the message the code was sent in: its date shows those entries "
        "existed by then.")
    RECEIPT_LISTED_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Receipt {code} (made {made}) does NOT fit this journal after {count} change(s).")
    RECEIPT_OK = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Receipt {code} matches the journal as it was after {count} recorded change(s): "
        "{entries} already existed when it was made.")
    RECEIPT_NONE = QT_TRANSLATE_NOOP(
        "VerifyReport",
        "Receipt {code} matches the journal as it was after {count} recorded change(s), before "
        "any entry of this export.")
    RECEIPT_BAD = QT_TRANSLATE_NOOP(
        "VerifyReport", "Receipt {code} does NOT match any state of this journal.")
    RECEIPT_UNREADABLE = QT_TRANSLATE_NOOP(
        "VerifyReport", "\"{typed}\" could not be read as a receipt code.")
    ALL_OK = QT_TRANSLATE_NOOP("VerifyReport", "Everything matches.")
    FAILED = QT_TRANSLATE_NOOP("VerifyReport", "Verification FAILED: {count} problem(s) found.")


class VerifyTexts:
    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self._catalogue = Catalogue.load(lang)

    def __call__(self, text: str, **values: object) -> str:
        translated = self._catalogue.tr(CTX, text)
        return translated.format(**values) if values else translated
