"""How a backlog query becomes SQL: conditions, order, and the cheaper of two plans (R-5.2).

Built for 100,000 topics: every sort column has an index, and a page is ``LIMIT/OFFSET`` on
it. Orders that an index alone cannot give — the owner's name, undated topics last, "my
topics first" — are cut into segments (one ``GROUP BY`` over a small partial index counts
them) and each segment is read in index order, so no query sorts the whole table.

Search (R-5.2, Chinese substring): each word of the search text must occur in the title, a
keyword or the notes, ignoring case, full/half width and spaces. On SQLite a character index
answers it (``models.db.install_char_index``); elsewhere LIKE. A search or stage filter
matching many topics is written so that SQLite walks the sort index and stops at the page's end; one
matching few fetches the matches and sorts them (see :func:`walk_sort_index`).
"""

from __future__ import annotations

import operator
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import reduce
from typing import Any

from peewee import fn

from models import db as dbmod
from models.team import Member
from models.text import normalize
from models.topics.model import MEMBER_ID, Priority, Source, Stage, Topic, search_term

SEARCH_INDEX = "topic_search"
UNASSIGNED = ""  # in BacklogQuery.owners: topics without an owner


class SortKey(StrEnum):
    """The sortable columns of the backlog."""

    TITLE = "title"
    STAGE = "stage"
    OWNER = "owner"
    FORM = "form"
    SOURCE = "source"
    PRIORITY = "priority"
    DUE_ON = "due_on"
    UPDATED_AT = "updated_at"
    CREATED_AT = "created_at"


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.TITLE: Topic.title,
    SortKey.STAGE: Topic.stage,
    SortKey.FORM: Topic.form,
    SortKey.SOURCE: Topic.source,
    SortKey.PRIORITY: Topic.priority,
    SortKey.DUE_ON: Topic.due_on,
    SortKey.UPDATED_AT: Topic.updated_at,
    SortKey.CREATED_AT: Topic.created_at,
}


