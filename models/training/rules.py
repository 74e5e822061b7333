"""The rules of training (R-4.2) as pure functions of plain values, tested directly."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from models.periods import Period, add_months
from models.team import Role

EXPIRY_WINDOW_DAYS = 90  # certificates expiring within 90 days stand out


class CertificateStatus(StrEnum):
    EXPIRED = "expired"
    EXPIRING = "expiring"
    VALID = "valid"


class DueReason(StrEnum):
    """Why a required course is still to do: never completed, or completed too long ago."""

    NEVER = "never"
    RENEW = "renew"


def passed(score: float | None, pass_mark: float | None) -> bool | None:
    """Score ≥ pass mark passes; None when the course has no pass mark or there is no score."""
    if score is None or pass_mark is None:
        return None
    return score >= pass_mark


def record_passed(attended: bool, score: float | None, pass_mark: float | None) -> bool | None:
    """``passed`` of a record: an absent member neither passes nor fails."""
    return passed(score, pass_mark) if attended else None


def completes(attended: bool, pass_mark: float | None, passed_: bool | None) -> bool:
    """Whether a record counts as having done the course.

    Without a pass mark attending is enough; with one, the member must have passed (an
    attended session whose score is not in yet does not count until it is).
    """
    if not attended:
        return False
    return pass_mark is None or passed_ is True


def due_reason(last_done: date | None, recur_months: int | None, today: date) -> DueReason | None:
    """Whether a required course must be taken (again) on ``today``, and why.

    Non-recurring: once is enough. Recurring every N months: a member whose last completion
    is more than N months before ``today`` must take it again (exactly N months is still fine).
    """
    if last_done is None:
        return DueReason.NEVER
    if recur_months and last_done < add_months(today, -recur_months):
        return DueReason.RENEW
    return None


def renewal_date(last_done: date | None, recur_months: int | None) -> date | None:
    """The last day a completion still counts, for showing "due after …"."""
    if last_done is None or not recur_months:
        return None
    return add_months(last_done, recur_months)


def certificate_status(
    expires: date | None, today: date, window_days: int = EXPIRY_WINDOW_DAYS
) -> CertificateStatus | None:
    """expired: expiry < today; expiring: today ≤ expiry ≤ today + window; else valid.

    None when the certificate has no expiry date.
    """
    if expires is None:
        return None
    if expires < today:
        return CertificateStatus.EXPIRED
    if expires <= today + timedelta(days=window_days):
        return CertificateStatus.EXPIRING
    return CertificateStatus.VALID


def is_required(
    required_roles: Iterable[Role | str], member_roles: Iterable[Role | str], active: bool
) -> bool:
    """A course is required for a member who is active and holds one of its required roles."""
    if not active:
        return False
    return bool({str(r) for r in required_roles} & {str(r) for r in member_roles})


def hours_by_quarter(
    entries: Iterable[tuple[str, date, float]], quarters: Sequence[Period]
) -> dict[str, list[float]]:
    """Sum ``(member_uid, day, hours)`` entries into one list per member, one slot a quarter.

    Entries outside every quarter are ignored; members without entries are absent.
    """
    out: dict[str, list[float]] = {}
    for member_uid, day, hours in entries:
        for i, q in enumerate(quarters):
            if day in q:
                out.setdefault(member_uid, [0.0] * len(quarters))[i] += hours
                break
    return out


def over_capacity(attendees: int, capacity: int | None) -> int:
    """How many attendees a session has beyond its course's capacity (0 when within).

    Capacity warns rather than refuses: the sign-in sheet records who actually came, and a
    room that took two extra chairs is a fact to note, not an input error. Views flag it.
    """
    if capacity is None:
        return 0
    return max(0, attendees - capacity)


def rate(part: int, whole: int) -> float | None:
    """A ratio 0…1, or None when there is nothing to divide by."""
    return part / whole if whole else None


def average(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
