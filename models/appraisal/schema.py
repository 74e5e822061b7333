"""The appraisal tables (R-4.3): templates, cycles, appraisals with their items, the
performance interview's development plan and training needs."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import Record
from models.team import Member
from models.training.schema import Course


class State(StrEnum):
    """An appraisal's steps; final is locked until the lead reopens it (audited)."""

    DRAFT = "draft"
    SELF_ASSESSED = "self_assessed"
    REVIEWED = "reviewed"
    INTERVIEWED = "interviewed"
    FINAL = "final"


STATE_NAMES: dict[State, tuple[str, str]] = {
    State.DRAFT: ("Draft", "待自评"),
    State.SELF_ASSESSED: ("Self-assessed", "已自评"),
    State.REVIEWED: ("Reviewed by the lead", "上级已评"),
    State.INTERVIEWED: ("Interview held", "已面谈"),
    State.FINAL: ("Final", "已定稿"),
}


class ItemKind(StrEnum):
    """A KPI item (scored from achievement) or a quality item (rated on a scale)."""

    KPI = "kpi"
    QUALITY = "quality"


class Reward(StrEnum):
    """The reward or penalty decided at the interview (R-4.3)."""

    NONE = "none"
    COMMENDATION = "commendation"
    BONUS = "bonus"
    RAISE = "raise"
    PROMOTION = "promotion"
    IMPROVEMENT_PLAN = "improvement_plan"
    WARNING = "warning"


REWARD_NAMES: dict[Reward, tuple[str, str, tuple[str, ...]]] = {
    Reward.NONE: ("None", "无", ("不奖不罚", "none", "")),
    Reward.COMMENDATION: ("Commendation", "通报表扬", ("表扬", "表彰", "commendation")),
    Reward.BONUS: ("Performance bonus", "绩效奖金", ("奖金", "奖励", "bonus")),
    Reward.RAISE: ("Pay rise", "调薪", ("加薪", "raise")),
    Reward.PROMOTION: ("Promotion", "晋升", ("升职", "promotion")),
    Reward.IMPROVEMENT_PLAN: (
        "Performance improvement plan",
        "绩效改进计划",
        ("改进计划", "pip", "绩效改进"),
    ),
    Reward.WARNING: ("Warning", "警告", ("书面警告", "处罚", "warning")),
}


def state_label(state: State | str, lang: str = "zh_CN") -> str:
    en, zh = STATE_NAMES[State(state)]
    return zh if lang.startswith("zh") else en


def reward_label(reward: Reward | str, lang: str = "zh_CN") -> str:
    en, zh, _ = REWARD_NAMES[Reward(reward)]
    return zh if lang.startswith("zh") else en


def parse_reward(text: str) -> Reward | None:
    from models.text import normalize

    key = normalize(text)
    for reward, (en, zh, others) in REWARD_NAMES.items():
        if key in {normalize(x) for x in (reward.value, en, zh, *others)}:
            return reward
    return None


class AppraisalTemplate(Record):
    """A role's scoring sheet: items (JSON list) and grade bands (JSON list), editable."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy

    role = CharField(max_length=30, index=True)
    title = CharField(max_length=100)
    items = TextField(default="[]")
    bands = TextField(default="[]")
    notes = TextField(default="")

    class Meta:
        table_name = "appraisal_template"


class AppraisalCycle(Record):
    """One round of appraisals for a period (a quarter, a half year's month, a year)."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy

    period = CharField(max_length=10, index=True)
    title = CharField(max_length=100)
    notes = TextField(default="")

    class Meta:
        table_name = "appraisal_cycle"


class Appraisal(Record):
    """A member's appraisal in a cycle; its items and bands are copied from the template,
    so a later change of the template never changes an appraisal already made."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    cycle_id: Any
    member_id: Any

    cycle = ForeignKeyField(AppraisalCycle, on_delete="RESTRICT", index=True)
    member = ForeignKeyField(Member, on_delete="RESTRICT", index=True)
    role = CharField(max_length=30)
    template_title = CharField(max_length=100, default="")
    bands = TextField(default="[]")
    state = CharField(max_length=15, default=State.DRAFT.value, index=True)
    self_assessment = TextField(default="")
    submitted_at = DateTimeField(null=True)
    lead_comment = TextField(default="")
    reviewed_at = DateTimeField(null=True)
    reviewer_name = CharField(max_length=100, default="")
    interview_on = DateField(null=True)
    strengths = TextField(default="")
    weaknesses = TextField(default="")
    reward = CharField(max_length=20, default=Reward.NONE.value)
    reward_note = TextField(default="")
    finalized_at = DateTimeField(null=True)


class AppraisalItem(Record):
    """A KPI item (target and actual from the KPI data, score by the rule) or a quality
    item (rated on its scale by the member, then by the lead)."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    appraisal_id: Any

    appraisal = ForeignKeyField(Appraisal, on_delete="CASCADE", index=True)
    position = IntegerField(default=0)
    kind = CharField(max_length=10)
    name = CharField(max_length=50)
    description = TextField(default="")
    weight = FloatField()
    kpi_code = CharField(max_length=40, default="")
    unit = CharField(max_length=20, default="")
    direction = CharField(max_length=10, default="higher")
    scope = CharField(max_length=10, default="member")
    rule = TextField(default="")  # JSON {"floor": 60, "cap": 120}
    scale = TextField(default="")  # JSON [[5, "卓越", "…"], …]
    target = FloatField(null=True)
    actual = FloatField(null=True)
    actual_source = CharField(max_length=10, default="")  # "kpi" or "manual"
    self_rating = FloatField(null=True)
    rating = FloatField(null=True)
    comment = TextField(default="")

    class Meta:
        table_name = "appraisal_item"


class DevelopmentAction(Record):
    """One action of a personal development plan agreed at the interview (R-4.3)."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    appraisal_id: Any
    owner_id: Any

    appraisal = ForeignKeyField(Appraisal, on_delete="CASCADE", index=True)
    position = IntegerField(default=0)
    action = TextField()
    owner = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    due_on = DateField(null=True)
    done = BooleanField(default=False)

    class Meta:
        table_name = "development_action"


class TrainingNeed(Record):
    """A training need named at the interview, linked to a course where one fits (R-4.2)."""

    id: Any  # fields peewee adds (the key, foreign-key ids), typed for mypy
    appraisal_id: Any
    course_id: Any

    appraisal = ForeignKeyField(Appraisal, on_delete="CASCADE", index=True)
    course = ForeignKeyField(Course, null=True, on_delete="RESTRICT")
    topic = CharField(max_length=100, default="")
    notes = TextField(default="")

    class Meta:
        table_name = "training_need"
