"""Issue 17.1: the pictures' display copies are made in worker threads while the pages before
the exhibits are laid out (they were all made before the layout began: 200 photos, a tenth of a
10,000-entry export), and every picture is still printed."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import ChronologyOptions, export_from_source, images
from safeplan.core.export.chronology_pdf import ChronologyExporter
from safeplan.core.export.source import DocumentSource
from tests.core.export.sample_doc import document, jpeg_bytes


def _with_photos(count: int) -> dict[str, object]:
    doc = document(extra_incidents=120)
    for index in range(count):
        data = jpeg_bytes(320 + index, 240)
        doc["attachments"].append({  # type: ignore[attr-defined]
            "id": f"ph{index}", "file_name": f"IMG_{index}.jpg", "media_type": "image/jpeg",
            "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
            "taken_at": "2024-03-12T21:20:00+03:00", "caption": f"photo {index}",
            "recorded_at": "2024-03-12T23:41:00+03:00",
            "data_base64": base64.b64encode(data).decode()})
    return doc


def test_pictures_are_made_while_the_entries_are_laid_out(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    exporters: list[ChronologyExporter] = []
    pages_when_made: list[int] = []
    original_render = ChronologyExporter.render
    original_copy = images.display_copy

    def render(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        exporters.append(self)
        return original_render(self, *args, **kwargs)

    def copy(data: bytes):  # type: ignore[no-untyped-def]
        pages_when_made.append(exporters[-1].pages_laid_out if exporters else -1)
        return original_copy(data)

    monkeypatch.setattr(ChronologyExporter, "render", render)
    monkeypatch.setattr(images, "display_copy", copy)
    doc = _with_photos(12)
    result = export_from_source(DocumentSource(doc), Ed25519PrivateKey.generate(),
                                ChronologyOptions(), tmp_path / "out.pdf")
    assert -1 not in pages_when_made  # none before the layout began
    assert max(pages_when_made) > 1  # made while pages were laid out
    assert result.unreadable_exhibits == []
    pdf = result.pdf_path.read_bytes()
    # every photo (and the sample's own picture) printed as its own image
    assert pdf.count(b"/Subtype /Image") >= 13
