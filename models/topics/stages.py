"""The content flow 选题 → 策划 → 撰写 → 审核 → 发布, with 搁置 and 废弃 (R-5.1).

Allowed moves (anything else is refused with a reason code the board can show):

- one step forward along the flow, through its gate:
  选题→策划 needs an owner and a form; 策划→撰写 needs the plan (R-5.3: audience, core message,
  channels, expected effect, outline or script); 撰写→审核 needs a saved draft; 审核→发布 needs
  the review's approval (:func:`review_approved`, supplied by the review module of R-5.4);
- one step back (发布→审核 only while nothing of the topic has been published);
- from any flow stage but 发布 to 搁置 (parked), which later resumes at the stage it left;
- from anywhere to 废弃 (dropped); a dropped topic is restored to the stage it left.

Who may move a topic: its owner, a content planner or the team lead, as an active member of
the team (an actor without a member, e.g. the command line, may not). Every move is one audit
entry (action "stage", note "from -> to[: comment]") with who and when. Archived topics
(R-5.7) do not move until they are restored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import DeskError, PermissionDenied, WorkflowError
from models.team import Member, Role
from models.topics.editing import missing_plan_fields
from models.topics.model import FLOW, DraftVersion, Publication, PubStatus, Stage, Topic

messages.register(
    {
        "topic_archived": (
            "“{title}” is archived; restore it from the clean-up list before moving it.",
            "“{title}”已归档，请先在清理列表中恢复后再移动。",
        ),
        "topic_same_stage": ("The topic is already at {stage}.", "该选题已处于「{stage}」阶段。"),
        "topic_actor_unknown": (
            "Choose who you are (Settings › Me) before moving topics.",
            "请先在“设置 › 我是谁”中选择您的身份，再移动选题。",
        ),
        "topic_move_denied": (
            "Only the owner of “{title}”, a content planner or the team lead may move it.",
            "只有“{title}”的负责人、内容策划或团队负责人可以移动该选题。",
        ),
        "topic_move_not_allowed": (
            "A topic cannot go from {from_stage} to {to_stage}: it moves one step at a time.",
            "选题不能从「{from_stage}」直接移到「{to_stage}」：每次只能前进或后退一步。",
        ),
        "topic_parked_returns": (
            "A parked topic resumes at {stage}, where it left off (or is dropped).",
            "搁置的选题只能回到搁置前的「{stage}」阶段（或废弃）。",
        ),
        "topic_dropped_returns": (
            "A dropped topic is restored to {stage}, the stage it was dropped from.",
            "废弃的选题只能恢复到废弃前的「{stage}」阶段。",
        ),
        "topic_needs_owner": (
            "Choose an owner before the topic enters planning.",
            "进入「策划」前请先指定负责人。",
        ),
        "topic_needs_form": (
            "Choose a content form (图文, 短视频 …) before the topic enters planning.",
            "进入「策划」前请先选择内容形式（图文、短视频等）。",
        ),
        "topic_plan_incomplete": (
            "The plan is not complete: fill in {fields} before writing starts.",
            "策划方案尚不完整：开始撰写前请填写{fields}。",
        ),
        "topic_needs_draft": (
            "Save a draft of the copy or script before sending the topic to review.",
            "送审前请先保存文案或脚本的草稿。",
        ),
        "topic_review_not_approved": (
            "The review has not approved this content yet, so it cannot be published.",
            "该内容尚未通过审核，不能发布。",
        ),
        "topic_already_published": (
            "Content of this topic is already published; it cannot go back to review.",
            "该选题的内容已发布，不能退回审核。",
        ),
    }
)


class StageError(WorkflowError):
    """A refused move; stage and field parameters are codes, worded in the reader's language."""

    def message(self, lang: str | None = None) -> str:
        lang = messages.normalize_language(lang or messages.language())
        params: dict[str, Any] = dict(self.params)
        for key in ("stage", "from_stage", "to_stage"):
            if key in params:
                params[key] = Stage[str(params[key]).upper()].label(lang)
        if "fields" in params:
            labels = [messages.field_label(f, lang) for f in params["fields"]]
            params["fields"] = (
                "、".join(f"「{x}」" for x in labels) if lang == "zh_CN" else (", ".join(labels))
            )
        return messages.text(self.code, lang, **params)


