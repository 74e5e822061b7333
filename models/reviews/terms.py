"""The team's own words for the Advertising-Law checker (R-2.1, R-2.2): added, edited and
removed by the team lead or a compliance reviewer; the shipped lists stay the default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models import base
from models.base import Actor
from models.db import write
from models.reviews import adlaw
from models.reviews.chain import acting_member
from models.reviews.schema import AdlawTerm, Category, Severity
from models.reviews.wording import ReviewDenied, ReviewInvalid
from models.team import Role
from models.topics import options

TERM_MAX = 50
TEXT_MAX = 200
FIELDS = ("term", "category", "severity", "basis", "suggestion", "platform", "allow", "active")


@dataclass(frozen=True)
class TermRow:
    """A snapshot of one of the team's words (or allowed phrases)."""

    uid: str
    term: str
    category: Category
    severity: Severity
    basis: str
    suggestion: str
    platform: str
    allow: bool
    active: bool
    version: int

    @classmethod
    def of(cls, t: AdlawTerm) -> TermRow:
        return cls(
            t.uid,
            t.term,
            Category(t.category),
            Severity(t.severity),
            t.basis,
            t.suggestion,
            t.platform,
            bool(t.allow),
            bool(t.active),
            t.version,
        )


def _require_editor(actor: Actor) -> None:
    member = acting_member(actor)
    if member is None or not (member.has_role(Role.TEAM_LEAD) or member.has_role(Role.COMPLIANCE)):
        raise ReviewDenied("adlaw_term_denied")


def _choice(field: str, value: Any, enum: Any) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        raise ReviewInvalid("adlaw_bad_choice", field=field, value=str(value)) from None


def _platform(text: str) -> str:
    """'' (every channel), a shipped platform, or one of the team's channels (a list of the
    team's own, e.g. 快手 once the team publishes there)."""
    known = adlaw.platform_names()
    if not text or text in known:
        return text
    found = options.find_label(options.CHANNEL, text, include_inactive=True)
    if found is not None:
        return found
    shown = "、".join([*known, *options.labels(options.CHANNEL)])
    raise ReviewInvalid("adlaw_bad_platform", field="platform", value=text, known=shown)


def clean(values: dict[str, Any]) -> dict[str, Any]:
    """Validate term fields; ReviewInvalid names the field."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise ReviewInvalid("unknown_field", field=key)
        if key == "term":
            text = " ".join(str(value or "").split())
            if not text:
                raise ReviewInvalid("required", field=key)
            if len(text) > TERM_MAX:
                raise ReviewInvalid("too_long", field=key, max=TERM_MAX)
            if not adlaw.fold(text)[0]:
                raise ReviewInvalid("adlaw_term_empty", field=key, value=text)
            out[key] = text
        elif key == "category":
            out[key] = _choice(key, value, Category)
        elif key == "severity":
            out[key] = _choice(key, value, Severity)
        elif key in ("basis", "suggestion"):
            text = str(value or "").strip()
            if len(text) > TEXT_MAX:
                raise ReviewInvalid("too_long", field=key, max=TEXT_MAX)
            out[key] = text
        elif key == "platform":
            out[key] = _platform(str(value or "").strip())
        else:
            out[key] = bool(value)
    return out


def add_term(
    actor: Actor,
    term: str,
    *,
    category: Category | str = Category.ABSOLUTE,
    severity: Severity | str = Severity.WARNING,
    basis: str = "",
    suggestion: str = "",
    platform: str = "",
    allow: bool = False,
) -> TermRow:
    """Add a word (or, with ``allow``, a harmless phrase that silences look-alikes)."""
    with write():
        _require_editor(actor)
        values = clean(
            dict(
                term=term,
                category=category,
                severity=severity,
                basis=basis,
                suggestion=suggestion,
                platform=platform,
                allow=allow,
            )
        )
        return TermRow.of(base.create(AdlawTerm, actor, **values))


def edit_term(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> TermRow:
    with write():
        _require_editor(actor)
        return TermRow.of(base.update(AdlawTerm, uid, clean(changes), expected_version, actor))


def remove_term(actor: Actor, uid: str) -> None:
    """Move a word to the trash (restored with the trash's tools)."""
    with write():
        _require_editor(actor)
        base.trash(AdlawTerm, uid, actor)


def list_terms(*, include_inactive: bool = True) -> list[TermRow]:
    """The team's words, allowed phrases last, each group by platform and term."""
    query = AdlawTerm.alive()
    if not include_inactive:
        query = query.where(AdlawTerm.active == True)  # noqa: E712 - peewee expression
    query = query.order_by(AdlawTerm.allow, AdlawTerm.platform, AdlawTerm.term)
    return [TermRow.of(t) for t in query]
