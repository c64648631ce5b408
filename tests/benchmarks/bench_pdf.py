"""Benchmark: court chronology of 10,000 incidents and 200 photos (20 of them 12 MP).

Targets (issues 5 and 17.1): the PDF in under 30 s with peak memory under 500 MB, and the first
page of the Export page's preview in under 2 s whatever the journal's size. The vault is built
first (not timed); each measurement then runs in a fresh child process so its time includes
the imports it pays in the app and its peak RSS is its own:

- export: a bare reportlab table of the same rows (baseline), then ``export_chronology``;
- preview: the first page of a bare reportlab document of the first rows rasterised with PDFium
  (baseline), then the preview's head (``progressive_preview`` stage 1) rasterised the same way.

Prints JSON lines {"name","value","unit","baseline","ratio","target"}; the export's line also
has its CPU seconds (all threads, and the layout thread alone: close to the time on a quiet
machine, since the pictures are made on the other core) and the 1-minute load average at its
end, since the 2-core machines it runs on are often shared. ``--quick`` uses 2,000
incidents and 40 photos (4 of 12 MP); ``--incidents N --photos P`` set other sizes.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _memory import peak_rss_mb  # sibling module: benchmarks run as scripts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"


def _photo(rng: random.Random, width: int, height: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (rng.randrange(256), 120, 90))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + width // 6, y + height // 6),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = rng.choice((1, 1, 6, 8, 3))
    image.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def build_vault(folder: Path, incidents: int, photos: int, big: int) -> Path:
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    rng = random.Random(5)
    vault = Vault.create(folder / "bench.db", PASSPHRASE, kdf=KdfParams.for_tests())
    journal = vault.journal
    person = journal.save("person", {"name": "Viktor K.", "role": "perpetrator"})
    attachment_ids = []
    for index in range(photos):
        size = (4000, 3000) if index < big else (1600, 1200)
        attachment_ids.append(journal.add_attachment(_photo(rng, *size), f"IMG_{index:04d}.jpg",
                                                     "image/jpeg", caption=f"photo {index}"))
    with journal.transaction():
        for index in range(incidents):
            month, day = 1 + index % 12, 1 + index % 28
            journal.save("incident", {
                "occurred_at": f"{2020 + index // 300}-{month:02d}-{day:02d}T21:05:00+03:00",
                "precision": "minute", "title": f"Incident {index}: shouting and threats",
                "description": "He shouted, blocked the door and took my phone. " * 6,
                "words_said": "You will regret this.", "impact": "I could not sleep.",
                "location": "Home", "categories": ["psychological", "threat"],
                "severity": 1 + index % 5, "perpetrator_ids": [person],
                "attachment_ids": [attachment_ids[index]] if index < photos else []})
    vault.lock()
    return folder / "bench.db"


def _bare_table(rows: list[list[str]], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([LongTable(rows, repeatRows=1)])


def _first_page_png(pdf: bytes) -> int:
    """Rasterise page 1 as the preview does (PDFium, 440 px wide); returns its pixel count."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=440 / page.get_width()).to_pil()
        return int(image.width * image.height)
    finally:
        document.close()


def child_preview(vault_path: Path) -> None:
    """Fresh process: time to the first preview page (baseline: a bare reportlab page)."""
    import io as _io

    from safeplan.core.vault.vault import Vault

    vault = Vault.unlock(vault_path, PASSPHRASE)
    started = time.perf_counter()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from safeplan.core.journal.search import Query

    head = vault.journal.list(Query(kinds=("incident",), limit=12))
    rows = [["No.", "Date", "Summary"]] + [
        [str(i), str(e.content.get("occurred_at")), str(e.content.get("title"))]
        for i, e in enumerate(head, start=1)]
    buffer = _io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([LongTable(rows, repeatRows=1)])
    _first_page_png(buffer.getvalue())
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    from safeplan.core.export.options import ChronologyOptions
    from safeplan.core.export.preview import PreviewStage, progressive_preview

    stages: list[PreviewStage] = []
    progressive_preview(vault, ChronologyOptions(), on_stage=stages.append, whole=False)
    _first_page_png(stages[0].pdf)
    seconds = time.perf_counter() - started
    vault.lock()
    print(json.dumps({"seconds": seconds, "baseline": baseline, "head_pages": stages[0].pages}))


