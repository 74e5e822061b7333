"""The Advertising-Law checker (R-2.1, R-2.2): a table of phrases — hits, variants that try to
slip past (full width, spaces and symbols inside a word, traditional characters) and
allowed look-alikes — plus positions, platform lists, the team's words and ``adcheck``."""

from __future__ import annotations

import io

import pytest

from models import messages, team
from models.errors import PermissionDenied, ValidationError
from models.reviews import adlaw, terms
from models.reviews.adlaw import adcheck_cmd, default_wordlist
from models.reviews.schema import Category, ContentField, Severity
from models.team import Role
from models.topics import options

WORDS = default_wordlist()

# text → the list terms it hits, in reading order ([] for a clean text)
PHRASES: list[tuple[str, list[str]]] = [
    # absolute terms, 广告法 第九条
    ("本店最好喝的奶茶", ["最好"]),
    ("口感最佳", ["最佳"]),
    ("最高级的享受", ["最高级"]),
    ("全网销量第一", ["第一"]),
    ("行业首个零糖配方", ["首个"]),
    ("唯一的选择", ["唯一"]),
    ("国家级工艺", ["国家级"]),
    ("顶级原料", ["顶级"]),
    ("极致口感", ["极致"]),
    ("100%原叶", ["100%"]),
    ("万能搭配", ["万能"]),
    ("世界级品质", ["世界级"]),
    ("绝对好喝", ["绝对"]),
    ("奶茶界的No.1", ["NO.1"]),
    ("TOP1爆款", ["TOP1"]),
    ("首家门店", ["首家"]),
    ("独一无二的配方", ["独一无二"]),
    ("史无前例的优惠", ["史无前例"]),
    ("最受欢迎的口味", ["最受欢迎"]),
    ("销量冠军", ["销量冠军"]),
    ("最美的你", ["最"]),  # the generic 最 (a warning)
    # unprovable claims and medical wording
    ("喝了根治失眠", ["根治"]),
    ("零风险尝鲜", ["零风险"]),
    ("永久保质", ["永久"]),
    ("无副作用", ["无副作用"]),
    ("立竿见影的效果", ["立竿见影"]),
    ("百分百有效", ["百分百有效"]),
    ("降血糖好帮手", ["降血糖"]),
    ("纯天然零添加", ["纯天然", "零添加"]),
    ("保本稳赚", ["保本", "稳赚"]),
    # inducements to buy
    ("再不买就没了！", ["再不买就没了"]),
    ("史上最低价", ["史上最低价"]),
    ("秒杀全网", ["秒杀全网"]),
    ("今晚全网最低价", ["全网最低价"]),
    ("手慢无，错过再等一年", ["手慢无", "错过再等一年"]),
    ("活动最后一天", ["最后一天"]),
    # variants: width, spaces and symbols inside, traditional characters
    ("最 佳口感", ["最佳"]),
    ("最-佳", ["最佳"]),
    ("最*佳", ["最佳"]),
    ("最　佳", ["最佳"]),  # an ideographic space
    ("最🔥佳", ["最佳"]),
    ("最.佳", ["最佳"]),
    ("第 一 名", ["第一"]),
    ("１００％原叶", ["100%"]),
    ("ＮＯ．１", ["NO.1"]),
    ("top 1", ["TOP1"]),
    ("國家級", ["国家级"]),
    ("頂級原料", ["顶级"]),
    ("極致口感", ["极致"]),
    ("唯壹", ["唯一"]),
    ("萬能", ["万能"]),
    ("絕對", ["绝对"]),
    ("第1名", ["第1"]),
    # allowed look-alikes and near misses
    ("最近上新", []),
    ("最后一杯", []),
    ("最初的味道", []),
    ("最终解释权", []),
    ("第一次来", []),
    ("第一季度", []),
    ("第一步：打开小程序", []),
    ("第一时间通知您", []),
    ("会员的第一杯", []),
    ("唯一标识", []),
    ("国家级非物质文化遗产", []),
    ("第10期", []),
    ("TOP10榜单", []),
    ("涨幅1100%", []),
    ("每人最多领1张", []),
    ("满减最高可减20元", []),
    ("冬至到了，一杯姜汁奶茶，把冬天喝暖。", []),
    ("第一季度销量第一", ["第一"]),  # the allowed phrase covers only its own 第一
]


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[p[0] for p in PHRASES])
def test_phrase_table(text, expected):
    """R-2.1: each phrase hits exactly the expected terms (≥ 60 phrases)."""
    assert [h.term for h in WORDS.check(text)] == expected


def test_the_table_is_big_enough():
    assert len(PHRASES) >= 60
    assert sum(1 for _, hits in PHRASES if not hits) >= 15


