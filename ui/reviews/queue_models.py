"""The tables of the 审核队列 page: my queue, my drafts and the review metrics (R-5.4).

Columns are declared as data over the snapshots ``models.reviews.queue`` and
``models.reviews.metrics`` return, so a table never queries per cell.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from models import messages
from models.reviews.metrics import LevelMetrics
from models.reviews.queue import AuthorItem, QueueItem
from ui.labels import role_label
from ui.table_model import CENTER, Column, RowTableModel

translate = QCoreApplication.translate  # lupdate finds calls named translate
RIGHT = CENTER  # numbers read best centred in these narrow columns


def waited_text(since: datetime | None, now: datetime | None = None) -> str:
    """How long an item has waited: 45 分钟, 5 小时, 3 天."""
    if since is None:
        return ""
    minutes = max(0, int(((now or datetime.now()) - since).total_seconds() // 60))
    if minutes < 1:
        return translate("ReviewQueue", "just now")
    if minutes < 60:
        return translate("ReviewQueue", "%n minute(s)", "", minutes)
    if minutes < 48 * 60:
        return translate("ReviewQueue", "%n hour(s)", "", minutes // 60)
    return translate("ReviewQueue", "%n day(s)", "", minutes // (24 * 60))


def hours_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def refusal_text(code: str | None) -> str:
    """Why a greyed item of my queue is not mine to sign (separation of duties)."""
    if not code:
        return ""
    if code == "review_own_content":
        return translate("ReviewQueue", "You wrote part of it: another member signs this level")
    if code == "review_one_level":
        return translate("ReviewQueue", "You signed another level of this submission")
    return messages.text(code, messages.language(), level="", role="", other="")


def _due(value: object) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def queue_columns() -> list[Column]:
    """The reviewer's queue: most urgent and oldest first (the model's order)."""
    return [
        Column(translate("ReviewQueue", "Title"), lambda i: i.title, tooltip=_queue_tip, chars=18),
        Column(translate("ReviewQueue", "Level"), lambda i: i.level_name, chars=7),
        Column(
            translate("ReviewQueue", "Priority"),
            lambda i: i.priority.label(),
            sort_key=lambda i: -int(i.priority),
            align=CENTER,
            chars=4,
        ),
        Column(translate("ReviewQueue", "Due"), lambda i: _due(i.due_on), chars=7),
        Column(
            translate("ReviewQueue", "Waiting"), lambda i: waited_text(i.waiting_since), chars=6
        ),
        Column(translate("ReviewQueue", "Author"), lambda i: i.owner_name, chars=5),
        Column(
            translate("ReviewQueue", "Version"),
            lambda i: f"v{i.draft_number}",
            sort_key=lambda i: i.draft_number,
            align=CENTER,
            chars=4,
        ),
        Column(
            translate("ReviewQueue", "Open comments"),
            lambda i: str(i.open_comments or ""),
            sort_key=lambda i: i.open_comments,
            align=RIGHT,
            chars=5,
        ),
        Column(
            translate("ReviewQueue", "Note"),
            _queue_note,
            tooltip=lambda i: refusal_text(i.refusal),
            chars=14,
        ),
    ]


def _queue_note(item: QueueItem) -> str:
    if item.refusal:
        return refusal_text(item.refusal)
    if item.pending_sync:
        return translate("ReviewQueue", "Edited since it was submitted")
    return ""


def _queue_tip(item: QueueItem) -> str:
    lines = [item.title, f"{item.form} · {'、'.join(item.channels)}".strip(" ·")]
    lines.append(
        translate("ReviewQueue", "%1 signs this level").replace("%1", role_label(item.role))
    )
    lines.append(
        translate("ReviewQueue", "Submitted %1").replace(
            "%1", f"{item.submitted_at:%Y-%m-%d %H:%M}"
        )
    )
    return "\n".join(line for line in lines if line)


def author_columns() -> list[Column]:
    """Where each of my drafts stands."""
    return [
        Column(
            translate("ReviewQueue", "Title"),
            lambda a: a.state.title,
            tooltip=lambda a: a.state.title,
            chars=18,
        ),
        Column(translate("ReviewQueue", "Stage"), lambda a: a.state.stage.label(), chars=4),
        Column(translate("ReviewQueue", "Review"), lambda a: a.state.text(), chars=11),
        Column(translate("ReviewQueue", "Version"), _author_version, align=CENTER, chars=6),
        Column(
            translate("ReviewQueue", "For me to address"),
            lambda a: str(a.awaiting_me or ""),
            sort_key=lambda a: a.awaiting_me,
            align=RIGHT,
            chars=6,
        ),
        Column(
            translate("ReviewQueue", "For the reviewer to check"),
            lambda a: str(a.awaiting_reviewer or ""),
            sort_key=lambda a: a.awaiting_reviewer,
            align=RIGHT,
            chars=7,
        ),
        Column(translate("ReviewQueue", "Due"), lambda a: _due(a.due_on), chars=7),
        Column(translate("ReviewQueue", "Next step"), _next_step, chars=14),
    ]


def _author_version(item: AuthorItem) -> str:
    s = item.state
    if s.draft_number is None:
        return f"v{s.latest_number}" if s.latest_number else ""
    if s.latest_number and s.latest_number != s.draft_number:
        return f"v{s.draft_number} → v{s.latest_number}"
    return f"v{s.draft_number}"


def _next_step(item: AuthorItem) -> str:
    s = item.state
    if item.awaiting_me:
        return translate("ReviewQueue", "Address the comments")
    if s.status in ("changes", "rejected"):
        return translate("ReviewQueue", "Revise and resubmit")
    if s.status == "none":
        return translate("ReviewQueue", "Submit for review")
    if s.status == "approved":
        return translate("ReviewQueue", "Ready to publish")
    return translate("ReviewQueue", "Waiting for the reviewers")


def metric_columns() -> list[Column]:
    """The review metrics per level (reviewer 全体) and per reviewer and level."""
    everyone = translate("ReviewQueue", "Everyone")
    return [
        Column(translate("ReviewQueue", "Level"), lambda m: m.level_name, chars=7),
        Column(
            translate("ReviewQueue", "Reviewer"), lambda m: m.reviewer_name or everyone, chars=6
        ),
        Column(
            translate("ReviewQueue", "Items waiting"),
            lambda m: str(m.waiting),
            sort_key=lambda m: m.waiting,
            align=RIGHT,
            chars=5,
        ),
        Column(
            translate("ReviewQueue", "Decided"),
            lambda m: str(m.decided),
            sort_key=lambda m: m.decided,
            align=RIGHT,
            chars=5,
        ),
        Column(
            translate("ReviewQueue", "Median hours to decide"),
            lambda m: hours_text(m.median_decide_hours),
            sort_key=lambda m: int((m.median_decide_hours or 0) * 100),
            align=RIGHT,
            chars=9,
        ),
        Column(
            translate("ReviewQueue", "Comments open"),
            lambda m: str(m.comments_open),
            sort_key=lambda m: m.comments_open,
            align=RIGHT,
            chars=7,
        ),
        Column(
            translate("ReviewQueue", "Comments resolved"),
            lambda m: str(m.comments_resolved),
            sort_key=lambda m: m.comments_resolved,
            align=RIGHT,
            chars=7,
        ),
        Column(
            translate("ReviewQueue", "Median hours to resolve"),
            lambda m: hours_text(m.median_resolve_hours),
            sort_key=lambda m: int((m.median_resolve_hours or 0) * 100),
            align=RIGHT,
            chars=9,
        ),
    ]


def queue_model(parent: object = None) -> RowTableModel:
    return RowTableModel(
        queue_columns(), key=lambda i: i.topic_uid, muted=lambda i: bool(i.refusal), parent=parent
    )


def author_model(parent: object = None) -> RowTableModel:
    return RowTableModel(author_columns(), key=lambda a: a.state.topic_uid, parent=parent)


def metrics_model(parent: object = None) -> RowTableModel:
    return RowTableModel(
        metric_columns(), key=lambda m: f"{m.level_name}|{m.reviewer_uid or ''}", parent=parent
    )


def metric_rows(levels: list[LevelMetrics], reviewers: list[LevelMetrics]) -> list[LevelMetrics]:
    """Each level for everyone first, then each reviewer's rows."""
    return [*levels, *reviewers]
