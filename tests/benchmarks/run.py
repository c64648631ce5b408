"""Run every benchmark: ``python -m tests.benchmarks.run [--quick] [--only NAME …]``
(or ``python tests/benchmarks/run.py``), from the repository root.

Interface every ``tests/benchmarks/bench_*.py`` follows (so this runner needs no list):

- it is a script: ``python tests/benchmarks/bench_x.py`` runs it, and it prints one JSON object
  per line on standard output, each at least {"name", "value", "unit", "baseline", "ratio"}
  (``baseline`` is measured in the same run on the same machine; ``ratio`` = value / baseline,
  or null when there is no baseline); extra keys such as "target" are welcome, other output
  lines are ignored;
- quick mode: if the module defines ``QUICK_ARGS = [...]`` (a literal list of strings) those
  arguments are passed with ``--quick``; otherwise ``--quick`` is passed when the script's source
  mentions it, and the script runs in its full form when it does not;
- it exits 0 (a missed target is reported in the figures, not by crashing).

Each script runs in its own process (peak-memory figures are then its own), with a time limit.
Standard output carries only the JSON lines (each with "bench": the script name) so it can be
piped into a file; the summary table goes to standard error. Quick mode (``--quick``) is meant
to finish in under 3 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def discover(only: list[str]) -> list[Path]:
    scripts = sorted(HERE.glob("bench_*.py"))
    if only:
        scripts = [s for s in scripts if any(name in s.stem for name in only)]
    return scripts


def quick_args(script: Path) -> list[str]:
    """The arguments for quick mode, read from the source without importing it."""
    source = script.read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "QUICK_ARGS" for t in node.targets):
            value = ast.literal_eval(node.value)
            return ["--quick", *map(str, value)] if "--quick" in source else list(map(str, value))
    return ["--quick"] if "--quick" in source else []


def run_one(script: Path, quick: bool, timeout: float) -> tuple[list[dict[str, Any]], str, float]:
    args = quick_args(script) if quick else []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, str(script), *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return _parse(out, script), f"timed out after {timeout:.0f} s", time.perf_counter() - start
    problem = "" if done.returncode == 0 else (
        f"exit {done.returncode}: " + (done.stderr.strip().splitlines() or [""])[-1][:200])
    return _parse(done.stdout, script), problem, time.perf_counter() - start


def _parse(stdout: str, script: Path) -> list[dict[str, Any]]:
    lines = []
    for raw in stdout.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and {"name", "value", "unit"} <= record.keys():
            record.setdefault("baseline", None)
            record.setdefault("ratio", None)
            lines.append({**record, "bench": script.stem})
    return lines


def _number(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, (int, float)):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def table(records: list[dict[str, Any]], problems: dict[str, str],
          durations: dict[str, float]) -> str:
    rows = [("bench", "figure", "value", "unit", "baseline", "ratio", "target")]
    for r in records:
        rows.append((r["bench"].removeprefix("bench_"), str(r["name"])[:70], _number(r["value"]),
                     str(r["unit"]), _number(r["baseline"]), _number(r["ratio"]),
                     str(r.get("target", r.get("target_ms", "")))[:30]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    out.insert(1, "  ".join("-" * w for w in widths))
    for bench, seconds in durations.items():
        note = f"  ({problems[bench]})" if problems.get(bench) else ""
        out.append(f"{bench}: {seconds:.1f} s{note}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short forms (< 3 min in all)")
    parser.add_argument("--only", nargs="*", default=[], help="run scripts whose name has this")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds per script (default 170 quick, 1800 full)")
    args = parser.parse_args(argv)
    timeout = args.timeout or (170.0 if args.quick else 1800.0)
    records: list[dict[str, Any]] = []
    problems: dict[str, str] = {}
    durations: dict[str, float] = {}
    started = time.perf_counter()
    for script in discover(args.only):
        print(f"running {script.name} …", file=sys.stderr, flush=True)
        lines, problem, seconds = run_one(script, args.quick, timeout)
        for line in lines:
            print(json.dumps(line, ensure_ascii=False), flush=True)
        records.extend(lines)
        durations[script.stem] = seconds
        if problem:
            problems[script.stem] = problem
    print("\n" + table(records, problems, durations), file=sys.stderr)
    print(f"total: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
