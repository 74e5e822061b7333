"""Appraisals in workbooks (R-4.3): the exchange kind ``appraisals``, one row per appraisal item.

Decisions:

- One row per item, not per appraisal: the values a lead fills in (a KPI's actual, a rating,
  a comment) belong to items. A row is keyed by its appraisal (“2026-Q3 张伟”: period and
  member's name in one cell) and the item's name. The appraisal-level text (comments, the
  interview, the plan) travels in the lead's print-ready workbook (sheets.py) instead.
- Scores, totals and grades are no columns: the app computes them from the stored values
  (views.py) every time; a file can never bring one in.
- Editable: the actual of a KPI item (marked as corrected by the lead), the lead's rating of
  a quality item (1 to the top of its scale), the comment. Type, weight and target come from
  the template and the KPI data, the self-rating is the member's own: a changed one is
  refused with a message saying where to change it. Rows can neither add nor remove items.
- A final appraisal is locked: any change to its items is refused (reopen it first).
- Only the team lead exports and imports (everyone's results are in it). The engine's hooks
  get no actor, so :func:`export_appraisals`, :func:`preview_appraisals` and
  :func:`apply_appraisals` check the lead and mark the work as theirs; File ▸ Export or
  Import of this kind without them is refused cell by cell with a message naming the
  Appraisals page. After an import the appraisals' versions move on, so an editor left open
  on one of them is told it changed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from typing import Any

from models import messages
from models.appraisal import visibility
from models.appraisal.cycles import check_open, touch
from models.appraisal.schema import Appraisal, AppraisalCycle, AppraisalItem, ItemKind
from models.base import Actor
from models.db import write
from models.errors import PermissionDenied, ValidationError
from models.exchange.apply import apply
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.exchange.preview import preview
from models.exchange.results import ImportResult, Preview, RowStatus
from models.exchange.writer import export, write_template
from models.kpi import period as kp
from models.team import Member
from models.text import normalize

messages.register(
    {
        "appraisals_on_page": (
            "Appraisals are exported and imported by the team lead on the Appraisals page "
            "(Appraisals › Cycles › Excel).",
            "考核明细只能由团队负责人在“绩效考核”页导出和导入（绩效考核 › 考核周期 › Excel）。",
        ),
        "cell_appraisals_on_page": (
            "appraisals are imported by the team lead on the Appraisals page",
            "考核明细只能由团队负责人在“绩效考核”页导入",
        ),
        "cell_appraisals_unknown": (
            "no appraisal “{value}” here; write the period and the name (2026-Q3 张伟)",
            "找不到考核“{value}”；请按“期间 姓名”填写（如 2026-Q3 张伟）",
        ),
        "cell_appraisals_no_item": (
            "the appraisal has no item “{name}”; items come from the role's template and "
            "cannot be added in a file",
            "该考核没有名为“{name}”的项目；项目来自岗位模板，不能在表格中新增",
        ),
        "cell_appraisals_kind_fixed": (
            "an item's type comes from the template; keep “{value}”",
            "项目类型来自考核模板，请保持“{value}”",
        ),
        "cell_appraisals_weight_fixed": (
            "weights come from the template (Appraisals › Templates); keep {value}",
            "权重来自考核模板（绩效考核 › 考核模板），请保持 {value}",
        ),
        "cell_appraisals_target_fixed": (
            "targets come from the KPI data; change it there and refresh the KPIs (keep {value})",
            "目标值来自指标数据；请在指标页修改后刷新考核（请保持 {value}）",
        ),
        "cell_appraisals_self_fixed": (
            "the self-rating is the member's own; keep {value}",
            "自评分由员工本人填写，请保持 {value}",
        ),
        "cell_appraisals_no_actual": (
            "“{name}” is rated, not measured; leave the actual empty",
            "“{name}”按评分考核，没有实际值，请留空",
        ),
        "cell_appraisals_no_rating": (
            "“{name}” is scored from its actual; leave the lead's rating empty",
            "“{name}”按实际值计分，上级评分请留空",
        ),
        "cell_appraisals_bad_rating": (
            "a rating from 1 to {max} (it is {value})",
            "评分应在 1 到 {max} 之间（当前为 {value}）",
        ),
        "cell_appraisals_locked": (
            "the appraisal of {name} is final and locked; reopen it first",
            "{name} 的考核已定稿并锁定，请先重新打开",
        ),
    }
)

KIND_CHOICES = (
    Choice(ItemKind.KPI.value, "KPI", "业绩指标", ("kpi", "指标", "业绩")),
    Choice(
        ItemKind.QUALITY.value,
        "Competence and attitude",
        "能力态度",
        ("quality", "定性", "能力与态度", "能力"),
    ),
)
TOLERANCE = 1e-9

# Who the engine's hooks work for: set by the functions below, for the lead only.
_lead: ContextVar[Actor | None] = ContextVar("appraisals_lead", default=None)


@contextmanager
def as_lead(actor: Actor) -> Iterator[None]:
    """Let the kind's hooks work for ``actor`` (a team lead; PermissionDenied otherwise)."""
    token = begin_as_lead(actor)
    try:
        yield
    finally:
        _lead.reset(token)


