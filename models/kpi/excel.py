"""KPIs in workbooks (R-1.2, R-1.3, R-1.1): the exchange kinds ``kpis``, ``kpi-values`` and
``goals``.

Decisions, all checked in the preview so that a file never gets round the rules:

- A KPI is matched by its code. A row without a code is the KPI of that name, else a new
  KPI whose code is made from its name (``k_`` + a short hash), so two new KPIs in one file
  get different codes. A built-in KPI's formula (parts and multiplier) cannot change.
  Whether a KPI is computed follows from its parts; parts are looked up among the KPIs
  this database holds when the file is previewed (import the KPIs sheet first).
- A value row is keyed by KPI + period + team or member; an empty 团队/成员 cell is the
  team. Periods are read as people write them (2026年11月, 2026Q4, 2026-W05) and stored
  canonically. An actual of a computed KPI (CTR, ROAS, CAC, 转化率 …) is refused: the app
  computes it from its parts — this is how platform back-end exports are imported too,
  through the engine's column mapping (点击 → 实际值 of 点击量 …).
- A goal is keyed by its statement and follows the SMART rules of :mod:`models.kpi.goals`;
  an empty 衡量期间 is the year of the deadline.
"""

from __future__ import annotations

import zlib
from typing import Any

from models.errors import ValidationError
from models.exchange.kinds import Column, ColumnType, Kind, register_kind
from models.kpi import definitions, goals
from models.kpi import period as kp
from models.kpi.excel_refs import (
    AGGREGATE_CHOICES,
    CATEGORY_CHOICES,
    DIRECTION_CHOICES,
    KPI_ID,
    code_choices,
    in_column,
    kpi_choices,
    kpi_lookup,
    kpi_to_cell,
    member_choices,
    member_lookup,
    member_to_cell,
    part_lookup,
    part_to_cell,
    reference,
    resolved,
    scope_choices,
    scope_lookup,
    scope_to_cell,
)
from models.kpi.schema import TEAM, Goal, Kpi, KpiValue, Source
from models.kpi.values import clean_number
from models.team import Member
from models.text import normalize

MEMBER_ID: Any = Member._meta.primary_key


# --- kpis ---------------------------------------------------------------------------------


def code_for(name: str) -> str:
    """The code of a new KPI named in a file: stable per name, so files re-import alike."""
    return f"k_{zlib.crc32(normalize(name).encode('utf-8')):08x}"


def clean_kpi_field(name: str, value: Any) -> Any:
    """The KPI form's rules, field by field; uniqueness and formula are check_kpi's."""
    if name in ("numerator", "denominator"):
        return resolved(value) or ""
    if name == "code":
        return str(value or "").strip().lower()
    if name == "name":
        text = " ".join(str(value or "").split())
        if len(text) > definitions.NAME_MAX:
            raise ValidationError("too_long", field=name, max=definitions.NAME_MAX)
        return text
    try:
        return definitions.clean({name: value})[name]
    except ValidationError as exc:
        raise in_column(exc, name) from None


def check_kpi(values: dict[str, Any]) -> None:
    """Code, name clash, built-in formula and the source that the parts give."""
    name = values.get("name", "")
    named = Kpi.alive().where(Kpi.name == name).first() if name else None
    code = values.get("code") or (named.code if named else code_for(name))
    if not definitions.CODE_RE.match(code):
        raise ValidationError("kpi_bad_code", field="code", value=code)
    values["code"] = code
    current = Kpi.select().where(Kpi.code == code).first()
    if named is not None and current is not None and named.id != current.id:
        raise ValidationError("kpi_duplicate_name", field="name", value=name)
    if current is not None and current.source == Source.TRAINING.value:
        values["source"] = Source.TRAINING.value
        values.pop("numerator", None)
        values.pop("denominator", None)
        return
    if current is not None and current.builtin:
        for key in ("numerator", "denominator", "scale"):
            if key in values and values[key] != getattr(current, key):
                raise ValidationError("kpi_builtin_formula", field=key, name=current.name)
    parts = {
        "numerator": values.get("numerator", current.numerator if current else ""),
        "denominator": values.get("denominator", current.denominator if current else ""),
    }
    try:
        values["source"] = definitions.check_formula(parts, code)
    except ValidationError as exc:
        column = str(exc.params.get("field", "")).removeprefix("kpi_")
        raise in_column(exc, column) from None


