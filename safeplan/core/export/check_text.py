"""How a lawyer checks an export: the steps printed on the PDF's integrity page and in the
bundle's README (issue 18, "a check any lawyer can run").

A SHA-256 compared with the readable manifest alone proves nothing — whoever edits the PDF can
edit the manifest too. So every manual step here checks the Ed25519 signature, and every text
says that the key's fingerprint must be compared with one received from her separately.

The OpenSSL commands are data, not prose: ``openssl_commands`` returns the exact lines printed,
and a test runs those very lines with the real ``openssl`` binary in an unpacked bundle.
Strings use the ``ChronologyPdf`` context like the rest of the export (``Labels``).
"""

from __future__ import annotations

from safeplan.core.export.labels import Labels
from safeplan.core.i18n import QT_TRANSLATE_NOOP

KEY_FILE = "signing-key.pem"
VERIFIER_FILE = "verify.html"
SIGNED_SUFFIX = ".signed.json"
SIGNATURE_SUFFIX = ".sig"
# Ed25519 in WebCrypto, on by default: Chrome/Edge 137 (May 2025; 113–136 only behind the
# "Experimental Web Platform features" flag), Firefox 129 (Aug 2024), Safari 17 (Sep 2023).
# Tested here in Debian's Chromium (tests/core/export/test_html_verifier.py).
BROWSERS = "Chrome / Chromium / Edge 137+, Firefox 129+, Safari 17+"


def signed_name(pdf_name: str) -> str:
    """``OUT.pdf`` → ``OUT.signed.json``: the exact bytes the signature covers."""
    return _stem(pdf_name) + SIGNED_SUFFIX


def signature_name(pdf_name: str) -> str:
    """``OUT.pdf`` → ``OUT.sig``: the raw 64-byte Ed25519 signature."""
    return _stem(pdf_name) + SIGNATURE_SUFFIX


def _stem(pdf_name: str) -> str:
    return pdf_name[:-4] if pdf_name.lower().endswith(".pdf") else pdf_name


def _quote(name: str) -> str:
    """A file name as one shell word (names are made safe by the export, but may hold spaces)."""
    return name if all(ch.isalnum() or ch in "._-/" for ch in name) else "'" + name.replace(
        "'", "'\\''") + "'"


def openssl_commands(pdf_name: str) -> tuple[str, str, str]:
    """(check the signature, compute the key fingerprint, hash the PDF and exhibits)."""
    signed, sig = _quote(signed_name(pdf_name)), _quote(signature_name(pdf_name))
    return (
        f"openssl pkeyutl -verify -pubin -inkey {KEY_FILE} -rawin -in {signed} -sigfile {sig}",
        f"openssl pkey -pubin -in {KEY_FILE} -outform DER | tail -c 32 | openssl dgst -sha256",
        f"openssl dgst -sha256 -r {_quote(pdf_name)} exhibits/*",
    )


class C:
    README_TITLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Evidence bundle {export_id}")
    README_CONTENTS = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This bundle contains:\n"
        "- {pdf}: the chronology (open it with any PDF viewer);\n"
        "- {manifest}: the check file (manifest) — the SHA-256 of the PDF and of every exhibit, "
        "readable;\n"
        "- {signed}: the same data exactly as it was signed, and {sig}: its signature;\n"
        "- {key}: the public key that made the signature;\n"
        "- {verifier}: a checker that runs in your web browser, offline;\n"
        "- the folder \"exhibits\": the files, named by exhibit number (E-0001, E-0002 …). Photos "
        "are copies without the place where they were taken and without phone details (their "
        "names end in \"-without-location\") unless the originals were chosen; the PDF says "
        "which, with the SHA-256 of both.")
    WARNING = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Important: a SHA-256 compared with the check file alone proves nothing, because whoever "
        "changes a file can change the check file too. Only the signature proves it, and only if "
        "the key's fingerprint is the one the person who made the export gave you separately "
        "(in person, on paper or in a separate message) — not only the one printed in the PDF "
        "or in this bundle, which a forger would replace with their own.")
    HOW = QT_TRANSLATE_NOOP("ChronologyPdf", "How to check that nothing was changed")
    STEP_BROWSER = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "In a web browser, with nothing to install: unpack the bundle, open {verifier} ({browsers}) "
        "and drop the unpacked folder, or all its files, onto the page. Type the key fingerprint "
        "you received. The page reads the files on this computer only and sends nothing.")
    STEP_SAFEPLAN = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "With SafePlan: safeplan verify --key \"FINGERPRINT\" {target} (no passphrase is needed). "
        "It checks the signature, the PDF and every exhibit and says in words what matches.")
    STEP_OPENSSL = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "By hand with OpenSSL 3.0 or newer, in the unpacked folder (Linux and macOS terminal):")
    OPENSSL_SIG = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "a) Check the signature; it must print \"Signature Verified Successfully\":")
    OPENSSL_KEY = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "b) Compute the key's fingerprint: the first 32 characters after \"=\" (read in groups of "
        "four; capital or small letters are the same) must be the fingerprint you received "
        "separately:")
    OPENSSL_HASH = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "c) Compute the SHA-256 of the PDF and of each exhibit, and find each value in {signed} "
        "(the search of any text editor). A value that is not there means the file was changed.")
    PDF_WHERE = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "The files named here are in the evidence bundle (the zip made with this PDF); without "
        "the bundle, use safeplan verify with {pdf} and {manifest}.")


