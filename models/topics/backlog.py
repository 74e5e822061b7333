"""The backlog page's reads: rows in pages, the row count and the board (R-5.2).

Rows come back as snapshots with the owner's name joined, so the GUI never queries per cell.
How a :class:`BacklogQuery` becomes SQL, and why it stays fast at 100,000 topics, is in
:mod:`models.topics.backlog_query`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from models.errors import NotFound
from models.team import Member
from models.topics.backlog_query import (
    SEARCH_INDEX,
    UNASSIGNED,
    BacklogQuery,
    SortKey,
    conditions,
    dense,
    order_by,
    search_terms,
    segment_columns,
    segments,
    stage_totals,
    topic_total,
    walk_sort_index,
)
from models.topics.model import (
    BOARD_STAGES,
    MEMBER_ID,
    Priority,
    Source,
    Stage,
    Topic,
    decode_items,
)

__all__ = [
    "SEARCH_INDEX",
    "UNASSIGNED",
    "BacklogQuery",
    "BoardColumn",
    "CardRow",
    "SortKey",
    "TopicRow",
    "board",
    "column_cards",
    "count",
    "fetch",
    "search_terms",
    "topic_row",
]


@dataclass(frozen=True)
class TopicRow:
    """A snapshot of one topic for the backlog table, with its owner's name."""

    uid: str
    title: str
    stage: Stage
    source: Source
    keywords: tuple[str, ...]
    audience: str
    form: str
    channels: tuple[str, ...]
    priority: Priority
    owner_uid: str | None
    owner_name: str
    due_on: date | None
    tags: tuple[str, ...]
    notes: str
    weak: bool
    parked_from: Stage | None
    dropped_from: Stage | None
    stage_changed_at: datetime | None
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int

    def is_overdue(self, today: date) -> bool:
        done = self.stage in (Stage.PUBLISH, Stage.DROPPED)
        return self.due_on is not None and self.due_on < today and not done


_COLUMNS = (
    Topic.uid,
    Topic.title,
    Topic.stage,
    Topic.source,
    Topic.keywords,
    Topic.audience,
    Topic.form,
    Topic.channels,
    Topic.priority,
    Member.uid,
    Member.name,
    Topic.due_on,
    Topic.tags,
    Topic.notes,
    Topic.weak,
    Topic.parked_from,
    Topic.dropped_from,
    Topic.stage_changed_at,
    Topic.archived_at,
    Topic.created_at,
    Topic.updated_at,
    Topic.version,
)


def _row(t: tuple[Any, ...]) -> TopicRow:
    return TopicRow(
        t[0],
        t[1],
        Stage(t[2]),
        Source(t[3]) if t[3] in Source._value2member_map_ else Source.OTHER,
        decode_items(t[4]),
        t[5],
        t[6],
        decode_items(t[7]),
        Priority(t[8]),
        t[9],
        t[10] or "",
        t[11],
        decode_items(t[12]),
        t[13],
        bool(t[14]),
        Stage(t[15]) if t[15] else None,
        Stage(t[16]) if t[16] else None,
        t[17],
        t[18],
        t[19],
        t[20],
        t[21],
    )


def select_rows(where: list[Any]) -> Any:
    return (
        Topic.select(*_COLUMNS)
        .join(Member, JOIN.LEFT_OUTER, on=(Topic.owner == MEMBER_ID))
        .where(*where)
    )


def _page(spec: BacklogQuery, where: list[Any], offset: int, limit: int) -> list[TopicRow]:
    query = select_rows(where).order_by(*order_by(spec)).limit(limit).offset(offset)
    return [_row(t) for t in query.tuples()]


