"""Who may see and do what with appraisals (R-4.3), enforced here rather than in the GUI.

A member sees only their own appraisals; an active team lead sees all. Every read takes the
acting member: a list is filtered, a single appraisal someone may not see raises
PermissionDenied. An actor who is no member (the command line without ``--as``, the system)
sees nothing and may do nothing.
"""

from __future__ import annotations

from typing import Any

from models.appraisal.schema import Appraisal
from models.base import Actor
from models.errors import PermissionDenied
from models.team import Member, Role


def acting_member(actor: Actor) -> Member | None:
    """The alive member behind ``actor``, or None for the system or an unknown name."""
    if actor.uid is None:
        return None
    return Member.alive().where(Member.uid == actor.uid).first()


def is_lead(actor: Actor) -> bool:
    member = acting_member(actor)
    return member is not None and bool(member.active) and member.has_role(Role.TEAM_LEAD)


def require_member(actor: Actor) -> Member:
    member = acting_member(actor)
    if member is None:
        raise PermissionDenied("appraisal_who", name=actor.name)
    return member


def require_lead(actor: Actor) -> Member:
    member = require_member(actor)
    if not (member.active and member.has_role(Role.TEAM_LEAD)):
        raise PermissionDenied("appraisal_lead_only", name=member.name)
    return member


def can_see(actor: Actor, appraisal: Appraisal) -> bool:
    member = acting_member(actor)
    if member is None:
        return False
    if member.active and member.has_role(Role.TEAM_LEAD):
        return True
    return bool(appraisal.member_id == member.get_id())


def check_can_see(actor: Actor, appraisal: Appraisal) -> None:
    if not can_see(actor, appraisal):
        raise PermissionDenied("appraisal_not_yours", name=actor.name)


def visible(query: Any, actor: Actor) -> Any:
    """``query`` over Appraisal narrowed to what ``actor`` may see."""
    member = require_member(actor)
    if member.active and member.has_role(Role.TEAM_LEAD):
        return query
    return query.where(Appraisal.member == member)