# hook: the review module registers a check; until one approves, 审核→发布 is refused.
ReviewCheck = Callable[[Topic], bool]
_review_checks: list[ReviewCheck] = []


def register_review_check(check: ReviewCheck) -> None:
    """Let the review module (R-5.4) decide whether a topic's content is approved."""
    if check not in _review_checks:
        _review_checks.append(check)


def unregister_review_check(check: ReviewCheck) -> None:
    if check in _review_checks:
        _review_checks.remove(check)


# hook: a topic entering 审核 from 撰写 opens a review round however it moves (the board,
# the stage panel, the review's own submission); the review module registers the opener.
ReviewEntry = Callable[[Actor, Topic, str, datetime], None]
_review_entries: list[ReviewEntry] = []


def register_review_entry(hook: ReviewEntry) -> None:
    """Let the review module (R-5.4) open a round when a topic moves 撰写 → 审核; the hook
    runs inside the move's transaction with the actor, the moved topic, the move's comment
    and its time."""
    if hook not in _review_entries:
        _review_entries.append(hook)


def review_approved(topic: Topic) -> bool:
    """True once a registered review check approves the topic; False while none exists."""
    # the review chain registers its check on import; make sure it is loaded,
    # whichever screen or command asks first.
    import models.reviews.workflow  # noqa: F401

    return any(check(topic) for check in _review_checks)


class HasUid(Protocol):
    uid: str


def _load(topic: Topic | HasUid | str) -> Topic:
    if isinstance(topic, Topic):
        return Topic.by_uid(topic.uid)  # fresh: the rules look at what is stored now
    return Topic.by_uid(topic if isinstance(topic, str) else topic.uid)


def permission_refusal(actor: Actor, topic: Topic) -> DeskError | None:
    """Why ``actor`` may not move or retire ``topic``, or None (owner, planner or lead)."""
    member = Member.alive().where(Member.uid == actor.uid).first() if actor.uid else None
    if member is None or not member.active:
        return PermissionDenied("topic_actor_unknown")
    if member.has_role(Role.TEAM_LEAD) or member.has_role(Role.CONTENT_PLANNER):
        return None
    if topic.owner_id is not None and topic.owner_id == member.get_id():
        return None
    return PermissionDenied("topic_move_denied", title=topic.title)


def _shape_refusal(topic: Topic, to: Stage) -> StageError | None:
    here = Stage(topic.stage)
    if to is Stage.DROPPED:
        return None
    if here is Stage.DROPPED:
        origin = Stage(topic.dropped_from or Stage.IDEA)
        return None if to is origin else StageError("topic_dropped_returns", stage=origin.code)
    if here is Stage.PARKED:
        origin = Stage(topic.parked_from or Stage.IDEA)
        return None if to is origin else StageError("topic_parked_returns", stage=origin.code)
    if to is Stage.PARKED and here is not Stage.PUBLISH:
        return None
    if to in FLOW and abs(FLOW.index(to) - FLOW.index(here)) == 1:
        return None
    return StageError("topic_move_not_allowed", from_stage=here.code, to_stage=to.code)


def _gate_refusal(topic: Topic, to: Stage) -> StageError | None:
    here = Stage(topic.stage)
    if here is Stage.IDEA and to is Stage.PLAN:
        if topic.owner_id is None:
            return StageError("topic_needs_owner")
        if not topic.form:
            return StageError("topic_needs_form")
    elif here is Stage.PLAN and to is Stage.WRITE:
        missing = missing_plan_fields(topic)
        if missing:
            return StageError("topic_plan_incomplete", fields=missing)
    elif here is Stage.WRITE and to is Stage.REVIEW:
        if not DraftVersion.alive().where(DraftVersion.topic == topic).exists():
            return StageError("topic_needs_draft")
    elif here is Stage.REVIEW and to is Stage.PUBLISH:
        if not review_approved(topic):
            return StageError("topic_review_not_approved")
    elif here is Stage.PUBLISH and to is Stage.REVIEW:
        published = Publication.alive().where(
            Publication.topic == topic, Publication.status == PubStatus.PUBLISHED.value
        )
        if published.exists():
            return StageError("topic_already_published")
    return None


