"""Hostile or huge content never crashes the export (threat model A5) and cancel leaves nothing."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from safeplan.core.errors import Cancelled
from safeplan.core.export import ChronologyOptions, export_from_source
from safeplan.core.export.images import MAX_SIDE, display_copy
from safeplan.core.export.source import DocumentSource
from safeplan.core.export.text import CHUNK_CHARS, chunks, clean, markup
from tests.core.export.conftest import flat, pdftotext
from tests.core.export.sample_doc import document, jpeg_bytes


def _export(doc: dict, tmp_path: Path, **kw) -> Path:  # type: ignore[type-arg]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    out = tmp_path / "out.pdf"
    export_from_source(DocumentSource(doc), Ed25519PrivateKey.generate(),
                       ChronologyOptions(**kw), out)
    return out


def test_markup_escapes_everything() -> None:
    assert markup('<font color="red">&amp;</font>') == \
        '&lt;font color="red"&gt;&amp;amp;&lt;/font&gt;'
    assert markup("a\nb") == "a<br/>b"
    assert clean("a\x00b\x1b\x7fc\ud800") == "a\ufffdb\ufffd\ufffdc\ufffd"
    assert all(len(c) <= CHUNK_CHARS for c in chunks("x" * 50_000))


def test_ten_megabyte_description_does_not_crash(tmp_path: Path) -> None:
    huge = ("A long account of events. " * 400_000)[:10_000_000]
    started = time.perf_counter()
    pdf = _export(document(description=huge), tmp_path)
    assert time.perf_counter() - started < 60
    text = flat(pdftotext(pdf))
    assert "A long account of events." in text
    assert "more characters of this field are not printed here" in text  # stated, not silent


def test_huge_unbroken_string_wraps(tmp_path: Path) -> None:
    url = "https://example.invalid/" + "x" * 50_000
    pdf = _export(document(description=url + "\nEND-MARKER"), tmp_path)
    text = pdftotext(pdf)
    assert "END-MARKER" in text
    # a URL breaks after its "/" (issue 18); nothing of it is lost
    assert "https://example.invalid/xxxx" in "".join(text.split())
    # wrapped onto many lines, none wider than a page line (-raw: poppler would join lines
    # that end in a hyphen, and words are hyphenated now, issue 18)
    raw = pdftotext(pdf, "-raw")
    assert max(len(line) for line in raw.splitlines()) < 200


def test_control_characters_and_odd_unicode(tmp_path: Path) -> None:
    weird = "bell\x07 esc\x1b[31m nul\x00 rtl\u202e text \ufeff zwj\u200d end \U0001f600 ў і"
    pdf = _export(document(description=weird), tmp_path)
    text = pdftotext(pdf)
    assert "bell" in text and "ў і" in text


def test_exif_orientation_applied_in_memory() -> None:
    shown = display_copy(jpeg_bytes(640, 480, orientation=6))
    assert shown is not None
    data, width, height = shown
    assert (width, height) == (480, 640)
    assert Image.open(io.BytesIO(data)).getexif().get(0x0112) is None


@pytest.mark.parametrize("payload", [b"", b"\xff\xd8\xff garbage", b"GIF89a\x00\x00",
                                     b"\x89PNG\r\n\x1a\n" + b"\x00" * 50])
def test_damaged_images_give_none(payload: bytes) -> None:
    assert display_copy(payload) is None


def test_damaged_image_gets_a_placeholder_page(tmp_path: Path) -> None:
    text = flat(pdftotext(_export(document(), tmp_path)))
    assert "This picture could not be displayed" in text
    assert "This file cannot be shown on paper" in text  # the PDF certificate


def test_big_transparent_png_is_flattened() -> None:
    image = Image.new("RGBA", (3000, 2000), (0, 0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    shown = display_copy(buffer.getvalue())
    assert shown is not None and max(shown[1:]) == MAX_SIDE
    assert Image.open(io.BytesIO(shown[0])).getpixel((5, 5)) == (255, 255, 255)


def test_cancel_leaves_no_files(tmp_path: Path) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    folder = tmp_path / "cancel"
    folder.mkdir()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with pytest.raises(Cancelled):
        export_from_source(DocumentSource(document(extra_incidents=200)),
                           Ed25519PrivateKey.generate(), ChronologyOptions(),
                           folder / "out.pdf", csv_path=folder / "out.csv",
                           bundle_path=folder / "out.zip", cancelled=cancelled)
    assert list(folder.iterdir()) == []


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seen: list[tuple[int, int]] = []
    export_from_source(DocumentSource(document(extra_incidents=60)), Ed25519PrivateKey.generate(),
                       ChronologyOptions(), tmp_path / "out.pdf",
                       progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (1000, 1000)
    assert {t for _, t in seen} == {1000}  # one scale from start to end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes backwards
    assert len({d for d, _ in seen}) > 5


def test_empty_journal_exports_and_verifies(make_vault, tmp_path: Path) -> None:
    from safeplan.core.export import export_chronology, verify

    vault = make_vault("empty/v.db")
    result = export_chronology(vault, ChronologyOptions(lang="be"), tmp_path / "e.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert "Храналогія падзей" in text and "Няма датаваных запісаў." in text
    assert result.entries == 0 and verify(result.pdf_path).ok


def test_outputs_must_not_collide(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from safeplan.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        export_from_source(DocumentSource(document()), Ed25519PrivateKey.generate(),
                           ChronologyOptions(), tmp_path / "a.pdf", csv_path=tmp_path / "a.pdf")
    with pytest.raises(InvalidInput):
        export_from_source(DocumentSource(document()), Ed25519PrivateKey.generate(),
                           ChronologyOptions(), tmp_path / "missing" / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_huge_options_and_names_never_overflow_a_page(tmp_path: Path) -> None:
    doc = document()
    doc["people"][0]["name"] = "N" * 5000
    doc["attachments"][0]["file_name"] = "f" * 3000 + ".jpg"
    doc["messages"][0]["conversation"] = "c" * 5000
    pdf = _export(doc, tmp_path, case_ref="R" * 20_000, concerning="W " * 20_000)
    assert "Chronology of events" in pdftotext(pdf)
