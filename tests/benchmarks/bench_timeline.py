"""Benchmark: a visit to the Timeline page of a 10,000-incident journal (issue 17.5).

The page is built once over a real vault (incidents spread over 34 years, as in bench_pdf);
then each visit is ``page.refresh()`` plus a synchronous repaint of the escalation chart — what
the workspace does when she opens the page. Figures, each with its baseline in the same run:

- the first visit after a change (the journal's chain head moved): counts aggregated in SQL,
  the chart drawn once; baseline: the chart as it was before issue 17 — every incident read and
  decoded, counted in Python (``per_month``), drawn on every paint;
- a repeated visit with nothing changed (the counts and the picture are reused);
- how many months the chart covers, against the span of the incidents (it showed only the last
  60 months before).

Targets: a visit under 100 ms; the chart covers every month. ``--incidents N`` sets the size
(``--quick``: 2,000). Prints JSON lines {"name","value","unit","baseline","ratio","target"}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.dont_write_bytecode = True

PASSPHRASE = "benchmark passphrase"


def generate(vault: Any, incidents: int) -> None:
    vault.journal.save_many([("incident", {
        "occurred_at": f"{2020 + n // 300}-{1 + n % 12:02d}-{1 + n % 28:02d}T21:05:00+03:00",
        "precision": "minute", "title": f"Incident {n}: shouting and threats",
        "description": "He shouted, blocked the door and took my phone. " * 6,
        "categories": ["threat"], "severity": 1 + n % 5}, None) for n in range(incidents)])


def median_ms(action: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.incidents, args.runs = min(args.incidents, 2000), min(args.runs, 5)

    from PySide6.QtWidgets import QApplication

    from safeplan.core.journal.search import Query
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault
    from safeplan.ui.dialogs import Dialogs
    from safeplan.ui.workspace.escalation_chart import per_month
    from safeplan.ui.workspace.timeline_page import TimelinePage

    app = QApplication.instance() or QApplication(["calculator"])
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as folder:
        vault = Vault.create(Path(folder) / "vault" / "data.db", PASSPHRASE,
                             kdf=KdfParams.for_tests())
        generate(vault, args.incidents)
        page = TimelinePage(vault, Dialogs())
        page.resize(1366, 900)
        page.show()
        app.processEvents()
        journal, chart = vault.journal, page.chart

        def first_visit() -> None:
            page._chart_head = None  # as after a save: the head moved
            page.refresh()
            chart.repaint()

        def repeat_visit() -> None:
            page.refresh()
            chart.repaint()

        def before_issue_17() -> None:
            months = per_month((e.content for e in journal.list(Query(kinds=("incident",)))),
                               limit=None)
            chart._set_months(months)
            page.reminders.refresh()
            page.filters.reload_people()
            page._apply_query()
            chart.repaint()

        first_visit()  # warm caches and fonts for all three
        before = median_ms(before_issue_17, args.runs)
        first = median_ms(first_visit, args.runs)
        repeat = median_ms(repeat_visit, args.runs)
        months = chart.months()
        span = per_month((e.content for e in journal.list(Query(kinds=("incident",)))),
                         limit=None)
        page.clear_for_lock()
        vault.lock()
    common = {"incidents": args.incidents, "runs": args.runs}
    print(json.dumps({"name": "timeline visit after a change (SQL counts, chart drawn once)",
                      "value": round(first, 1), "unit": "ms", "baseline": round(before, 1),
                      "ratio": round(first / before, 3), "target": 100,
                      "note": "baseline: every incident decoded and counted in Python",
                      **common}))
    print(json.dumps({"name": "timeline visit, nothing changed (counts and picture reused)",
                      "value": round(repeat, 1), "unit": "ms", "baseline": round(before, 1),
                      "ratio": round(repeat / before, 3), "target": 100, **common}))
    print(json.dumps({"name": "timeline chart: months covered", "value": len(months),
                      "unit": "months", "baseline": len(span),
                      "ratio": round(len(months) / max(len(span), 1), 3),
                      "target": "ratio 1 (every month)", **common}))


if __name__ == "__main__":
    main()
