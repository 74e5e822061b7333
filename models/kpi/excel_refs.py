"""What the KPI kinds of the Excel exchange share (models.kpi.excel): cell wording, and
the columns that name a KPI, a member or the team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models import messages
from models.errors import ValidationError
from models.exchange.kinds import Choice, Column, ColumnType
from models.kpi import definitions
from models.kpi.schema import (
    AGGREGATE_NAMES,
    CATEGORY_NAMES,
    DIRECTION_NAMES,
    TEAM,
    Kpi,
)
from models.team import Member
from models.text import normalize

KPI_ID: Any = Kpi._meta.primary_key
MEMBER_ID: Any = Member._meta.primary_key
TEAM_WORDS = ("团队", "全队", "全组", "部门", "team", "all")

messages.register(
    {
        "cell_kpi_unknown": ("no KPI is called “{value}”", "没有名为“{value}”的指标"),
        "cell_kpi_bad_period": (
            "“{value}” is not a period (2026-W05, 2026-11, 2026-Q4, 2026)",
            "“{value}”不是有效的期间（2026-W05、2026-11、2026-Q4、2026）",
        ),
        "cell_kpi_not_number": ("“{value}” is not a number", "“{value}”不是数字"),
        "cell_kpi_negative_target": ("cannot be negative ({value})", "不能为负数（{value}）"),
        "cell_kpi_out_of_range": (
            "must be between {min} and {max} (it is {value})",
            "应在 {min} 到 {max} 之间（当前为 {value}）",
        ),
        "cell_kpi_bad_code": (
            "“{value}”: lower-case letters, digits and _ only, starting with a letter",
            "“{value}”：只能包含小写字母、数字和下划线，并以字母开头",
        ),
        "cell_kpi_derived_actual": (
            "“{name}” is computed from its parts; leave its actual empty and enter theirs",
            "“{name}”由组成指标自动计算，实际值请留空，改为录入组成指标的实际值",
        ),
        "cell_kpi_duplicate_name": (
            "another KPI is already called “{value}”",
            "已有其他指标名为“{value}”",
        ),
        "cell_kpi_builtin_formula": (
            "“{name}” is built in: its parts and multiplier stay as they are",
            "“{name}”是内置指标，其组成和乘数不能修改",
        ),
        "cell_kpi_formula_half": (
            "a computed KPI needs both a numerator and a denominator",
            "自动计算的指标需要同时填写分子和分母",
        ),
        "cell_kpi_formula_part": (
            "“{value}” cannot be a part (only KPIs whose actuals are entered)",
            "“{value}”不能作为计算部分（只能选择手工录入实际值的指标）",
        ),
        "cell_goal_not_specific": (
            "say specifically what the goal is (at least {min} characters)",
            "请具体描述目标（至少 {min} 个字）",
        ),
        "cell_goal_not_relevant": (
            "say which strategy, campaign or product the goal serves",
            "请填写该目标对应的战略、项目或产品",
        ),
        "cell_goal_deadline_before_period": (
            "the deadline lies before the period {period} starts ({start})",
            "截止日期早于衡量期间 {period} 的开始日期（{start}）",
        ),
    }
)


class Unresolved:
    """A cell naming no record here: ``clean_field`` raises its error with the name."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params


def resolved(value: Any) -> Any:
    if isinstance(value, Unresolved):
        raise ValidationError(value.code, **value.params)
    return value


def in_column(exc: ValidationError, column: str) -> ValidationError:
    """The error pointed at ``column`` of the sheet (messages name prefixed fields)."""
    return ValidationError(exc.code, **(dict(exc.params) | {"field": column}))


def choices(names: dict[Any, tuple[str, str, tuple[str, ...]]]) -> tuple[Choice, ...]:
    return tuple(Choice(k.value, en, zh, others) for k, (en, zh, others) in names.items())


CATEGORY_CHOICES = choices(CATEGORY_NAMES)
DIRECTION_CHOICES = choices(DIRECTION_NAMES)
AGGREGATE_CHOICES = choices(AGGREGATE_NAMES)


# --- references ---------------------------------------------------------------------------


def kpi_lookup(text: str) -> Any:
    found = definitions.find_by_name(text)
    return Unresolved("kpi_unknown", value=text) if found is None else int(found.get_id())


def kpi_choices() -> list[Choice]:
    return [Choice(str(k.get_id()), k.label("en"), k.name) for k in Kpi.alive().order_by(Kpi.id)]


def kpi_to_cell(kpi_id: Any, lang: str) -> str:
    k = Kpi.select().where(KPI_ID == kpi_id).first()
    return k.label(lang) if k else ""


def part_lookup(text: str) -> Any:
    found = definitions.find_by_name(text)
    return Unresolved("kpi_unknown", value=text) if found is None else found.code


def part_to_cell(code: Any, lang: str) -> str:
    k = Kpi.alive().where(Kpi.code == code).first() if code else None
    return k.label(lang) if k else str(code or "")


def code_choices() -> list[Choice]:
    return [Choice(k.code, k.label("en"), k.name) for k in Kpi.alive().order_by(Kpi.id)]


def scope_lookup(text: str) -> Any:
    key = normalize(text)
    if key in {normalize(w) for w in TEAM_WORDS}:
        return TEAM
    for uid, name in Member.alive().select(Member.uid, Member.name).tuples():
        if normalize(name) == key:
            return uid
    return Unresolved("unknown_member", value=text)


def scope_choices() -> list[Choice]:
    names = Member.alive().select(Member.uid, Member.name).order_by(Member.name).tuples()
    return [Choice(TEAM, "Team", "团队"), *[Choice(uid, n, n) for uid, n in names]]


def scope_to_cell(scope: Any, lang: str) -> str:
    if not scope or scope == TEAM:
        return "团队" if lang.startswith("zh") else "Team"
    return str(Member.select(Member.name).where(Member.uid == scope).scalar() or "")


def member_lookup(text: str) -> Any:
    key = normalize(text)
    for member_id, name in Member.alive().select(MEMBER_ID, Member.name).tuples():
        if normalize(name) == key:
            return int(member_id)
    return Unresolved("unknown_member", value=text)


def member_choices() -> list[Choice]:
    query = Member.alive().where(Member.active == True)  # noqa: E712 - peewee expression
    return [Choice(str(m.get_id()), m.name, m.name) for m in query.order_by(Member.name)]


def member_to_cell(member_id: Any, lang: str) -> str:
    return str(Member.select(Member.name).where(MEMBER_ID == member_id).scalar() or "")


def reference(
    field: str,
    zh: str,
    en: str,
    lookup: Callable[[str], Any],
    choices: Callable[[], list[Choice]],
    to_cell: Callable[[Any, str], str],
    **others: Any,
) -> Column:
    return Column(
        field, zh, en, ColumnType.CHOICE, lookup=lookup, choices=choices, to_cell=to_cell, **others
    )
