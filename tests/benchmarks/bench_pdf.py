"""Benchmark: court chronology of 1,000 incidents and 200 photos (20 of them 12 MP).

Targets (issue 5): the PDF in under 30 s with peak memory under 500 MB. The vault is built first
(not timed); the export then runs in a fresh child process so its peak RSS is its own. The
baseline is a bare reportlab table of the same 1,000 rows built in the same child, so the ratio
shows what the full court layout costs on this machine. Prints JSON lines
{"name","value","unit","baseline","ratio"}. ``--quick`` uses 200 incidents and 40 photos.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
    started = time.perf_counter()
    result = export_chronology(vault, ChronologyOptions(), out_dir / "chronology.pdf")
    seconds = time.perf_counter() - started
    vault.lock()
    peak_mb = peak_rss_mb()
    print(json.dumps({"seconds": seconds, "baseline": baseline, "peak_mb": peak_mb,
                      "pdf_mb": result.pdf_path.stat().st_size / 1e6,
                      "exhibits": result.exhibits, "entries": result.entries}))




def main() -> None:
    quick = "--quick" in sys.argv
    incidents, photos, big = (200, 40, 4) if quick else (1000, 200, 20)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        folder = Path(tmp)
        vault_path = build_vault(folder, incidents, photos, big)
        done = subprocess.run([sys.executable, __file__, "--child", str(vault_path), str(folder)],
                              capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    label = f"{incidents} incidents, {photos} photos ({big} of 12 MP)"
    lines = [
        {"name": f"chronology PDF: {label}", "value": round(figures["seconds"], 2), "unit": "s",
         "baseline": round(figures["baseline"], 2),
         "ratio": round(figures["seconds"] / figures["baseline"], 2), "target": 30},
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
    else:
        main()
