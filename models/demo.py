"""Realistic sample data (`main.py demo`) so that a newcomer sees a living app.

Later features add their own sample records here (topics, reviews, trainings, KPIs,
appraisals). Re-running is safe: records whose natural key exists are left alone.
"""

from __future__ import annotations

from datetime import date

from models import appraisal, kpi, team, training
from models.base import Actor
from models.db import write
from models.reviews import demo as reviews_demo
from models.team import Role
from models.topics import demo as topics_demo

SAMPLE_TEAM: list[tuple[str, list[Role], str, str, date, bool]] = [
    ("周敏", [Role.TEAM_LEAD], "市场部", "13800000001", date(2020, 8, 20), True),
    ("张伟", [Role.CONTENT_PLANNER], "市场部", "13800000002", date(2023, 3, 1), True),
    ("王芳", [Role.CHANNEL_OPERATOR], "市场部", "13800000003", date(2024, 7, 15), True),
    (
        "李娜",
        [Role.DATA_ANALYST, Role.CONTENT_PLANNER],
        "市场部",
        "13800000004",
        date(2022, 9, 1),
        True,
    ),
    ("刘洋", [Role.EDITOR], "品牌部", "13800000005", date(2021, 5, 10), True),
    ("陈静", [Role.CRM], "市场部", "13800000006", date(2023, 3, 13), True),
    ("杨帆", [Role.COMPLIANCE], "法务部", "13800000007", date(2025, 1, 6), True),
    ("赵磊", [Role.PROJECT_MANAGER], "市场部", "13800000008", date(2022, 11, 28), True),
    ("黄丽", [Role.EDITOR, Role.CONTENT_PLANNER], "品牌部", "13800000009", date(2024, 2, 19), True),
    ("吴强", [Role.CHANNEL_OPERATOR], "市场部", "13800000010", date(2021, 6, 7), False),
]

PINYIN = {
    "周敏": "zhoumin", "张伟": "zhangwei", "王芳": "wangfang", "李娜": "lina",
    "刘洋": "liuyang", "陈静": "chenjing", "杨帆": "yangfan", "赵磊": "zhaolei",
    "黄丽": "huangli", "吴强": "wuqiang",
}  # fmt: skip


def fill(actor: Actor | None = None) -> dict[str, int]:
    """Add the sample team (and, as features land, their work); returns counts added."""
    actor = actor or Actor.system()
    added = 0
    with write():
        for name, roles, dept, phone, joined, active in SAMPLE_TEAM:
            if team.find_by_name(name) is not None:
                continue
            team.add_member(
                actor,
                name,
                roles,
                email=f"{PINYIN[name]}@example.com",
                phone=phone,
                department=dept,
                joined_on=joined,
                active=active,
                notes="离职，保留历史记录" if not active else "",
            )
            added += 1
        counts = {"members": added}
        counts |= training.fill_demo(actor)  # a year of training for this team
        counts |= topics_demo.fill_demo(actor)  # R-5 topics, drafts and publications
        counts |= reviews_demo.fill_demo(actor)  # items waiting at every level
        counts |= kpi.fill_demo(actor)  # R-1 a year of KPI targets and actuals, goals
        counts |= appraisal.fill_demo(actor)  # two finished appraisal cycles
    return counts
