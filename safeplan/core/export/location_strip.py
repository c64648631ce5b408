"""Photo copies without location and device data for the court bundle (issue 14.1).

In a private prosecution the defendant receives the bundle: a photo's EXIF GPS would give away
where she lives, and the camera's make, model and serial number which phone she uses. By default
the bundle ships a copy with that metadata removed and the pixels untouched:

* JPEG: the APP1 (EXIF, XMP), APP12/APP13 (Photoshop/IPTC) segments and comments are dropped
  byte-for-byte — no re-compression, the image data is the original's. Only the orientation is
  written back (a minimal EXIF with that one tag) so the photo still stands upright.
* PNG: eXIf and the text chunks (tEXt, zTXt, iTXt) are dropped, the image chunks kept as they are.
* WebP: the EXIF and XMP chunks are dropped (the VP8X flags cleared to match).
* Anything else Pillow reads (TIFF, HEIC, GIF …): decoded and saved as PNG (lossless pixels).

``None`` means no safe copy could be made: the caller then ships nothing for that exhibit
rather than the original with its location. The original stays in the vault unaltered
(requirement 16); the manifest records the SHA-256 of both.
"""

from __future__ import annotations

import hashlib
import io
import logging
import struct
import warnings
from collections.abc import Callable
from typing import Any

from PIL import Image, UnidentifiedImageError

from safeplan.core.export import images

_log = logging.getLogger(__name__)
_JPEG_DROP = {0xE1, 0xEC, 0xED, 0xFE}  # APP1 (EXIF/XMP), APP12, APP13 (IPTC), COM
_PNG_DROP = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
_ORIENTATION = 0x0112


def strip_metadata(data: bytes) -> tuple[bytes, str] | None:
    """(copy without location/device data, file extension of the copy) or None."""
    try:
        if data[:3] == b"\xff\xd8\xff":
            return _jpeg(data), ""
        if data[:8] == b"\x89PNG\r\n\x1a\n":
            return _png(data), ""
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp(data), ""
        return _reencode(data), ".png"
    except (ValueError, struct.error, IndexError, OSError, UnidentifiedImageError, SyntaxError,
            EOFError, Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        _log.info("a photo copy without metadata could not be made")
        return None


def _orientation(data: bytes) -> int:
    try:
        with Image.open(io.BytesIO(data)) as image:
            value = image.getexif().get(_ORIENTATION, 1)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _jpeg(data: bytes) -> bytes:
    out = [b"\xff\xd8"]
    orientation = _orientation(data)
    if orientation != 1:
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        payload = b"Exif\x00\x00" + exif.tobytes()[6:] if exif.tobytes().startswith(
            b"Exif\x00\x00") else b"Exif\x00\x00" + exif.tobytes()
        out.append(b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload)
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("JPEG segment expected")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the image data, kept whole to the end
            out.append(data[pos:])
            break
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:
            out.append(data[pos:pos + 2])
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if length < 2 or pos + 2 + length > len(data):
            raise ValueError("damaged JPEG segment")
        if marker not in _JPEG_DROP:
            out.append(data[pos:pos + 2 + length])
        pos += 2 + length
    else:
        raise ValueError("JPEG without image data")
    return b"".join(out)


def _png(data: bytes) -> bytes:
    out, pos = [data[:8]], 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("damaged PNG chunk")
        if kind not in _PNG_DROP:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            break
    return b"".join(out)


def _webp(data: bytes) -> bytes:
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        kind, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        end = pos + 8 + length + (length & 1)
        if end > len(data) + 1:
            raise ValueError("damaged WebP chunk")
        chunk = bytearray(data[pos:end])
        if kind == b"VP8X" and len(chunk) > 8:
            chunk[8] &= ~0x0C & 0xFF  # EXIF and XMP flags off
        if kind not in (b"EXIF", b"XMP "):
            chunks.append(bytes(chunk))
        pos = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _reencode(data: bytes) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            out = io.BytesIO()
            image.save(out, "PNG")  # no exif=, no pnginfo=: nothing but pixels (and palette)
            return out.getvalue()


# -- what the export records and ships (called from chronology.py) -------------------------------

COPY = "copy-without-location"
COPY_SUFFIX = "-without-location"
ORIGINAL = "original"
WITHHELD = "withheld"  # a photo no safe copy could be made of: not shipped at all


def ships_copies(options: Any) -> bool:
    """Copies unless she chose originals; "leave out addresses" always means copies."""
    return not getattr(options, "original_photos", False) or bool(
        getattr(options, "leave_out_addresses", False))


def note_copy(found: Any, raw: bytes | None, content: dict[str, Any], options: Any) -> None:
    """Decide what the bundle ships for one exhibit and remember the copy's hash and size
    (``found`` is the export's ExhibitFile; ``raw`` the original bytes, None when streamed)."""
    if not found.readable or not images.is_image(content.get("media_type"),
                                                 content.get("file_name")):
        return
    if not ships_copies(options):
        found.shipped = ORIGINAL
        return
    made = strip_metadata(raw) if raw is not None else None
    if made is None:
        found.shipped = WITHHELD
        return
    copy, ext = made
    found.shipped, found.copy_sha256, found.copy_size, found.copy_ext = (
        COPY, hashlib.sha256(copy).hexdigest(), len(copy), ext)


def apply_to_record(record: dict[str, Any], found: Any) -> None:
    """The manifest record names the file shipped; the original's hash stays beside it."""
    shipped = getattr(found, "shipped", "")
    if not shipped:
        return
    record["shipped"] = shipped
    if shipped == COPY:
        record["original_sha256"], record["original_size"] = record["sha256"], record["size"]
        record["sha256"], record["size"] = found.copy_sha256, found.copy_size
        # labelled in its name too: E1-photo-without-location.jpg (.png when re-encoded)
        path = str(record["bundle_path"])
        stem, dot, ext = path.rpartition(".")
        if not dot or "/" in ext or len(ext) > 10:
            stem, ext = path, ""
        ext = found.copy_ext or (f".{ext}" if ext else "")
        record["bundle_path"] = f"{stem}{COPY_SUFFIX}{ext}"


def bundle_bytes(record: dict[str, Any], read: Callable[[str], bytes]) -> bytes | None:
    """The copy's bytes for the bundle writer (made again from the original: holding every copy
    in memory for the whole export would cost as much as the photos themselves)."""
    if record.get("shipped") != COPY:
        return None
    made = strip_metadata(read(record["uid"]))
    if made is None:
        raise ValueError("a photo copy could not be made again")
    return made[0]
