"""The review chain (R-5.4): its levels per content form or channel, the re-review policy, and
who may sign a level (separation of duties).

Decisions:

- The default chain is 初审 (content planner) → 二审 (editor) → 合规/法务 (compliance). The
  team lead may replace it, or add a chain for a content form ('form:直播') or a channel
  ('channel:抖音'). A topic uses the chain of its form if there is one, else the longest
  chain among its channels (the strictest), else the default chain.
- A level is done when one member holding its role approves it.
- Separation of duties, enforced here whatever the GUI does:
  * an *independent* level (by default every level but the first, i.e. 二审 and 合规) is
    never signed by an author of the content: the topic's owner or the author of any of its
    draft versions (a contributor of an earlier version wrote part of it too);
  * one member signs at most one level of a round — approvals carried over from an earlier
    round count — so a member with several roles still signs each level separately, in
    different rounds, never two levels of the same submission.
- Each level names the kinds of change (wording, attachments, layout) that void its
  approval; the default is by role (see :func:`default_recheck`). The team setting
  :class:`Policy` decides whether an edit after approval restarts at the first level or at
  the first level whose approval the edit voids (see rounds.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models import base
from models.base import Actor
from models.db import write
from models.errors import DeskError
from models.reviews.schema import ChangeKind, Policy, ReviewLevel, ReviewSetting
from models.reviews.wording import ReviewDenied, ReviewInvalid
from models.team import Member, Role, role_label
from models.text import normalize
from models.topics import options
from models.topics.model import DraftVersion, Topic, decode_items

NAME_MAX = 30
POLICY_KEY = "re_review_policy"
FORM_PREFIX = "form:"
CHANNEL_PREFIX = "channel:"


def default_recheck(role: Role) -> frozenset[ChangeKind]:
    """Compliance signs the exact text that goes out, so any change voids its approval; the
    editor also looks at pictures and videos (brand, R-5.6); other levels at the wording."""
    if role is Role.COMPLIANCE:
        return frozenset(ChangeKind)
    if role is Role.EDITOR:
        return frozenset({ChangeKind.TEXT, ChangeKind.ATTACHMENTS})
    return frozenset({ChangeKind.TEXT})


@dataclass(frozen=True)
class Level:
    """One level of a chain as a round uses it (position from 1)."""

    position: int
    name: str
    role: Role
    independent: bool
    recheck: frozenset[ChangeKind]

    def role_label(self, lang: str = "zh_CN") -> str:
        return role_label(self.role, lang)

    @property
    def checks_adlaw(self) -> bool:
        """The compliance level cannot approve over a blocking Advertising-Law hit (R-2.1)."""
        return self.role is Role.COMPLIANCE

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "role": self.role.value,
            "independent": self.independent,
            "recheck": sorted(k.value for k in self.recheck),
        }

    @classmethod
    def from_json(cls, position: int, data: dict[str, Any]) -> Level:
        return cls(
            position,
            str(data["name"]),
            Role(str(data["role"])),
            bool(data["independent"]),
            frozenset(ChangeKind(str(k)) for k in data["recheck"]),
        )


@dataclass(frozen=True)
class LevelSpec:
    """A level as the lead describes it; unset options take the defaults."""

    name: str
    role: Role | str
    independent: bool | None = None
    recheck: Iterable[ChangeKind | str] | None = None


DEFAULT_SPECS = (
    LevelSpec("初审", Role.CONTENT_PLANNER),
    LevelSpec("二审", Role.EDITOR),
    LevelSpec("合规/法务", Role.COMPLIANCE),
)


def encode_chain(levels: Iterable[Level]) -> str:
    return json.dumps([lv.to_json() for lv in levels], ensure_ascii=False)


def decode_chain(stored: str) -> tuple[Level, ...]:
    return tuple(Level.from_json(i, d) for i, d in enumerate(json.loads(stored), start=1))


def _encode_kinds(kinds: Iterable[ChangeKind]) -> str:
    ordered = [k.value for k in ChangeKind if k in set(kinds)]
    return "," + ",".join(ordered) + "," if ordered else ""


def _level(row: ReviewLevel) -> Level:
    kinds = frozenset(ChangeKind(k) for k in row.recheck.split(",") if k)
    return Level(row.position, row.name, Role(row.role), bool(row.independent), kinds)


def _levels(specs: Iterable[LevelSpec]) -> tuple[Level, ...]:
    """Validated levels from specs: names given and unique, roles known."""
    out: list[Level] = []
    seen: set[str] = set()
    for i, spec in enumerate(specs, start=1):
        name = " ".join(str(spec.name or "").split())
        if not name:
            raise ReviewInvalid("required", field="level_name")
        if len(name) > NAME_MAX:
            raise ReviewInvalid("too_long", field="level_name", max=NAME_MAX)
        if normalize(name) in seen:
            raise ReviewInvalid("review_level_duplicate", field="level_name", value=name)
        seen.add(normalize(name))
        try:
            role = Role(spec.role)
        except ValueError:
            raise ReviewInvalid("review_level_role", field="role", value=str(spec.role)) from None
        independent = i > 1 if spec.independent is None else bool(spec.independent)
        recheck = (
            default_recheck(role)
            if spec.recheck is None
            else frozenset(ChangeKind(k) for k in spec.recheck)
        )
        out.append(Level(i, name, role, independent, recheck))
    return tuple(out)


DEFAULT_CHAIN = _levels(DEFAULT_SPECS)


def form_scope(form: str) -> str:
    return FORM_PREFIX + form


def channel_scope(channel: str) -> str:
    return CHANNEL_PREFIX + channel


def chain(scope: str = "") -> tuple[Level, ...]:
    """The levels configured for ``scope`` (the default chain falls back to DEFAULT_CHAIN)."""
    rows = ReviewLevel.alive().where(ReviewLevel.scope == scope).order_by(ReviewLevel.position)
    levels = tuple(_level(r) for r in rows)
    return levels or (DEFAULT_CHAIN if scope == "" else ())


def chains() -> dict[str, tuple[Level, ...]]:
    """Every configured scope and its levels, the default first (for the settings dialog)."""
    scopes = {r.scope for r in ReviewLevel.alive().select(ReviewLevel.scope)}
    return {s: chain(s) for s in sorted(scopes | {""})}


def chain_for(topic: Topic) -> tuple[Level, ...]:
    """The chain a topic's content goes through (module docstring)."""
    if topic.form:
        levels = chain(form_scope(topic.form))
        if levels:
            return levels
    best: tuple[Level, ...] = ()
    for channel in decode_items(topic.channels):
        levels = chain(channel_scope(channel))
        if len(levels) > len(best):
            best = levels
    return best or chain("")


