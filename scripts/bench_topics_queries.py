"""Benchmark of the backlog queries on 100,000 topics (R-5.2): prints figures, asserts nothing.

    uv run python scripts/bench_topics_queries.py [--topics 100000] [--keep DB] [--analyze]

Generates topics in a temporary database (insert_many in chunks of 500; with --keep an
existing file with topics is reused, so the peak memory is that of the queries alone), runs
ANALYZE first with --analyze (the statistics ``PRAGMA optimize`` would gather), then times what the
backlog page does: the row count plus the first page (50 rows) for searches, filters and every
sort column, the board, and whether each sorted page reads an index (EXPLAIN QUERY PLAN).
The targets for the page: first rows ≤150 ms, a search keystroke ≤100 ms, a sort ≤150 ms.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models import demo, team  # noqa: E402
from models.topics import backlog, backlog_query  # noqa: E402
from models.topics.backlog import BacklogQuery, SortKey  # noqa: E402
from models.topics.model import Topic, encode_items, search_text  # noqa: E402

WORDS = (
    "新品 上市 618 大促 预热 双11 用户 故事 小红书 笔记 抖音 短视频 直播 带货 茶饮 奶茶 控糖 "
    "轻乳 春季 限定 会员 福利 测评 成分 护肤 精华 防晒 补水 敏感肌 熬夜 职场 学生 宝妈 节日 "
    "礼盒 联名 门店 探店 打卡 教程 干货 种草 复盘 数据 话题 挑战 达人 合作 秋冬 开箱 对比"
).split()
FORMS = ("图文", "短视频", "直播", "长文")
CHANNELS = ("微博", "微信公众号", "抖音", "小红书", "B站", "知乎", "百度")
SOURCES = ("user_need", "market_trend", "competitor", "goal", "other")
PAGE = 50


def generate(n: int, owner_ids: list[int]) -> None:
    rng = random.Random(42)
    stamp = datetime(2026, 1, 1, 9, 0)

    def phrase(k: int) -> str:
        return "".join(rng.choice(WORDS) for _ in range(k))

    rows = []
    for i in range(n):
        title = phrase(rng.randint(3, 5)) + f"第{i}期"
        keywords = rng.sample(WORDS, 3)
        notes = phrase(rng.randint(5, 30)) if rng.random() < 0.8 else ""
        created = stamp + timedelta(minutes=i)
        rows.append(
            dict(
                uid=str(uuid.uuid4()),
                created_at=created,
                updated_at=created + timedelta(days=rng.randint(0, 30)),
                version=1,
                title=title,
                source=rng.choice(SOURCES),
                keywords=encode_items(keywords),
                audience="18-30岁女性",
                form=rng.choice(FORMS),
                channels=encode_items(rng.sample(CHANNELS, rng.randint(1, 3))),
                priority=rng.randint(1, 3),
                owner=rng.choice(owner_ids) if rng.random() < 0.9 else None,
                due_on=date(2026, 1, 1) + timedelta(days=rng.randint(0, 400))
                if rng.random() < 0.8
                else None,
                tags="",
                notes=notes,
                stage=rng.randint(1, 7),
                stage_changed_at=created,
                search_text=search_text(title, keywords, notes),
            )
        )
    with dbmod.write():
        for chunk in range(0, n, 500):
            Topic.insert_many(rows[chunk : chunk + 500]).execute()


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    """(first run, median of the following runs) in milliseconds."""
    times = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], statistics.median(times[1:])


def page_and_count(spec: BacklogQuery) -> tuple[int, int]:
    rows = backlog.fetch(spec, 0, PAGE)
    return backlog.count(spec), len(rows)


def plan_of(spec: BacklogQuery) -> str:
    where = backlog_query.conditions(spec, hide=backlog_query.walk_sort_index(spec, PAGE))
    query = backlog.select_rows(where).order_by(*backlog_query.order_by(spec)).limit(PAGE)
    sql, params = query.sql()
    plan = dbmod.database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "; ".join(row[-1] for row in plan)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=100_000)
    parser.add_argument("--keep", help="write the database here instead of a temporary file")
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE before timing")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-topics-")
    path = Path(args.keep) if args.keep else Path(folder) / "bench.db"
    models.open(path)
    owners = [m.uid for m in team.list_members(include_inactive=False)]
    generated = not Topic.select().exists()
    if not generated:
        print(f"reusing {path} ({Topic.select().count():,} topics)")
    else:
        demo.fill()
        owners = [m.uid for m in team.list_members(include_inactive=False)]
        t0 = time.perf_counter()
        generate(args.topics, [team.get(u).get_id() for u in owners])
        print(
            f"generated {args.topics:,} topics in {time.perf_counter() - t0:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    if args.analyze:
        dbmod.database.obj.execute_sql("ANALYZE")
        print("planner statistics gathered (ANALYZE)")
    print(f"character search index: {dbmod.has_char_index(backlog.SEARCH_INDEX)}")
    me = owners[1]

    print(f"\n{'case':46} {'matches':>8} {'count':>7} {'page':>7} {'both':>7} {'1st run':>8}")

    def report(label: str, spec: BacklogQuery) -> None:
        total, _ = page_and_count(spec)
        first, both = timed(lambda: page_and_count(spec))
        _, counting = timed(lambda: backlog.count(spec))
        _, paging = timed(lambda: backlog.fetch(spec, 0, PAGE))
        print(f"{label:46} {total:>8,} {counting:>7.1f} {paging:>7.1f} {both:>7.1f} {first:>8.1f}")

    report("open: no filter, newest first", BacklogQuery())
    report("open: my topics first", BacklogQuery(mine_first=me))
    print("-- search keystrokes (count + first page)")
    for text in (
        "6",
        "61",
        "618",
        "618大",
        "618大促",
        "大促",
        "控糖轻乳",
        "敏感肌 熬夜",
        "第4242期",
        "不存在的词",
        "zz",
    ):
        report(f"search {text!r}", BacklogQuery(search=text))
    print("-- filters")
    report("stage 策划 + form 短视频", BacklogQuery(stages={2}, forms={"短视频"}))
    report("channel 小红书", BacklogQuery(channels={"小红书"}))
    report(
        "owner + due range",
        BacklogQuery(owners={me}, due_from=date(2026, 6, 1), due_to=date(2026, 6, 30)),
    )
    report(
        "search '大促' + channel 抖音 + high",
        BacklogQuery(search="大促", channels={"抖音"}, priorities={3}),
    )
    print("-- sorts (count + first page)")
    for key in SortKey:
        for desc in (False, True):
            report(
                f"sort {key.value} {'desc' if desc else 'asc'}",
                BacklogQuery(sort=key, descending=desc),
            )
    report(
        "sort title asc, my topics first",
        BacklogQuery(sort=SortKey.TITLE, descending=False, mine_first=me),
    )
    report(
        "sort due asc, page at offset 50,000", BacklogQuery(sort=SortKey.DUE_ON, descending=False)
    )
    others = [
        (
            "page at offset 50,000 by title",
            lambda: backlog.fetch(BacklogQuery(sort="title"), 50_000, PAGE),
        ),
        ("board: 7 columns x 30 cards", lambda: backlog.board(BacklogQuery(), per_column=30)),
        ("board, search '大促'", lambda: backlog.board(BacklogQuery(search="大促"))),
        ("board, search '控糖轻乳'", lambda: backlog.board(BacklogQuery(search="控糖轻乳"))),
        ("board, my topics first", lambda: backlog.board(BacklogQuery(mine_first=me))),
    ]
    print(f"\n{'other reads':46} {'median':>8} {'1st run':>8}")
    for label, read in others:
        first, median = timed(read)
        print(f"{label:46} {median:>8.1f} {first:>8.1f}")

    print("\n-- query plans of the sorted first page")
    cases = [(f"sort {k.value}", BacklogQuery(sort=k)) for k in SortKey if k is not SortKey.OWNER]
    cases += [
        ("search '大促' (dense) by title", BacklogQuery(search="大促", sort=SortKey.TITLE)),
        ("search '控糖轻乳' (sparse) by title", BacklogQuery(search="控糖轻乳", sort="title")),
    ]
    for label, spec in cases:
        plan = plan_of(spec)
        flag = "sorts matches" if "TEMP B-TREE FOR ORDER BY" in plan else "walks index"
        print(f"{label:34} {flag:14} {plan}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    note = " (includes generating the rows)" if generated else " (queries only)"
    print(f"\npeak memory of this process: {peak:.0f} MB{note}")
    dbmod.close()


if __name__ == "__main__":
    main()
