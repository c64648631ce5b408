"""Issue 14.1: the court bundle must not give away where she lives. A real JPEG with EXIF GPS
and camera data (made here with Pillow) is bundled as a copy without them, pixels and JPEG
data unchanged, labelled, with both hashes in the manifest; the original only when she asks."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image

from safeplan.core.export.location_strip import strip_metadata

GPS_IFD = 0x8825


def gps_jpeg(orientation: int = 6) -> bytes:
    image = Image.new("RGB", (320, 200), (120, 60, 30))
    for x in range(0, 320, 16):
        image.putpixel((x, 10), (255, 255, 255))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0112] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (53.0, 54.0, 12.5), 3: "E", 4: (27.0, 33.0, 41.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def _exif(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


def test_jpeg_copy_drops_gps_and_device_keeps_pixels_and_orientation() -> None:
    original = gps_jpeg()
    assert _exif(original).get_ifd(GPS_IFD)  # the fixture really carries a location
    copy, ext = strip_metadata(original)  # type: ignore[misc]
    assert ext == ""
    exif = _exif(copy)
    assert not exif.get_ifd(GPS_IFD) and 0x010F not in exif and 0x0110 not in exif
    assert b"PhoneMaker" not in copy and b"Model X" not in copy
    assert exif.get(0x0112) == 6  # still stands upright
    # no re-compression: the scan data is byte for byte the original's
    assert original[original.index(b"\xff\xda"):] == copy[copy.index(b"\xff\xda"):]
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(copy)) as b:
        assert a.tobytes() == b.tobytes()


def test_png_and_other_formats() -> None:
    image = Image.new("RGB", (40, 30), (1, 2, 3))
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (53.0, 54.0, 12.5)})
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Location", "53.9, 27.56")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    copy, _ = strip_metadata(out.getvalue())  # type: ignore[misc]
    assert b"53.9, 27.56" in out.getvalue() and b"53.9, 27.56" not in copy
    with Image.open(io.BytesIO(copy)) as a:
        assert a.tobytes() == image.tobytes()
    tiff = io.BytesIO()
    image.save(tiff, "TIFF", exif=exif)
    copy, ext = strip_metadata(tiff.getvalue())  # type: ignore[misc]
    assert ext == ".png" and not _exif(copy).get_ifd(GPS_IFD)
    assert strip_metadata(b"\xff\xd8\xff\xe1\x00") is None  # damaged: no copy, never the original


def _photo_vault(make_vault: Any) -> Any:
    from safeplan.core.interchange import import_document
    from tests.core.export.sample_doc import document

    vault = make_vault()
    import_document(vault.journal, document())
    from safeplan.core.journal.search import Query

    photo = gps_jpeg()
    att = vault.journal.add_attachment(photo, "IMG_0001.jpg", "image/jpeg")
    entry = vault.journal.list(Query(kinds=("incident",)))[0]
    vault.journal.save("incident", {**entry.content, "attachment_ids": [
        *entry.content.get("attachment_ids", []), att]}, uid=entry.uid)
    return vault, photo


def test_bundle_ships_the_copy_by_default(make_vault: Any, tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology, verify

    vault, photo = _photo_vault(make_vault)
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "c.pdf",
                               bundle_path=tmp_path / "c.zip")
    manifest = json.loads(result.manifest_path.read_text())
    record = next(e for e in manifest["statement"]["exhibits"] if e["file_name"] == "IMG_0001.jpg")
    with zipfile.ZipFile(result.bundle_path) as archive:
        shipped = archive.read(record["bundle_path"])
        every = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("exhibits/"))
    assert not _exif(shipped).get_ifd(GPS_IFD)
    assert b"PhoneMaker" not in every  # no exhibit in the bundle carries the camera data
    assert record["original_sha256"] == hashlib.sha256(photo).hexdigest()
    assert record["sha256"] == hashlib.sha256(shipped).hexdigest() != record["original_sha256"]
    assert record["shipped"] == "copy-without-location"
    assert record["bundle_path"].endswith("-IMG_0001-without-location.jpg")  # labelled by name
    assert verify(result.bundle_path).ok
    from tests.core.export.conftest import flat, pdftotext

    assert "without location" in flat(pdftotext(result.pdf_path))


def test_originals_only_when_she_chooses_and_never_with_no_addresses(make_vault: Any,
                                                                    tmp_path: Path) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology, verify

    vault, photo = _photo_vault(make_vault)
    result = export_chronology(vault, ChronologyOptions(original_photos=True), tmp_path / "o.pdf",
                               bundle_path=tmp_path / "o.zip")
    manifest = json.loads(result.manifest_path.read_text())
    record = next(e for e in manifest["statement"]["exhibits"] if e["file_name"] == "IMG_0001.jpg")
    with zipfile.ZipFile(result.bundle_path) as archive:
        assert archive.read(record["bundle_path"]) == photo
    assert record["shipped"] == "original" and verify(result.bundle_path).ok
    hidden = export_chronology(vault, ChronologyOptions(original_photos=True,
                                                        leave_out_addresses=True),
                               tmp_path / "n.pdf", bundle_path=tmp_path / "n.zip")
    with zipfile.ZipFile(hidden.bundle_path) as archive:
        every = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("exhibits/"))
    assert b"PhoneMaker" not in every


def test_cli_original_photos_flag(make_vault: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    vault, photo = _photo_vault(make_vault)
    path = vault.path
    vault.lock()
    root = Path(__file__).resolve().parents[3]
    for extra, expect_original in (([], False), (["--original-photos"], True),
                                   (["--original-photos", "--no-addresses"], False)):
        out = tmp_path / f"x{len(extra)}"
        out.mkdir()
        run = subprocess.run([sys.executable, "-m", "safeplan", "export", str(path), "--pdf",
                              str(out / "c.pdf"), "--bundle", str(out / "c.zip"), *extra],
                             input="correct horse\n", capture_output=True, text=True, timeout=120,
                             cwd=root)
        assert run.returncode == 0, run.stderr
        with zipfile.ZipFile(out / "c.zip") as archive:
            every = b"".join(archive.read(n) for n in archive.namelist()
                             if n.startswith("exhibits/"))
        assert (photo in every) == expect_original