def test_hits_carry_their_place_in_the_original_text():
    text = "冬至限定，最 - 佳口感，國家級工艺"
    first, second = WORDS.check(text, ContentField.TITLE)
    assert (first.start, first.end, first.text, first.key) == (5, 10, "最 - 佳", "最佳")
    assert text[second.start : second.end] == "國家級" and second.field is ContentField.TITLE
    assert first.category is Category.ABSOLUTE and first.severity is Severity.BLOCKING
    assert "第九条" in first.basis and first.suggestion


def test_a_longer_hit_hides_the_shorter_ones_inside_it_unless_they_weigh_more():
    (hit,) = WORDS.check("史上最低价")
    assert hit.term == "史上最低价"  # not also 最低价, 最低 and 最
    assert [h.term for h in WORDS.check("最新最低")] == ["最新", "最低"]


def test_platform_lists_apply_to_their_channels():
    """R-2.2: 诱导分享 is a WeChat rule; a channel named 微信公众号 uses the 微信 list."""
    text = "转发到朋友圈集赞领券，加微信咨询"
    assert WORDS.check(text) == []
    assert adlaw.platforms_for(["微信公众号", "抖音"]) == ["微信", "抖音"]
    assert adlaw.platforms_for(["百度"]) == []
    wechat = default_wordlist(["微信"])
    assert [h.term for h in wechat.check(text)] == ["转发到朋友圈", "集赞"]
    douyin = default_wordlist(["抖音"])
    (hit,) = douyin.check(text)
    assert (hit.term, hit.category, hit.entry.platform) == ("加微信", Category.DIVERSION, "抖音")
    assert set(adlaw.platform_names()) == {"小红书", "抖音", "微博", "微信", "B站", "知乎"}


def test_adcheck_prints_one_line_per_hit_and_exits_1_on_a_blocking_hit():
    out = io.StringIO()
    messages.set_language("zh_CN")
    try:
        assert adcheck_cmd("全网销量第一，纯天然", out) == 1
    finally:
        messages.set_language("en")
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    term, category, severity, basis, suggestion = lines[0].split("\t")
    assert (term, category, severity) == ("第一", "绝对化用语", "禁止")
    assert basis.startswith("《广告法》第九条") and suggestion
    assert lines[1].split("\t")[:3] == ["纯天然", "无法证实的承诺", "提示"]


def test_adcheck_exits_0_on_warnings_and_prints_nothing_for_a_clean_text():
    out = io.StringIO()
    assert adcheck_cmd("纯天然茶叶", out) == 0
    assert out.getvalue().split("\t")[1:3] == ["Unprovable claim", "Warning"]
    clean = io.StringIO()
    assert adcheck_cmd("冬至到了，一杯姜汁奶茶，最近上新。", clean) == 0
    assert clean.getvalue() == ""


def test_the_team_adds_its_own_words_and_allowed_phrases(db, actor):
    compliance = team.add_member(actor, "杨帆", [Role.COMPLIANCE]).actor()
    planner = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER]).actor()
    with pytest.raises(PermissionDenied):
        terms.add_term(planner, "yyds")
    with pytest.raises(ValidationError) as empty:
        terms.add_term(compliance, " - * ")
    assert empty.value.code == "adlaw_term_empty"
    with pytest.raises(ValidationError) as unknown:
        terms.add_term(compliance, "绝绝子", platform="快手")
    assert unknown.value.code == "adlaw_bad_platform"
    terms.add_term(compliance, "yyds", category="absolute", severity="blocking", suggestion="删除")
    terms.add_term(compliance, "最好喝", allow=True)
    terms.add_term(compliance, "种草机", platform="小红书", category="inducement")
    assert [h.term for h in adlaw.check("YYDS！最好喝的奶茶，种草机")] == ["yyds"]
    assert [h.term for h in adlaw.check("种草机", platform_list=["小红书"])] == ["种草机"]
    options.add_option(actor, options.CHANNEL, "快手")  # a channel with a list of the team's
    terms.add_term(compliance, "老铁666", platform="快手", category="sharing")
    assert adlaw.platforms_for(["快手直播", "抖音"]) == ["抖音", "快手"]
    assert [h.term for h in adlaw.check("老铁666", platform_list=["快手"])] == ["老铁666"]
    out = io.StringIO()
    assert adcheck_cmd("奶茶yyds", out) == 1  # the command line sees the team's words too
    row = next(t for t in terms.list_terms() if t.term == "yyds")
    terms.edit_term(compliance, row.uid, row.version, severity="warning")
    assert adcheck_cmd("奶茶yyds", io.StringIO()) == 0
    terms.remove_term(compliance, row.uid)
    assert adlaw.check("奶茶yyds") == []
