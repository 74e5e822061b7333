"""The performance interview (绩效面谈, R-4.3): strengths, weaknesses, the development plan
(actions, owner, due date), training needs linked to courses (R-4.2), reward or penalty.

Only the team lead records it. Recording it moves a reviewed appraisal to "interview held"
(later edits keep that state); nothing here may change a final appraisal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from models import base
from models.appraisal import visibility
from models.appraisal.cycles import check_open, load, touch
from models.appraisal.schema import (
    Appraisal,
    DevelopmentAction,
    Reward,
    State,
    TrainingNeed,
)
from models.base import Actor
from models.db import write
from models.errors import ValidationError, WorkflowError
from models.team import Member
from models.training.schema import Course

ACTION_MAX = 500


def record_interview(
    actor: Actor,
    uid: str,
    expected_version: int | None,
    *,
    held_on: date,
    strengths: str,
    weaknesses: str,
    reward: Reward | str = Reward.NONE,
    reward_note: str = "",
) -> None:
    """The interview's notes and decision; reviewed → interview held."""
    with write():
        visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        check_open(appraisal)
        if appraisal.state not in (State.REVIEWED.value, State.INTERVIEWED.value):
            raise WorkflowError("appraisal_needs_review", name=appraisal.member.name)
        if not isinstance(held_on, date):
            raise ValidationError("required", field="appraisal_interview_on")
        for field, text in (
            ("appraisal_strengths", strengths),
            ("appraisal_weaknesses", weaknesses),
        ):
            if not text.strip():
                raise ValidationError("required", field=field)
        try:
            decided = Reward(reward)
        except ValueError:
            raise ValidationError(
                "appraisal_bad_reward", field="appraisal_reward", value=reward
            ) from None
        changes = dict(
            state=State.INTERVIEWED.value,
            interview_on=held_on,
            strengths=strengths.strip(),
            weaknesses=weaknesses.strip(),
            reward=decided.value,
            reward_note=reward_note.strip(),
        )
        base.update(Appraisal, uid, changes, None, actor)


def _open_for_plan(actor: Actor, appraisal_uid: str) -> Appraisal:
    visibility.require_lead(actor)
    appraisal = Appraisal.by_uid(appraisal_uid)
    check_open(appraisal)
    return appraisal


def _clean_action(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "action":
            text = str(value or "").strip()
            if not text:
                raise ValidationError("required", field="appraisal_action")
            if len(text) > ACTION_MAX:
                raise ValidationError("too_long", field="appraisal_action", max=ACTION_MAX)
            out[key] = text
        elif key == "owner_uid":
            out["owner"] = None if not value else Member.by_uid(str(value))
        elif key == "due_on":
            if value is not None and not isinstance(value, date):
                raise ValidationError("bad_date", field="appraisal_due_on", value=str(value))
            out[key] = value
        elif key == "done":
            out[key] = bool(value)
        else:
            raise ValidationError("unknown_field", field=key)
    return out


def add_action(
    actor: Actor,
    appraisal_uid: str,
    action: str,
    *,
    owner_uid: str | None = None,
    due_on: date | None = None,
) -> DevelopmentAction:
    """One action of the development plan; the owner defaults to the appraised member."""
    with write():
        appraisal = _open_for_plan(actor, appraisal_uid)
        values = _clean_action(
            {"action": action, "owner_uid": owner_uid or appraisal.member.uid, "due_on": due_on}
        )
        position = DevelopmentAction.alive().where(DevelopmentAction.appraisal == appraisal).count()
        touch(appraisal)
        return base.create(
            DevelopmentAction, actor, appraisal=appraisal, position=position, **values
        )


def edit_action(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> None:
    """Change an action (``action``, ``owner_uid``, ``due_on``, ``done``)."""
    with write():
        current = DevelopmentAction.by_uid(uid)
        appraisal = _open_for_plan(actor, current.appraisal.uid)
        base.update(DevelopmentAction, uid, _clean_action(changes), expected_version, actor)
        touch(appraisal)


def remove_action(actor: Actor, uid: str) -> None:
    with write():
        current = DevelopmentAction.by_uid(uid)
        appraisal = _open_for_plan(actor, current.appraisal.uid)
        base.trash(DevelopmentAction, uid, actor)
        touch(appraisal)


def add_training_need(
    actor: Actor,
    appraisal_uid: str,
    *,
    course_uid: str | None = None,
    topic: str = "",
    notes: str = "",
) -> TrainingNeed:
    """A training need, linked to a course where one fits, else described by its topic."""
    with write():
        appraisal = _open_for_plan(actor, appraisal_uid)
        course = Course.by_uid(course_uid) if course_uid else None
        topic = " ".join(topic.split())[:100]
        if course is None and not topic:
            raise ValidationError("appraisal_need_empty", field="appraisal_need")
        touch(appraisal)
        return base.create(
            TrainingNeed, actor, appraisal=appraisal, course=course, topic=topic, notes=notes
        )


def remove_training_need(actor: Actor, uid: str) -> None:
    with write():
        current = TrainingNeed.by_uid(uid)
        appraisal = _open_for_plan(actor, current.appraisal.uid)
        base.trash(TrainingNeed, uid, actor)
        touch(appraisal)


def suggested_courses(actor: Actor, appraisal_uid: str, today: date) -> list[Any]:
    """Courses the member still has to take (training.due_courses), to pick needs from."""
    from models.training import due_courses

    appraisal = Appraisal.by_uid(appraisal_uid)
    visibility.check_can_see(actor, appraisal)
    return list(due_courses(appraisal.member.uid, today))
