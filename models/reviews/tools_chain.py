"""The chain settings as the settings dialog saves them (R-5.4): several chains and the
re-review policy in one transaction, so a half-saved configuration never reaches a submission.

Only the team lead saves (``chain.require_lead``, checked again by every step). Rounds in
progress keep the copy of the chain they started with; the next submission uses the new one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from models.base import Actor
from models.db import write
from models.reviews import chain
from models.reviews.chain import CHANNEL_PREFIX, FORM_PREFIX, Level, LevelSpec
from models.reviews.schema import Policy
from models.reviews.wording import ReviewInvalid
from models.text import normalize

DEFAULT, FORM, CHANNEL = "default", "form", "channel"


def scope_parts(scope: str) -> tuple[str, str]:
    """('default', ''), ('form', '直播') or ('channel', '抖音') for a stored scope."""
    if scope.startswith(FORM_PREFIX):
        return FORM, scope[len(FORM_PREFIX) :]
    if scope.startswith(CHANNEL_PREFIX):
        return CHANNEL, scope[len(CHANNEL_PREFIX) :]
    return DEFAULT, ""


def spec_of(level: Level) -> LevelSpec:
    """A stored level as the dialog edits it (every option explicit)."""
    return LevelSpec(level.name, level.role, level.independent, sorted(level.recheck))


def save_settings(
    actor: Actor,
    chains: Mapping[str, Sequence[LevelSpec]],
    policy: Policy | str | None = None,
) -> dict[str, tuple[Level, ...]]:
    """Replace the levels of each scope in ``chains`` (no levels removes a form's or a
    channel's chain) and set the policy, all or nothing; team lead only.

    A ReviewInvalid raised for a chain carries its scope in ``params['scope']`` (and the
    level's 1-based position in ``params['position']`` when it can be told), so the dialog
    can show the chain and the row at fault.
    """
    with write():
        chain.require_lead(actor)
        for scope, specs in chains.items():
            try:
                chain.set_chain(actor, scope, specs)
            except ReviewInvalid as err:
                err.params.setdefault("scope", scope)
                position = _position(err, specs)
                if position is not None:
                    err.params.setdefault("position", position)
                raise
        if policy is not None and Policy(policy) is not chain.policy():
            chain.set_policy(actor, policy)
        return chain.chains()


def _position(err: ReviewInvalid, specs: Sequence[LevelSpec]) -> int | None:
    """Which level an error of ``chain._levels`` is about (its message names no row)."""
    names = [" ".join(str(s.name or "").split()) for s in specs]
    if err.code == "required":
        return next((i for i, n in enumerate(names, 1) if not n), None)
    if err.code == "too_long":
        return next((i for i, n in enumerate(names, 1) if len(n) > chain.NAME_MAX), None)
    if err.code == "review_level_duplicate":
        seen: set[str] = set()
        for i, name in enumerate(names, 1):
            key = normalize(name)
            if key in seen:
                return i
            seen.add(key)
    if err.code == "review_level_role":
        bad = err.params.get("value")
        return next((i for i, s in enumerate(specs, 1) if str(s.role) == bad), None)
    return None
