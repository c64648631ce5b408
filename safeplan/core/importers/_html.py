"""HTML e-mail bodies to plain text (the journal stores plain text only, INTERCHANGE.md).

A well-kept library does the layout (inscriptis, Apache-2.0: block and table structure, lists,
entities), never a home-made regex. Nothing is rendered or fetched: lxml parses the markup offline,
so a remote image or tracking pixel in an abuser's e-mail is never requested; link targets and
image alt texts are kept in the text because a link can be the evidence. The original HTML part
is kept byte for byte as an attachment by the importer.
"""

from __future__ import annotations

from inscriptis import get_text
from inscriptis.model.config import ParserConfig

_CONFIG = ParserConfig(display_links=True, display_images=True)


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body ("" for markup with no visible text)."""
    if not html.strip():
        return ""
    # lxml refuses NUL and unpaired surrogates (they occur in damaged mail): drop them only for
    # the conversion — the original part is kept unchanged as an attachment.
    cleaned = html.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    try:
        text = get_text(cleaned, _CONFIG)
    except ValueError:  # lxml's "document is empty" and similar for markup without a tree
        return ""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):  # at most one blank line in a row
            out.append(line)
    return "\n".join(out).rstrip()