def move_refusal(topic: Topic | HasUid | str, to_stage: Stage, actor: Actor) -> DeskError | None:
    """The error a move would raise (code and parameters for the GUI), or None if it may go."""
    record = _load(topic)
    to = Stage(to_stage)
    if record.archived_at is not None:
        return StageError("topic_archived", title=record.title)
    if to == record.stage:
        return StageError("topic_same_stage", stage=to.code)
    return (
        permission_refusal(actor, record) or _shape_refusal(record, to) or _gate_refusal(record, to)
    )


def can_move(topic: Topic | HasUid | str, to_stage: Stage, actor: Actor) -> tuple[bool, str | None]:
    """(True, None) if ``actor`` may move the topic to ``to_stage`` now, else (False, code)."""
    refusal = move_refusal(topic, to_stage, actor)
    return (refusal is None, None if refusal is None else refusal.code)


def allowed_targets(topic: Topic | HasUid | str, actor: Actor) -> list[Stage]:
    """The stages the actor may move the topic to now (for a context menu)."""
    record = _load(topic)
    return [s for s in Stage if move_refusal(record, s, actor) is None]


def move_topic(
    actor: Actor,
    uid: str,
    to_stage: Stage,
    *,
    expected_version: int | None = None,
    comment: str = "",
    at: datetime | None = None,
) -> Topic:
    """Move a topic to another stage, or raise the refusal (StageError/PermissionDenied).
    Moving 撰写 → 审核 also opens the review round in the same transaction (R-5.4)."""
    with write():
        at = at or base.now()
        topic = Topic.by_uid(uid)
        to = Stage(to_stage)
        refusal = move_refusal(topic, to, actor)
        if refusal is not None:
            raise refusal
        here = Stage(topic.stage)
        changes: dict[str, Any] = {"stage": int(to), "stage_changed_at": at}
        if to is Stage.PARKED and here is not Stage.DROPPED:  # restoring keeps parked_from
            changes["parked_from"] = int(here)
        elif here is Stage.PARKED and to is not Stage.DROPPED:
            changes["parked_from"] = None
        if to is Stage.DROPPED:
            changes["dropped_from"] = int(here)
        elif here is Stage.DROPPED:
            changes["dropped_from"] = None
        note = f"{here.code} -> {to.code}" + (f": {comment.strip()}" if comment.strip() else "")
        moved = base.update(Topic, uid, changes, expected_version, actor, action="stage", note=note)
        if here is Stage.WRITE and to is Stage.REVIEW:
            import models.reviews.workflow  # noqa: F401 - registers the round opener

            for hook in _review_entries:
                hook(actor, moved, comment.strip(), at)
        return moved


@dataclass(frozen=True)
class StageChange:
    """One line of a topic's stage history (from the audit log)."""

    at: datetime
    actor_name: str
    from_stage: Stage | None
    to_stage: Stage
    comment: str


def stage_history(uid: str) -> list[StageChange]:
    """When the topic was created and every stage move since, oldest first."""
    out: list[StageChange] = []
    for entry in base.history(uid):
        if entry.table != "topic":
            continue
        if entry.action == "create":
            created = Stage(entry.after_values()["stage"])
            out.append(StageChange(entry.at, entry.actor_name, None, created, ""))
        elif entry.action == "stage":
            _, _, comment = (entry.note or "").partition(": ")
            out.append(
                StageChange(
                    entry.at,
                    entry.actor_name,
                    Stage(entry.before_values()["stage"]),
                    Stage(entry.after_values()["stage"]),
                    comment,
                )
            )
    return out
