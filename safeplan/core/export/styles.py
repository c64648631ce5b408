"""Fonts and paragraph styles of the chronology: bundled TTFs only, black-and-white friendly.

Requirement 21: every font in the PDF is embedded. Only the PT Sans / PT Serif TrueType files
from ``resources/fonts`` are registered (full Cyrillic including Belarusian ў and і), and the
canvas's initial font is set to one of them so reportlab never writes a Helvetica resource.
Sizes favour readers with poor eyesight; greys and hatching (not colour) carry meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from safeplan.core.export import glyphs, rtl
from safeplan.core.export.hyphens import Hyphenator
from safeplan.core.resources import resource

SANS = "SafePlanSans"
SERIF = "SafePlanSerif"
_FILES = {
    SANS: ("PTSans-Regular.ttf", "PTSans-Bold.ttf", "PTSans-Italic.ttf", "PTSans-BoldItalic.ttf"),
    SERIF: ("PTSerif-Regular.ttf", "PTSerif-Bold.ttf", "PTSerif-Italic.ttf",
            "PTSerif-BoldItalic.ttf"),
}
PAPER = {"a4": A4, "letter": LETTER}
# Binding margin on the left (hole punch / staples), generous top and bottom for header/footer.
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
GREY_RULE = colors.Color(0.55, 0.55, 0.55)
GREY_FILL = colors.Color(0.9, 0.9, 0.9)
BOX_PADDING = 12


def register_fonts() -> None:
    """Register the bundled families once (reportlab's font registry is process-wide), and the
    fallback fonts for characters PT Sans/Serif lack (emoji, Arabic, Hebrew, … — glyphs.py)."""
    glyphs.register_fallbacks()
    rtl.install()
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for family, files in _FILES.items():
        names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
        for name, file_name in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
        pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])


def typesetting(lang: str) -> dict[str, object]:
    """Line-breaking settings shared by every PDF (issue 18): words are hyphenated by the
    dictionary of their alphabet (hyphens.py) with a visible hyphen; a word that already has a
    hyphen breaks after it; a URL breaks after / ? & = when that saves a mostly empty line. Only
    a string longer than a whole line that none of these can split (a hash, a pasted run of
    letters) is still cut mid-word, so nothing runs off the page."""
    return {"hyphenationLang": Hyphenator(lang), "embeddedHyphenation": 1,
            "uriWasteReduce": 0.3, "splitLongWords": 1, "hyphenationMinWordLength": 5}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    meta: ParagraphStyle
    field: ParagraphStyle
    lead_in: ParagraphStyle
    value: ParagraphStyle
    facts: ParagraphStyle
    quote: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    hash: ParagraphStyle
    caption: ParagraphStyle
    placeholder: ParagraphStyle


def make_styles(lang: str = "en") -> Styles:
    """The chronology's styles in the export language ``lang`` (for hyphenation)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14, alignment=TA_LEFT,
                          spaceAfter=4, allowWidows=0, allowOrphans=0, **typesetting(lang))

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)  # type: ignore[arg-type]

    return Styles(
        body=base,
        small=derive("small", fontSize=9, leading=12),
        tiny=derive("tiny", fontName=SANS, fontSize=7.5, leading=9.5),
        meta=derive("meta", fontName=SANS, fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=0,
                    keepWithNext=1),
        field=derive("field", fontName=f"{SANS}-Bold", fontSize=9, leading=12, spaceBefore=5,
                     spaceAfter=1, keepWithNext=1),
        # a field label whose text may split across pages (context.field keeps them together
        # with a conditional page break instead of moving the whole text)
        lead_in=derive("lead_in", fontName=f"{SANS}-Bold", fontSize=9, leading=12, spaceBefore=5,
                       spaceAfter=1, keepWithNext=0),
        value=derive("value", leftIndent=6 * mm, spaceAfter=2),
        facts=derive("facts", spaceBefore=5, spaceAfter=2),
        quote=derive("quote", fontName=f"{SERIF}-Italic", leftIndent=10 * mm, spaceAfter=2),
        h1=derive("h1", fontName=f"{SANS}-Bold", fontSize=17, leading=21, spaceBefore=4,
                  spaceAfter=10, keepWithNext=1),
        h2=derive("h2", fontName=f"{SANS}-Bold", fontSize=12.5, leading=16, spaceBefore=12,
                  spaceAfter=4, keepWithNext=1),
        h3=derive("h3", fontName=f"{SANS}-Bold", fontSize=10.5, leading=13.5, spaceBefore=8,
                  spaceAfter=2, keepWithNext=1),
        cover_title=derive("cover_title", fontName=f"{SANS}-Bold", fontSize=26, leading=32,
                           alignment=TA_CENTER, spaceAfter=18),
        cover=derive("cover", fontName=SANS, fontSize=12, leading=17, spaceAfter=3),
        label=derive("label", fontName=f"{SANS}-Bold", fontSize=10.5, leading=17, spaceAfter=3),
        cell=derive("cell", fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=derive("cell_head", fontName=f"{SANS}-Bold", fontSize=8.5, leading=10.5,
                         spaceAfter=0),
        hash=derive("hash", fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0),
        caption=derive("caption", fontName=SANS, fontSize=9, leading=12, alignment=TA_LEFT),
        # the border is drawn borderPadding outside the text: indent by as much so the box stays
        # inside the margins (issue 18)
        placeholder=derive("placeholder", fontName=f"{SANS}-Bold", fontSize=11, leading=15,
                           alignment=TA_CENTER, borderColor=colors.black, borderWidth=1.2,
                           borderPadding=BOX_PADDING, leftIndent=BOX_PADDING + 1,
                           rightIndent=BOX_PADDING + 1, spaceBefore=14, spaceAfter=18),
    )
