"""Team members and their procedure roles (R-4.1)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from peewee import BooleanField, CharField, DateField, TextField, fn

from models import base
from models.base import Actor, Record
from models.db import write
from models.errors import ValidationError
from models.text import normalize


class Role(StrEnum):
    """The procedure's roles (R-4.1), plus the reviewers and the lead of R-5.4."""

    CONTENT_PLANNER = "content_planner"
    CHANNEL_OPERATOR = "channel_operator"
    DATA_ANALYST = "data_analyst"
    CRM = "crm"
    PROJECT_MANAGER = "project_manager"
    EDITOR = "editor"
    COMPLIANCE = "compliance"
    TEAM_LEAD = "team_lead"


# English and Chinese names, then other spellings people type in their own sheets.
ROLE_NAMES: dict[Role, tuple[str, str, tuple[str, ...]]] = {
    Role.CONTENT_PLANNER: ("Content planner", "内容策划", ("策划", "planner")),
    Role.CHANNEL_OPERATOR: ("Channel operator", "渠道运营", ("运营", "operator")),
    Role.DATA_ANALYST: ("Data analyst", "数据分析", ("数据分析师", "analyst")),
    Role.CRM: ("CRM", "客户关系管理", ("客户关系", "客户管理")),
    Role.PROJECT_MANAGER: ("Project manager", "项目管理", ("项目经理", "pm")),
    Role.EDITOR: ("Editor", "编辑", ("主编", "责任编辑")),
    Role.COMPLIANCE: (
        "Compliance reviewer",
        "合规/法务审核",
        ("合规审核", "法务审核", "合规", "法务", "合规/法务", "compliance"),
    ),
    Role.TEAM_LEAD: ("Team lead", "团队负责人", ("负责人", "组长", "主管", "lead")),
}


def role_label(role: Role | str, lang: str = "zh_CN") -> str:
    en, zh, _ = ROLE_NAMES[Role(role)]
    return zh if lang.startswith("zh") else en


def _role_lookup() -> dict[str, Role]:
    table: dict[str, Role] = {}
    for role, (en, zh, others) in ROLE_NAMES.items():
        for name in (role.value, en, zh, *others):
            table[normalize(name)] = role
    return table


_ROLE_LOOKUP = _role_lookup()


def parse_role(text: str) -> Role | None:
    """A role from its code, English or Chinese name or a common alias, else None."""
    return _ROLE_LOOKUP.get(normalize(text))


def encode_roles(roles: list[Role] | list[str]) -> str:
    """Stored as ``,a,b,`` so that ``LIKE '%,a,%'`` matches one role exactly."""
    ordered = [r.value for r in Role if r.value in {str(x) for x in roles}]
    return "," + ",".join(ordered) + "," if ordered else ""


def decode_roles(stored: str | None) -> list[Role]:
    return [Role(code) for code in (stored or "").split(",") if code]


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NAME_MAX = 50


class Member(Record):
    """A member of the marketing team."""

    name = CharField(max_length=NAME_MAX, index=True)
    roles = CharField(max_length=200, default="")
    email = CharField(max_length=200, default="")
    phone = CharField(max_length=50, default="")
    department = CharField(max_length=100, default="")
    joined_on = DateField(null=True)
    active = BooleanField(default=True)
    notes = TextField(default="")

    @property
    def role_list(self) -> list[Role]:
        return decode_roles(self.roles)

    def has_role(self, role: Role) -> bool:
        return role in self.role_list

    def actor(self) -> Actor:
        return Actor(self.uid, self.name)


@dataclass(frozen=True)
class MemberRow:
    """A snapshot of a member for tables and exports (no lazy queries)."""

    uid: str
    name: str
    roles: tuple[Role, ...]
    email: str
    phone: str
    department: str
    joined_on: date | None
    active: bool
    notes: str
    version: int

    @classmethod
    def of(cls, m: Member) -> MemberRow:
        return cls(
            m.uid,
            m.name,
            tuple(m.role_list),
            m.email,
            m.phone,
            m.department,
            m.joined_on,
            bool(m.active),
            m.notes,
            m.version,
        )


