"""Quick add: a topic from one typed line (R-5.2 keeping the backlog up to date).

Syntax — words are separated by spaces (full-width ＃＠！ and spaces work too)::

    618大促预热短视频 #短视频 #抖音 #预热 @张伟 !高 2026-12-01

- ``#word``  a content form if the team's list has it (#短视频), else a channel (#抖音),
  else a tag (#预热); any number of them
- ``@name``  the owner, a team member's name (@张伟)
- ``!level`` the priority: !高 !中 !低 (also !high !medium !low, !h !m !l, !急 !紧急)
- a date    the due date: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, or without the
  year (12-01, 12/1, 12月1日: the next such day from today)
- every other word is the title, in the order typed.

Each marker applies once; a marker that names nothing known is reported as a problem and the
topic is not added, so that a typo does not silently become part of the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from models import messages
from models.base import Actor
from models.errors import ValidationError
from models.team import find_by_name
from models.topics import editing, options
from models.topics.model import Priority, Topic, parse_priority

messages.register(
    {
        "quick_unknown_owner": (
            "@{value}: no active team member has this name.",
            "@{value}：团队中没有这位在职成员。",
        ),
        "quick_bad_priority": (
            "!{value}: write the priority as !高, !中 or !低.",
            "!{value}：优先级请写成 !高、!中 或 !低。",
        ),
        "quick_twice": (
            "{value}: the {field} is given twice; keep one.",
            "{value}：「{field}」写了两次，请只保留一个。",
        ),
        "quick_no_title": (
            "Type a title before the #, @ and ! markers.",
            "请在 #、@、! 标记之外输入选题标题。",
        ),
    }
)

_FULL_WIDTH = str.maketrans({"＃": "#", "＠": "@", "！": "!", "\u3000": " "})
_FULL_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_SHORT_DATE = re.compile(r"^(\d{1,2})[-/月](\d{1,2})日?$")


@dataclass(frozen=True)
class QuickAdd:
    """What a quick-add line says, and the problems found in it (empty when it can be added)."""

    title: str
    form: str
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    owner_uid: str | None
    owner_name: str
    priority: Priority
    due_on: date | None
    problems: tuple[ValidationError, ...]


def parse_date(word: str, today: date) -> date | None:
    """A due date typed as 2026-12-01, 2026/12/1, 2026年12月1日, 12-01 or 12月1日."""
    found = _FULL_DATE.match(word)
    try:
        if found:
            return date(int(found[1]), int(found[2]), int(found[3]))
        found = _SHORT_DATE.match(word)
        if found:
            day = date(today.year, int(found[1]), int(found[2]))
            return day if day >= today else date(today.year + 1, day.month, day.day)
    except ValueError:  # 2月30日
        return None
    return None


def parse_quick_add(text: str, today: date | None = None) -> QuickAdd:
    """Read a quick-add line (no database writes)."""
    today = today or date.today()
    title: list[str] = []
    form, owner_uid, owner_name = "", None, ""
    channels: list[str] = []
    tags: list[str] = []
    priority: Priority | None = None
    due: date | None = None
    problems: list[ValidationError] = []
    for word in text.translate(_FULL_WIDTH).split():
        marker, rest = word[0], word[1:]
        if marker == "#" and rest:
            as_form = options.find_label(options.FORM, rest, include_inactive=False)
            as_channel = options.find_label(options.CHANNEL, rest, include_inactive=False)
            if as_form and not form:
                form = as_form
            elif as_form:
                problems.append(ValidationError("quick_twice", field="form", value=word))
            elif as_channel:
                channels += [as_channel] if as_channel not in channels else []
            elif rest not in tags:
                tags.append(rest)
        elif marker == "@" and rest:
            member = find_by_name(rest)
            if member is None or not member.active:
                problems.append(ValidationError("quick_unknown_owner", field="owner", value=rest))
            elif owner_uid is not None:
                problems.append(ValidationError("quick_twice", field="owner", value=word))
            else:
                owner_uid, owner_name = member.uid, member.name
        elif marker == "!" and rest:
            level = parse_priority(rest)
            if level is None:
                problems.append(ValidationError("quick_bad_priority", field="priority", value=rest))
            elif priority is not None:
                problems.append(ValidationError("quick_twice", field="priority", value=word))
            else:
                priority = level
        elif (day := parse_date(word, today)) is not None:
            if due is not None:
                problems.append(ValidationError("quick_twice", field="due_on", value=word))
            due = due or day
        else:
            title.append(word)
    if not title:
        problems.append(ValidationError("quick_no_title", field="title"))
    return QuickAdd(
        " ".join(title),
        form,
        tuple(channels),
        tuple(tags),
        owner_uid,
        owner_name,
        priority or Priority.MEDIUM,
        due,
        tuple(problems),
    )


def quick_add(actor: Actor, text: str, today: date | None = None) -> Topic:
    """Add a topic at 选题 from a quick-add line; raises the first problem found in it."""
    parsed = parse_quick_add(text, today)
    if parsed.problems:
        raise parsed.problems[0]
    return editing.add_topic(
        actor,
        parsed.title,
        form=parsed.form,
        channels=list(parsed.channels),
        tags=list(parsed.tags),
        owner_uid=parsed.owner_uid,
        priority=parsed.priority,
        due_on=parsed.due_on,
    )
