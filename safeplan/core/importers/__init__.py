"""Importers for real message exports (issue 6): Telegram, WhatsApp, SMS backups, e-mail, photos.

``detect_format(path)`` names the format from the file's bytes; ``parse_file(path, fmt, ...)`` turns
it into an :class:`ImportBatch` (open-format document + summary + streamed attachment bytes) that
``safeplan.core.interchange.import_document`` commits all-or-nothing. Parsers never touch a vault.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Collection
from pathlib import Path

from safeplan.core.errors import InvalidInput

from ._limits import check_free_space
from ._wa_dates import looks_like_header
from .base import (
    CancelledFn,
    ImportBatch,
    ImportSummary,
    MissingMedia,
    Participant,
    ProgressFn,
    Repair,
    TimezoneNeeded,
)

__all__ = ["FORMATS", "ImportBatch", "ImportSummary", "MissingMedia", "Participant", "Repair",
           "TimezoneNeeded", "check_free_space", "detect_format", "parse_file"]

FORMATS = ("telegram", "whatsapp", "sms-xml", "eml", "image")

_SNIFF = 64 * 1024
_MAIL_HEADER = re.compile(rb"^(From|Date|Received|Message-ID|Subject|Return-Path|"
                          rb"Delivered-To|MIME-Version|To|Newsgroups):[ \t]", re.I | re.M)
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00",
                b"MM\x00*")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def detect_format(path: Path) -> str:
    """One of FORMATS (or ``safeplan-json`` for the open format); InvalidInput when unknown."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        raise InvalidInput(f"cannot read the file ({exc.strerror})", file_name=path.name) from None
    if head.startswith(b"PK\x03\x04"):
        return _detect_zip(path)
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") or (
            head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS):
        return "image"
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        if '"safeplan-journal"' in text:
            return "safeplan-json"
        if any(k in text for k in ('"messages"', '"chats"', '"personal_information"')):
            return "telegram"
    if text.startswith("<") and ("<smses" in text or "<sms " in text):
        return "sms-xml"
    # a WhatsApp chat may have a few lines pasted in front of it (imported as unreadable items)
    firsts = [ln for ln in text.splitlines()[:50] if ln.strip()][:5]
    if any(looks_like_header(ln) for ln in firsts):
        return "whatsapp"
    if len(_MAIL_HEADER.findall(head.split(b"\n\n")[0].split(b"\r\n\r\n")[0])) >= 2:
        return "eml"
    if path.suffix.lower() == ".eml":
        return "eml"
    raise InvalidInput("unrecognised file: not a Telegram, WhatsApp, SMS backup, e-mail or image",
                       file_name=path.name)


def _detect_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InvalidInput("damaged zip file", file_name=path.name) from None
    if any(n.endswith(".txt") and ("WhatsApp" in n or n.endswith("_chat.txt")
                                   or "Чат" in n or "Chat" in n) for n in names):
        return "whatsapp"
    raise InvalidInput("this zip holds no WhatsApp chat", file_name=path.name)


def parse_file(path: Path, fmt: str | None = None, *, tz: str | None = None,
               keep_gps: bool = False, progress: ProgressFn | None = None,
               cancelled: CancelledFn | None = None, date_order: str | None = None,
               salvage: bool = False, conversations: Collection[str] | None = None,
               lang: str = "en") -> ImportBatch:
    """Parse one export into an ImportBatch; bad input → InvalidInput naming file and place.

    ``tz``: IANA zone for files holding local times without a zone (required for WhatsApp and for
    old Telegram/photos, else TimezoneNeeded). ``date_order`` (``DMY``/``MDY``/``YMD``) overrides
    the WhatsApp date order decided from the whole file. ``salvage`` keeps the complete records of
    a truncated SMS backup (the damage is recorded in the summary) instead of refusing the file.
    ``conversations`` (Telegram) imports only the named chats of a whole-account export; see
    ``telegram.list_chats`` for a cheap listing. ``lang`` is the language of the words the
    importer itself writes into entries (e.g. "part 2 of an MMS could not be read", issue 13.4).
    """
    path = Path(path)
    fmt = fmt or detect_format(path)
    try:
        if not path.is_file():
            raise InvalidInput("not a file", file_name=path.name)
        if fmt == "telegram":
            from . import telegram
            return telegram.parse(path, tz=tz, progress=progress, cancelled=cancelled,
                                  conversations=conversations, lang=lang)
        if fmt == "whatsapp":
            from . import whatsapp
            return whatsapp.parse(path, tz=tz, progress=progress, cancelled=cancelled,
                                  date_order=date_order, lang=lang)
        if fmt == "sms-xml":
            from . import sms_xml
            return sms_xml.parse(path, tz=tz, progress=progress, cancelled=cancelled,
                                 salvage=salvage, lang=lang)
        if fmt == "eml":
            from . import eml
            return eml.parse(path, tz=tz, progress=progress, cancelled=cancelled, lang=lang)
        if fmt == "image":
            from . import images
            return images.parse(path, tz=tz, keep_gps=keep_gps, progress=progress,
                                cancelled=cancelled)
    except InvalidInput as exc:
        if not exc.file_name:
            exc.file_name = path.name
            exc.details["file_name"] = path.name
        raise
    except OSError as exc:
        raise InvalidInput(f"cannot read the file ({exc.strerror or exc})",
                           file_name=path.name) from None
    raise InvalidInput(f"unknown import format {fmt!r}", where="--format", file_name=path.name)