FIELDS = ("name", "roles", "email", "phone", "department", "joined_on", "active", "notes")


def clean_name(value: Any) -> str:
    """A member's name with repeated spaces collapsed; required, at most NAME_MAX long.

    Uniqueness is checked by :func:`clean` (one query) or in bulk by the Excel import.
    """
    name = " ".join(str(value or "").split())
    if not name:
        raise ValidationError("required", field="name")
    if len(name) > NAME_MAX:
        raise ValidationError("too_long", field="name", max=NAME_MAX)
    return name


def _clean_roles(value: Any) -> str:
    roles = [Role(r) for r in value]
    if not roles:
        raise ValidationError("roles_required", field="roles")
    return encode_roles(roles)


def _clean_email(value: Any) -> str:
    email = str(value or "").strip()
    if email and not EMAIL_RE.match(email):
        raise ValidationError("bad_email", field="email", value=email)
    return email


def _clean_joined_on(value: Any) -> date | None:
    if value is not None and not isinstance(value, date):
        raise ValidationError("bad_date", field="joined_on", value=str(value))
    return value  # type: ignore[no-any-return]


def _stripped(value: Any) -> str:
    return str(value or "").strip()


# One rule per field but the name (whose uniqueness needs the database): the Excel import
# applies them column by column (models/exchange/members.py).
FIELD_RULES: dict[str, Callable[[Any], Any]] = {
    "roles": _clean_roles,
    "email": _clean_email,
    "phone": _stripped,
    "department": _stripped,
    "joined_on": _clean_joined_on,
    "active": bool,
    "notes": lambda value: str(value or ""),
}


def clean(values: dict[str, Any], *, uid: str | None = None) -> dict[str, Any]:
    """Validate and normalise member fields; raises ValidationError naming the field."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise ValidationError("unknown_field", field=key)
        if key == "name":
            name = clean_name(value)
            clash = Member.alive().where(fn.LOWER(Member.name) == name.lower())
            if uid is not None:
                clash = clash.where(Member.uid != uid)
            if clash.exists():
                raise ValidationError("duplicate_name", field="name", value=name)
            out[key] = name
        else:
            out[key] = FIELD_RULES[key](value)
    return out


def add_member(actor: Actor, name: str, roles: list[Role], **others: Any) -> Member:
    with write():
        values = clean({"name": name, "roles": roles, **others})
        return base.create(Member, actor, **values)


def edit_member(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> Member:
    with write():
        return base.update(Member, uid, clean(changes, uid=uid), expected_version, actor)


def set_active(actor: Actor, uid: str, active: bool, expected_version: int | None = None) -> Member:
    """Deactivate a member who left (kept in history) or reactivate them."""
    return edit_member(actor, uid, expected_version, active=active)


def trash_member(actor: Actor, uid: str) -> None:
    base.trash(Member, uid, actor)


def restore_member(actor: Actor, uid: str) -> None:
    with write():
        member = Member.by_uid(uid, include_deleted=True)
        clean({"name": member.name}, uid=uid)  # a new member may have taken the name
        base.restore(Member, uid, actor)


def purge_member(actor: Actor, uid: str) -> None:
    base.purge(Member, uid, actor)


def get(uid: str) -> Member:
    return Member.by_uid(uid)


def find_by_name(name: str) -> Member | None:
    key = " ".join(name.split()).lower()
    return Member.alive().where(fn.LOWER(Member.name) == key).first()


def list_members(
    *, include_inactive: bool = True, search: str = "", role: Role | None = None
) -> list[MemberRow]:
    query = Member.alive()
    if not include_inactive:
        query = query.where(Member.active == True)  # noqa: E712 - peewee expression
    if search:
        like = f"%{search.strip()}%"
        query = query.where(Member.name**like | Member.email**like | Member.department**like)
    if role is not None:
        query = query.where(Member.roles.contains(f",{role.value},"))
    return [MemberRow.of(m) for m in query.order_by(Member.name)]


def list_trash() -> list[MemberRow]:
    return [MemberRow.of(m) for m in Member.trashed().order_by(Member.deleted_at.desc())]


def count() -> int:
    return Member.alive().count()
