"""Benchmark of the 选题库 page on 100,000 topics (R-5.2): prints figures, asserts nothing.

Usage (from the repository root; works headless)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/bench_backlog_gui.py [--rows 100000]
        [--keep DB]

The topics are generated into a temporary database by a child process (the generator of
scripts/bench_topics_queries.py), so the peak memory printed is that of the GUI alone; with
``--keep`` an existing file with topics is reused. Then the real page is built and timed:

- open: showing the page until its first rows are painted, the count label included
  (target ≤150 ms);
- search keystroke: the table update for each prefix of a typed word, from the moment the
  debounce timer fires to the rows painted (median, target ≤100 ms); the debounce itself
  (``FilterBar.DEBOUNCE_MS``) is printed separately, and one keystroke end-to-end; the row
  count follows the rows (a zero-time timer) and is timed on its own;
- sort: a header click until the rows are painted (median over the sortable columns, both
  directions, target ≤150 ms);
- peak memory (ru_maxrss, target ≤400 MB).

Each figure is printed beside a baseline measured in the same run — the bare SQL (sqlite3,
no ORM, no Qt) of the row count plus the first 200 rows — and the ratio between them.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models import demo, team  # noqa: E402
from models.topics.model import Topic  # noqa: E402

KEYSTROKES = ("6", "61", "618", "618大", "618大促", "控", "控糖", "控糖轻", "控糖轻乳", "zz")
BATCH = 100  # BacklogModel.batch: the rows the page reads first
PAGE_SQL = (
    "SELECT t.uid, t.title, t.stage, t.source, t.keywords, t.audience, t.form, t.channels, "
    "t.priority, m.uid, m.name, t.due_on, t.tags, t.notes, t.weak, t.parked_from, "
    "t.dropped_from, t.stage_changed_at, t.archived_at, t.created_at, t.updated_at, t.version "
    "FROM topic t LEFT JOIN member m ON t.owner_id = m.id "
    "WHERE t.deleted_at IS NULL AND t.archived_at IS NULL "
    "ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"
)
COUNT_SQL = "SELECT COUNT(*) FROM topic WHERE deleted_at IS NULL AND archived_at IS NULL"


def generate(path: Path, rows: int) -> None:
    """Child process: the sample team, its topics, and ``rows`` generated topics."""
    from bench_topics_queries import generate as generate_topics

    models.open(path)
    demo.fill()
    owners = [team.get(m.uid).get_id() for m in team.list_members(include_inactive=False)]
    generate_topics(rows, owners)  # no ANALYZE: the app never runs it either
    dbmod.close()


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(ms(t0))
    return statistics.median(times)


def bare_sql(path: Path) -> float:
    """The floor: COUNT plus the first page of rows through sqlite3 alone."""
    con = sqlite3.connect(path)

    def once() -> None:
        con.execute(COUNT_SQL).fetchone()
        con.execute(PAGE_SQL, (BATCH,)).fetchall()

    once()  # warm the page cache like the GUI's earlier reads did
    result = median_ms(once)
    con.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", help="write (or reuse) the database here")
    parser.add_argument("--generate", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.generate:
        generate(Path(args.generate), args.rows)
        return

    work = Path(tempfile.mkdtemp(prefix="bench-backlog-gui-"))
    path = Path(args.keep) if args.keep else work / "bench.db"
    if not path.exists():
        t0 = time.perf_counter()
        cmd = [sys.executable, __file__, "--generate", str(path), "--rows", str(args.rows)]
        subprocess.run(cmd, check=True)
        print(f"generated {args.rows:,} topics in {ms(t0) / 1000:.1f} s (child process)")

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    from models.topics import backlog
    from models.topics.backlog import SortKey
    from ui.page import PageContext
    from ui.session import Session
    from ui.settings import Settings
    from ui.topics.filters import FilterBar
    from ui.topics.page import TopicsPage

    app = QApplication(sys.argv)
    models.open(path)
    total = Topic.select().count()
    settings = Settings(work / "settings.ini")
    session = Session(settings, str(path))
    planner = team.find_by_name("张伟")
    session.set_member(planner.uid if planner else None)  # "my topics first" is on
    window = QMainWindow()
    window.resize(1280, 760)
    actions = [window.menuBar().addAction(name) for name in ("backup", "restore", "user")]
    ctx = PageContext(settings, session, *actions)
    floor = bare_sql(path)

    # -- opening the page ----------------------------------------------------------------
    t0 = time.perf_counter()
    page = TopicsPage(ctx)
    built = ms(t0)
    window.setCentralWidget(page)
    table = page.table
    t0 = time.perf_counter()
    window.show()  # the page reads its first batch when it is shown
    app.processEvents()
    table.viewport().repaint()
    opened = ms(t0)
    app.processEvents()
    core_open = median_ms(lambda: backlog.fetch(page.query(), 0, BATCH))

    # -- search keystrokes: from the debounce timer's end to the rows painted ----------------
    bar = page.filter_bar
    updates, counts, core_search = [], [], []
    for text in KEYSTROKES:
        bar.search_edit.setText(text)  # starts the debounce timer
        t0 = time.perf_counter()
        bar.flush()  # what the timer does when it fires
        table.viewport().repaint()
        updates.append(ms(t0))
        t0 = time.perf_counter()
        app.processEvents()  # the count label, right after the rows
        counts.append(ms(t0))
        spec = page.query()
        core_search.append(median_ms(lambda s=spec: backlog.fetch(s, 0, BATCH), 3))
    bar.search_edit.setText("")
    bar.flush()
    # one keystroke end to end, with the real debounce
    loop = QEventLoop()
    page.model.modelReset.connect(loop.quit)
    bar.search_edit.setText("大促")
    t0 = time.perf_counter()
    loop.exec()  # until the debounce timer fired and the model was reset
    table.viewport().repaint()
    end_to_end = ms(t0)
    page.model.modelReset.disconnect(loop.quit)
    bar.search_edit.setText("")
    bar.flush()

    # -- sorting: a header click until the rows are painted -----------------------------------
    header = table.horizontalHeader()
    sorts: list[float] = []
    for column in range(page.model.columnCount()):
        if not page.model.is_sortable(column):
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t0 = time.perf_counter()
            header.setSortIndicator(column, order)  # as a click does
            table.viewport().repaint()
            sorts.append(ms(t0))
    newest = next(i for i, c in enumerate(page.model.columns) if c.sort is SortKey.UPDATED_AT)
    header.setSortIndicator(newest, Qt.SortOrder.DescendingOrder)  # back to the default

    # -- more: scrolling a batch, the board ----------------------------------------------------
    t0 = time.perf_counter()
    table.scrollToBottom()
    app.processEvents()
    table.viewport().repaint()
    scrolled = ms(t0)
    t0 = time.perf_counter()
    page.show_view(1)
    app.processEvents()
    board = ms(t0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"\n{total:,} topics; debounce of the search box: {FilterBar.DEBOUNCE_MS} ms")
    print(f"bare SQL baseline (sqlite3: COUNT + first {BATCH} rows): {floor:.1f} ms\n")
    print(f"{'figure':44} {'measured':>9} {'target':>8} {'ratio':>7}")

    def row(label: str, value: float, target: str, unit: str = "ms") -> None:
        print(f"{label:44} {value:>6.1f} {unit:2} {target:>8} {value / floor:>6.1f}x")

    row("open: page shown → first rows painted", opened, "≤150")
    row("search keystroke, median (timer → rows)", statistics.median(updates), "≤100")
    row("search keystroke, slowest", max(updates), "")
    row("search keystroke end to end (incl. debounce)", end_to_end, "")
    row("sort by a column, median (click → rows)", statistics.median(sorts), "≤150")
    row("sort by a column, slowest", max(sorts), "")
    print(f"\n{'peak memory (ru_maxrss)':44} {peak:>6.0f} MB {'≤400':>8}")
    print("\nfor reference:")
    print(f"  building the page (no query)        {built:7.1f} ms")
    print(f"  the count label after the rows      {statistics.median(counts):7.1f} ms (median)")
    print(f"  core fetch of the first batch       {core_open:7.1f} ms (models, no Qt)")
    print(f"  core fetch per keystroke, median    {statistics.median(core_search):7.1f} ms")
    print(f"  scrolling to the end: one more batch {scrolled:6.1f} ms")
    print(f"  switching to the board (7 columns)  {board:7.1f} ms")
    typed = zip(KEYSTROKES, updates, strict=True)
    print("  keystrokes (ms): " + ", ".join(f"{t!r} {u:.0f}" for t, u in typed))
    window.close()
    dbmod.close()


if __name__ == "__main__":
    main()
