"""The backlog's queries (R-5.2): search, filters, sorting, paging, the board and quick add."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from models import db as dbmod
from models import team
from models.errors import NotFound, ValidationError
from models.team import Role
from models.text import normalize
from models.topics import backlog, backlog_query, editing, quickadd
from models.topics.backlog import BacklogQuery, SortKey
from models.topics.model import Priority, Source, Stage, Topic

TITLES = [
    "618大促预热短视频", "双11会员日直播", "控糖柠檬茶成分解读", "冬至限定姜汁奶茶上市",
    "门店探店慢茶空间", "元旦跨年种草笔记", "618大促复盘", "考研季暖心加油站",
    "年货节礼盒开箱直播", "Spring新品 App上新",
]  # fmt: skip
FORMS = ["图文", "短视频", "直播", "长文"]
CHANNELS = [["抖音"], ["小红书", "微博"], ["微信公众号"], ["B站", "抖音"], []]


@pytest.fixture
def owners(db, actor):
    return [
        team.add_member(actor, name, [role]).uid
        for name, role in (
            ("张伟", Role.CONTENT_PLANNER),
            ("王芳", Role.CHANNEL_OPERATOR),
            ("黄丽", Role.EDITOR),
        )
    ]


@pytest.fixture
def topics(owners, actor):
    """40 topics with repeated titles, missing owners and due dates, every form and source."""
    made = []
    for i in range(40):
        owner = owners[i % 3] if i % 4 else None
        stage = Stage.PLAN if owner and i % 5 == 0 else Stage.IDEA
        made.append(
            editing.add_topic(
                actor,
                TITLES[i % len(TITLES)] + ("" if i < 20 else f" 第{i}期"),
                stage=stage,
                source=list(Source)[i % 5],
                keywords=["大促", "预热"] if i % 7 == 0 else ["新品"],
                form=FORMS[i % 4],
                channels=CHANNELS[i % 5],
                priority=Priority(i % 3 + 1),
                owner_uid=owner,
                due_on=date(2026, 12, 1) + timedelta(days=(i * 7) % 30) if i % 6 else None,
                notes="用户调研：大家想喝低糖" if i % 9 == 0 else "",
            )
        )
    return made


def _all(spec: BacklogQuery) -> list[backlog.TopicRow]:
    return backlog.fetch(spec, 0, 1000)


def _ids() -> dict[str, int]:
    return {t.uid: t.id for t in Topic.select(Topic.uid, Topic.id)}


def _titles(spec: BacklogQuery) -> set[str]:
    return {r.title for r in _all(spec)}


def _matching(topics, text: str) -> set[str]:
    """The search's promise, computed in Python: every word in the title, a keyword or notes."""
    words = [normalize(w) for w in text.split()]
    hits = set()
    for t in topics:
        fields = [
            normalize(t.title),
            *(normalize(k) for k in t.keywords.split(",")),
            normalize(t.notes),
        ]
        if all(any(w in f for f in fields) for w in words):
            hits.add(t.uid)
    return hits


@pytest.mark.parametrize(
    "text", ["大促", "促预", "低糖", "预热", "618 复盘", "茶", "app上新", "第3"]
)
def test_search_finds_chinese_substrings_in_title_keywords_and_notes(topics, text):
    expected = _matching(topics, text)
    assert expected and {r.uid for r in _all(BacklogQuery(search=text))} == expected
    assert backlog.count(BacklogQuery(search=text)) == len(expected)


def test_search_folds_case_and_width_and_stays_within_one_field(topics):
    spring = {"Spring新品 App上新", "Spring新品 App上新 第29期", "Spring新品 App上新 第39期"}
    assert _titles(BacklogQuery(search="ＡＰＰ上新")) == spring
    assert _titles(BacklogQuery(search="SPRING")) == spring
    assert _titles(BacklogQuery(search="盒开")) >= {"年货节礼盒开箱直播"}
    assert _titles(BacklogQuery(search="直播新品")) == set()  # a title's end + a keyword
    assert _titles(BacklogQuery(search="%")) == set() and _titles(BacklogQuery(search="_")) == set()
    assert backlog.count(BacklogQuery(search="不存在")) == 0


