"""The review package (R-5.4, working across machines): the items waiting at given levels, with
their drafts and comments, in one .xlsx for a reviewer who does not share the database.

The reviewer fills 审核人, 决定 and 意见 on the items sheet, may accept (已解决), reopen
(待处理) or withdraw (已撤回) comments they raised, and may add comments as new rows. The
workbook comes back through :mod:`models.reviews.package_import`, which merges by uid —
the topic's uid for an item, the comment's uid for a comment — and reports a decision on a
draft that changed since the package was made as a conflict, not applied.

Sheets: 审核事项 (items), 稿件 (the draft under review, title, hashtags and what changed since
the last round), 审核意见 (comments), 填写说明, and a hidden ``_review_package`` holding what
the import needs to recognise the file.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from xlsxwriter.worksheet import Worksheet

from models import messages
from models.base import new_uid, now
from models.reviews import hits
from models.reviews.comments import comments
from models.reviews.queue import QueueItem, waiting
from models.reviews.report import Col, Report
from models.reviews.status import state
from models.team import Member, role_label
from models.topics.model import DraftVersion, Topic

MARKER_SHEET = "_review_package"
MARKER = "marketing-desk review package"

ITEM_COLUMNS = (
    Col("选题编号", "Topic ID", 38),
    Col("选题", "Topic", 26),
    Col("内容形式", "Content form", 9),
    Col("渠道", "Channels", 16),
    Col("优先级", "Priority", 7),
    Col("截止日期", "Due date", 11),
    Col("待审级别", "Level waiting", 11),
    Col("签核角色", "Signed by role", 12),
    Col("稿件版本", "Draft version", 8),
    Col("送审时间", "Submitted at", 17),
    Col("广告法提示", "Advertising-Law hits", 30, wrap=True),
    Col("审核人", "Reviewer", 10),
    Col("决定", "Decision", 10),
    Col("意见", "Comment", 36, wrap=True),
    Col("决定时间", "Decided at", 17),
)
DRAFT_COLUMNS = (
    Col("选题编号", "Topic ID", 38),
    Col("选题", "Topic", 26),
    Col("稿件版本", "Draft version", 8),
    Col("标题", "Title", 26, wrap=True),
    Col("正文", "Copy or script", 60, wrap=True),
    Col("话题标签", "Hashtags", 20, wrap=True),
    Col("上一轮版本", "Previous round's version", 9),
    Col("与上一轮相比", "Changes since the previous round", 40, wrap=True),
)
COMMENT_COLUMNS = (
    Col("意见编号", "Comment ID", 38),
    Col("选题编号", "Topic ID", 38),
    Col("选题", "Topic", 26),
    Col("稿件版本", "Draft version", 8),
    Col("审核级别", "Review level", 11),
    Col("提出人", "Raised by", 10),
    Col("意见", "Comment", 40, wrap=True),
    Col("引用原文", "Quoted passage", 24, wrap=True),
    Col("状态", "Status", 14),
    Col("作者回复", "Author's reply", 30, wrap=True),
)
# the cells the reviewer fills (0-based columns of ITEM_COLUMNS)
REVIEWER_COL, DECISION_COL, COMMENT_COL, DECIDED_AT_COL = 11, 12, 13, 14
STATUS_COL = 8  # of COMMENT_COLUMNS

messages.register(
    {
        "pkg_items": ("Items", "审核事项"),
        "pkg_drafts": ("Drafts", "稿件"),
        "pkg_comments": ("Comments", "审核意见"),
        "pkg_help": ("Instructions", "填写说明"),
        "pkg_help_1": (
            "Each row of “Items” is a draft waiting at a review level. Fill in Reviewer (your "
            "name as the team knows it), Decision and, unless you approve, Comment.",
            "“审核事项”每行是一篇待审稿件。请填写审核人（团队中的姓名）、决定，以及意见"
            "（选择“通过”以外的决定时必填）。",
        ),
        "pkg_help_2": (
            "Read the draft on the “Drafts” sheet; the version there is the one you decide on.",
            "稿件内容见“稿件”表；您的决定针对该表中的版本。",
        ),
        "pkg_help_3": (
            "On “Comments”, set Status to Resolved to accept an author's answer, Open to "
            "reopen it, Withdrawn to take it back; add new comments as new rows (Topic ID, "
            "Raised by, Comment, and optionally the quoted passage).",
            "在“审核意见”表中，把状态改为“已解决”表示确认作者的修改，改为“待处理”表示重新打开，"
            "改为“已撤回”表示撤回；新意见请另起一行（填写选题编号、提出人、意见，可附引用原文）。",
        ),
        "pkg_help_4": (
            "If the draft changes at the office before your package comes back, your decision "
            "on it is shown as a conflict and not applied; the new version needs a new look.",
            "如您寄回之前稿件在单位又被修改，您对该稿件的决定将显示为冲突而不会生效，"
            "需要对新版本重新审核。",
        ),
        "pkg_help_5": (
            "Do not change the ID columns or the hidden sheet; they match your rows to the "
            "records.",
            "请勿修改编号列和隐藏的工作表，导入时靠它们对应记录。",
        ),
    }
)


def _hits_summary(topic: Topic, draft_number: int, lang: str) -> str:
    found = hits.check_topic(topic, draft_number).hits
    parts = []
    for h in found:
        sev = messages.text(f"adlaw_sev_{h.hit.severity.value}", lang)
        waived = "，" + ("已豁免" if lang == "zh_CN" else "waived") if h.waiver else ""
        parts.append(f"“{h.hit.text}”（{h.hit.term}，{sev}{waived}）")
    return "；".join(parts)


def _changes(old: str, new: str) -> str:
    lines = difflib.ndiff(old.splitlines(), new.splitlines())
    return "\n".join(line for line in lines if line[:2] in ("+ ", "- "))


def _item_row(item: QueueItem, lang: str) -> tuple[object, ...]:
    topic = Topic.by_uid(item.topic_uid)
    return (
        item.topic_uid,
        item.title,
        item.form,
        "、".join(item.channels),
        item.priority.label(lang),
        item.due_on,
        item.level_name,
        role_label(item.role, lang),
        item.draft_number,
        item.submitted_at,
        _hits_summary(topic, item.draft_number, lang),
        "",
        "",
        "",
        None,
    )


def _draft_row(item: QueueItem) -> tuple[object, ...]:
    topic = Topic.by_uid(item.topic_uid)
    draft = DraftVersion.get(topic=topic, number=item.draft_number)
    previous = state(item.topic_uid).previous_number
    old = DraftVersion.get_or_none(topic=topic, number=previous) if previous else None
    return (
        item.topic_uid,
        item.title,
        item.draft_number,
        topic.title,
        draft.body,
        hits.hashtags_text(topic),
        previous,
        _changes(old.body, draft.body) if old is not None else "",
    )


def export_package(
    path: str | os.PathLike[str], *, levels: list[str] | None = None, lang: str | None = None
) -> int:
    """Write the items waiting at ``levels`` (all levels: None); returns how many."""
    lang = messages.normalize_language(lang or messages.language())
    items = waiting(levels)
    comment_rows = []
    for item in items:
        for c in comments(item.topic_uid):
            comment_rows.append(
                (
                    c.uid,
                    item.topic_uid,
                    item.title,
                    c.draft_number,
                    c.level_name,
                    c.author_name,
                    c.body,
                    c.quote,
                    messages.text(f"comment_status_{c.status.value}", lang),
                    c.reply,
                )
            )
    report = Report(path)
    rows = [_item_row(i, lang) for i in items]
    sheet = report.table(messages.text("pkg_items", lang), ITEM_COLUMNS, rows, lang)
    choices = ("approve", "changes", "reject")
    _dropdown(sheet, DECISION_COL, [messages.text(f"review_decision_{d}", lang) for d in choices])
    roles = {i.role for i in items}
    active = Member.alive().where(Member.active == True).order_by(Member.name)  # noqa: E712
    _dropdown(sheet, REVIEWER_COL, [m.name for m in active if roles & set(m.role_list)])
    rows = [_draft_row(i) for i in items]
    report.table(messages.text("pkg_drafts", lang), DRAFT_COLUMNS, rows, lang)
    sheet = report.table(messages.text("pkg_comments", lang), COMMENT_COLUMNS, comment_rows, lang)
    statuses = ("open", "resolved", "withdrawn")
    _dropdown(sheet, STATUS_COL, [messages.text(f"comment_status_{s}", lang) for s in statuses])
    help_sheet = report.book.add_worksheet(messages.text("pkg_help", lang))
    help_sheet.set_column(0, 0, 100)
    for r in range(5):
        line = messages.text(f"pkg_help_{r + 1}", lang)
        help_sheet.write_string(r, 0, f"{r + 1}. {line}", report.fmt.plain)
    marker = report.book.add_worksheet(MARKER_SHEET)
    for r, (key, value) in enumerate(
        (("kind", MARKER), ("package", new_uid()), ("made_at", now().isoformat()),
         ("levels", "、".join(levels or [])))
    ):  # fmt: skip
        marker.write_string(r, 0, key)
        marker.write_string(r, 1, value)
    marker.hide()
    report.close()
    return len(items)


def _dropdown(sheet: Worksheet, col: int, values: list[str]) -> None:
    source = ",".join(values)
    if not values or len(source) > 250:  # Excel's limit for a list typed in the rule
        return
    sheet.data_validation(
        1, col, 10_000, col, {"validate": "list", "source": values, "error_type": "warning"}
    )


def is_package(path: str | os.PathLike[str]) -> bool:
    """Whether a workbook is a review package (for the import dialog to route it)."""
    from models.exchange import safety
    from models.exchange.safety import ImportRefused

    try:
        info = safety.inspect(Path(path))
    except ImportRefused:
        return False
    return any(s.name == MARKER_SHEET for s in info.sheets)
