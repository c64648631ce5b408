"""Exhibit pictures for the PDF, made in memory from the original bytes (requirement 4: no
plaintext file is ever written; requirement 16: the original is never altered).

The picture shown is a scaled copy: EXIF orientation applied so it stands upright, metadata
(e.g. GPS) dropped, long side at most ``MAX_SIDE`` pixels so 200 photos of 12 MP stay fast and
small. Anything Pillow cannot read — damaged files, decompression bombs, odd formats — returns
``None`` and the caller prints a clear placeholder instead of crashing.
"""

from __future__ import annotations

import io
import logging
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

# 1200 px across 17 cm is about 180 dpi: sharp on paper, and 200 photos stay a PDF of ~20 MB
# (court e-filing systems cap file sizes).
MAX_SIDE = 1200
# Larger "pictures" (e.g. 200 MB TIFF scans) are listed with their hash instead of being drawn.
MAX_PICTURE_BYTES = 64 << 20
_log = logging.getLogger(__name__)


def display_copy(data: bytes) -> tuple[bytes, int, int] | None:
    """(encoded image bytes, width, height) ready for reportlab, or None when not displayable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as source:
                fmt = source.format or ""
                if fmt == "JPEG":
                    # decode at 1/2, 1/4 or 1/8 scale directly: a 12 MP photo costs a fraction
                    source.draft("RGB", (MAX_SIDE, MAX_SIDE))
                image = ImageOps.exif_transpose(source)
                image.load()
                photo = fmt in ("JPEG", "MPO", "WEBP", "HEIF", "HEIC")
                image = _flatten(image)
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.HAMMING)
                out = io.BytesIO()
                # Always JPEG: it goes into the PDF as-is (pdf_image.JpegFlowable), never decoded
                # again; screenshots get a higher quality so their text stays crisp.
                image.save(out, "JPEG", quality=80 if photo else 92, optimize=False)
                return out.getvalue(), image.width, image.height
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError,
            Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError,
            IndexError, TypeError, KeyError, ZeroDivisionError):
        _log.info("an exhibit picture could not be decoded; a placeholder is shown")
        return None


def _flatten(image: Image.Image) -> Image.Image:
    """RGB (or L) on white: transparency and palettes would otherwise print as black."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def is_image(media_type: object, file_name: object) -> bool:
    """Whether an attachment should be tried as a picture."""
    if isinstance(media_type, str) and media_type.startswith("image/"):
        return True
    name = file_name.lower() if isinstance(file_name, str) else ""
    return name.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"))
