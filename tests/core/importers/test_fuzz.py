"""Fuzzing every parser with random bytes and mutated real samples.

Requirement (issue 6): bad input never produces a traceback — only InvalidInput (TimezoneNeeded is
one) may come out of parse_file/detect_format, whatever the bytes.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from safeplan.core.errors import InvalidInput
from safeplan.core.importers import FORMATS, detect_format, parse_file
from tests.conftest import SAMPLES

# SAFEPLAN_FUZZ_EXAMPLES raises the count for a long local run.
FUZZ = settings(max_examples=int(os.environ.get("SAFEPLAN_FUZZ_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def _samples(folder: str) -> list[bytes]:
    base = SAMPLES / folder
    return [p.read_bytes() for p in sorted(base.iterdir())] if base.is_dir() else []


def _photo(fmt: str) -> bytes:
    img = Image.new("RGB", (8, 8), (1, 2, 3))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2024:03:12 21:05:00"
    exif.get_ifd(0x8825)[2] = (53.0, 54.0, 12.5)
    out = io.BytesIO()
    img.save(out, fmt, exif=exif)
    return out.getvalue()


def _wa_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("_chat.txt", "[12.03.24, 21:05:33] A: <attached: x.jpg>\r\n")
        zf.writestr("x.jpg", _photo("JPEG"))
    return out.getvalue()


SEEDS: dict[str, list[bytes]] = {
    "telegram": _samples("telegram"),
    "whatsapp": [*_samples("whatsapp"), _wa_zip()],
    "sms-xml": _samples("sms-xml"),
    "eml": _samples("eml"),
    "image": [_photo("JPEG"), _photo("PNG"), _photo("WEBP")],
}


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> bytes:
    seeds = SEEDS[fmt]
    if not seeds:
        return draw(st.binary(max_size=2000))
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate", "dup"]))
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([
                b"\\x0", b"\\", b'"', b"{", b"]", b"&#55357;", b"\r\n", b"\n", b"\x00", b"<",
                b": ", b"12/31/99, 25:61 - ", b"\xd0", b"=?koi8-r?B?", "\u200e".encode(),
                draw(st.binary(max_size=16))]))
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = data[max(0, at - 40):at]
    return bytes(data)


def _check(tmp: Path, data: bytes, fmt: str | None, name: str) -> None:
    path = tmp / name
    path.write_bytes(data)
    for tz in (None, "Europe/Minsk"):
        try:
            batch = parse_file(path, fmt, tz=tz, salvage=tz is not None)
        except InvalidInput:
            continue
        with batch:
            for att in batch.document["attachments"]:
                with batch.open_attachment(att["id"]) as fh:
                    fh.read()


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.data())
def test_mutated_samples_only_raise_invalid_input(tmp_path: Path, fmt: str,
                                                 data: st.DataObject) -> None:
    blob = data.draw(mutated(fmt))
    name = {"telegram": "result.json", "whatsapp": "WhatsApp Chat - X.txt",
            "sms-xml": "sms.xml", "eml": "m.eml", "image": "p.jpg"}[fmt]
    if fmt == "whatsapp" and blob[:2] == b"PK":
        name = "WhatsApp Chat - X.zip"
    _check(tmp_path, blob, fmt, name)


@pytest.mark.parametrize("fmt", [*FORMATS, None])
@FUZZ
@given(blob=st.binary(max_size=4096))
def test_random_bytes_only_raise_invalid_input(tmp_path: Path, fmt: str | None,
                                               blob: bytes) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(blob)
    try:
        detect_format(path)
    except InvalidInput:
        pass
    _check(tmp_path, blob, fmt, "input.bin")


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("0123456789./,:- []APM\u200e\u00a0\r\nАб:")),
                    max_size=400))
def test_whatsapp_like_text(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text.encode("utf-8"), "whatsapp", "chat.txt")