def child(vault_path: Path, out_dir: Path) -> None:
    """Runs in a fresh process: the baseline, then the real export; prints timings as JSON."""
    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.journal.search import Query
    from safeplan.core.vault.vault import Vault

    vault = Vault.unlock(vault_path, PASSPHRASE)
    entries = vault.journal.list(Query(kinds=("incident",)))
    rows = [["No.", "Date", "Summary", "Description"]] + [
        [str(i), str(e.content.get("occurred_at")), str(e.content.get("title")),
         str(e.content.get("description"))[:80]] for i, e in enumerate(entries, start=1)]
    started = time.perf_counter()
    _bare_table(rows, out_dir / "baseline.pdf")
    baseline = time.perf_counter() - started
    started, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
    result = export_chronology(vault, ChronologyOptions(), out_dir / "chronology.pdf")
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu  # all threads: less sensitive to a busy machine than seconds
    main = time.thread_time() - main  # the layout thread alone: what a quiet machine's time is
    import reportlab.lib.rl_accel as accel  # C accelerators present? (rl_accel package)
    vault.lock()
    peak_mb = peak_rss_mb()
    print(json.dumps({"seconds": seconds, "baseline": baseline, "peak_mb": peak_mb,
                      "pdf_mb": result.pdf_path.stat().st_size / 1e6,
                      "exhibits": result.exhibits, "entries": result.entries,
                      "pages": result.pages, "cpu_s": cpu, "main_cpu_s": main,
                      "load": os.getloadavg()[0],
                      "c_accelerators": type(accel.fp_str).__name__ == "builtin_function_or_method"}))




def _run_child(*args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _size(name: str, default: int) -> int:
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return default


def main() -> None:
    quick = "--quick" in sys.argv
    incidents, photos, big = (2000, 40, 4) if quick else (10_000, 200, 20)
    incidents = _size("--incidents", incidents)
    photos = _size("--photos", photos)
    big = min(big, photos)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        folder = Path(tmp)
        vault_path = build_vault(folder, incidents, photos, big)
        preview = _run_child("--child-preview", str(vault_path))
        figures = _run_child("--child", str(vault_path), str(folder))
    label = f"{incidents} incidents, {photos} photos ({big} of 12 MP)"
    print(json.dumps({
        "name": f"export preview: first page on screen (fresh process), {incidents} incidents",
        "value": round(preview["seconds"], 2), "unit": "s",
        "baseline": round(preview["baseline"], 2),
        "ratio": round(preview["seconds"] / preview["baseline"], 2), "target": 2,
        "note": "baseline: a bare reportlab page of the first rows, rasterised with PDFium"}))
    lines = [
        {"name": f"chronology PDF: {label}", "value": round(figures["seconds"], 2), "unit": "s",
         "baseline": round(figures["baseline"], 2),
         "ratio": round(figures["seconds"] / figures["baseline"], 2), "target": 30,
         "pages": figures["pages"], "c_accelerators": figures["c_accelerators"],
         "cpu_s": round(figures["cpu_s"], 1), "main_cpu_s": round(figures["main_cpu_s"], 1),
         "load_1min": round(figures["load"], 1)},
        {"name": f"chronology PDF peak memory: {label}", "value": round(figures["peak_mb"]),
         "unit": "MB", "baseline": None, "ratio": None, "target": 500},
        {"name": f"chronology PDF size: {label}", "value": round(figures["pdf_mb"], 1),
         "unit": "MB", "baseline": None, "ratio": None},
    ]
    for line in lines:
        print(json.dumps(line))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-preview":
        child_preview(Path(sys.argv[2]))
    else:
        main()
