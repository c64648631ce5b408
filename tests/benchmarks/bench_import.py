"""Benchmark: a generated 100,000-message Telegram export parsed and imported into a real vault.

Target (issue 6): under 15 s with peak memory under 300 MB. Each measured run happens in a fresh
child process so its peak RSS (VmHWM, see _memory.py) is its own. The baseline, measured in the
same run on the same file, is the least any importer must do: ``json.load`` of the whole file plus
plain ``sqlite3`` inserts of the same rows (time, sender, text, id) in one transaction — no
encryption, no validation, no provenance, no hash chain. Prints JSON lines
{"name","value","unit","baseline","ratio"}. ``--messages N`` changes the size (default 100,000).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _memory import peak_rss_mb  # sibling module: benchmarks run as scripts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

_WORDS = ("ты где", "отвечай", "я знаю", "где ты живёшь", "вернись", "пожалеешь", "не игнорируй",
          "дзе ты", "адкажы", "я ведаю", "сегодня", "вечером", "у подъезда", "позвони", "сейчас")


def generate(path: Path, count: int) -> None:
    """A single-chat export shaped like Telegram Desktop's, written incrementally."""
    rng = random.Random(6)
    start = 1_700_000_000
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n "name": "Сергей",\n "type": "personal_chat",\n "id": 5550001,\n'
                  ' "messages": [\n')
        for i in range(count):
            unix = start + i * 37
            local = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(unix + 3 * 3600))
            mine = rng.random() < 0.2
            sender, uid = ("Анна", "user777") if mine else ("Сергей", "user5550001")
            text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 14)))
            msg: dict[str, object]
            if i % 500 == 499:
                msg = {"id": i + 1, "type": "service", "date": local, "date_unixtime": str(unix),
                       "actor": sender, "actor_id": uid, "action": "phone_call",
                       "duration_seconds": rng.randint(0, 300), "discard_reason": "missed",
                       "text": "", "text_entities": []}
            elif i % 7 == 0:
                parts = [{"type": "bold", "text": text[:10]}, text[10:]]
                msg = {"id": i + 1, "type": "message", "date": local, "date_unixtime": str(unix),
                       "from": sender, "from_id": uid, "text": parts,
                       "text_entities": [{"type": "bold", "text": text[:10]},
                                         {"type": "plain", "text": text[10:]}]}
            else:
                msg = {"id": i + 1, "type": "message", "date": local, "date_unixtime": str(unix),
                       "from": sender, "from_id": uid, "text": text,
                       "text_entities": [{"type": "plain", "text": text}]}
            sep = ",\n" if i < count - 1 else "\n"
            out.write("  " + json.dumps(msg, ensure_ascii=False) + sep)
        out.write(" ]\n}\n")


def _peak_mb() -> float:
    return peak_rss_mb()




def child_ours(export: Path, folder: Path) -> dict[str, float]:
    from safeplan.core.importers import parse_file
    from safeplan.core.interchange import import_document
    from safeplan.core.journal.search import Query
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    vault = Vault.create(folder / "bench.db", "bench passphrase", kdf=KdfParams.for_tests())
    started = time.perf_counter()
    batch = parse_file(export, "telegram")
    parsed = time.perf_counter()
    report = import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    done = time.perf_counter()
    count = vault.journal.count(Query(kinds=("message",)))
    vault.lock()
    assert report.added["message"] == count == batch.summary.message_count
    return {"seconds": done - started, "parse_seconds": parsed - started, "messages": count,
            "peak_mb": _peak_mb()}


def child_baseline(export: Path, folder: Path) -> dict[str, float]:
    started = time.perf_counter()
    with export.open(encoding="utf-8") as fh:
        data = json.load(fh)
    rows = []
    for m in data["messages"]:
        text = m.get("text", "")
        if isinstance(text, list):
            text = "".join(p if isinstance(p, str) else p.get("text", "") for p in text)
        rows.append((m.get("date_unixtime"), m.get("from") or m.get("actor"), text, str(m["id"])))
    con = sqlite3.connect(folder / "plain.db")
    con.execute("CREATE TABLE m (sent_at TEXT, sender TEXT, text TEXT, original_id TEXT)")
    with con:
        con.executemany("INSERT INTO m VALUES (?,?,?,?)", rows)
    con.close()
    return {"seconds": time.perf_counter() - started, "messages": len(rows),
            "peak_mb": _peak_mb()}


def _run_child(mode: str, export: Path, folder: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(export), str(folder)],
                         check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _line(name: str, value: float, unit: str, baseline: float) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit,
                      "baseline": round(baseline, 3),
                      "ratio": round(value / baseline, 2) if baseline else None}), flush=True)


QUICK_ARGS = ["--messages", "20000"]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--child":
        mode, export, folder = args[1], Path(args[2]), Path(args[3])
        result = child_ours(export, folder) if mode == "ours" else child_baseline(export, folder)
        print(json.dumps(result))
        return 0
    count = int(args[args.index("--messages") + 1]) if "--messages" in args else 100_000
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        export = folder / "result.json"
        generate(export, count)
        size_mb = export.stat().st_size / (1 << 20)
        base = _run_child("baseline", export, folder)
        ours = _run_child("ours", export, folder)
    _line(f"telegram_import_{count}_messages", ours["seconds"], "s", base["seconds"])
    _line(f"telegram_parse_only_{count}_messages", ours["parse_seconds"], "s", base["seconds"])
    _line(f"telegram_import_{count}_peak_rss", ours["peak_mb"], "MB", base["peak_mb"])
    _line(f"telegram_import_{count}_messages_per_second", ours["messages"] / ours["seconds"],
          "msg/s", base["messages"] / base["seconds"])
    print(json.dumps({"name": "telegram_export_file_size", "value": round(size_mb, 1),
                      "unit": "MB", "baseline": None, "ratio": None}))
    ok = ours["seconds"] < 15 and ours["peak_mb"] < 300
    return 0 if ok or count != 100_000 else 1


if __name__ == "__main__":
    raise SystemExit(main())
