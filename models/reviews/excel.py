"""Review records in workbooks: the exchange kind ``reviews`` (R-5.4, R-7.3).

One row per decision (approvals carried into a later round are not repeated), per comment
and per waiver, read from the view ``review_log`` (migration step 5): what a compliance
self-audit reads, through ``main.py export reviews`` and the export dialog.

Decisions: the kind is for reading. Decisions and comments made elsewhere come back through
a review package (package.py, package_import.py), whose import checks who may sign and
whether the draft changed; a workbook of this kind imported as such refuses every row with
a message saying so, rather than writing decisions around the workflow's rules.
"""

from __future__ import annotations

from typing import Any

from models import messages
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.reviews.schema import ReviewLogEntry
from models.reviews.wording import ReviewInvalid

messages.register(
    {
        "reviews_read_only": (
            "review records are exported for reading and audits; decisions and comments "
            "come back through a review package (Reviews › Import review package)",
            "审核记录仅供查阅和自查导出；审核决定和意见请通过审核包导回（审核 › 导入审核包）",
        ),
    }
)

ENTRY_NAMES = {
    "decision": ("Decision", "审核决定"),
    "comment": ("Comment", "审核意见"),
    "waiver": ("Waiver", "豁免"),
}
OUTCOME_NAMES = {
    "approve": ("Approved", "通过"),
    "changes": ("Changes requested", "退回修改"),
    "reject": ("Rejected", "驳回"),
    "open": ("Open", "待处理"),
    "addressed": ("Addressed, to be checked", "已修改，待确认"),
    "resolved": ("Resolved", "已解决"),
    "withdrawn": ("Withdrawn", "已撤回"),
    "waived": ("Waived", "已豁免"),
    "revoked": ("Waiver revoked", "豁免已撤销"),
}


def _choices(names: dict[str, tuple[str, str]]) -> tuple[Choice, ...]:
    return tuple(Choice(code, en, zh) for code, (en, zh) in names.items())


def _label(names: dict[str, tuple[str, str]]) -> Any:
    def to_cell(value: Any, lang: str) -> str:
        en, zh = names.get(str(value), (str(value), str(value)))
        return zh if lang.startswith("zh") else en

    return to_cell


def clean_review_field(name: str, value: Any) -> Any:
    """Every cell is refused: the kind is read-only (module docstring)."""
    raise ReviewInvalid("reviews_read_only", field=name)


REVIEWS = register_kind(
    Kind(
        name="reviews",
        zh="审核记录",
        en="Review records",
        model=ReviewLogEntry,
        natural_key=("uid",),
        clean_field=clean_review_field,
        sheet_aliases=("审核", "审核记录", "审核意见", "reviews", "review log"),
        order_by=("at",),
        columns=(
            Column("topic", "选题", "Topic", required=True, aliases=("选题标题",), width=28),
            Column("draft_number", "稿件版本", "Draft version", ColumnType.INT, width=9),
            Column("level_name", "审核级别", "Review level", aliases=("级别",), width=11),
            Column(
                "entry",
                "类型",
                "Type",
                ColumnType.CHOICE,
                choices=_choices(ENTRY_NAMES),
                to_cell=_label(ENTRY_NAMES),
                width=10,
            ),
            Column("person", "人员", "Person", aliases=("审核人", "提出人"), width=10),
            Column(
                "outcome",
                "结果",
                "Outcome",
                ColumnType.CHOICE,
                aliases=("状态", "决定"),
                choices=_choices(OUTCOME_NAMES),
                to_cell=_label(OUTCOME_NAMES),
                width=12,
            ),
            Column("body", "内容", "Text", ColumnType.LONGTEXT, aliases=("意见",), width=40),
            Column("quote", "引用原文", "Quoted passage", ColumnType.LONGTEXT, width=24),
            Column("at", "时间", "Time", ColumnType.DATETIME, width=17),
        ),
    )
)
