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


def test_one_core_is_left_to_the_layout(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On two cores the pictures are made by one worker: a second one took turns with the
    layout thread (the export's time) and was not needed to have them ready in time."""
    import threading

    from safeplan.core.export import exhibit_files

    busy, most = [0], [0]
    lock = threading.Lock()
    original_copy = images.display_copy

    def copy(data: bytes):  # type: ignore[no-untyped-def]
        # the layout thread (this test's own) may make the last pictures itself while it waits
        # for them; only the workers are counted (counting it made the test depend on load)
        if threading.current_thread() is threading.main_thread():
            return original_copy(data)
        with lock:
            busy[0] += 1
            most[0] = max(most[0], busy[0])
        try:
            for _ in range(3):  # long enough for a second worker, were there one, to start
                original_copy(data)
            return original_copy(data)
        finally:
            with lock:
                busy[0] -= 1

    monkeypatch.setattr(images, "display_copy", copy)
    monkeypatch.setattr(exhibit_files.os, "cpu_count", lambda: 2)
    result = export_from_source(DocumentSource(_with_photos(8)), Ed25519PrivateKey.generate(),
                                ChronologyOptions(), tmp_path / "out.pdf")
    assert most[0] == 1
    assert result.pdf_path.read_bytes().count(b"/Subtype /Image") >= 9
    monkeypatch.setattr(exhibit_files.os, "cpu_count", lambda: None)  # unknown: still one
    assert exhibit_files.DisplayCopies(None, {}, [])._workers == 1  # type: ignore[arg-type]
    monkeypatch.setattr(exhibit_files.os, "cpu_count", lambda: 8)
    assert exhibit_files.DisplayCopies(None, {}, [])._workers == 4


def test_the_waiting_layout_makes_pictures_too(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pictures still to make when the exhibits are reached (a short export with many photos):
    the layout thread, which only waits then, makes some itself; every copy is the one a worker
    makes, and an unreadable one is left out with the others made."""
    import threading

    from safeplan.core.export import exhibit_files
    from safeplan.core.export.context import ExhibitFile

    photos = {f"p{i}": jpeg_bytes(300 + i, 200, orientation=6 if i % 2 else 1) for i in range(10)}

    class Source:
        def read_attachment(self, uid: str) -> bytes:
            if uid == "p7":
                raise KeyError(uid)
            return photos[uid]

    makers: list[int] = []
    original_copy = images.display_copy

    def copy(data: bytes):  # type: ignore[no-untyped-def]
        makers.append(threading.get_ident())
        return original_copy(data)

    monkeypatch.setattr(images, "display_copy", copy)
    monkeypatch.setattr(exhibit_files.os, "cpu_count", lambda: 2)
    files = {uid: ExhibitFile("", len(data), True) for uid, data in photos.items()}
    copies = exhibit_files.DisplayCopies(Source(), files, list(photos))  # type: ignore[arg-type]
    copies.finish()
    assert threading.get_ident() in makers and len(set(makers)) == 2
    for uid, data in photos.items():
        assert files[uid].display == (None if uid == "p7" else original_copy(data))