def test_search_follows_edits_and_the_trash(topics, actor):
    target = topics[3]
    editing.edit_topic(actor, target.uid, None, title="圣诞联名杯套开箱")
    assert [r.uid for r in _all(BacklogQuery(search="联名杯"))] == [target.uid]
    editing.trash_topic(actor, target.uid)
    assert _all(BacklogQuery(search="联名杯")) == []
    editing.restore_topic(actor, target.uid)
    assert backlog.count(BacklogQuery(search="联名杯")) == 1


def test_the_portable_like_search_gives_the_same_rows(topics):
    specs = [BacklogQuery(search=s) for s in ("大促", "促预", "618 复盘", "ＡＰＰ", "低糖", "茶")]
    with_index = [[r.uid for r in _all(s)] for s in specs]
    assert dbmod.has_char_index(backlog.SEARCH_INDEX)
    db = dbmod.database.obj
    for trigger in ("ai", "ad", "au"):
        db.execute_sql(f"DROP TRIGGER topic_search_{trigger}")
    db.execute_sql("DROP TABLE topic_search")
    dbmod._fts_known.clear()
    assert not dbmod.has_char_index(backlog.SEARCH_INDEX)
    assert [[r.uid for r in _all(s)] for s in specs] == with_index


def test_filters(topics, owners):
    rows = _all(BacklogQuery())
    assert len(rows) == 40 == backlog.count(BacklogQuery())

    def check(spec: BacklogQuery, keep) -> None:
        expected = {r.uid for r in rows if keep(r)}
        assert expected, spec
        assert {r.uid for r in _all(spec)} == expected
        assert backlog.count(spec) == len(expected)

    check(BacklogQuery(stages={Stage.PLAN}), lambda r: r.stage == Stage.PLAN)
    check(BacklogQuery(owners={owners[1]}), lambda r: r.owner_uid == owners[1])
    check(
        BacklogQuery(owners={owners[0], backlog.UNASSIGNED}),
        lambda r: r.owner_uid in (owners[0], None),
    )
    check(BacklogQuery(forms={"直播", "长文"}), lambda r: r.form in ("直播", "长文"))
    check(BacklogQuery(channels={"抖音"}), lambda r: "抖音" in r.channels)
    check(BacklogQuery(channels={"微博", "B站"}), lambda r: {"微博", "B站"} & set(r.channels))
    check(BacklogQuery(sources={Source.COMPETITOR}), lambda r: r.source == Source.COMPETITOR)
    check(BacklogQuery(priorities={Priority.HIGH}), lambda r: r.priority == Priority.HIGH)
    first, last = date(2026, 12, 5), date(2026, 12, 15)
    check(
        BacklogQuery(due_from=first, due_to=last),
        lambda r: r.due_on is not None and first <= r.due_on <= last,
    )
    check(
        BacklogQuery(search="大促", forms={"图文"}, owners={backlog.UNASSIGNED}),
        lambda r: (
            ("大促" in r.title or "大促" in r.keywords) and r.form == "图文" and not r.owner_uid
        ),
    )


def _expected(rows, key: SortKey, desc: bool, ids: dict[str, int]) -> list[str]:
    """The order the backlog promises, computed in Python."""
    if key is SortKey.OWNER:
        named = sorted((r for r in rows if r.owner_name), key=lambda r: (r.owner_name, ids[r.uid]))
        if desc:
            named = sorted(named, key=lambda r: (r.owner_name, ids[r.uid]), reverse=True)
        rest = sorted((r for r in rows if not r.owner_name), key=lambda r: ids[r.uid], reverse=desc)
        return [r.uid for r in named + rest]
    value = {
        SortKey.TITLE: lambda r: r.title,
        SortKey.STAGE: lambda r: int(r.stage),
        SortKey.FORM: lambda r: r.form,
        SortKey.SOURCE: lambda r: r.source.value,
        SortKey.PRIORITY: lambda r: int(r.priority),
        SortKey.DUE_ON: lambda r: r.due_on,
        SortKey.UPDATED_AT: lambda r: r.updated_at,
        SortKey.CREATED_AT: lambda r: r.created_at,
    }[key]
    dated = [r for r in rows if value(r) is not None]
    undated = [r for r in rows if value(r) is None]  # only due dates: always last
    ordered = sorted(dated, key=lambda r: (value(r), ids[r.uid]), reverse=desc)
    ordered += sorted(undated, key=lambda r: ids[r.uid], reverse=desc)
    return [r.uid for r in ordered]


