"""Benchmark: from ``Vault.unlock`` returning to the first page of incidents on screen.

Target (issue 3): under 300 ms for a vault with 10,000 incidents and 100,000 messages (generated
with ``journal.save_many``), the KDF excluded (it is calibrated to about a second on purpose).
The clock starts when ``Vault.unlock`` returns and stops when the incidents table has painted its
first page inside a freshly built :class:`WorkspaceWidget`.

Baseline, measured in the same run: a bare ``QTableView`` over a plain Python list of the same
100 rows, already decrypted in memory — the least any Qt list can do to put those rows on
screen. ``ratio`` = workspace / baseline. A second line times one more page while scrolling
(``fetchMore``), the cost of smooth scrolling. Prints JSON lines
{"name","value","unit","baseline","ratio"}. ``--incidents N --messages M --runs R`` change sizes.
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

PASSPHRASE = "benchmark passphrase"
# Short form for the runner's quick mode (tests/benchmarks/run.py).
QUICK_ARGS = ["--incidents", "2000", "--messages", "20000", "--runs", "3"]


def generate(vault: Any, incidents: int, messages: int) -> None:
    journal = vault.journal
    people = journal.save_many([("person", {"name": f"Person {n}", "role": "witness"}, None)
                                for n in range(20)])
    kinds = ("physical", "psychological", "economic", "threat", "stalking")
    batch: list[tuple[str, dict[str, Any], str | None]] = []
    for n in range(incidents):
        day = 1 + n % 28
        batch.append(("incident", {
            "title": f"Incident {n}", "description": "He shouted and pushed me. " * 4,
            "words_said": "You will regret it.", "impact": "I could not sleep.",
            "occurred_at": f"{2015 + n % 10}-{1 + n % 12:02d}-{day:02d}T21:{n % 60:02d}:00+03:00",
            "precision": "minute", "categories": [kinds[n % 5]], "severity": 1 + n % 5,
            "perpetrator_ids": [people[0]], "witness_ids": [people[1 + n % 19]]}, None))
    journal.save_many(batch)
    for start in range(0, messages, 20_000):
        journal.save_many([("message", {
            "sent_at": f"{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00+03:00",
            "precision": "exact", "channel": "sms", "direction": "incoming",
            "sender": "+375 29 111-22-33", "sender_id": "+375 29 111-22-33",
            "person_id": people[0], "conversation": "Person 0", "text": f"Message {n}: answer me"},
            None) for n in range(start, min(start + 20_000, messages))])


class PaintWatch:
    """Notes when a widget has painted (the rows are on screen, not merely in a model)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.painted = False

        class _Filter(QObject):
            def eventFilter(inner, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        self._filter = _Filter()
        widget.installEventFilter(self._filter)


def wait_painted(app: Any, watch: PaintWatch) -> None:
    deadline = time.perf_counter() + 10
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()


def time_workspace(app: Any, path: Path) -> tuple[float, float, int]:
    from safeplan.core.vault.vault import Vault
    from safeplan.ui.dialogs import Dialogs
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    vault = Vault.unlock(path, PASSPHRASE)
    start = time.perf_counter()
    workspace = WorkspaceWidget(vault, Dialogs())
    page = workspace.page("incidents")
    watch = PaintWatch(page.table.viewport())
    workspace.resize(1366, 700)
    workspace.show()
    wait_painted(app, watch)
    first = time.perf_counter() - start
    rows = page.model.rowCount()
    assert watch.painted and rows == 100, (watch.painted, rows)
    started = time.perf_counter()
    page.model.fetchMore()
    more = time.perf_counter() - started
    assert page.model.rowCount() == 200
    workspace.clear_for_lock()
    workspace.deleteLater()
    app.processEvents()
    vault.lock()
    return first, more, rows


def time_bare_table(app: Any, rows: list[tuple[str, ...]]) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class ListModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return len(rows[0])

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    start = time.perf_counter()
    view = QTableView()
    view.setModel(ListModel())
    watch = PaintWatch(view.viewport())
    view.resize(1366, 700)
    view.show()
    wait_painted(app, watch)
    elapsed = time.perf_counter() - start
    view.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from safeplan.core.journal.search import Query
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault" / "data.db"
        vault = Vault.create(path, PASSPHRASE, kdf=KdfParams.for_tests())
        generate(vault, args.incidents, args.messages)
        page = vault.journal.list(Query(kinds=("incident",), newest_first=True, limit=100))
        rows = [(e.content["occurred_at"], e.content["title"], e.content["categories"][0],
                 str(e.content["severity"])) for e in page]
        vault.lock()
        firsts, mores = [], []
        for _ in range(args.runs):
            first, more, _rows = time_workspace(app, path)
            firsts.append(first)
            mores.append(more)
        baseline = statistics.median(time_bare_table(app, rows) for _ in range(args.runs))
    value = statistics.median(firsts)
    print(json.dumps({"name": "workspace_first_incidents_page_after_unlock",
                      "value": round(value * 1000, 1), "unit": "ms",
                      "baseline": round(baseline * 1000, 1),
                      "ratio": round(value / baseline, 2) if baseline else None,
                      "target_ms": 300, "first_run_ms": round(firsts[0] * 1000, 1),
                      "incidents": args.incidents, "messages": args.messages}))
    more = statistics.median(mores)
    print(json.dumps({"name": "workspace_next_page_while_scrolling",
                      "value": round(more * 1000, 1), "unit": "ms", "baseline": None,
                      "ratio": None, "rows": 100}))


if __name__ == "__main__":
    main()