KPIS = register_kind(
    Kind(
        name="kpis",
        zh="指标定义",
        en="KPIs",
        model=Kpi,
        natural_key=("code",),
        derived=("source",),
        clean_field=clean_kpi_field,
        check_row=check_kpi,
        sheet_aliases=("指标", "指标库", "kpi", "kpi定义", "指标清单"),
        order_by=("category", "id"),
        columns=(
            Column(
                "name",
                "指标名称",
                "KPI name",
                required=True,
                aliases=("指标", "名称", "kpi", "name"),
                example="公众号阅读量",
                width=22,
            ),
            Column(
                "code",
                "编码",
                "Code",
                aliases=("指标编码", "code"),
                example="（新指标可留空）",
                example_en="(may be empty for a new KPI)",
                width=20,
            ),
            Column(
                "category",
                "指标类别",
                "Category",
                ColumnType.CHOICE,
                required=True,
                aliases=("类别", "分类", "category"),
                choices=CATEGORY_CHOICES,
                example="流量",
                example_en="Traffic",
                width=10,
            ),
            Column("unit", "单位", "Unit", aliases=("计量单位", "unit"), example="次", width=8),
            Column(
                "direction",
                "方向",
                "Direction",
                ColumnType.CHOICE,
                required=True,
                aliases=("好坏方向", "指标方向", "direction"),
                choices=DIRECTION_CHOICES,
                example="越高越好",
                example_en="Higher is better",
                width=12,
            ),
            Column(
                "aggregate",
                "汇总方式",
                "Combined by",
                ColumnType.CHOICE,
                aliases=("汇总", "合计方式", "aggregate"),
                choices=AGGREGATE_CHOICES,
                example="求和",
                example_en="Sum",
                width=10,
            ),
            Column(
                "numerator",
                "分子指标",
                "Numerator",
                ColumnType.CHOICE,
                aliases=("分子", "numerator"),
                choices=code_choices,
                lookup=part_lookup,
                to_cell=part_to_cell,
                example="点击量",
                width=16,
            ),
            Column(
                "denominator",
                "分母指标",
                "Denominator",
                ColumnType.CHOICE,
                aliases=("分母", "denominator"),
                choices=code_choices,
                lookup=part_lookup,
                to_cell=part_to_cell,
                example="曝光量",
                width=16,
            ),
            Column(
                "scale",
                "乘数",
                "Multiplier",
                ColumnType.NUMBER,
                aliases=("倍数", "multiplier", "scale"),
                example="100",
                width=8,
            ),
            Column(
                "threshold",
                "偏差阈值（%）",
                "Deviation threshold (%)",
                ColumnType.NUMBER,
                aliases=("偏差阈值", "阈值", "threshold"),
                example="10",
                width=12,
            ),
            Column("name_en", "英文名称", "English name", aliases=("english name",), width=20),
            Column(
                "active",
                "启用",
                "In use",
                ColumnType.BOOL,
                aliases=("是否启用", "active"),
                true_words=("启用", "在用"),
                false_words=("停用",),
                example="是",
                width=8,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "notes"), width=30
            ),
        ),
    )  # fmt: skip
)


# --- kpi-values ---------------------------------------------------------------------------


def clean_value_field(name: str, value: Any) -> Any:
    if name == "kpi":
        return resolved(value)
    if name == "scope":
        return resolved(value) or TEAM
    try:
        if name == "period":
            return kp.parse(str(value)).label
        if name in ("target", "actual"):
            return clean_number(name, value, negative_ok=name == "actual")
    except ValidationError as exc:
        raise in_column(exc, name) from None
    return str(value or "")


def check_value(values: dict[str, Any]) -> None:
    """The member behind the scope; no typed actual for a computed KPI."""
    scope = values.get("scope", TEAM)
    member = None
    if scope != TEAM:
        member = Member.select(MEMBER_ID).where(Member.uid == scope).scalar()
    values["member"] = member
    kpi = Kpi.get_or_none(KPI_ID == values.get("kpi"))
    if kpi is not None and values.get("actual") is not None and kpi.source != "input":
        raise ValidationError("kpi_derived_actual", field="actual", name=kpi.name)