@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_every_column_sorts_and_pages_consistently(topics, key, desc):
    spec = BacklogQuery(sort=key, descending=desc)
    rows = _all(spec)
    assert [r.uid for r in rows] == _expected(rows, key, desc, _ids())
    pages = [r.uid for offset in range(0, 40, 7) for r in backlog.fetch(spec, offset, 7)]
    assert pages == [r.uid for r in rows]


def test_my_topics_come_first_in_the_chosen_order(topics, owners):
    me = owners[2]
    for key in (SortKey.TITLE, SortKey.OWNER, SortKey.DUE_ON):
        spec = BacklogQuery(sort=key, descending=False, mine_first=me)
        rows = _all(spec)
        mine = [r for r in rows if r.owner_uid == me]
        assert rows[: len(mine)] == mine
        assert len(mine) == sum(1 for t in topics if t.owner_id == team.get(me).id) > 0
        rest = rows[len(mine) :]
        ids = _ids()
        assert [r.uid for r in mine] == _expected(mine, key, False, ids)
        assert [r.uid for r in rest] == _expected(rest, key, False, ids)
        pages = [r.uid for offset in range(0, 40, 6) for r in backlog.fetch(spec, offset, 6)]
        assert pages == [r.uid for r in rows]


def test_a_crowded_search_reads_the_same_rows_by_either_plan(topics):
    """A search matching most topics walks the sort index for a small page (fulltext notes)."""
    spec = BacklogQuery(search="新品", sort=SortKey.TITLE)
    assert backlog_query.walk_sort_index(spec, 3) and not backlog_query.walk_sort_index(spec, 100)
    assert backlog.fetch(spec, 0, 3) == backlog.fetch(spec, 0, 100)[:3]
    staged = BacklogQuery(stages={Stage.IDEA}, sort=SortKey.PRIORITY)
    assert backlog_query.walk_sort_index(staged, 3)
    assert backlog.fetch(staged, 2, 3) == backlog.fetch(staged, 0, 100)[2:5]


def test_each_sorted_page_reads_an_index_instead_of_sorting_the_table(topics):
    """R-5.2 at 100k topics: the first page of every sort must not sort the whole table.

    Stage has only the partial index topic_alive_stage (stage, owner, …), so the tie-break
    by id is sorted within the first stage (see the migration step for why).
    """
    for key in SortKey:
        if key is SortKey.OWNER:
            continue  # read per owner in id order, see _segments
        for desc in (False, True):
            spec = BacklogQuery(sort=key, descending=desc)
            sql, params = (
                backlog.select_rows(backlog_query.conditions(spec))
                .order_by(*backlog_query.order_by(spec))
                .sql()
            )
            plan = dbmod.database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            details = " ".join(row[-1] for row in plan)
            # never a sort of every row; by stage SQLite sorts within one stage at most
            assert "TEMP B-TREE FOR ORDER BY" not in details, (key, details)
            if key is not SortKey.STAGE:
                assert "TEMP B-TREE" not in details, (key, details)


def test_row_snapshots_carry_the_owner_name(topics, owners):
    row = backlog.topic_row(topics[1].uid)
    assert (row.owner_uid, row.owner_name) == (owners[1], "王芳")
    assert row.channels == ("小红书", "微博") and row.keywords == ("新品",)
    assert row.is_overdue(date(2027, 1, 1)) and not row.is_overdue(date(2026, 1, 1))
    with pytest.raises(NotFound):
        backlog.topic_row("no-such-uid")


def test_board_has_a_column_per_stage_with_counts_and_cards(topics, owners, actor):
    columns = backlog.board(BacklogQuery(sort=SortKey.PRIORITY), per_column=5)
    assert [c.stage for c in columns] == list(Stage)
    totals = {c.stage: c.total for c in columns}
    assert totals[Stage.PLAN] == sum(1 for t in topics if t.stage == Stage.PLAN) > 0
    assert sum(totals.values()) == 40
    idea = columns[0]
    assert len(idea.cards) == 5 and all(c.stage == Stage.IDEA for c in idea.cards)
    full = backlog.fetch(BacklogQuery(stages={Stage.IDEA}, sort=SortKey.PRIORITY), 0, 100)
    assert [c.uid for c in idea.cards] == [r.uid for r in full[:5]]
    more = backlog.column_cards(BacklogQuery(sort=SortKey.PRIORITY), Stage.IDEA, 5, 5)
    assert [c.uid for c in more] == [r.uid for r in full[5:10]]
    searched = backlog.board(BacklogQuery(search="大促", stages={Stage.IDEA, Stage.PLAN}))
    assert [c.stage for c in searched] == [Stage.IDEA, Stage.PLAN]
    assert sum(c.total for c in searched) == backlog.count(BacklogQuery(search="大促"))
    mine = backlog.board(BacklogQuery(mine_first=owners[0]), per_column=50)
    for column in mine:
        flags = [c.owner_uid == owners[0] for c in column.cards]
        assert flags == sorted(flags, reverse=True)
    # segmented orders: the board counts every column's segments in one query
    for spec in (
        BacklogQuery(mine_first=owners[2], sort=SortKey.DUE_ON, descending=False),
        BacklogQuery(sort=SortKey.OWNER),
    ):
        for column in backlog.board(spec, per_column=4):
            expected = backlog.column_cards(spec, column.stage, 0, 4)
            assert [c.uid for c in column.cards] == [c.uid for c in expected]