def begin_as_lead(actor: Actor) -> Token[Actor | None]:
    """As :func:`as_lead`, for as long as a preview is on screen (its cells show stored
    values through the kind's hooks); hand the token to :func:`end_as_lead` when it closes.
    Only this thread is concerned: a background job starts with no lead."""
    visibility.require_lead(actor)
    return _lead.set(actor)


def end_as_lead(token: Token[Actor | None]) -> None:
    """Undo :func:`begin_as_lead`; a token used already is left be (closed, then deleted)."""
    try:
        _lead.reset(token)
    except RuntimeError:  # used once already
        pass


# --- the appraisal cell -------------------------------------------------------------------

APPRAISAL_SPLIT = re.compile(r"[\s·・|/,，、]+")


def appraisal_label(period: str, name: str) -> str:
    return f"{period} {name}"


def find_appraisal(text: str) -> int | None:
    """The id of the alive appraisal a cell names (“2026-Q3 张伟”, “张伟 2026Q3”)."""
    parts = [p for p in APPRAISAL_SPLIT.split(str(text).strip()) if p]
    for n, part in enumerate(parts):
        try:
            label = kp.parse(part).label
        except ValidationError:
            continue
        name = normalize("".join(parts[:n] + parts[n + 1 :]))
        query = (
            Appraisal.alive()
            .select(Appraisal.id, Member.name)
            .join(AppraisalCycle)
            .switch(Appraisal)
            .join(Member)
            .where(AppraisalCycle.period == label, AppraisalCycle.deleted_at.is_null())
        )
        for appraisal_id, member_name in query.tuples():
            if normalize(member_name) == name:
                return int(appraisal_id)
    return None


def appraisal_to_cell(appraisal_id: Any, lang: str) -> str:
    if _lead.get() is None:  # File ▸ Export: everyone's results, not for everyone
        raise PermissionDenied("appraisals_on_page")
    found = (
        Appraisal.select(AppraisalCycle.period, Member.name)
        .join(AppraisalCycle)
        .switch(Appraisal)
        .join(Member)
        .where(Appraisal.id == appraisal_id)
        .tuples()
        .first()
    )
    return appraisal_label(*found) if found else ""


# --- reading cells ------------------------------------------------------------------------


def clean_field(name: str, value: Any) -> Any:
    if name == "appraisal":
        if _lead.get() is None:
            raise ValidationError("appraisals_on_page", field=name)
        found = find_appraisal(str(value))
        if found is None:
            raise ValidationError("appraisals_unknown", field=name, value=str(value))
        return found
    if name in ("name", "comment", "kind"):
        return str(value or "").strip()
    if value is None or value == "":
        return None
    return float(value)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, int | float) and isinstance(new, int | float):
        return abs(old - new) <= TOLERANCE * max(1.0, abs(old))
    return bool(old == new)


def _shown(value: Any) -> str:
    return "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


FIXED = {  # field → the message code when a file changes it
    "kind": "appraisals_kind_fixed",
    "weight": "appraisals_weight_fixed",
    "target": "appraisals_target_fixed",
    "self_rating": "appraisals_self_fixed",
}


def check_row(values: dict[str, Any]) -> None:
    """The row's item exists; fixed values unchanged; ratings in range; final locked."""
    appraisal_id, name = values.get("appraisal"), values.get("name", "")
    item = None
    for candidate in AppraisalItem.alive().where(AppraisalItem.appraisal == appraisal_id):
        if normalize(candidate.name) == normalize(name):
            item = candidate
    if item is None:
        raise ValidationError("appraisals_no_item", field="name", name=name)
    values["name"] = item.name  # as stored, so a change of case is no change
    kind = ItemKind(item.kind)
    if values.get("kind") == "":
        values["kind"] = item.kind
    for field, code in FIXED.items():
        if field not in values:
            continue
        stored = getattr(item, field)
        if not _same(stored, values[field]):
            shown = _kind_label(item.kind) if field == "kind" else _shown(stored)
            raise ValidationError(code, field=field, value=shown)
        values[field] = stored
    if kind is ItemKind.QUALITY and values.get("actual") is not None:
        raise ValidationError("appraisals_no_actual", field="actual", name=item.name)
    if kind is ItemKind.KPI and values.get("rating") is not None:
        raise ValidationError("appraisals_no_rating", field="rating", name=item.name)
    rating = values.get("rating")
    if rating is not None:
        top = max((level[0] for level in _scale(item)), default=5)
        if not 1 <= rating <= top:
            raise ValidationError(
                "appraisals_bad_rating", field="rating", value=f"{rating:g}", max=top
            )
    changed = [
        f
        for f in ("actual", "rating", "comment")
        if f in values and not _same(getattr(item, f), values[f])
    ]
    for field in ("actual", "rating"):
        if field in values and field not in changed:
            values[field] = getattr(item, field)  # 85.0000001 from Excel stays 85
    if changed and item.appraisal.state == "final":
        raise ValidationError(
            "appraisals_locked", field=changed[0], name=item.appraisal.member.name
        )
    if "actual" in changed:
        values["actual_source"] = "manual" if values["actual"] is not None else ""
    else:
        values["actual_source"] = item.actual_source


