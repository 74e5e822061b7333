"""Benchmark of the Excel exchange against raw floors, measured in one run.

    uv run python scripts/bench_exchange.py [--rows 50000]

Import (preview + apply into a fresh database) is compared with reading the same file with
python-calamine plus a bare sqlite3 executemany of the same rows into the same (indexed)
member table; openpyxl's read-only mode is timed for comparison. Export is compared with
writing the same cells with openpyxl's write-only mode and XlsxWriter's constant_memory mode.
Peak memory of the import is measured in child processes (ru_maxrss, tracemalloc).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models.base import Actor  # noqa: E402

TARGET_IMPORT, TARGET_EXPORT, TARGET_MB = 2.0, 1.3, 250
HEADERS = ["姓名", "角色", "邮箱", "电话", "部门", "入职日期", "在职", "备注"]
ROLES = ["内容策划", "渠道运营", "数据分析", "编辑", "内容策划、数据分析", "合规审核", "团队负责人"]
DEPARTMENTS = ["市场部", "品牌部", "新媒体部", "法务部", "销售部", "电商部"]


def make_rows(n: int) -> list[list[object]]:
    rng = random.Random(7)
    rows = []
    for i in range(1, n + 1):
        joined = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
        notes = rng.choice(["", "", "负责公众号与小红书", "兼任数据复盘\n每周一汇报"])
        rows.append(
            [
                f"成员{i:06d}",
                rng.choice(ROLES),
                f"user{i}@example.com",
                f"138{i:08d}",
                rng.choice(DEPARTMENTS),
                joined,
                rng.choice(["是", "是", "是", "否"]),
                notes,
            ]
        )
    return rows


def write_source(path: Path, rows: list[list[object]]) -> None:
    """A members workbook as a user would send it (no uid column)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("团队成员")
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, date_fmt)
            elif value:
                sheet.write_string(r, c, str(value))
    book.close()


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def fresh_db(folder: Path, name: str) -> Path:
    path = folder / name
    models.open(path)
    dbmod.close()
    return path


def run_import(source: Path, db_path: Path) -> float:
    from models.exchange import apply, preview

    models.open(db_path)
    start = time.perf_counter()
    result = apply(preview(source), Actor(None, "bench"))
    seconds = time.perf_counter() - start
    assert result.created > 0, result
    dbmod.close()
    return seconds


def raw_floor(source: Path, db_path: Path) -> tuple[float, float]:
    """calamine read + bare executemany of the same rows into the same member table."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()[1:]
    read = time.perf_counter() - start
    stamp = str(datetime.now().replace(microsecond=0))
    con = sqlite3.connect(str(db_path))
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=normal")
    with con:
        con.executemany(
            "INSERT INTO member (uid, created_at, updated_at, version, name, roles, email, "
            "phone, department, joined_on, active, notes) VALUES (?,?,?,1,?,?,?,?,?,?,?,?)",
            [(f"u{i}", stamp, stamp, *map(str, r[:7]), r[7]) for i, r in enumerate(rows)],
        )
    con.close()
    return read, time.perf_counter() - start


def openpyxl_read(source: Path) -> float:
    import openpyxl

    start = time.perf_counter()
    book = openpyxl.load_workbook(source, read_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - start


def exported_cells(path: Path) -> list[list[object]]:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def raw_xlsxwriter(path: Path, cells: list[list[object]]) -> float:
    import xlsxwriter

    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("members")
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    write_string, write_datetime = sheet.write_string, sheet.write_datetime
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            if isinstance(value, date):
                write_datetime(r, c, value, date_fmt)
            elif value != "":
                write_string(r, c, value)
    book.close()
    return time.perf_counter() - start


def raw_openpyxl(path: Path, cells: list[list[object]]) -> float:
    import openpyxl

    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("members")
    for row in cells:
        sheet.append([None if v == "" else v for v in row])
    book.save(path)
    return time.perf_counter() - start


def child_import(source: str, db_path: str, trace: bool) -> None:
    """Run in a child process: one import, then print its memory figures as JSON."""
    if trace:
        tracemalloc.start()
    seconds = run_import(Path(source), Path(db_path))
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "tracemalloc_peak": peak, "maxrss_kb": maxrss_kb}))


def in_child(source: Path, folder: Path, name: str, trace: bool) -> dict[str, float]:
    db_path = fresh_db(folder, name)
    args = [sys.executable, __file__, "--child", str(source), str(db_path)]
    out = subprocess.run(args + (["--trace"] if trace else []), capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--child", nargs=2, metavar=("SOURCE", "DB"))
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    if args.child:
        child_import(*args.child, trace=args.trace)
        return
    from models.exchange import export, get_kind

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "members.xlsx"
        write_source(source, make_rows(args.rows))
        print(f"{args.rows:,} member rows, source file {source.stat().st_size / 1e6:.1f} MB")

        # Each figure is the best of --repeat runs: the machine may be busy with other work.
        n = args.repeat
        import_s = min(run_import(source, fresh_db(folder, f"import{i}.db")) for i in range(n))
        floors = [raw_floor(source, fresh_db(folder, f"floor{i}.db")) for i in range(n)]
        read_s, floor_s = min(f[0] for f in floors), min(f[1] for f in floors)
        opx_s = min(openpyxl_read(source) for _ in range(n))
        print(f"import (preview + apply, fresh db): {import_s:7.2f} s")
        print(f"raw floor (calamine {read_s:.2f} s + executemany): {floor_s:7.2f} s")
        print(f"openpyxl read-only, reading only:   {opx_s:7.2f} s")
        print(f"import / raw floor = {import_s / floor_s:.2f}  (target ≤ {TARGET_IMPORT})")

        models.open(folder / "import0.db")
        export_path = folder / "export.xlsx"
        kind = get_kind("members")
        runs = [timed(export, kind, export_path, "zh_CN") for _ in range(n)]
        export_s, count = min(r[0] for r in runs), runs[0][1]
        dbmod.close()
        cells = exported_cells(export_path)
        xw_s = min(raw_xlsxwriter(folder / "raw-xw.xlsx", cells) for _ in range(n))
        opw_s = min(raw_openpyxl(folder / "raw-opx.xlsx", cells) for _ in range(n))
        fastest = min(xw_s, opw_s)
        print(f"export ({count:,} records, styled):  {export_s:7.2f} s")
        print(f"raw XlsxWriter constant_memory:     {xw_s:7.2f} s")
        print(f"raw openpyxl write-only:            {opw_s:7.2f} s")
        print(f"export / fastest raw writer = {export_s / fastest:.2f}  (target ≤ {TARGET_EXPORT})")

        plain = in_child(source, folder, "mem.db", trace=False)
        traced = in_child(source, folder, "trace.db", trace=True)
        print(f"import peak RSS (child process):    {plain['maxrss_kb'] / 1024:7.1f} MB")
        print(f"import tracemalloc peak:            {traced['tracemalloc_peak'] / 2**20:7.1f} MB")
        print(f"  (target ≤ {TARGET_MB} MB)")


if __name__ == "__main__":
    main()