def test_archived_topics_leave_the_backlog_unless_asked_for(topics, actor, owners):
    from models.topics import cleanup

    lead = team.add_member(actor, "周敏", [Role.TEAM_LEAD]).actor()
    cleanup.archive(lead, [topics[0].uid])
    assert backlog.count(BacklogQuery()) == 39
    everything = BacklogQuery(include_archived=True)
    assert backlog.count(everything) == 40
    found = backlog.fetch(replace(everything, search="618大促预热"), 0, 50)
    assert [r.uid for r in found if r.archived_at] == [topics[0].uid]


# --- quick add (R-5.2) -------------------------------------------------------------------


def test_quick_add_reads_the_documented_syntax(owners):
    parsed = quickadd.parse_quick_add(
        "618大促预热短视频 #短视频 #抖音 #预热 @张伟 !高 2026-12-01", today=date(2026, 11, 1)
    )
    assert parsed.problems == ()
    assert (parsed.title, parsed.form, parsed.channels, parsed.tags) == (
        "618大促预热短视频",
        "短视频",
        ("抖音",),
        ("预热",),
    )
    assert (parsed.owner_name, parsed.owner_uid) == ("张伟", owners[0])
    assert (parsed.priority, parsed.due_on) == (Priority.HIGH, date(2026, 12, 1))
    # full-width markers from a Chinese input method, short dates roll to the next year
    other = quickadd.parse_quick_add(
        "年货节 礼盒 ＃直播 ＠王芳 ！low 1月20日", today=date(2026, 11, 1)
    )
    assert (other.title, other.form, other.owner_uid) == ("年货节 礼盒", "直播", owners[1])
    assert (other.priority, other.due_on) == (Priority.LOW, date(2027, 1, 20))
    assert quickadd.parse_quick_add("x 12/31", today=date(2026, 1, 1)).due_on == date(2026, 12, 31)
    assert quickadd.parse_quick_add("618 大促").title == "618 大促"  # 618 is not a date
    assert quickadd.parse_quick_add("x 2026/2/30").title == "x 2026/2/30"


def test_quick_add_reports_problems_instead_of_guessing(owners, actor):
    parsed = quickadd.parse_quick_add("预热 @不存在 !超急 #短视频 #图文")
    assert [p.code for p in parsed.problems] == [
        "quick_unknown_owner",
        "quick_bad_priority",
        "quick_twice",
    ]
    assert parsed.problems[0].message("zh_CN") == "@不存在：团队中没有这位在职成员。"
    assert quickadd.parse_quick_add("#短视频 @张伟").problems[-1].code == "quick_no_title"
    with pytest.raises(ValidationError) as info:
        quickadd.quick_add(actor, "预热 @不存在")
    assert info.value.code == "quick_unknown_owner"
    assert backlog.count(BacklogQuery()) == 0


def test_quick_add_adds_a_topic_at_the_first_stage(owners, actor):
    topic = quickadd.quick_add(actor, "双12会员券 #图文 #微信公众号 @王芳 !中 2026-12-08")
    row = backlog.topic_row(topic.uid)
    assert (row.title, row.stage, row.form, row.channels) == (
        "双12会员券",
        Stage.IDEA,
        "图文",
        ("微信公众号",),
    )
    assert (row.owner_name, row.priority, row.due_on) == (
        "王芳",
        Priority.MEDIUM,
        date(2026, 12, 8),
    )
    assert _titles(BacklogQuery(search="会员券")) == {"双12会员券"}