def _scale(item: AppraisalItem) -> list[Any]:
    import json

    return list(json.loads(item.scale or "[]"))


def _kind_label(value: str) -> str:
    lang = messages.language()
    return next((c.label(lang) for c in KIND_CHOICES if c.value == value), value)


APPRAISALS = register_kind(
    Kind(
        name="appraisals",
        zh="绩效考核明细",
        en="Appraisal items",
        model=AppraisalItem,
        natural_key=("appraisal", "name"),
        derived=("actual_source",),
        clean_field=clean_field,
        check_row=check_row,
        sheet_aliases=("考核明细", "绩效考核", "考核", "appraisals", "appraisal items"),
        order_by=("appraisal", "position"),
        columns=(
            Column(
                "appraisal",
                "考核（期间 姓名）",
                "Appraisal (period, name)",
                required=True,
                aliases=("考核", "被考核人", "appraisal"),
                to_cell=appraisal_to_cell,
                example="2026-Q3 张伟",
                width=18,
            ),
            Column(
                "name",
                "考核项目",
                "Item",
                required=True,
                aliases=("项目", "项目名称", "item"),
                example="内容发布量",
                width=20,
            ),
            Column(
                "kind",
                "类型",
                "Type",
                ColumnType.CHOICE,
                aliases=("项目类型", "type"),
                choices=KIND_CHOICES,
                example="业绩指标",
                example_en="KPI",
                width=10,
            ),
            Column(
                "weight",
                "权重",
                "Weight",
                ColumnType.NUMBER,
                aliases=("weight",),
                example="25",
                width=7,
            ),
            Column(
                "target",
                "目标值",
                "Target",
                ColumnType.NUMBER,
                aliases=("目标", "target"),
                example="42",
                width=10,
            ),
            Column(
                "actual",
                "实际值",
                "Actual",
                ColumnType.NUMBER,
                aliases=("实际", "实际完成", "actual"),
                example="45",
                width=10,
            ),
            Column(
                "self_rating",
                "自评",
                "Self-rating",
                ColumnType.NUMBER,
                aliases=("自评分", "自评(1-5)", "self"),
                example="4",
                width=8,
            ),
            Column(
                "rating",
                "上级评分",
                "Lead's rating",
                ColumnType.NUMBER,
                aliases=("评分", "上级评分(1-5)", "rating"),
                example="4",
                width=9,
            ),
            Column(
                "comment",
                "说明/评语",
                "Comment",
                ColumnType.LONGTEXT,
                aliases=("评语", "说明", "comment"),
                width=30,
            ),
        ),
    )
)


# --- the lead's entry points --------------------------------------------------------------

Progress = Callable[[int, int], None] | None
IsCancelled = Callable[[], bool] | None


def export_appraisals(
    actor: Actor,
    path: str | os.PathLike[str],
    lang: str | None = None,
    *,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> int:
    """Every appraisal item of every cycle (team lead only); returns how many rows."""
    with as_lead(actor):
        return export(APPRAISALS, path, lang, progress=progress, cancelled=cancelled)


def write_items_template(path: str | os.PathLike[str], lang: str | None = None) -> Any:
    """An empty workbook with the kind's columns and hints (no one's data in it)."""
    return write_template(APPRAISALS, path, lang)


def preview_appraisals(actor: Actor, path: str | os.PathLike[str], **options: Any) -> Preview:
    """The engine's preview of a workbook with the lead's rights (options as preview())."""
    with as_lead(actor):
        return preview(path, **options)


def apply_appraisals(
    actor: Actor,
    result: Preview,
    *,
    skip_errors: bool = False,
    conflict_choices: Mapping[str, str] | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> ImportResult:
    """Write a preview in one transaction: the locks checked again inside it, and the
    changed appraisals' versions moved on (team lead only)."""
    visibility.require_lead(actor)
    choices = conflict_choices or {}
    uids = set()
    for sheet in result.data_sheets:
        if sheet.kind is not APPRAISALS:
            continue
        for row in sheet.rows:
            taken = row.status is RowStatus.CONFLICT and choices.get(row.uid or "") == "theirs"
            if row.uid and (row.status is RowStatus.UPDATE or taken):
                uids.add(row.uid)
    with write():
        touched = {}
        for item in AppraisalItem.select().where(AppraisalItem.uid.in_(list(uids))):
            appraisal = item.appraisal
            check_open(appraisal)  # finalised since the preview
            touched[appraisal.id] = appraisal
        done = apply(
            result,
            actor,
            skip_errors=skip_errors,
            conflict_choices=choices,
            progress=progress,
            cancelled=cancelled,
        )
        for appraisal in touched.values():
            touch(appraisal)
    return done


__all__ = [
    "APPRAISALS",
    "apply_appraisals",
    "as_lead",
    "begin_as_lead",
    "end_as_lead",
    "export_appraisals",
    "find_appraisal",
    "preview_appraisals",
    "write_items_template",
]
