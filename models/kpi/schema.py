"""The KPI tables (R-1.1–R-1.3): definitions, targets and actuals per period, SMART goals."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from peewee import BooleanField, CharField, DateField, FloatField, ForeignKeyField, TextField

from models.base import Record
from models.team import Member
from models.text import normalize


class Category(StrEnum):
    """R-1.2's four categories, plus the work output a role's appraisal measures (R-4.3)."""

    TRAFFIC = "traffic"
    ENGAGEMENT = "engagement"
    CONVERSION = "conversion"
    BRAND = "brand"
    WORK = "work"


class Direction(StrEnum):
    """Whether a higher or a lower value is better (a falling CAC or bounce rate is good)."""

    HIGHER = "higher"
    LOWER = "lower"


class Aggregate(StrEnum):
    """How a quarter's or a year's value follows from its months' or quarters' values."""

    SUM = "sum"
    AVERAGE = "average"
    LAST = "last"


class Source(StrEnum):
    """Where an actual comes from: typed, computed from two parts, or training records."""

    INPUT = "input"
    RATIO = "ratio"
    TRAINING = "training"


CATEGORY_NAMES: dict[Category, tuple[str, str, tuple[str, ...]]] = {
    Category.TRAFFIC: ("Traffic", "流量", ("流量指标", "traffic")),
    Category.ENGAGEMENT: ("Engagement", "互动", ("互动指标", "用户互动", "engagement")),
    Category.CONVERSION: ("Conversion", "转化", ("转化指标", "conversion")),
    Category.BRAND: ("Brand", "品牌", ("品牌指标", "品牌影响力", "brand")),
    Category.WORK: ("Work output", "工作产出", ("工作", "产出", "work", "output")),
}
DIRECTION_NAMES: dict[Direction, tuple[str, str, tuple[str, ...]]] = {
    Direction.HIGHER: ("Higher is better", "越高越好", ("越大越好", "正向", "高", "higher", "up")),
    Direction.LOWER: ("Lower is better", "越低越好", ("越小越好", "反向", "低", "lower", "down")),
}
AGGREGATE_NAMES: dict[Aggregate, tuple[str, str, tuple[str, ...]]] = {
    Aggregate.SUM: ("Sum", "求和", ("合计", "累计", "sum", "total")),
    Aggregate.AVERAGE: ("Average", "平均", ("平均值", "均值", "average", "mean")),
    Aggregate.LAST: ("Last value", "取期末值", ("期末", "最新", "last")),
}
SOURCE_NAMES: dict[Source, tuple[str, str]] = {
    Source.INPUT: ("Entered", "录入"),
    Source.RATIO: ("Computed", "自动计算"),
    Source.TRAINING: ("From training records", "来自培训记录"),
}

TEAM = "team"  # the scope of a team-wide target or actual; a member's scope is their uid


def _lookup(names: dict[Any, tuple[Any, ...]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, (en, zh, *rest) in names.items():
        for name in (key.value, en, zh, *(rest[0] if rest else ())):
            table[normalize(name)] = key
    return table


_CATEGORIES = _lookup(CATEGORY_NAMES)
_DIRECTIONS = _lookup(DIRECTION_NAMES)
_AGGREGATES = _lookup(AGGREGATE_NAMES)


def parse_category(text: str) -> Category | None:
    return _CATEGORIES.get(normalize(text))


def parse_direction(text: str) -> Direction | None:
    return _DIRECTIONS.get(normalize(text))


def parse_aggregate(text: str) -> Aggregate | None:
    return _AGGREGATES.get(normalize(text))


def _label(names: dict[Any, tuple[Any, ...]], key: Any, lang: str) -> str:
    en, zh = names[key][:2]
    return zh if lang.startswith("zh") else en


def category_label(category: Category | str, lang: str = "zh_CN") -> str:
    return _label(CATEGORY_NAMES, Category(category), lang)


def direction_label(direction: Direction | str, lang: str = "zh_CN") -> str:
    return _label(DIRECTION_NAMES, Direction(direction), lang)


def aggregate_label(aggregate: Aggregate | str, lang: str = "zh_CN") -> str:
    return _label(AGGREGATE_NAMES, Aggregate(aggregate), lang)


def source_label(source: Source | str, lang: str = "zh_CN") -> str:
    return _label(SOURCE_NAMES, Source(source), lang)


class Kpi(Record):
    """A KPI definition: what is measured, in which unit, and which way is good (R-1.2)."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy

    code = CharField(max_length=40, index=True)
    name = CharField(max_length=50, index=True)
    name_en = CharField(max_length=80, default="")
    category = CharField(max_length=20, index=True)
    unit = CharField(max_length=20, default="")
    direction = CharField(max_length=10, default=Direction.HIGHER.value)
    aggregate = CharField(max_length=10, default=Aggregate.SUM.value)
    source = CharField(max_length=10, default=Source.INPUT.value)
    numerator = CharField(max_length=40, default="")  # codes of the parts of a ratio KPI
    denominator = CharField(max_length=40, default="")
    scale = FloatField(default=1)  # 100 for a percentage
    threshold = FloatField(default=10)  # deviation (%) beyond which a cause is asked
    builtin = BooleanField(default=False)
    active = BooleanField(default=True)
    notes = TextField(default="")

    def label(self, lang: str = "zh_CN") -> str:
        return self.name_en if not lang.startswith("zh") and self.name_en else self.name


class KpiValue(Record):
    """The target and actual of a KPI for one period, team-wide or for one member (R-1.3).

    ``scope`` is ``team`` or the member's uid (the exchange matches rows on it); ``member``
    points at the member for integrity. The cause and the action answer a deviation.
    """

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    kpi_id: Any
    member_id: Any

    kpi = ForeignKeyField(Kpi, on_delete="RESTRICT", index=True)
    period = CharField(max_length=10, index=True)
    scope = CharField(max_length=36, default=TEAM)
    member = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    target = FloatField(null=True)
    actual = FloatField(null=True)
    cause = TextField(default="")
    action = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "kpi_value"


class Goal(Record):
    """A SMART marketing goal (R-1.1): what, measured by which KPI, how much, by when, who."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    kpi_id: Any
    owner_id: Any

    statement = CharField(max_length=300)
    kpi = ForeignKeyField(Kpi, on_delete="RESTRICT")
    target = FloatField()
    baseline = FloatField(null=True)
    period = CharField(max_length=10)  # the period whose actual measures the goal
    deadline = DateField(index=True)
    owner = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    aligned_to = CharField(max_length=300, default="")  # relevant: the strategy it serves
    notes = TextField(default="")

    class Meta:
        table_name = "kpi_goal"
