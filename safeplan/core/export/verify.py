"""Check an exported chronology against its signed manifest, explaining the result in plain words.

A lawyer runs this without any passphrase (requirement 18): give it ``OUT.pdf`` (the manifest
``OUT.manifest.json`` and an optional ``exhibits/`` folder beside it) or the bundle ``OUT.zip``.
Every changed byte in the PDF, the manifest or an exhibit is detected; bytes appended to the PDF
(an incremental update that can change what a viewer shows while keeping every original byte)
are named as such. ``VerifyReport.ok`` is true only when everything that was supplied matches.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from safeplan.core.export import dates
from safeplan.core.export.check_text import SIGNATURE_SUFFIX, SIGNED_SUFFIX
from safeplan.core.export.keycard import parse_fingerprint
from safeplan.core.export.labels import Labels
from safeplan.core.export.manifest import (
    BUNDLE_EXHIBIT_DIR,
    MANIFEST_FORMAT,
    MANIFEST_SUFFIX,
    canonical,
    key_fingerprint,
    manifest_path_for,
    sha256_hex,
    signature_valid,
    signed_part,
)
from safeplan.core.export.verify_texts import V, VerifyTexts
from safeplan.core.journal import receipts as receipt_tools
from safeplan.core.journal.chain import GENESIS

_CHUNK = 1 << 20
_MAX_MANIFEST = 64 << 20


@dataclass(frozen=True)
class Check:
    ok: bool | None  # None: information only (nothing to compare)
    message: str
    code: str = ""  # the V name (SIG_OK, EXHIBIT_CHANGED …): the HTML verifier uses the same


_CODES = {text: name for name, text in vars(V).items() if name.isupper()}


@dataclass
class VerifyReport:
    checks: list[Check] = field(default_factory=list)
    texts: VerifyTexts = field(default_factory=lambda: VerifyTexts("en"))

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok is not False for c in self.checks)

    @property
    def problems(self) -> int:
        return sum(1 for c in self.checks if c.ok is False)

    def add(self, ok: bool | None, text: str, **values: object) -> None:
        self.checks.append(Check(ok, self.texts(text, **values), _CODES.get(text, "")))

    def summary(self) -> str:
        return self.texts(V.ALL_OK) if self.ok else self.texts(V.FAILED, count=self.problems)

    def lines(self) -> list[str]:
        marks = {True: "OK  ", False: "FAIL", None: "NOTE"}
        return [f"{marks[c.ok]}  {c.message}" for c in self.checks] + ["", self.summary()]


class _Files:
    """Uniform access to the PDF, manifest and exhibits in a folder or in a bundle zip."""

    def __init__(self, stack: ExitStack, path: Path) -> None:
        self.zip: zipfile.ZipFile | None = None
        self.folder = path.parent
        self.pdf_path: Path | None = None  # None: take the PDF's name from the manifest
        if path.is_dir():  # an unpacked bundle: the one manifest inside names everything
            self.folder = path
            found = sorted(p.name for p in path.glob(f"*{MANIFEST_SUFFIX}"))
            self.manifest_name = found[0] if len(found) == 1 else ""
        elif zipfile.is_zipfile(path):
            self.zip = stack.enter_context(zipfile.ZipFile(path))
            names = [n for n in self.zip.namelist() if "/" not in n and n.endswith(MANIFEST_SUFFIX)]
            self.manifest_name = names[0] if len(names) == 1 else ""
        elif path.suffix.lower() == ".zip":
            # a bundle cut short in transfer has no central directory; it must not be checked as
            # if it were a PDF ("no manifest beside the PDF" misled the lawyer)
            raise zipfile.BadZipFile("damaged or incomplete bundle")
        elif path.name.endswith(MANIFEST_SUFFIX):  # given the manifest itself
            self.manifest_name = path.name
        else:
            self.manifest_name = manifest_path_for(path).name
            self.pdf_path = path

    @property
    def is_bundle(self) -> bool:
        return self.zip is not None

    def exists(self, name: str) -> bool:
        if self.zip is not None:
            try:
                self.zip.getinfo(name)
            except KeyError:
                return False
            return True
        return (self.folder / name).is_file()

    def open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(name)
        return (self.folder / name).open("rb")

    def has_exhibit_folder(self) -> bool:
        if self.zip is not None:
            return True
        return (self.folder / BUNDLE_EXHIBIT_DIR).is_dir()


def inside_bundle(name: str) -> bool:
    """Only ``exhibits/NAME`` (one plain file name) is a path a genuine manifest writes."""
    folder, _, base = name.partition("/")
    return (folder == BUNDLE_EXHIBIT_DIR and bool(base) and base not in (".", "..")
            and not any(ch in base for ch in "/\\:\x00"))


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _hash_file(files: _Files, name: str, prefix: int) -> tuple[str, str, int]:
    """(sha256 of everything, sha256 of the first ``prefix`` bytes, size)."""
    whole, head = hashlib.sha256(), hashlib.sha256()
    size = 0
    with files.open(name) as handle:
        for chunk in _chunks(handle):
            whole.update(chunk)
            if size < prefix:
                head.update(chunk[: prefix - size])
            size += len(chunk)
    return whole.hexdigest(), head.hexdigest(), size


def verify(path: Path, lang: str = "en", *, key: str | None = None,
           receipts: list[str] | None = None) -> VerifyReport:
    """Check ``path`` — a chronology PDF, its manifest, a bundle zip or an unpacked bundle
    folder — and say what matches.

    ``key`` is the fingerprint the lawyer received from her separately (the trust anchor, issue
    14.3): without it a forger's re-signed copy is internally consistent, so the report always
    leads with the key that signed it, and with ``key`` a different signer fails."""
    report = VerifyReport(texts=VerifyTexts(lang))
    expected_key: str | None = None
    if key is not None:
        expected_key = parse_fingerprint(key)
        if expected_key is None:
            report.add(False, V.KEY_UNREADABLE, typed=key.strip()[:80])
    if not path.is_file() and not path.is_dir():
        report.add(False, V.PDF_MISSING, name=path.name)
        return report
    with ExitStack() as stack:
        try:
            files = _Files(stack, path)
            manifest = _load_manifest(files, report)
            if manifest is not None:
                _check_all(files, manifest, report, expected_key)
                _check_receipts(manifest["statement"], receipts or [], report)
        except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error) as err:
            # the file's name reads the same in every report language; a class name does not
            # (zlib.error: a bundle member's compressed bytes are damaged; it was a traceback)
            report.add(False, V.UNREADABLE, error=path.name if isinstance(
                err, (zipfile.BadZipFile, zlib.error)) else type(err).__name__)
    return report


def _load_manifest(files: _Files, report: VerifyReport) -> dict[str, Any] | None:
    name = files.manifest_name
    if not name or not files.exists(name):
        report.add(False, V.MANIFEST_MISSING, name=name or f"*{MANIFEST_SUFFIX}")
        return None
    with files.open(name) as handle:
        raw = handle.read(_MAX_MANIFEST + 1)
    try:
        manifest = json.loads(raw.decode("utf-8"))
        ok = (isinstance(manifest, dict) and isinstance(manifest.get("statement"), dict)
              and manifest["statement"].get("format") == MANIFEST_FORMAT
              and isinstance(manifest.get("pdf"), dict))
    except (UnicodeDecodeError, json.JSONDecodeError):
        ok = False
    if not ok or len(raw) > _MAX_MANIFEST:
        report.add(False, V.MANIFEST_BAD, name=name)
        return None
    return manifest  # type: ignore[no-any-return]


def signing_fingerprint(statement: dict[str, Any]) -> str:
    """The fingerprint computed from the key itself — never the statement's own claim of it, which
    a forger can copy from her genuine export."""
    try:
        raw = base64.b64decode(str(statement["public_key"]["raw_base64"]), validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return "?"
    return key_fingerprint(raw) if len(raw) == 32 else "?"


def _stamp(report: VerifyReport, value: object) -> str:
    """A time as the PDF prints it (``07.12.2026 00:43:47 (UTC+00:00)``); verify.html the same."""
    if not isinstance(value, str) or not value.strip():
        return ""
    return dates.format_time(value, "exact", Labels(report.texts.lang))


def _check_all(files: _Files, manifest: dict[str, Any], report: VerifyReport,
               expected_key: str | None) -> None:
    statement = manifest["statement"]
    fingerprint = signing_fingerprint(statement)
    # First, before any "matches": who signed it. Everything below only proves the files are
    # unchanged since that key signed them; whose key it is, only the lawyer can tell.
    report.checks.insert(0, Check(None, report.texts(V.SIGNED_BY, fingerprint=fingerprint),
                                  "SIGNED_BY"))
    if expected_key is not None:
        if expected_key == fingerprint:
            report.add(True, V.KEY_OK, fingerprint=fingerprint)
        else:
            report.add(False, V.KEY_OTHER, fingerprint=fingerprint, expected=expected_key)
    # the export's time as the PDF prints times (25.11.2026 13:41:31 (UTC+00:00)), not raw ISO
    created = _stamp(report, statement.get("created_at"))
    report.add(None, V.EXPORT, export_id=str(statement.get("export_id")), created=created)
    _check_signature_files(files, manifest, report)
    if signature_valid(manifest):
        report.add(True, V.SIG_OK, fingerprint=fingerprint)
    else:
        report.add(False, V.SIG_BAD)
    expected_statement = sha256_hex(canonical(statement))
    if manifest.get("statement_sha256") != expected_statement:
        report.add(False, V.STATEMENT_BAD)
    _check_pdf(files, manifest, report)
    _check_exhibits(files, statement.get("exhibits") or [], report)
    if expected_key is None:
        report.add(None, V.FINGERPRINT_NOTE, fingerprint=fingerprint)


def _check_receipts(statement: dict[str, Any], typed: list[str], report: VerifyReport) -> None:
    """The chain's earlier heads from the exported record hashes: they must end in the chain
    head, each receipt listed in the PDF must fit the state it claims, and each code the lawyer
    received must fit some state (which says which entries existed when it was made)."""
    chain = statement.get("chain")
    if not isinstance(chain, dict):
        for code in typed:
            report.add(False, V.RECEIPT_BAD, code=code.strip()[:40])
        return
    try:
        rows = [(bytes.fromhex(str(row[0])), row[1]) for row in chain.get("records") or []]
    except (ValueError, TypeError, IndexError):
        rows = []
    all_heads = receipt_tools.heads(r for r, _ in rows)
    if (all_heads[-1] if all_heads else GENESIS).hex() != statement.get("chain_head"):
        report.add(False, V.CHAIN_BAD)
        return

    def covered(count: int) -> str:
        return ", ".join(dict.fromkeys(str(ref) for _, ref in rows[:count] if ref))

    for listed in chain.get("receipts") or []:
        count = int(listed.get("count") or 0) if isinstance(listed, dict) else 0
        code = str(listed.get("code")) if isinstance(listed, dict) else ""
        fits = 0 < count <= len(all_heads) and receipt_tools.receipt_code(
            all_heads[count - 1], count) == code
        report.add(fits, V.RECEIPT_LISTED_OK if fits else V.RECEIPT_LISTED_BAD,
                   code=receipt_tools.grouped(code), made=_stamp(report, listed.get("made_at", ""))
                   if isinstance(listed, dict) else "", count=count)
    for typed_code in typed:
        normal = receipt_tools.normalise(typed_code)
        if normal is None:
            report.add(False, V.RECEIPT_UNREADABLE, typed=typed_code.strip()[:40])
            continue
        found = receipt_tools.find(normal, [r for r, _ in rows])
        shown = receipt_tools.grouped(normal)
        if found is None:
            report.add(False, V.RECEIPT_BAD, code=shown)
        elif covered(found):
            report.add(True, V.RECEIPT_OK, code=shown, count=found, entries=covered(found))
        else:
            report.add(True, V.RECEIPT_NONE, code=shown, count=found)


def _check_signature_files(files: _Files, manifest: dict[str, Any], report: VerifyReport) -> None:
    """The bundle's copies for a by-hand OpenSSL check must say what the manifest says: a lawyer
    who checked those must not be shown a different manifest (absent files: an older bundle)."""
    stem = files.manifest_name[: -len(MANIFEST_SUFFIX)] if files.manifest_name else ""
    try:
        signature = base64.b64decode(manifest["signature"]["value_base64"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        signature = b""
    for name, expected in ((stem + SIGNED_SUFFIX, signed_part(manifest)),
                           (stem + SIGNATURE_SUFFIX, signature)):
        if stem and files.exists(name):
            with files.open(name) as handle:
                if handle.read(_MAX_MANIFEST + 1) != expected:
                    report.add(False, V.SIGNED_FILE_BAD, name=name)


def _check_pdf(files: _Files, manifest: dict[str, Any], report: VerifyReport) -> None:
    pdf = manifest["pdf"]
    name = str(pdf.get("file_name") or "")
    pdf_name = files.pdf_path.name if files.pdf_path is not None else Path(name).name
    if not pdf_name or not files.exists(pdf_name):
        report.add(False, V.PDF_MISSING, name=pdf_name or "?")
        return
    expected_size = int(pdf.get("size") or 0)
    whole, head, size = _hash_file(files, pdf_name, expected_size)
    if whole == pdf.get("sha256") and size == expected_size:
        report.add(True, V.PDF_OK, size=size, sha=whole)
    elif size > expected_size and head == pdf.get("sha256"):
        report.add(False, V.PDF_APPENDED, extra=size - expected_size)
    else:
        report.add(False, V.PDF_CHANGED, actual=whole, expected=str(pdf.get("sha256")))
    # The PDF's metadata names the statement it was made for (see manifest.py).
    marker = re.compile(rb"statement-sha256:([0-9a-f]{64})")
    found = _find_marker(files, pdf_name, marker)
    if found == manifest.get("statement_sha256"):
        report.add(True, V.LINK_OK)
    else:
        report.add(False, V.LINK_BAD)


def _find_marker(files: _Files, name: str, marker: re.Pattern[bytes]) -> str:
    carry = b""
    with files.open(name) as handle:
        for chunk in _chunks(handle):
            match = marker.search(carry + chunk)
            if match:
                return match.group(1).decode()
            carry = (carry + chunk)[-100:]
    return ""


def _check_exhibits(files: _Files, exhibits: list[Any], report: VerifyReport) -> None:
    listed = [e for e in exhibits if isinstance(e, dict)]
    if not listed:
        return
    if not files.has_exhibit_folder():
        report.add(None, V.EXHIBITS_NOT_SUPPLIED, folder=BUNDLE_EXHIBIT_DIR, count=len(listed))
        return
    for item in listed:
        # the exhibit number as the PDF prints it (a Cyrillic «Е-0001» in ru/be), so a search of
        # the PDF for the number this report names finds it
        number = Labels(report.texts.lang).ref(str(item.get("number")))
        path = str(item.get("bundle_path") or "")
        label = str(item.get("file_name") or path)
        if item.get("readable") is False:
            report.add(None, V.EXHIBIT_UNREADABLE, number=number, name=label)
            continue
        if item.get("shipped") == "withheld":
            report.add(None, V.EXHIBIT_WITHHELD, number=number, name=label)
            continue
        if path and not inside_bundle(path):
            # a hostile manifest must not make us read her other files (issue 14.9)
            report.add(False, V.EXHIBIT_OUTSIDE, number=number, name=label[:120])
            continue
        if not path or not files.exists(path):
            report.add(False, V.EXHIBIT_MISSING, number=number, name=label)
            continue
        whole, _, size = _hash_file(files, path, 0)
        if whole == item.get("sha256") and size == item.get("size"):
            report.add(True, V.EXHIBIT_OK, number=number, name=label)
        else:
            report.add(False, V.EXHIBIT_CHANGED, number=number, name=label)

