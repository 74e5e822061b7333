"""Sample KPI data for the demo team (R-1.1–R-1.3), seen from 2026-11-26.

Monthly targets from 2025-01 to 2026-12 and actuals to 2026-10 (so 2026 compares with the
same months of 2025), team-wide and for the members whose appraisal template measures them;
the last eight weeks of traffic for the weekly review; deviations, most explained with a
cause and an action; and five SMART goals. The figures follow a seasonal curve (Spring
Festival dip, 618 and Double 11 peaks) with a fixed random seed, so every run is the same.
Re-running adds nothing that exists (natural key: KPI + period + team or member).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from models.base import Actor, AuditEntry, new_uid, now
from models.db import write
from models.kpi import goals
from models.kpi import period as kp
from models.kpi.schema import TEAM, Goal, Kpi, KpiValue
from models.team import Member, find_by_name

FIRST, LAST_ACTUAL, LAST_TARGET = (2025, 1), (2026, 10), (2026, 12)
SEASON = {1: 0.9, 2: 0.8, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.25, 7: 0.95, 8: 0.95, 9: 1.0, 10: 1.05,
          11: 1.4, 12: 1.15}  # fmt: skip

# code: (2025-01 target, monthly trend, seasonal?, decimals) — team-wide figures
TEAM_KPIS: dict[str, tuple[float, float, bool, int]] = {
    "pv": (850_000, 0.015, True, -3), "uv": (210_000, 0.015, True, -2),
    "visits": (320_000, 0.015, True, -2), "avg_time": (95, 0.004, False, 0),
    "bounce_rate": (48, -0.004, False, 1), "impressions": (4_200_000, 0.012, True, -4),
    "clicks": (92_000, 0.014, True, -2), "follower_growth": (3_800, 0.01, True, -1),
    "likes": (52_000, 0.012, True, -2), "comments": (6_800, 0.012, True, -1),
    "shares": (9_500, 0.012, True, -1), "community_activity": (32, 0.005, False, 1),
    "form_submissions": (1_800, 0.01, True, 0), "signups": (2_600, 0.01, True, 0),
    "downloads": (1_400, 0.01, True, 0), "purchases": (5_200, 0.012, True, 0),
    "revenue": (1_560_000, 0.014, True, -3), "spend": (420_000, 0.01, True, -3),
    "new_customers": (3_600, 0.012, True, 0), "conversions": (7_400, 0.013, True, 0),
    "repurchase_rate": (26, 0.006, False, 1), "brand_search_index": (1_200, 0.015, False, 0),
    "brand_mentions": (5_200, 0.012, True, -1), "share_of_voice": (14, 0.008, False, 1),
    "content_published": (60, 0.005, False, 0), "violations": (0, 0, False, 0),
}  # fmt: skip
# Targets of computed KPIs are typed like any other: (team target, decimals).
TEAM_RATIO_TARGETS = {"ctr": (2.3, 2), "conversion_rate": (2.4, 2), "roas": (3.7, 2),
                      "cac": (115, 0), "aov": (300, 0)}  # fmt: skip

# member: (performance factor, {code: (monthly target, decimals)})
MEMBER_KPIS: dict[str, tuple[float, dict[str, tuple[float, int]]]] = {
    "张伟": (1.04, {"content_published": (14, 0), "shares": (2_200, 0)}),
    "王芳": (1.08, {"impressions": (2_500_000, -3), "clicks": (60_000, -1),
                    "revenue": (900_000, -3), "spend": (250_000, -3),
                    "new_customers": (2_100, 0)}),
    "李娜": (1.0, {"reports_on_time": (95, 0)}),
    "陈静": (0.88, {"repurchase_rate": (27, 1), "satisfaction": (90, 1),
                    "community_activity": (35, 1)}),
    "赵磊": (0.86, {"projects_on_time": (90, 0)}),
    "刘洋": (1.02, {"reviews_done": (40, 0)}),
    "黄丽": (0.97, {"reviews_done": (36, 0), "content_published": (8, 0)}),
    "杨帆": (1.01, {"review_on_time": (95, 0)}),
}  # fmt: skip
MEMBER_RATIO_TARGETS = {"王芳": {"ctr": 2.4, "roas": 3.6, "cac": 120}}
# Targets by quarter: training hours (computed from the training records).
QUARTER_TARGETS = {"李娜": {"training_hours": 4.0}, "张伟": {"training_hours": 4.0}}
CAPPED_AT_100 = {"reports_on_time", "projects_on_time", "review_on_time", "satisfaction"}

# (code, period, factor on the target, cause, action): deviations planted on purpose;
# those with an empty cause are left for the review to explain.
DEVIATIONS: list[tuple[str, str, float, str, str]] = [
    ("revenue", "2026-06", 1.24, "618大促爆款提前售罄后加推，客单价高于预期",
     "总结爆款选品经验，用于双11备货"),
    ("bounce_rate", "2026-03", 1.22, "落地页改版后首屏图片过大，移动端加载慢",
     "压缩图片并启用CDN；上线前做移动端测速"),
    ("follower_growth", "2026-02", 0.7, "春节期间停更一周，活动减少",
     "春节前预排节日内容，值班更新"),
    ("violations", "2026-08", 2, "一篇推文使用“最低价”表述被平台提示",
     "禁用词清单加入发布前检查，编辑二审重点核对价格表述"),
    ("spend", "2026-10", 1.18, "", ""),
    ("brand_mentions", "2026-09", 1.3, "", ""),
]  # fmt: skip

WEEKLY = ("pv", "uv", "impressions", "clicks")
WEEKS = 8  # the last eight full weeks before 2026-11-26


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[kp.KpiPeriod]:
    out, p = [], kp.parse(f"{first[0]}-{first[1]:02d}")
    end = kp.parse(f"{last[0]}-{last[1]:02d}")
    while p <= end:
        out.append(p)
        p = p.shift(1)
    return out


def _round(value: float, decimals: int) -> float:
    return float(round(value, decimals))


def _team_rows(rng: random.Random) -> dict[tuple[str, str, str], dict[str, Any]]:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    planted = {(c, p): (f, cause, action) for c, p, f, cause, action in DEVIATIONS}
    last_actual = kp.parse(f"{LAST_ACTUAL[0]}-{LAST_ACTUAL[1]:02d}")
    for n, p in enumerate(_months(FIRST, LAST_TARGET)):
        for code, (base_value, trend, seasonal, decimals) in TEAM_KPIS.items():
            target = base_value * (1 + trend) ** n * (SEASON[p.start.month] if seasonal else 1)
            row: dict[str, Any] = {"target": _round(target, decimals)}
            if p <= last_actual:
                factor = 1 + rng.uniform(-0.08, 0.08)
                cause = action = ""
                if (code, p.label) in planted:
                    factor, cause, action = planted[(code, p.label)]
                # no content broke the rules except where a deviation is planted
                actual = (factor if cause else 0) if code == "violations" else target * factor
                row |= {"actual": _round(actual, decimals), "cause": cause, "action": action}
            rows[(code, p.label, TEAM)] = row
        for code, (target, decimals) in TEAM_RATIO_TARGETS.items():
            rows[(code, p.label, TEAM)] = {"target": _round(target, decimals)}
    return rows


def _member_rows(
    rng: random.Random, members: dict[str, Member]
) -> dict[tuple[str, str, str], dict[str, Any]]:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    last_actual = kp.parse(f"{LAST_ACTUAL[0]}-{LAST_ACTUAL[1]:02d}")
    for name, (performance, kpis) in MEMBER_KPIS.items():
        member = members.get(name)
        if member is None:
            continue
        for p in _months(FIRST, LAST_TARGET):
            for code, (target, decimals) in kpis.items():
                row: dict[str, Any] = {"target": _round(target, decimals)}
                if p <= last_actual:
                    factor = performance + rng.uniform(-0.06, 0.06)  # good and bad months
                    if code in ("spend",):  # spend under budget is good: the better, the lower
                        factor = 2 - factor
                    actual = target * factor
                    if code in CAPPED_AT_100:
                        actual = min(actual, 100)
                    row["actual"] = _round(actual, decimals)
                rows[(code, p.label, member.uid)] = row
            for code, target in MEMBER_RATIO_TARGETS.get(name, {}).items():
                rows[(code, p.label, member.uid)] = {"target": target}
        for code, target in QUARTER_TARGETS.get(name, {}).items():
            for y in (2025, 2026):
                for q in range(1, 5):
                    rows[(code, f"{y}-Q{q}", member.uid)] = {"target": target}
    return rows


def _weekly_rows(rng: random.Random) -> dict[tuple[str, str, str], dict[str, Any]]:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    last = kp.week_of(date(2026, 11, 26)).shift(-1)
    for n in range(WEEKS):
        w = last.shift(-n)
        for code in WEEKLY:
            base_value, trend, _, decimals = TEAM_KPIS[code]
            weekly = base_value * (1 + trend) ** 22 / 4.35 * (1.3 if w.start.month == 11 else 1)
            actual = weekly * (1 + rng.uniform(-0.1, 0.1))
            rows[(code, w.label, TEAM)] = {
                "target": _round(weekly, decimals),
                "actual": _round(actual, decimals),
            }
    return rows


def _insert(actor: Actor, rows: dict[tuple[str, str, str], dict[str, Any]]) -> int:
    """Insert the rows not there yet, with their audit entries (bulk: about 1,300 rows)."""
    kpis = {k.code: k for k in Kpi.alive()}
    members = {m.uid: m for m in Member.alive()}
    have = {
        (code, p, s)
        for code, p, s in KpiValue.alive()
        .select(Kpi.code, KpiValue.period, KpiValue.scope)
        .join(Kpi)
        .tuples()
    }
    stamp = now()
    records, audits = [], []
    for (code, label, scope), values in rows.items():
        if (code, label, scope) in have or code not in kpis:
            continue
        uid = new_uid()
        member = members.get(scope)
        record = dict(
            uid=uid, created_at=stamp, updated_at=stamp, version=1, kpi=kpis[code],
            period=label, scope=scope, member=member, target=values.get("target"),
            actual=values.get("actual"), cause=values.get("cause", ""),
            action=values.get("action", ""), notes="",
        )  # fmt: skip
        records.append(record)
        audits.append(
            dict(at=stamp, actor_uid=actor.uid, actor_name=actor.name, action="create",
                 table="kpi_value", record_uid=uid, note="demo")
        )  # fmt: skip
    for start in range(0, len(records), 400):
        KpiValue.insert_many(records[start : start + 400]).execute()
        AuditEntry.insert_many(audits[start : start + 400]).execute()
    return len(records)


GOALS: list[tuple[str, str, float, float | None, str, date, str | None, str]] = [
    ("2026年品牌搜索指数全年平均较2025年提升20%", "brand_search_index", 1_560, 1_300, "2026",
     date(2026, 12, 31), None, "品牌升级战略"),
    ("2026年复购率达到30%", "repurchase_rate", 30, 27, "2026", date(2026, 12, 31), "陈静",
     "会员运营计划"),
    ("第四季度广告支出回报率（ROAS）不低于3.5", "roas", 3.5, 3.4, "2026-Q4",
     date(2026, 12, 31), "王芳", "双11与年货节投放"),
    ("第四季度获客成本（CAC）降至120元以下", "cac", 120, 125, "2026-Q4", date(2026, 12, 31),
     "王芳", "双11与年货节投放"),
    ("第三季度公众号与小红书粉丝净增1.3万", "follower_growth", 13_000, 11_500, "2026-Q3",
     date(2026, 9, 30), None, "内容矩阵建设"),  # the team's: its follower figures are team-wide
]  # fmt: skip


def fill_demo(actor: Actor | None = None) -> dict[str, int]:
    """Add the sample KPI values and goals; returns how many of each it added."""
    actor = actor or Actor.system()
    with write():
        names = {name for name in MEMBER_KPIS} | {g[6] for g in GOALS if g[6]}
        members = {n: m for n in names if (m := find_by_name(n)) is not None}
        rng = random.Random(2026)
        rows = _team_rows(rng) | _member_rows(rng, members) | _weekly_rows(rng)
        added = _insert(actor, rows)
        goal_count = 0
        have = {g.statement for g in Goal.alive()}
        for statement, code, target, baseline, label, deadline, owner, aligned in GOALS:
            if statement in have or (owner and owner not in members):
                continue
            goals.add_goal(
                actor,
                statement,
                code,
                target,
                deadline,
                period=label,
                owner_uid=members[owner].uid if owner else None,
                baseline=baseline,
                aligned_to=aligned,
            )
            goal_count += 1
    return {"kpi_values": added, "kpi_goals": goal_count}
