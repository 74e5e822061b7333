"""Benchmark of the Excel exchange against raw floors, measured in one run.

    uv run python scripts/bench_exchange.py [--rows 50000] [--kind members|topics]

Import (preview + apply into a fresh database) is compared with reading the same file with
python-calamine plus a bare sqlite3 executemany of the same rows into the same (indexed)
table; openpyxl's read-only mode is timed for comparison. For topics the table carries the
FTS5 search index (filled by a trigger). Its floor inserts the same rows the import writes,
search text included (made beforehand, not timed): the index's work is part of writing
those rows. A second floor, for information, inserts the cells with an empty search text.
Export is compared with writing the same cells with openpyxl's
write-only mode and XlsxWriter's constant_memory mode.
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

TOPIC_HEADERS = [
    "标题", "来源", "关键词", "目标受众", "内容形式", "计划渠道", "优先级", "负责人", "截止日期",
    "标签", "备注",
]  # fmt: skip
OWNERS = ["周敏", "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "吴强"]
SUBJECTS = ["618 大促预热", "防晒霜怎么选", "新品上市种草", "直播间福利预告", "用户故事征集",
            "双11囤货攻略", "品牌周年庆", "竞品新品解读", "夏季穿搭指南", "会员日活动"]  # fmt: skip


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


def make_topic_rows(n: int) -> list[list[object]]:
    rng = random.Random(7)
    rows = []
    for i in range(1, n + 1):
        rows.append(
            [
                f"{rng.choice(SUBJECTS)} 第{i:06d}期",
                rng.choice(["用户需求", "市场热点", "竞品动态", "营销目标", "其他"]),
                rng.choice(["防晒、SPF", "618、大促", "新品、上新", "直播、福利", ""]),
                rng.choice(["25-35 岁职场女性", "大学生", "宝妈", ""]),
                rng.choice(["图文", "短视频", "直播", "长文", ""]),
                rng.choice(["小红书", "抖音、微博", "微信公众号、小红书", ""]),
                rng.choice(["高", "中", "中", "低"]),
                rng.choice([*OWNERS[:9], ""]),
                date(2026, 1, 1) + timedelta(days=rng.randrange(365)),
                rng.choice(["种草", "大促、种草", "", ""]),
                rng.choice(["", "", "配合天猫旗舰店满减", "先出脚本\n周五前定稿"]),
            ]
        )
    return rows


def write_source(path: Path, rows: list[list[object]], kind: str = "members") -> None:
    """A workbook as a user would send it (no uid column)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("选题库" if kind == "topics" else "团队成员")
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, TOPIC_HEADERS if kind == "topics" else HEADERS)
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


def fresh_db(folder: Path, name: str, kind: str = "members") -> Path:
    """A migrated database; for topics with the team that owns them."""
    path = folder / name
    models.open(path)
    if kind == "topics":
        from models import team
        from models.team import Role

        for owner in OWNERS:
            team.add_member(Actor(None, "bench"), owner, [Role.CONTENT_PLANNER])
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


TOPIC_INSERT = (
    "INSERT INTO topic (uid, created_at, updated_at, version, title, source, keywords, "
    "audience, form, channels, priority, owner_id, due_on, tags, notes, stage, "
    "stage_changed_at, weak, search_text) VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,1,?,0,?)"
)


def raw_floor(
    source: Path, db_path: Path, kind: str = "members", search: list[str] | None = None
) -> tuple[float, float]:
    """calamine read + bare executemany of the same rows into the same table.

    Topics get ``search`` (one per row, made beforehand): the text the import puts in the
    search index; without it an empty search text (the informative floor).
    """
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()[1:]
    read = time.perf_counter() - start
    stamp = str(datetime.now().replace(microsecond=0))
    con = sqlite3.connect(str(db_path))
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=normal")
    with con:
        if kind == "topics":
            texts = search or [""] * len(rows)
            con.executemany(
                TOPIC_INSERT,
                [
                    (f"u{i}", stamp, stamp, *map(str, r[:10]), r[10], stamp, texts[i])
                    for i, r in enumerate(rows)
                ],
            )
        else:
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


