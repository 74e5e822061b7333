"""Sign-in sheet import (R-4.2): match names to members, write one session's attendance.

The rows come from :func:`models.training.signin.read_signin_sheet` (or later from the Excel
exchange engine); the user confirms the name → member mapping before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from models import messages
from models.base import Actor
from models.db import write
from models.errors import DeskError, ValidationError
from models.team import Member
from models.text import normalize
from models.training import rules
from models.training.records import save_attendance
from models.training.schema import Attendance, CourseSession, TrainingRecord
from models.training.signin import SigninRow


@dataclass(frozen=True)
class MappingProposal:
    """Sheet names matched to member uids, and the names the user must map or skip."""

    matched: dict[str, str]
    unknown: tuple[str, ...]


def propose_mapping(names: Iterable[str]) -> MappingProposal:
    """Match each sheet name to a member by exact name (ignoring spaces, full-width forms
    and case, so ``张　伟`` is 张伟); inactive members match too, the sheet may be old."""
    by_key: dict[str, str] = {}
    for m in Member.alive().order_by(Member.active.desc(), Member.name):
        by_key.setdefault(normalize(m.name), m.uid)
    matched: dict[str, str] = {}
    unknown: list[str] = []
    for name in dict.fromkeys(names):
        uid = by_key.get(normalize(name))
        if uid is not None:
            matched[name] = uid
        else:
            unknown.append(name)
    return MappingProposal(matched, tuple(unknown))


@dataclass(frozen=True)
class SigninResult:
    """Counts of a sign-in import; ``over_capacity`` > 0 is a warning, not an error."""

    created: int
    updated: int
    attended: int
    absent: int
    skipped: int
    over_capacity: int


class SigninRowError(ValidationError):
    """A row of the sheet broke a rule; the message names the row and the person."""

    def __init__(self, inner: DeskError, row: int, name: str) -> None:
        super().__init__(inner.code, **inner.params)
        self.inner, self.row, self.name = inner, row, name

    def message(self, lang: str | None = None) -> str:
        where = messages.text("training_signin_row", lang, row=self.row, name=self.name)
        return f"{where} {self.inner.message(lang)}"


def import_signin(
    actor: Actor, session_uid: str, rows: Iterable[SigninRow], mapping: Mapping[str, str | None]
) -> SigninResult:
    """Write the attendance of one session from sign-in rows, all in one transaction.

    ``mapping`` gives each sheet name a member uid, or None to skip that person; every name
    must be in it. A member already recorded at the session is updated (re-importing a
    corrected sheet is safe). Absent people (请假…) are recorded as absent. Any failing row
    rolls back the whole import and raises :class:`SigninRowError` naming the row.
    """
    rows = list(rows)
    unmapped = [n for n in dict.fromkeys(r.name for r in rows) if n not in mapping]
    if unmapped:
        raise ValidationError("training_signin_unmapped", names="、".join(unmapped))
    lines: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        if mapping[r.name]:
            lines[str(mapping[r.name])].append(r.row)
    counts = dict.fromkeys(("created", "updated", "attended", "absent", "skipped"), 0)
    with write():
        session = CourseSession.by_uid(session_uid)
        for uid, numbers in lines.items():
            if len(numbers) > 1:
                member = Member.by_uid(uid)
                raise ValidationError(
                    "training_signin_same_member",
                    rows="、".join(map(str, numbers)),
                    member=member.name,
                )
        for r in rows:
            target = mapping[r.name]
            if not target:
                counts["skipped"] += 1
                continue
            values: dict[str, Any] = {
                "status": (Attendance.ABSENT if r.absent else Attendance.ATTENDED).value,
                "signed_in_at": r.signed_in_at,
                "score": r.score,
            }
            if r.note:
                values["notes"] = r.note  # keep notes typed in the app when the sheet has none
            try:
                _, created = save_attendance(actor, session, Member.by_uid(target), values)
            except DeskError as exc:
                raise SigninRowError(exc, r.row, r.name) from exc
            counts["created" if created else "updated"] += 1
            counts["absent" if r.absent else "attended"] += 1
        present = (
            TrainingRecord.alive()
            .where(
                TrainingRecord.session == session,
                TrainingRecord.status == Attendance.ATTENDED.value,
            )
            .count()
        )
    return SigninResult(
        **counts, over_capacity=rules.over_capacity(present, session.course.capacity)
    )
