"""Team-edited lists: content forms and channels, with their order and an active flag (R-5.3).

Topics and publications store the label itself (so exports and sorting need no join); renaming
an entry rewrites the stored labels in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.text import normalize
from models.topics.model import ListOption, Publication, Topic, encode_items

FORM = "form"
CHANNEL = "channel"
LISTS = (FORM, CHANNEL)
LABEL_MAX = 30

messages.register_fields(
    {
        "form": ("Content form", "内容形式"),
        "channel": ("Channel", "渠道"),
        "channels": ("Channels", "计划渠道"),
        "label": ("Name", "名称"),
    }
)
messages.register(
    {
        "option_bad_list": ("Unknown list “{value}”.", "未知的列表“{value}”。"),
        "option_comma": (
            "{field}: “{value}” may not contain a comma or 、; choose another name.",
            "「{field}」：“{value}”不能包含逗号或顿号，请换一个名称。",
        ),
        "option_duplicate": (
            "{field}: “{value}” is already in the list.",
            "「{field}」：“{value}”已在列表中。",
        ),
        "option_unknown": (
            "{field}: “{value}” is not in the team's list; add it first with "
            "Topics › Forms & Channels….",
            "「{field}」：“{value}”不在团队列表中，请先在“选题库 › 形式与渠道…”中添加。",
        ),
    }
)


@dataclass(frozen=True)
class OptionRow:
    """A snapshot of one entry of a team-edited list."""

    uid: str
    list_key: str
    label: str
    position: int
    active: bool
    version: int

    @classmethod
    def of(cls, o: ListOption) -> OptionRow:
        return cls(o.uid, o.list_key, o.label, o.position, bool(o.active), o.version)


def _check_list(list_key: str) -> None:
    if list_key not in LISTS:
        raise ValidationError("option_bad_list", value=list_key)


def options(list_key: str, *, include_inactive: bool = False) -> list[OptionRow]:
    """The entries of a list in the team's order."""
    _check_list(list_key)
    query = ListOption.alive().where(ListOption.list_key == list_key)
    if not include_inactive:
        query = query.where(ListOption.active == True)  # noqa: E712 - peewee expression
    return [OptionRow.of(o) for o in query.order_by(ListOption.position, ListOption.id)]


def labels(list_key: str, *, include_inactive: bool = False) -> list[str]:
    return [o.label for o in options(list_key, include_inactive=include_inactive)]


def find_label(list_key: str, text: str, *, include_inactive: bool = True) -> str | None:
    """The stored label matching ``text`` ignoring case, width and spaces ("b站" → "B站")."""
    key = normalize(text)
    for row in options(list_key, include_inactive=include_inactive):
        if normalize(row.label) == key:
            return row.label
    return None


def clean_label(list_key: str, label: str, *, uid: str | None = None) -> str:
    _check_list(list_key)
    text = " ".join(str(label or "").replace("\u3000", " ").split())
    if not text:
        raise ValidationError("required", field="label")
    if len(text) > LABEL_MAX:
        raise ValidationError("too_long", field="label", max=LABEL_MAX)
    if any(ch in text for ch in ",，、;；"):
        raise ValidationError("option_comma", field=list_key, value=text)
    for row in options(list_key, include_inactive=True):
        if row.uid != uid and normalize(row.label) == normalize(text):
            raise ValidationError("option_duplicate", field=list_key, value=text)
    return text


def add_option(actor: Actor, list_key: str, label: str) -> OptionRow:
    """Append an entry at the end of the list."""
    with write():
        text = clean_label(list_key, label)
        last = (
            ListOption.select(fn.MAX(ListOption.position))
            .where(ListOption.list_key == list_key)
            .scalar()
        )
        option = base.create(
            ListOption, actor, list_key=list_key, label=text, position=(last or 0) + 1
        )
        return OptionRow.of(option)


def rename_option(actor: Actor, uid: str, label: str, expected_version: int | None) -> OptionRow:
    """Rename an entry and every topic and publication that uses it, in one transaction."""
    with write():
        current = ListOption.by_uid(uid)
        text = clean_label(current.list_key, label, uid=uid)
        old = current.label
        if text == old:
            return OptionRow.of(current)
        stamp = base.now()
        bump = dict(updated_at=stamp, version=Topic.version + 1)
        if current.list_key == FORM:
            touched = Topic.update(form=text, **bump).where(Topic.form == old).execute()
        else:
            touched = (
                Topic.update(
                    channels=fn.REPLACE(Topic.channels, encode_items([old]), encode_items([text])),
                    **bump,
                )
                .where(Topic.channels.contains(encode_items([old])))
                .execute()
            )
            touched += (
                Publication.update(channel=text, updated_at=stamp, version=Publication.version + 1)
                .where(Publication.channel == old)
                .execute()
            )
        option = base.update(
            ListOption,
            uid,
            {"label": text},
            expected_version,
            actor,
            note=f"{old} -> {text}; {touched} records relabelled",
        )
        return OptionRow.of(option)


def set_option_active(actor: Actor, uid: str, active: bool) -> OptionRow:
    """Hide an entry from new choices (topics keep it) or show it again."""
    return OptionRow.of(base.update(ListOption, uid, {"active": bool(active)}, None, actor))


def reorder_options(actor: Actor, list_key: str, uids: list[str]) -> None:
    """Put the entries in the given order (entries not named keep their order, after them)."""
    with write():
        current = [o.uid for o in options(list_key, include_inactive=True)]
        ordered = [u for u in uids if u in current] + [u for u in current if u not in uids]
        for position, uid in enumerate(ordered):
            base.update(ListOption, uid, {"position": position}, None, actor, action="reorder")