def _read(
    spec: BacklogQuery,
    offset: int,
    limit: int,
    *,
    hide: bool | None = None,
    counted: list[tuple[Any, ...]] | None = None,
) -> list[TopicRow]:
    parts = segments(spec, conditions(spec), counted)
    if parts is None:
        if hide is None:
            hide = walk_sort_index(spec, offset + limit)
        return _page(spec, conditions(spec, hide=hide), offset, limit)
    total = topic_total()
    out: list[TopicRow] = []
    for segment in parts:
        if offset >= segment.size:
            offset -= segment.size
            continue
        take = min(limit - len(out), segment.size - offset)
        # the segment's exact size tells which plan is cheaper (see _walk_sort_index)
        hidden = dense(segment.size, offset + take, total)
        where = conditions(spec, hide=hidden) + segment.conditions(hidden)
        out += _page(spec, where, offset, take)
        offset = 0
        if len(out) >= limit:
            break
    return out


def fetch(spec: BacklogQuery, offset: int = 0, limit: int = 100) -> list[TopicRow]:
    """Rows ``offset`` … ``offset + limit - 1`` of the backlog in the query's order."""
    return _read(spec, offset, limit)


def count(spec: BacklogQuery) -> int:
    """How many topics the query matches (for the row count and the scroll bar)."""
    return int(Topic.select(fn.COUNT(Topic.id)).where(*conditions(spec)).scalar() or 0)


def topic_row(uid: str) -> TopicRow:
    """One topic as a snapshot (e.g. to refresh a row after an edit); NotFound if gone."""

    found = select_rows([Topic.uid == uid, Topic.deleted_at.is_null()]).tuples().first()
    if found is None:
        raise NotFound("not_found", table="topic", uid=uid)
    return _row(found)


@dataclass(frozen=True)
class CardRow:
    """A snapshot of a topic as a card on the board."""

    uid: str
    title: str
    stage: Stage
    owner_uid: str | None
    owner_name: str
    form: str
    channels: tuple[str, ...]
    priority: Priority
    due_on: date | None
    weak: bool
    version: int

    @classmethod
    def of(cls, r: TopicRow) -> CardRow:
        return cls(
            r.uid,
            r.title,
            r.stage,
            r.owner_uid,
            r.owner_name,
            r.form,
            r.channels,
            r.priority,
            r.due_on,
            r.weak,
            r.version,
        )


@dataclass(frozen=True)
class BoardColumn:
    """One column of the board: a stage, how many topics it holds and the first cards."""

    stage: Stage
    total: int
    cards: tuple[CardRow, ...]


def column_cards(
    spec: BacklogQuery, stage: Stage, offset: int = 0, limit: int = 30
) -> list[CardRow]:
    """Cards of one board column in the query's order (a column loads in pages, like the table)."""
    return [CardRow.of(r) for r in fetch(replace(spec, stages=frozenset({stage})), offset, limit)]


def board(spec: BacklogQuery, per_column: int = 30) -> list[BoardColumn]:
    """A column per stage (those of ``spec.stages``, or all), with the same search and filters."""
    totals = stage_totals(spec)
    total = topic_total()
    by_stage: dict[int, list[tuple[Any, ...]]] | None = None
    if spec.mine_first or spec.sort in (SortKey.OWNER, SortKey.DUE_ON):
        # the segment sizes of every column in one query, instead of one per column
        group = [Topic.stage, *segment_columns(spec)]
        everywhere = conditions(replace(spec, stages=frozenset()))
        query: Any = Topic.select(*group, fn.COUNT(Topic.id)).where(*everywhere).group_by(*group)
        by_stage = defaultdict(list)
        for row in query.tuples():
            by_stage[int(row[0])].append(tuple(row[1:]))
    columns = []
    for stage in BOARD_STAGES:
        if spec.stages and stage not in spec.stages:
            continue
        n = totals.get(int(stage), 0)
        one = replace(spec, stages=frozenset({stage}))
        counted = by_stage.get(int(stage), []) if by_stage is not None else None
        hide = dense(n, per_column, total)
        rows = _read(one, 0, per_column, hide=hide, counted=counted) if n else []
        columns.append(BoardColumn(stage, n, tuple(CardRow.of(r) for r in rows)))
    return columns
