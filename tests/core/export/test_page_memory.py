"""Issue 17.1: pages waiting for their "Page X of Y" are kept packed, and the PDF's bytes are
exactly those of the unpacked design (same canvas, same drawing, pages kept as they were)."""

from __future__ import annotations

import io

from safeplan.core.export import page as page_module
from safeplan.core.export.page import Furniture, canvas_class
from safeplan.core.export.styles import SANS, make_styles


def _draw(packed: bool, monkeypatch) -> tuple[bytes, list[object]]:  # type: ignore[no-untyped-def]
    make_styles("en")  # registers the embedded fonts
    furniture = Furniture(title="Chronology", case_ref="2-77/2024", export_line="Ref: X",
                          page_of=lambda page, pages: f"Page {page} of {pages}")
    made = canvas_class(furniture)
    if not packed:  # the design before: each page's state kept as it was
        def keep(self) -> None:  # type: ignore[no-untyped-def]
            self._pages.append(dict(self.__dict__))
            self._startPage()

        monkeypatch.setattr(made, "showPage", keep)
    buffer = io.BytesIO()
    canvas = made(buffer, invariant=1, pageCompression=0)
    waiting: list[object] = []
    for number in range(PAGES):
        canvas.setFont(SANS, 10)
        for line in range(12):
            canvas.drawString(72, 700 - line * 14, f"Entry {number}.{line}: he shouted — Ёё ў")
        canvas.showPage()
        waiting.append(canvas._pages[-1]["_code"])
    canvas.save()
    monkeypatch.undo()
    return buffer.getvalue(), waiting


PAGES = 2 * page_module._PageStore.BATCH + 5  # two packed batches and an open one


def test_packed_pages_make_the_same_pdf_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = [0]
    compress = page_module.zlib.compress

    def counting(data: bytes, level: int = -1) -> bytes:
        calls[0] += 1
        return compress(data, level)

    monkeypatch.setattr(page_module.zlib, "compress", counting)
    packed, waiting = _draw(True, monkeypatch)
    # a batch of pages per compression call (each call let a picture worker take the
    # interpreter, and the layout waited for it back)
    assert calls[0] == 2
    plain, plain_waiting = _draw(False, monkeypatch)
    assert packed == plain
    assert f"/Count {PAGES}".encode() in packed
    # the waiting pages really were packed (the plain run kept the operator lists)
    assert all(isinstance(code, page_module._PackedCode) for code in waiting)
    assert all(isinstance(code, list) for code in plain_waiting)
