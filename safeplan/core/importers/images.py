"""Photos and screenshots: EXIF date/time (with offset when present), orientation, GPS by choice.

Threat: a photo's GPS position can reveal where the survivor now lives if the evidence is shared.
Unless ``keep_gps`` is set, the GPS block is blanked *in place* (same length, image data untouched)
and the change is recorded with the original file's SHA-256; with ``keep_gps`` the bytes are kept
exactly as they are. HEIC is read only when the maintained ``pillow-heif`` plugin is installed.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from safeplan.core.errors import InvalidInput

from ._builder import DocumentBuilder, Ticker, hash_file
from ._time import iso, localize, resolve_zone
from .base import CancelledFn, ImportBatch, ProgressFn, TimezoneNeeded

_MAX_IMAGE = 512 << 20
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DT_ORIGINAL, _OFFSET_ORIGINAL, _DT, _OFFSET = 0x9003, 0x9011, 0x0132, 0x9010
_ORIENTATION, _MAKE, _MODEL = 0x0112, 0x010F, 0x0110
_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def _heif_available() -> bool:
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found]
    except ImportError:
        return False
    register_heif_opener()
    return True


def blank_gps(tiff: bytearray) -> bool:
    """Zero the GPS IFD of a TIFF/EXIF block in place (entry count → 0, values zeroed)."""
    if tiff[:2] == b"II":
        e = "<"
    elif tiff[:2] == b"MM":
        e = ">"
    else:
        return False

    def u16(o: int) -> int:
        return int(struct.unpack_from(e + "H", tiff, o)[0])

    def u32(o: int) -> int:
        return int(struct.unpack_from(e + "I", tiff, o)[0])

    ifd0 = u32(4)
    if ifd0 + 2 > len(tiff):
        return False
    gps = None
    for i in range(u16(ifd0)):
        entry = ifd0 + 2 + 12 * i
        if entry + 12 <= len(tiff) and u16(entry) == _GPS_IFD:
            gps = u32(entry + 8)
    if gps is None or gps + 2 > len(tiff):
        return False
    count = u16(gps)
    for i in range(count):
        entry = gps + 2 + 12 * i
        if entry + 12 > len(tiff):
            break
        size = _TYPE_SIZE.get(u16(entry + 2), 1) * u32(entry + 4)
        if size > 4:
            off = u32(entry + 8)
            tiff[off:off + size] = bytes(len(tiff[off:off + size]))
        tiff[entry:entry + 12] = bytes(12)
    struct.pack_into(e + "H", tiff, gps, 0)
    return True


def strip_gps(data: bytes) -> bytes | None:
    """The same file with its GPS block blanked (JPEG APP1, PNG eXIf, WebP EXIF); None if absent."""
    buf = bytearray(data)
    if data[:2] == b"\xff\xd8":
        pos = 2
        while pos + 4 <= len(buf) and buf[pos] == 0xFF and buf[pos + 1] not in (0xDA, 0xD9):
            length = struct.unpack_from(">H", buf, pos + 2)[0]
            if buf[pos + 1] == 0xE1 and buf[pos + 4:pos + 10] == b"Exif\x00\x00":
                tiff = bytearray(buf[pos + 10:pos + 2 + length])
                if blank_gps(tiff):
                    buf[pos + 10:pos + 2 + length] = tiff
                    return bytes(buf)
            pos += 2 + length
        return None
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        pos = 8
        while pos + 8 <= len(buf):
            length, ctype = struct.unpack_from(">I4s", buf, pos)
            if ctype == b"eXIf":
                tiff = bytearray(buf[pos + 8:pos + 8 + length])
                if blank_gps(tiff):
                    buf[pos + 8:pos + 8 + length] = tiff
                    struct.pack_into(">I", buf, pos + 8 + length, zlib.crc32(ctype + tiff))
                    return bytes(buf)
            pos += 12 + length
        return None
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        pos = 12
        while pos + 8 <= len(buf):
            ctype, length = struct.unpack_from("<4sI", buf, pos)
            if ctype == b"EXIF":
                start = pos + 8 + (6 if buf[pos + 8:pos + 14] == b"Exif\x00\x00" else 0)
                tiff = bytearray(buf[start:pos + 8 + length])
                if blank_gps(tiff):
                    buf[start:pos + 8 + length] = tiff
                    return bytes(buf)
            pos += 8 + length + (length & 1)
    return None


def _rational(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return 0.0


class ImageParser:
    def __init__(self, path: Path, *, tz: str | None, keep_gps: bool,
                 progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
        self.path = path
        self.zone = resolve_zone(tz, path.name)
        self.keep_gps = keep_gps
        sha, size = hash_file(path)
        if size > _MAX_IMAGE:
            raise InvalidInput("image file too large", file_name=path.name)
        self.b = DocumentBuilder("image", "other", "image", path, sha, size)
        self.ticker = Ticker(progress, cancelled, size)

    def parse(self) -> ImportBatch:
        data = self.path.read_bytes()
        if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS and not _heif_available():
            raise InvalidInput("HEIC/HEIF photos need the pillow-heif plugin, which is not "
                               "installed; convert the photo to JPEG or install pillow-heif",
                               file_name=self.path.name)
        try:
            with Image.open(io.BytesIO(data)) as img:
                fmt, width, height = img.format or "", img.width, img.height
                exif = img.getexif()
                sub = exif.get_ifd(_EXIF_IFD)
                gps = exif.get_ifd(_GPS_IFD)
        except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError,
                SyntaxError, struct.error, EOFError, KeyError, IndexError, TypeError):
            # words for a person, not the Python class name ("UnidentifiedImageError")
            raise InvalidInput("not a readable picture (damaged, cut short or another kind of "
                               "file)", file_name=self.path.name) from None
        taken_at, tz_known, source = self._taken(exif, sub, gps)
        extra: dict[str, Any] = {"width": width, "height": height, "image_format": fmt,
                                 "tz_known": tz_known, "time_source": source}
        if exif.get(_ORIENTATION):
            extra["orientation"] = int(exif.get(_ORIENTATION) or 1)
        camera = " ".join(str(exif.get(t, "")).strip("\x00 ") for t in (_MAKE, _MODEL)).strip()
        if camera:
            extra["camera"] = camera
        stored, sha = data, self.b.file_sha256
        if gps and self.keep_gps:
            extra["gps"] = _gps(gps)
        elif gps:
            try:
                stripped = strip_gps(data)
            except (struct.error, IndexError, ValueError):
                stripped = None
            if stripped is None:
                raise InvalidInput("this photo holds a GPS location that cannot be removed from "
                                   f"a {fmt or 'this'} file; choose to keep the location or "
                                   "convert the photo to JPEG", file_name=self.path.name)
            stored, sha = stripped, hashlib.sha256(stripped).hexdigest()
            extra["original_sha256"] = self.b.file_sha256
            self.b.repair("GPS", "GPS location removed at the user's choice; the stored file "
                                 f"differs from the original (original SHA-256 {self.b.file_sha256})")
        self.b.add_attachment(self.path.name, lambda: io.BytesIO(stored), size=len(stored),
                              sha256=sha, media_type=Image.MIME.get(fmt), taken_at=taken_at,
                              extra=extra)
        self.ticker.tick(len(data), force=True)
        s = self.b.summary
        s.first_at = s.last_at = taken_at
        s.tz_known = tz_known
        s.tz = self.zone.key if self.zone and source == "exif-local" else source
        s.tz_source = "user" if source == "exif-local" else source
        s.date_pattern = "EXIF DateTimeOriginal + OffsetTimeOriginal"
        batch = self.b.finish(None, "")
        batch.summary.first_at = batch.summary.last_at = taken_at
        return batch

    def _taken(self, exif: Any, sub: Any, gps: Any) -> tuple[str | None, bool, str]:
        raw = sub.get(_DT_ORIGINAL) or exif.get(_DT)
        offset = sub.get(_OFFSET_ORIGINAL) or sub.get(_OFFSET)
        naive = _exif_time(raw)
        if naive is not None and isinstance(offset, str):
            tz = _offset(offset)
            if tz is not None:
                return iso(naive.replace(tzinfo=tz)), True, "exif-offset"
        if gps and gps.get(29) and gps.get(7):
            try:
                day = datetime.strptime(str(gps[29]).strip("\x00"), "%Y:%m:%d")
                h, m, sec = (_rational(v) for v in gps[7])
                when = day.replace(tzinfo=UTC) + timedelta(hours=h, minutes=m, seconds=int(sec))
                return iso(when.astimezone(self.zone) if self.zone else when), True, "exif-gps-utc"
            except (ValueError, TypeError, OverflowError):
                pass
        if naive is None:
            return None, False, "none"
        if self.zone is None:
            raise TimezoneNeeded("the photo's time has no zone; choose where it was taken (--tz)",
                                 where="EXIF DateTimeOriginal", file_name=self.path.name)
        return iso(localize(naive, self.zone, "EXIF", self.b.summary.repairs)), False, "exif-local"


def _exif_time(raw: Any) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _offset(value: str) -> timezone | None:
    value = value.strip("\x00 ")
    try:
        sign = -1 if value.startswith("-") else 1
        hours, minutes = value.lstrip("+-").split(":")
        delta = timedelta(hours=int(hours), minutes=int(minutes)) * sign
        return timezone(delta) if abs(delta) <= timedelta(hours=14) else None
    except ValueError:
        return None


def _gps(gps: Any) -> dict[str, float]:
    def coord(values: Any, ref: Any) -> float:
        try:
            d, m, s = (_rational(v) for v in values)
        except (TypeError, ValueError):
            return 0.0
        sign = -1 if str(ref).upper().startswith(("S", "W")) else 1
        return round(sign * (d + m / 60 + s / 3600), 7)
    return {"lat": coord(gps.get(2), gps.get(1)), "lon": coord(gps.get(4), gps.get(3))}


def parse(path: Path, *, tz: str | None = None, keep_gps: bool = False,
          progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> ImportBatch:
    return ImageParser(path, tz=tz, keep_gps=keep_gps, progress=progress,
                       cancelled=cancelled).parse()