@dataclass(frozen=True)
class BacklogQuery:
    """What the backlog shows: search text, filters (empty = any), sort key and direction.

    ``owners`` holds member uids (``UNASSIGNED`` for topics without an owner); ``channels``
    matches topics planned for any of them; the due range is inclusive. ``mine_first`` is a
    member uid whose topics come before everyone else's, each part in the chosen order.
    """

    search: str = ""
    stages: frozenset[Stage] = frozenset()
    owners: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    sources: frozenset[Source] = frozenset()
    priorities: frozenset[Priority] = frozenset()
    due_from: date | None = None
    due_to: date | None = None
    include_archived: bool = False
    sort: SortKey = SortKey.UPDATED_AT
    descending: bool = True
    mine_first: str | None = None

    def __post_init__(self) -> None:
        for name in ("stages", "owners", "forms", "channels", "sources", "priorities"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        object.__setattr__(self, "sort", SortKey(self.sort))


def search_terms(text: str) -> list[str]:
    """The words of a search, folded the way the stored search text is."""
    return [t for t in (normalize(w) for w in text.replace("\u3000", " ").split()) if t]


def _search(terms: list[str], hide: bool) -> list[Any]:
    spaced = [search_term(t) for t in terms]
    if not dbmod.has_char_index(SEARCH_INDEX):
        return [Topic.search_text.contains(t) for t in spaced]  # portable: a server's LIKE
    ids = dbmod.char_index_rowids(SEARCH_INDEX, spaced)
    # "id + 0" hides the rowid from the planner, so that it walks the sort index and stops at
    # the page's last row; plain "id IN" makes it fetch every match and sort them.
    return [(Topic.id + 0).in_(ids) if hide else Topic.id.in_(ids)]


def walk_sort_index(spec: BacklogQuery, rows_needed: int) -> bool:
    """Whether the search and stage filter match so many topics that walking the sort index
    (and stopping at the page's last row) beats fetching every match and sorting them.

    Walking visits about rows_needed × total / matches rows, sorting touches every match:
    they cost the same when matches² ≈ rows_needed × total. Other filters stay visible to
    the planner, which may still use their indexes.
    """
    terms = search_terms(spec.search)
    searching = bool(terms) and dbmod.has_char_index(SEARCH_INDEX)
    if not searching and not spec.stages:
        return False
    total = topic_total()
    share = 1.0
    if searching:
        matches = dbmod.char_index_count(SEARCH_INDEX, [search_term(t) for t in terms])
        share *= matches / total
    if spec.stages:
        per_stage = stage_totals(BacklogQuery())
        share *= sum(per_stage.get(int(s), 0) for s in spec.stages) / max(
            sum(per_stage.values()), 1
        )
    return dense(share * total, rows_needed, total)


def topic_total() -> int:
    """About how many topics there are (the highest id: instant, unlike COUNT)."""
    return max(int(Topic.select(fn.MAX(Topic.id)).scalar() or 0), 1)


def dense(matches: float, rows_needed: int, total: int) -> bool:
    """Whether walking the sort index is the cheaper plan (see :func:`walk_sort_index`)."""
    return matches * matches > rows_needed * total


def conditions(spec: BacklogQuery, *, hide: bool = False) -> list[Any]:
    """The conditions of a query; ``hide`` writes search and stage so no index serves them."""
    where: list[Any] = [Topic.deleted_at.is_null()]
    if not spec.include_archived:
        where.append(Topic.archived_at.is_null())
    terms = search_terms(spec.search)
    if terms:
        where += _search(terms, hide)
    if spec.stages:
        stage = (Topic.stage + 0) if hide else Topic.stage  # "+ 0": see _search
        where.append(stage.in_([int(s) for s in spec.stages]))
    if spec.owners:
        uids = [u for u in spec.owners if u != UNASSIGNED]
        cond = Topic.owner.in_(Member.select(MEMBER_ID).where(Member.uid.in_(uids)))
        if UNASSIGNED in spec.owners:
            cond = cond | Topic.owner.is_null()
        where.append(cond)
    if spec.forms:
        where.append(Topic.form.in_(sorted(spec.forms)))
    if spec.channels:
        wanted = [Topic.channels.contains(f",{c},") for c in sorted(spec.channels)]
        where.append(reduce(operator.or_, wanted))
    if spec.sources:
        where.append(Topic.source.in_([Source(s).value for s in spec.sources]))
    if spec.priorities:
        where.append(Topic.priority.in_([int(p) for p in spec.priorities]))
    if spec.due_from is not None:
        where.append(Topic.due_on >= spec.due_from)
    if spec.due_to is not None:
        where.append(Topic.due_on <= spec.due_to)
    return where


def order_by(spec: BacklogQuery) -> list[Any]:
    """The ORDER BY of a page: the sort column, then the id in the same direction."""
    column = _SORT_COLUMNS.get(spec.sort, Topic.id)  # by owner: segments, then creation order
    if spec.descending:
        return [column.desc(), Topic.id.desc()]
    return [column.asc(), Topic.id.asc()]


def _member_id(uid: str | None) -> int | None:
    if not uid:
        return None
    return Member.select(MEMBER_ID).where(Member.uid == uid).scalar()


def segment_columns(spec: BacklogQuery) -> list[Any]:
    """The columns a segmented order counts by (those of the partial index topic_alive_…)."""
    return [Topic.owner, Topic.due_on] if spec.sort is SortKey.DUE_ON else [Topic.owner]


@dataclass(frozen=True)
class Segment:
    """One part of a segmented order: whose topics, dated or not, and how many."""

    size: int
    me: int | None = None  # mine first: my topics (mine=True) or everyone else's
    mine: bool | None = None
    by_owner: bool = False  # owner order: the topics of ``owner`` (None: without an owner)
    owner: int | None = None
    undated: bool | None = None  # due-date order: the undated topics or the dated ones

    def conditions(self, hide: bool) -> list[Any]:
        owner = (Topic.owner + 0) if hide else Topic.owner  # "+ 0": see _search
        conds: list[Any] = []
        if self.mine is not None:
            others = (owner != self.me) | owner.is_null()
            conds.append((owner == self.me) if self.mine else others)
        if self.by_owner:
            conds.append(owner.is_null() if self.owner is None else owner == self.owner)
        if self.undated is not None:
            conds.append(Topic.due_on.is_null(self.undated))
        return conds


def segments(
    spec: BacklogQuery, where: list[Any], counted: list[tuple[Any, ...]] | None = None
) -> list[Segment] | None:
    """The ordered parts of a segmented order and their sizes, or None for a plain order.

    ``counted`` holds the topics counted by :func:`_segment_columns` when the caller has
    them already (the board counts every column in one query).
    """
    me = _member_id(spec.mine_first)
    by_owner = spec.sort is SortKey.OWNER
    by_due = spec.sort is SortKey.DUE_ON
    if me is None and not by_owner and not by_due:
        return None
    if counted is None:
        group = segment_columns(spec)
        query: Any = Topic.select(*group, fn.COUNT(Topic.id)).where(*where).group_by(*group)
        counted = list(query.tuples())
    owner_rank: dict[int | None, int] = {}
    if by_owner:
        ids = [row[0] for row in counted if row[0] is not None]
        names: Any = Member.select(MEMBER_ID, Member.name).where(MEMBER_ID.in_(ids))
        named: list[tuple[int, str]] = list(names.tuples())
        ordered = sorted(named, key=lambda m: (m[1], m[0]), reverse=spec.descending)
        owner_rank = {mid: i for i, (mid, _) in enumerate(ordered)}
        owner_rank[None] = len(ordered)  # topics without an owner last, either direction
    sizes: dict[tuple[Any, ...], int] = defaultdict(int)
    for row in counted:
        owner_id = row[0]
        mine = (0 if owner_id == me else 1) if me is not None else 0
        rank = (owner_rank[owner_id], owner_id) if by_owner else (0, None)
        undated = (1 if row[1] is None else 0) if by_due else 0  # undated last, either way
        sizes[(mine, rank, undated)] += int(row[-1])
    return [
        Segment(
            size,
            me,
            (mine == 0) if me is not None else None,
            by_owner,
            rank[1],
            bool(undated) if by_due else None,
        )
        for (mine, rank, undated), size in sorted(sizes.items())
    ]


def stage_totals(spec: BacklogQuery) -> dict[int, int]:
    """Topics per stage for the query (all stages); read from topic_alive_stage when unfiltered."""
    everywhere = replace(spec, stages=frozenset())
    query: Any = Topic.select(Topic.stage, fn.COUNT(Topic.id)).where(*conditions(everywhere))
    rows: list[tuple[int, int]] = list(query.group_by(Topic.stage).tuples())
    return {int(stage): int(n) for stage, n in rows}
