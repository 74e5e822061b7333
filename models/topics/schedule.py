"""The publishing calendar (R-5.5): publications by planned time, per month or week.

Filtered by channel, by the topic's owner and by status; archived topics stay out unless
asked for. Weeks start on Monday, as Chinese calendars do.
"""

from __future__ import annotations

import calendar as _calendar
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from models.team import Member
from models.topics.model import Publication, PubStatus, Topic
from models.topics.publishing import PublicationRow, publication_row, select_publications


def calendar(
    start: date,
    end: date,
    *,
    channels: Iterable[str] = (),
    owner_uids: Iterable[str] = (),
    statuses: Iterable[PubStatus] = (),
    include_archived: bool = False,
) -> list[PublicationRow]:
    """Publications planned from ``start`` up to, not including, ``end`` (by planned time)."""
    query = select_publications().where(
        Publication.planned_at >= datetime.combine(start, time.min),
        Publication.planned_at < datetime.combine(end, time.min),
    )
    if channels := list(channels):
        query = query.where(Publication.channel.in_(channels))
    if owners := list(owner_uids):
        query = query.where(Member.uid.in_(owners))
    if wanted := [PubStatus(s).value for s in statuses]:
        query = query.where(Publication.status.in_(wanted))
    if not include_archived:
        query = query.where(Topic.archived_at.is_null())
    query = query.order_by(Publication.planned_at, Publication.channel, Publication.id)
    return [publication_row(t) for t in query.tuples()]


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first day of the month and the first day of the next one."""
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last) + timedelta(days=1)


def week_range(day: date) -> tuple[date, date]:
    """Monday of the week of ``day`` and the Monday after (Chinese calendars start on Monday)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


def calendar_month(year: int, month: int, **filters: Any) -> list[PublicationRow]:
    return calendar(*month_range(year, month), **filters)


def calendar_week(day: date, **filters: Any) -> list[PublicationRow]:
    return calendar(*week_range(day), **filters)


def by_day(rows: Iterable[PublicationRow]) -> dict[date, list[PublicationRow]]:
    """Calendar rows grouped by the day they are planned for (for a month grid)."""
    days: dict[date, list[PublicationRow]] = defaultdict(list)
    for row in rows:
        days[row.planned_at.date()].append(row)
    return dict(days)
