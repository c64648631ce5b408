"""Pictures decoded and encoded in memory only, and a photo's own time.

Nothing decrypted is ever written to disk by us: thumbnails, the viewer and pasted screenshots go
through ``QBuffer``, with EXIF orientation applied (``QImageReader.setAutoTransform``) so a phone
photo is not shown lying on its side.
"""

from __future__ import annotations

import io
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter


def image_from_bytes(data: bytes, fit: QSize | None = None) -> QImage:
    """Decode in memory with EXIF orientation applied; optionally scaled while reading."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if fit is not None:
        size = reader.size()
        if size.isValid() and (size.width() > fit.width() or size.height() > fit.height()):
            # Scale while decoding (cheap for JPEG) — the orientation swap comes after.
            transposed = reader.transformation().value & 4  # Rotate90 bit swaps width/height
            target = fit.transposed() if transposed else fit
            reader.setScaledSize(size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def png_bytes(image: QImage) -> bytes:
    """Encode in memory (a pasted screenshot never touches the disk unencrypted)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def photo_taken_at(data: bytes) -> str | None:
    """The camera's own time (EXIF DateTimeOriginal) when a photo has one, with local offset."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            value = exif.get_ifd(0x8769).get(36867) or exif.get(306)
        if not isinstance(value, str):
            return None
        moment = datetime.strptime(value.strip(), "%Y:%m:%d %H:%M:%S")
        return moment.astimezone().isoformat(timespec="seconds")
    except Exception:  # no EXIF, not an image, or an odd date: the time is simply not known
        return None