def _check_scope(scope: str) -> str:
    if scope == "":
        return scope
    for prefix, list_key in ((FORM_PREFIX, options.FORM), (CHANNEL_PREFIX, options.CHANNEL)):
        if scope.startswith(prefix):
            label = options.find_label(list_key, scope[len(prefix) :], include_inactive=True)
            if label is None:
                raise ReviewInvalid("option_unknown", field=list_key, value=scope[len(prefix) :])
            return prefix + label
    raise ReviewInvalid("review_bad_scope", value=scope)


def acting_member(actor: Actor) -> Member | None:
    """The active member behind ``actor``, or None (the command line, a member who left)."""
    if not actor.uid:
        return None
    member = Member.alive().where(Member.uid == actor.uid).first()
    return member if member is not None and member.active else None


def require_lead(actor: Actor) -> Member:
    member = acting_member(actor)
    if member is None or not member.has_role(Role.TEAM_LEAD):
        raise ReviewDenied("review_lead_only")
    return member


def set_chain(actor: Actor, scope: str, specs: Iterable[LevelSpec]) -> tuple[Level, ...]:
    """Replace the levels of ``scope`` (team lead only); no levels removes a form or channel
    chain (the default chain cannot be emptied). Rounds in progress keep their own copy."""
    with write():
        require_lead(actor)
        scope = _check_scope(scope)
        levels = _levels(specs)
        if not levels and scope == "":
            raise ReviewInvalid("review_chain_empty", field="level_name")
        for row in ReviewLevel.alive().where(ReviewLevel.scope == scope):
            base.trash(ReviewLevel, row.uid, actor)
        for lv in levels:
            base.create(
                ReviewLevel,
                actor,
                scope=scope,
                position=lv.position,
                name=lv.name,
                role=lv.role.value,
                independent=lv.independent,
                recheck=_encode_kinds(lv.recheck),
            )
        return chain(scope)


def policy() -> Policy:
    row = ReviewSetting.alive().where(ReviewSetting.key == POLICY_KEY).first()
    return Policy(row.value) if row is not None and row.value else Policy.ALL


def set_policy(actor: Actor, value: Policy | str) -> Policy:
    """Choose what an edit after approval sends back through review (team lead only)."""
    with write():
        require_lead(actor)
        try:
            chosen = Policy(value)
        except ValueError:
            raise ReviewInvalid("review_bad_policy", value=str(value)) from None
        row = ReviewSetting.alive().where(ReviewSetting.key == POLICY_KEY).first()
        if row is None:
            base.create(ReviewSetting, actor, key=POLICY_KEY, value=chosen.value)
        else:
            base.update(ReviewSetting, row.uid, {"value": chosen.value}, None, actor)
        return chosen


def author_ids(topic: Topic) -> set[int]:
    """Who wrote the content: the topic's owner and every draft version's author."""
    ids = {int(topic.owner_id)} if topic.owner_id is not None else set()
    query: Any = DraftVersion.select(DraftVersion.author).where(
        DraftVersion.topic == topic, DraftVersion.author.is_null(False)
    )
    ids |= {int(a) for (a,) in query.tuples()}
    return ids


def sign_refusal(
    member: Member | None, topic: Topic, level: Level, signed: dict[int, str]
) -> DeskError | None:
    """Why ``member`` may not decide at ``level`` of a round, or None.

    ``signed`` maps the members who already signed a level of the round to that level.
    """
    if member is None:
        return ReviewDenied("review_actor_unknown")
    if not member.has_role(level.role):
        return ReviewDenied("review_role_required", level=level.name, role=level.role.value)
    if level.independent and int(member.get_id()) in author_ids(topic):
        return ReviewDenied("review_own_content", level=level.name)
    other = signed.get(int(member.get_id()))
    if other is not None and other != level.name:
        return ReviewDenied("review_one_level", level=level.name, other=other)
    return None