def in_child(
    source: Path, folder: Path, name: str, trace: bool, kind: str = "members"
) -> dict[str, float]:
    db_path = fresh_db(folder, name, kind)
    args = [sys.executable, __file__, "--child", str(source), str(db_path)]
    out = subprocess.run(args + (["--trace"] if trace else []), capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--kind", choices=("members", "topics"), default="members")
    parser.add_argument("--child", nargs=2, metavar=("SOURCE", "DB"))
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    if args.child:
        child_import(*args.child, trace=args.trace)
        return
    from models.exchange import export, get_kind

    kind_name = args.kind
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / f"{kind_name}.xlsx"
        rows = make_topic_rows(args.rows) if kind_name == "topics" else make_rows(args.rows)
        write_source(source, rows, kind_name)
        size = source.stat().st_size / 1e6
        print(f"{args.rows:,} {kind_name} rows, source file {size:.1f} MB")

        # Each figure is the best of --repeat runs, and the runs of a figure and its floor
        # alternate: the machine may be busy with other work, which then slows both alike.
        n = args.repeat
        texts: list[str] | None = None
        if kind_name == "topics":
            from models.topics.model import search_text, split_items

            texts = [search_text(str(r[0]), split_items(str(r[2])), str(r[10])) for r in rows]
        imports, floors, bare = [], [], []
        for i in range(n):
            imports.append(run_import(source, fresh_db(folder, f"import{i}.db", kind_name)))
            db = fresh_db(folder, f"floor{i}.db", kind_name)
            floors.append(raw_floor(source, db, kind_name, texts))
            if texts is not None:
                bare.append(
                    raw_floor(source, fresh_db(folder, f"bare{i}.db", kind_name), kind_name)
                )
        import_s = min(imports)
        read_s, floor_s = min(f[0] for f in floors), min(f[1] for f in floors)
        opx_s = min(openpyxl_read(source) for _ in range(n))
        print(f"import (preview + apply, fresh db): {import_s:7.2f} s")
        print(f"raw floor (calamine {read_s:.2f} s + executemany): {floor_s:7.2f} s")
        print(f"openpyxl read-only, reading only:   {opx_s:7.2f} s")
        print(f"import / raw floor = {import_s / floor_s:.2f}  (target ≤ {TARGET_IMPORT})")
        if bare:
            bare_s = min(f[1] for f in bare)
            print(f"raw floor with an empty search text:    {bare_s:7.2f} s")
            print(f"  import / that floor = {import_s / bare_s:.2f}  (for information)")

        models.open(folder / "import0.db")
        export_path = folder / "export.xlsx"
        kind = get_kind(kind_name)
        cells: list[list[object]] = []
        runs, xw_runs, opw_runs = [], [], []
        for _ in range(n):
            runs.append(timed(export, kind, export_path, "zh_CN"))
            cells = cells or exported_cells(export_path)
            xw_runs.append(raw_xlsxwriter(folder / "raw-xw.xlsx", cells))
            opw_runs.append(raw_openpyxl(folder / "raw-opx.xlsx", cells))
        dbmod.close()
        export_s, count = min(r[0] for r in runs), runs[0][1]
        xw_s, opw_s = min(xw_runs), min(opw_runs)
        fastest = min(xw_s, opw_s)
        print(f"export ({count:,} records, styled):  {export_s:7.2f} s")
        print(f"raw XlsxWriter constant_memory:     {xw_s:7.2f} s")
        print(f"raw openpyxl write-only:            {opw_s:7.2f} s")
        print(f"export / fastest raw writer = {export_s / fastest:.2f}  (target ≤ {TARGET_EXPORT})")

        plain = in_child(source, folder, "mem.db", trace=False, kind=kind_name)
        traced = in_child(source, folder, "trace.db", trace=True, kind=kind_name)
        print(f"import peak RSS (child process):    {plain['maxrss_kb'] / 1024:7.1f} MB")
        print(f"import tracemalloc peak:            {traced['tracemalloc_peak'] / 2**20:7.1f} MB")
        print(f"  (target ≤ {TARGET_MB} MB)")


if __name__ == "__main__":
    main()