VALUES = register_kind(
    Kind(
        name="kpi-values",
        zh="指标目标与实际",
        en="KPI targets and actuals",
        model=KpiValue,
        natural_key=("kpi", "period", "scope"),
        derived=("member",),
        clean_field=clean_value_field,
        check_row=check_value,
        sheet_aliases=("指标数据", "目标与实际", "kpi数据", "kpi values", "指标值"),
        order_by=("period", "scope", "kpi"),
        columns=(
            reference(
                "kpi",
                "指标",
                "KPI",
                kpi_lookup,
                kpi_choices,
                kpi_to_cell,
                required=True,
                aliases=("指标名称", "kpi", "指标项"),
                example="点击量",
                width=22,
            ),
            Column(
                "period",
                "期间",
                "Period",
                required=True,
                aliases=("统计期间", "月份", "季度", "周", "period", "month"),
                example="2026-11",
                width=10,
            ),
            reference(
                "scope",
                "团队/成员",
                "Team or member",
                scope_lookup,
                scope_choices,
                scope_to_cell,
                aliases=("成员", "负责人", "对象", "姓名", "scope"),
                example="团队",
                example_en="Team",
                width=12,
            ),
            Column(
                "target",
                "目标值",
                "Target",
                ColumnType.NUMBER,
                aliases=("目标", "计划值", "target"),
                example="120000",
                width=12,
            ),
            Column(
                "actual",
                "实际值",
                "Actual",
                ColumnType.NUMBER,
                aliases=("实际", "实际完成", "完成值", "actual"),
                example="131000",
                width=12,
            ),
            Column(
                "cause",
                "偏差原因",
                "Cause of the deviation",
                ColumnType.LONGTEXT,
                aliases=("原因", "原因分析", "cause"),
                width=30,
            ),
            Column(
                "action",
                "改进措施",
                "Action",
                ColumnType.LONGTEXT,
                aliases=("措施", "调整措施", "action"),
                width=30,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "notes"), width=20
            ),
        ),
    )  # fmt: skip
)


# --- goals --------------------------------------------------------------------------------


def clean_goal_field(name: str, value: Any) -> Any:
    if name in ("kpi", "owner"):
        return resolved(value)
    if name == "period":
        if not str(value or "").strip():
            return ""
        try:
            return kp.parse(str(value)).label
        except ValidationError as exc:
            raise in_column(exc, name) from None
    try:
        return goals.clean({name: value})[name]
    except ValidationError as exc:
        raise in_column(exc, name) from None


def check_goal(values: dict[str, Any]) -> None:
    deadline = values.get("deadline")
    if not values.get("period") and deadline is not None:
        values["period"] = str(deadline.year)
    try:
        goals.check_smart(values)
    except ValidationError as exc:
        raise in_column(exc, "deadline") from None


GOALS = register_kind(
    Kind(
        name="goals",
        zh="营销目标",
        en="Goals",
        model=Goal,
        natural_key=("statement",),
        clean_field=clean_goal_field,
        check_row=check_goal,
        sheet_aliases=("目标", "smart目标", "年度目标", "goals"),
        order_by=("deadline",),
        columns=(
            Column(
                "statement",
                "目标描述",
                "Goal",
                required=True,
                aliases=("目标", "目标内容", "goal", "statement"),
                example="2026年复购率达到30%",
                width=34,
            ),
            reference(
                "kpi",
                "衡量指标",
                "KPI",
                kpi_lookup,
                kpi_choices,
                kpi_to_cell,
                required=True,
                aliases=("指标", "kpi"),
                example="复购率",
                width=18,
            ),
            Column(
                "target",
                "目标值",
                "Target value",
                ColumnType.NUMBER,
                required=True,
                aliases=("目标数值", "target"),
                example="30",
                width=10,
            ),
            Column(
                "baseline",
                "基线值",
                "Baseline",
                ColumnType.NUMBER,
                aliases=("基线", "现状值", "baseline"),
                example="26",
                width=10,
            ),
            Column(
                "period",
                "衡量期间",
                "Measured over",
                aliases=("期间", "period"),
                example="2026",
                width=10,
            ),
            Column(
                "deadline",
                "截止日期",
                "Deadline",
                ColumnType.DATE,
                required=True,
                aliases=("截止", "完成期限", "deadline"),
                example="2026-12-31",
                width=12,
            ),
            reference(
                "owner",
                "负责人",
                "Owner",
                member_lookup,
                member_choices,
                member_to_cell,
                aliases=("责任人", "owner"),
                example="（留空表示团队）",
                example_en="(empty: the team)",
                width=10,
            ),
            Column(
                "aligned_to",
                "对应战略/项目",
                "Serves (strategy)",
                required=True,
                aliases=("对应战略", "战略", "项目", "关联战略", "strategy"),
                example="会员运营计划",
                width=20,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "notes"), width=24
            ),
        ),
    )  # fmt: skip
)
