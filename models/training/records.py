"""Attendance records (R-4.2): who attended or missed a session, score, pass, certificate."""

from __future__ import annotations

from typing import Any

from models import base
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.team import Member
from models.training import clean, rules
from models.training.schema import Attendance, CourseSession, TrainingRecord

RECORD_FIELDS = (
    "status", "signed_in_at", "hours", "score", "certificate_name", "certificate_no",
    "certificate_expires", "notes",
)  # fmt: skip


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    clean.check_fields(values, RECORD_FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "status":
            out[key] = clean.choice(value, Attendance, key).value
        elif key == "signed_in_at":
            out[key] = clean.moment(value, key)
        elif key == "hours":
            out[key] = clean.number(value, key, maximum=clean.HOURS_MAX)
        elif key == "score":
            out[key] = clean.score(value, key)
        elif key in ("certificate_name", "certificate_no"):
            out[key] = clean.one_line(value, key, max_len=100)
        elif key == "certificate_expires":
            out[key] = clean.day(value, key)
        elif key == "notes":
            out[key] = clean.text(value, key, max_len=10_000)
    return out


def _derive(
    out: dict[str, Any], session: CourseSession, member: Member, current: TrainingRecord | None
) -> dict[str, Any]:
    """Fill what follows from the rules: hours by default, ``passed`` from the pass mark.

    An absent member has no score and 0 hours. An attendee's hours default to the session's
    (a person who left early can be given fewer); they are recomputed only when the record
    is new, the status changes or hours are cleared.
    """
    status = out.get("status", current.status if current else Attendance.ATTENDED.value)
    score = out["score"] if "score" in out else (current.score if current else None)
    attended = status == Attendance.ATTENDED
    if not attended and score is not None:
        raise ValidationError("training_absent_with_score", field="score", member=member.name)
    if not attended:
        out["hours"] = 0.0
    elif out.get("hours") is None and (
        current is None or "hours" in out or current.status != status
    ):
        out["hours"] = session.effective_hours
    elif out.get("hours") is None:
        out.pop("hours", None)
    out["passed"] = rules.record_passed(attended, score, session.course.pass_mark)
    return out


def _existing(
    session: CourseSession, member: Member, uid: str | None = None
) -> TrainingRecord | None:
    query = TrainingRecord.alive().where(
        TrainingRecord.session == session, TrainingRecord.member == member
    )
    if uid is not None:
        query = query.where(TrainingRecord.uid != uid)
    return query.first()


def add_record(actor: Actor, session_uid: str, member_uid: str, **values: Any) -> TrainingRecord:
    """Record a member at a session; ``values`` are any of RECORD_FIELDS.

    ``status`` defaults to attended. ``passed`` is computed, never given. A second record
    for the same member and session is refused. More attendees than the course's capacity
    is allowed (see rules.over_capacity): views warn about it.
    """
    with write():
        session = CourseSession.by_uid(session_uid)
        member = Member.by_uid(member_uid)
        if _existing(session, member) is not None:
            raise ValidationError("training_duplicate_record", field="member", member=member.name)
        out = _derive(_clean(values), session, member, None)
        return base.create(TrainingRecord, actor, session=session, member=member, **out)


def edit_record(
    actor: Actor, uid: str, expected_version: int | None, **changes: Any
) -> TrainingRecord:
    with write():
        current = TrainingRecord.by_uid(uid)
        out = _derive(_clean(changes), current.session, current.member, current)
        return base.update(TrainingRecord, uid, out, expected_version, actor)


def save_attendance(
    actor: Actor, session: CourseSession, member: Member, values: dict[str, Any]
) -> tuple[TrainingRecord, bool]:
    """Create the member's record at the session, or update the one there (re-imports).

    Returns the record and whether it was created.
    """
    with write():
        current = _existing(session, member)
        out = _derive(_clean(values), session, member, current)
        if current is None:
            return base.create(TrainingRecord, actor, session=session, member=member, **out), True
        return base.update(TrainingRecord, current.uid, out, None, actor, action="import"), False


def trash_record(actor: Actor, uid: str) -> None:
    base.trash(TrainingRecord, uid, actor)


def restore_record(actor: Actor, uid: str) -> None:
    with write():
        record = TrainingRecord.by_uid(uid, include_deleted=True)
        if _existing(record.session, record.member, uid) is not None:
            raise ValidationError(
                "training_duplicate_record", field="member", member=record.member.name
            )
        base.restore(TrainingRecord, uid, actor)
        # the course's pass mark may have changed while the record was in the trash
        attended = record.status == Attendance.ATTENDED
        passed = rules.record_passed(attended, record.score, record.session.course.pass_mark)
        if passed != record.passed:
            base.update(
                TrainingRecord, uid, {"passed": passed}, None, actor, note="pass mark changed"
            )
