"""Review metrics per reviewer and level (R-5.4): items waiting, the median time to decide,
comments open and the median time to resolve them; shown on the queue page, exportable.

- *waiting*: items at the level now (per reviewer: those the reviewer may sign now);
- *time to decide*: from the moment an item reached the level to the decision (approve,
  request changes or reject); approvals carried into a later round are not decisions;
- *comments open*: raised at the level (by the reviewer) and not yet resolved or withdrawn;
- *time to resolve*: from raising a comment to the reviewer accepting the author's answer.

Times are in hours. A period (``since``/``until``) limits the decisions by when they were
made and the comments by when they were raised; what waits and what is open is now.
"""

from __future__ import annotations

import os
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models import messages
from models.reviews.chain import chains
from models.reviews.queue import queue_for, waiting
from models.reviews.report import Col, Report
from models.reviews.schema import CommentStatus, ReviewComment, ReviewDecision
from models.team import Member

OPEN = (CommentStatus.OPEN.value, CommentStatus.ADDRESSED.value)


@dataclass(frozen=True)
class LevelMetrics:
    """One row of the metrics table: a level, for one reviewer or (no reviewer) for all."""

    level_name: str
    reviewer_uid: str | None
    reviewer_name: str
    waiting: int
    decided: int
    median_decide_hours: float | None
    comments_open: int
    comments_resolved: int
    median_resolve_hours: float | None


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def _in_period(at: datetime, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or at >= since) and (until is None or at < until)


class _Tally:
    def __init__(self) -> None:
        self.waiting = 0
        self.decide: list[float] = []
        self.open = 0
        self.resolve: list[float] = []

    def row(self, level: str, uid: str | None, name: str) -> LevelMetrics:
        return LevelMetrics(
            level,
            uid,
            name,
            self.waiting,
            len(self.decide),
            _median(self.decide),
            self.open,
            len(self.resolve),
            _median(self.resolve),
        )


def _level_order() -> list[str]:
    names: list[str] = []
    for levels in chains().values():
        names += [lv.name for lv in levels if lv.name not in names]
    return names


def metrics(
    since: datetime | None = None, until: datetime | None = None
) -> tuple[list[LevelMetrics], list[LevelMetrics]]:
    """(per level, per reviewer and level); reviewers by name, levels by name within."""
    by_level: dict[str, _Tally] = defaultdict(_Tally)
    by_reviewer: dict[tuple[int, str], _Tally] = defaultdict(_Tally)
    for item in waiting():
        by_level[item.level_name].waiting += 1
    query: Any = ReviewDecision.alive().where(ReviewDecision.carried_from.is_null())
    for d in query:
        if _in_period(d.decided_at, since, until):
            hours = _hours(d.arrived_at, d.decided_at)
            by_level[d.level_name].decide.append(hours)
            by_reviewer[(int(d.reviewer_id), d.level_name)].decide.append(hours)
    for c in ReviewComment.alive():
        if not _in_period(c.raised_at, since, until) and c.status not in OPEN:
            continue
        for tally in (by_level[c.level_name], by_reviewer[(int(c.author_id), c.level_name)]):
            if c.status in OPEN:
                tally.open += 1
            elif c.status == CommentStatus.RESOLVED.value and c.resolved_at is not None:
                tally.resolve.append(_hours(c.raised_at, c.resolved_at))
    members = {int(m.get_id()): m for m in Member.alive()}
    for member_id, member in members.items():
        if not member.active:
            continue
        for item in queue_for(member.uid):
            by_reviewer[(member_id, item.level_name)].waiting += 1
    order = {name: i for i, name in enumerate(_level_order())}
    ranked = sorted(by_level.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    levels = [t.row(name, None, "") for name, t in ranked]
    reviewers = [
        t.row(level, members[mid].uid, members[mid].name)
        for (mid, level), t in by_reviewer.items()
        if mid in members
    ]
    reviewers.sort(key=lambda r: (r.reviewer_name, order.get(r.level_name, len(order))))
    return levels, reviewers


METRIC_COLUMNS = (
    Col("审核级别", "Review level", 12),
    Col("审核人", "Reviewer", 10),
    Col("待审", "Waiting", 8),
    Col("已决定", "Decided", 8),
    Col("决定用时中位数（小时）", "Median hours to decide", 14),
    Col("未解决意见", "Comments open", 10),
    Col("已解决意见", "Comments resolved", 10),
    Col("解决用时中位数（小时）", "Median hours to resolve", 14),
)


def export_metrics(
    path: str | os.PathLike[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    lang: str | None = None,
) -> Path:
    """The metrics in a workbook: one sheet per level, one per reviewer and level."""
    lang = messages.normalize_language(lang or messages.language())
    levels, reviewers = metrics(since, until)
    everyone = "全体" if lang == "zh_CN" else "All"

    def rows(items: list[LevelMetrics]) -> list[tuple[Any, ...]]:
        return [
            (
                m.level_name,
                m.reviewer_name or everyone,
                m.waiting,
                m.decided,
                m.median_decide_hours,
                m.comments_open,
                m.comments_resolved,
                m.median_resolve_hours,
            )
            for m in items
        ]

    report = Report(path)
    zh = lang == "zh_CN"
    report.table("按级别" if zh else "By level", METRIC_COLUMNS, rows(levels), lang)
    report.table("按审核人" if zh else "By reviewer", METRIC_COLUMNS, rows(reviewers), lang)
    return report.close()