class S:
    """What the PDF says was shipped in the bundle for a photo (issue 14.1)."""

    COPY = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "In the evidence bundle: a copy without location and device data (SHA-256 {sha}); the "
        "pixels are the original's, whose SHA-256 is given above.")
    ORIGINAL = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "In the evidence bundle: the original file, with any location and device data it holds.")
    WITHHELD = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "Not in the evidence bundle: a copy without location data could not be made, and the "
        "original was not chosen.")


def shipped_note(labels: Labels, found: object) -> str:
    """The sentence for an exhibit's page, or "" for files that are not photos."""
    shipped = getattr(found, "shipped", "")
    if shipped == "copy-without-location":
        sha = str(getattr(found, "copy_sha256", ""))
        return labels(S.COPY, sha=" ".join(sha[i:i + 16] for i in range(0, len(sha), 16)))
    if shipped == "original":
        return labels(S.ORIGINAL)
    if shipped == "withheld":
        return labels(S.WITHHELD)
    return ""


def readme(labels: Labels, *, export_id: str, pdf: str, manifest: str, bundle: str) -> str:
    """The bundle README in the export language (plain text, CRLF added by the writer)."""
    sig_cmd, key_cmd, hash_cmd = openssl_commands(pdf)
    names = {"signed": signed_name(pdf), "sig": signature_name(pdf), "key": KEY_FILE,
             "verifier": VERIFIER_FILE}
    parts = [
        labels(C.README_TITLE, export_id=export_id), "",
        labels(C.README_CONTENTS, pdf=pdf, manifest=manifest, **names), "",
        labels(C.WARNING), "",
        labels(C.HOW) + ":", "",
        "1. " + labels(C.STEP_BROWSER, verifier=VERIFIER_FILE, browsers=BROWSERS), "",
        "2. " + labels(C.STEP_SAFEPLAN, target=bundle), "",
        "3. " + labels(C.STEP_OPENSSL),
        "   " + labels(C.OPENSSL_SIG), "", "      " + sig_cmd, "",
        "   " + labels(C.OPENSSL_KEY), "", "      " + key_cmd, "",
        "   " + labels(C.OPENSSL_HASH, signed=names["signed"]), "", "      " + hash_cmd, "",
    ]
    return "\n".join(parts)


def integrity_steps(labels: Labels, *, pdf: str, manifest: str) -> list[tuple[str, list[str]]]:
    """The integrity page's numbered steps: (text, command lines printed under it)."""
    sig_cmd, key_cmd, hash_cmd = openssl_commands(pdf)
    signed = signed_name(pdf)
    return [
        (labels(C.STEP_SAFEPLAN, target=pdf), []),
        (labels(C.STEP_BROWSER, verifier=VERIFIER_FILE, browsers=BROWSERS), []),
        (labels(C.STEP_OPENSSL) + " " + labels(C.PDF_WHERE, pdf=pdf, manifest=manifest), []),
        (labels(C.OPENSSL_SIG), [sig_cmd]),
        (labels(C.OPENSSL_KEY), [key_cmd]),
        (labels(C.OPENSSL_HASH, signed=signed), [hash_cmd]),
        (labels(C.WARNING), []),
    ]
