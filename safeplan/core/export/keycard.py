"""The forms of a signing-key fingerprint a person can read aloud, print and type back.

The fingerprint (``manifest.key_fingerprint``) is the first 128 bits of SHA-256 of the raw
Ed25519 public key, as 8 groups of 4 hex digits (``1A2B 3C4D …``). The key card also shows each
group as a 5-digit decimal number (``06699 15437 …``: 16 bits → 00000–65535), which is easier
to dictate over a phone and to compare by eye for people who do not read hex. Both forms are
accepted back by ``safeplan verify --key`` and by the bundle's HTML verifier.
"""

from __future__ import annotations

import re

_HEX_GROUPS = 8


def fingerprint_digits(fingerprint: str) -> str:
    """``1A2B 3C4D …`` → ``06699 15437 …`` (one 5-digit group per hex group)."""
    hex_digits = re.sub(r"[^0-9A-Fa-f]", "", fingerprint)
    groups = [hex_digits[i:i + 4] for i in range(0, len(hex_digits), 4)]
    return " ".join(f"{int(g, 16):05d}" for g in groups if g)


def parse_fingerprint(typed: str) -> str | None:
    """What a person typed (hex with any spaces or dashes, or the 40-digit decimal form) → the
    canonical ``1A2B 3C4D …`` form; None when it is neither."""
    text = typed.strip()
    decimal = re.sub(r"[\s\-.,]", "", text)
    groups: list[str] | None = None
    if re.fullmatch(r"\d{40}", decimal):
        numbers = [int(decimal[i:i + 5]) for i in range(0, 40, 5)]
        if all(n <= 0xFFFF for n in numbers):
            groups = [f"{n:04X}" for n in numbers]
    if groups is None:
        hex_digits = re.sub(r"[\s\-:.]", "", text).upper()
        if not re.fullmatch(r"[0-9A-F]{32}", hex_digits):
            return None
        groups = [hex_digits[i:i + 4] for i in range(0, 32, 4)]
    return " ".join(groups[:_HEX_GROUPS])


def card_pdf(fingerprint: str, lines: list[str]) -> bytes:
    """A one-page printable key card (A4): her words (``lines``, already translated: title,
    explanation, labels) and the fingerprint in both forms, large. No metadata beyond the page.

    ``lines`` = [title, explanation, hex label, digits label, footer].
    """
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from safeplan.core.export.reportlab_safety import apply_safe_settings
    from safeplan.core.export.styles import SANS, register_fonts

    bold = f"{SANS}-Bold"  # registered with the family

    apply_safe_settings()
    register_fonts()
    title, explanation, hex_label, digits_label, footer = lines
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SANS)
    page.setTitle("")
    page.setAuthor("")
    page.setCreator("")
    page.setProducer("")
    height = A4[1]
    y = height - 30 * mm
    page.setFont(bold, 20)
    page.drawString(20 * mm, y, title)
    y -= 12 * mm
    page.setFont(SANS, 12)
    for line in _wrap(explanation, 85):
        page.drawString(20 * mm, y, line)
        y -= 6 * mm
    for label, value in ((hex_label, fingerprint), (digits_label, fingerprint_digits(fingerprint))):
        y -= 8 * mm
        page.setFont(SANS, 12)
        page.drawString(20 * mm, y, label)
        y -= 11 * mm
        page.setFont(bold, 22)
        groups = value.split()
        page.drawString(20 * mm, y, "  ".join(groups[:4]))
        y -= 10 * mm
        page.drawString(20 * mm, y, "  ".join(groups[4:]))
    y -= 16 * mm
    page.setFont(SANS, 11)
    for line in _wrap(footer, 90):
        page.drawString(20 * mm, y, line)
        y -= 5.5 * mm
    page.showPage()
    page.save()
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return [line for paragraph in text.split("\n") for line in (textwrap.wrap(paragraph, width)
                                                                 or [""])]
