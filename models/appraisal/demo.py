"""Two finished appraisal cycles for the demo team (R-4.3): 2026-Q2 and 2026-Q3.

Each appraisal runs the whole way as people would: the member's self-assessment, the lead's
ratings and comments, the interview with a development plan and training needs, then final.
KPI items come from the sample KPI data (kpi.demo); one actual is corrected by the lead.
周敏, the lead, has no template (a lead is appraised outside the team's app); 吴强 has left.
Re-running adds nothing when a cycle of the period exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.appraisal import cycles, interview
from models.appraisal.schema import Appraisal, AppraisalCycle, ItemKind, Reward
from models.appraisal.views import build_rows
from models.base import Actor
from models.db import write
from models.team import Role, find_by_name
from models.training.schema import Course

LEAD = "周敏"
ROLES = {"李娜": Role.DATA_ANALYST, "黄丽": Role.EDITOR}


@dataclass(frozen=True)
class Entry:
    """One member's appraisal in one cycle: ratings (item name → 1–5; "*" for the rest)."""

    ratings: dict[str, int]
    self_text: str
    lead_comment: str
    strengths: str
    weaknesses: str
    reward: Reward
    reward_note: str
    actions: tuple[tuple[str, date], ...]
    needs: tuple[str, ...]  # course titles, or a topic when no course fits
    corrected: tuple[str, float, str] | None = None  # KPI item name, actual, comment


Q2, Q3 = "2026-Q2", "2026-Q3"
INTERVIEW = {Q2: date(2026, 7, 9), Q3: date(2026, 10, 14)}
DUE = {Q2: date(2026, 9, 30), Q3: date(2026, 12, 31)}
SEO, DATA, VIDEO, PM = (
    "SEO与SEM实操",
    "营销数据分析：Excel与BI看板",
    "短视频脚本与剪辑实战",
    "项目管理与跨部门沟通",
)

PROFILES: dict[str, dict[str, Entry]] = {
    "张伟": {
        Q2: Entry(
            {"*": 4}, "本季度完成618系列图文与短视频脚本，发布量达标；互动内容还可更有新意。",
            "内容产出稳定，618专题策划有亮点。", "选题紧跟热点，执行快", "数据复盘不够深入",
            Reward.NONE, "", (("每篇重点内容发布后一周内完成数据复盘", DUE[Q2]),), (DATA,),
        ),
        Q3: Entry(
            {"*": 4, "内容质量": 5}, "七夕与开学季内容反响好，分享数明显提升；参加了数据分析培训。",
            "内容质量明显提升，能用数据指导选题。", "内容质量高，善于借势营销",
            "跨部门沟通偶有延迟", Reward.BONUS, "季度绩效奖金上浮10%",
            (("每月与渠道运营对齐一次选题排期", DUE[Q3]),), (SEO,),
        ),
    },
    "王芳": {
        Q2: Entry(
            {"*": 4, "执行力": 5}, "618投放ROAS超目标，新素材测试流程跑通。",
            "投放效果突出，优化动作及时。", "数据敏感，优化及时", "素材储备不足",
            Reward.COMMENDATION, "618投放表现突出",
            (("建立素材库，每周新增5套测试素材", DUE[Q2]),), (),
        ),
        Q3: Entry(
            {"*": 5, "团队协作": 4}, "Q3各渠道CTR与ROAS均达成，获客成本下降。",
            "连续两个季度表现优秀，可承担更多渠道。", "投放策略成熟，成本控制好",
            "对新渠道（视频号）经验不足", Reward.BONUS, "季度绩效奖金上浮15%",
            (("负责视频号广告试投并输出方法总结", DUE[Q3]),), (SEO,),
        ),
    },
    "李娜": {
        Q2: Entry(
            {"*": 4, "分析质量": 5}, "报表按时交付，搭建了618实时看板。",
            "分析扎实，看板对决策帮助大。", "分析严谨，工具熟练",
            "对业务问题的主动洞察可加强", Reward.NONE, "",
            (("每月输出一份渠道归因分析", DUE[Q2]),), (),
        ),
        Q3: Entry(
            {"*": 4, "学习成长": 3}, "Q3以交付和讲课为主，没有参加外部培训。",
            "交付稳定；本季度未安排个人学习，培训学时不足。", "交付稳定，乐于分享",
            "个人学习投入不足", Reward.NONE, "", (("Q4完成一门外部数据类课程", DUE[Q3]),),
            ("归因分析与增长模型",),
        ),
    },
    "陈静": {
        Q2: Entry(
            {"*": 3, "服务意识": 4}, "社群活动按计划开展，复购率略低于目标。",
            "服务态度好，复购提升需要方法。", "服务耐心，客户反馈好", "会员运营方法单一",
            Reward.NONE, "", (("设计会员分层运营方案", DUE[Q2]),), (DATA,),
        ),
        Q3: Entry(
            {"*": 2, "个人信息保护": 4}, "会员分层方案已上线，复购率仍未达标。",
            "方案落地但效果未显现，需加强数据跟踪。", "执行认真，合规意识强",
            "复购与社群活跃度未达目标", Reward.IMPROVEMENT_PLAN, "制定Q4复购提升改进计划",
            (("每两周复盘一次会员分层运营数据", DUE[Q3]), ("与数据分析共建复购看板", DUE[Q3])),
            (DATA,),
        ),
    },
    "赵磊": {
        Q2: Entry(
            {"*": 3}, "618项目整体按期，个别物料延期。", "统筹到位，风险预警偏晚。", "责任心强",
            "风险预警不及时", Reward.NONE, "", (("项目周报增加风险清单", DUE[Q2]),), (PM,),
        ),
        Q3: Entry(
            {"*": 2, "团队协作": 3}, "Q3两个项目延期，已复盘原因。",
            "延期项目较多，沟通机制需改进。", "复盘认真", "跨部门沟通与进度把控不足",
            Reward.WARNING, "口头提醒，Q4跟进改进",
            (("每周召开跨部门进度会并发纪要", DUE[Q3]),), (PM,),
            ("项目按期完成率", 86, "含一项经审批顺延的项目，按按期计"),
        ),
    },
    "刘洋": {
        Q2: Entry(
            {"*": 4}, "审稿量达标，建立了二审清单。", "把关严格，审稿效率高。", "审稿严谨",
            "对短视频审核经验少", Reward.NONE, "", (("整理短视频审核要点", DUE[Q2]),),
            (VIDEO,),
        ),
        Q3: Entry(
            {"*": 4, "品牌一致性": 5}, "审稿量达标，品牌风格指南落地。",
            "品牌一致性把控出色。", "品牌意识强，指导新人耐心", "审稿反馈有时偏慢",
            Reward.COMMENDATION, "品牌指南落地", (("审稿反馈时效控制在24小时内", DUE[Q3]),),
            (),
        ),
    },
    "黄丽": {
        Q2: Entry(
            {"*": 4, "内容质量": 3}, "完成编辑审稿工作，兼顾部分策划。",
            "工作量饱满，质量需稳定。", "多面手，积极", "审稿质量波动", Reward.NONE, "",
            (("使用二审清单逐项核对", DUE[Q2]),), (),
        ),
        Q3: Entry(
            {"*": 4}, "审稿质量稳定，参与了数据分析培训。", "质量稳定，进步明显。",
            "学习能力强", "审稿量略低于目标", Reward.NONE, "",
            (("合理分配编辑与策划时间", DUE[Q3]),), (VIDEO,),
        ),
    },
    "杨帆": {
        Q2: Entry(
            {"*": 4, "专业准确": 5}, "审核及时，组织了广告法培训。", "专业能力强。",
            "法规熟悉，判断准确", "对平台新规跟进可更及时", Reward.NONE, "",
            (("每月整理平台规则更新摘要", DUE[Q2]),), (),
        ),
        Q3: Entry(
            {"*": 4, "风险预警": 3}, "审核及时率达标；8月有一条违规表述漏审。",
            "整体良好，漏审需复盘。", "审核效率高", "8月漏审“最低价”表述", Reward.NONE, "",
            (("把价格类表述加入审核清单", DUE[Q3]),), (),
        ),
    },
}  # fmt: skip


def fill_demo(actor: Actor | None = None) -> dict[str, int]:
    """Run the two cycles to the end; returns how many cycles and appraisals it added."""
    lead_member = find_by_name(LEAD)
    if lead_member is None:
        return {"appraisal_cycles": 0, "appraisals": 0}
    lead = lead_member.actor()
    added = {"appraisal_cycles": 0, "appraisals": 0}
    with write():
        for period in (Q2, Q3):
            if AppraisalCycle.alive().where(AppraisalCycle.period == period).exists():
                continue
            roles = {m.uid: role for n, role in ROLES.items() if (m := find_by_name(n))}
            result = cycles.open_cycle(lead, period, roles=roles)
            added["appraisal_cycles"] += 1
            added["appraisals"] += len(result.created)
            cycle = AppraisalCycle.by_uid(result.cycle_uid)
            for row in build_rows(list(Appraisal.alive().where(Appraisal.cycle == cycle))):
                entry = PROFILES.get(row.member_name, {}).get(period)
                if entry is not None:
                    _run(lead, row.uid, row.member_name, entry, period)
    return added


def _run(lead: Actor, uid: str, name: str, entry: Entry, period: str) -> None:
    member = find_by_name(name)
    assert member is not None
    row = cycles.snapshot(uid)
    quality = [i for i in row.items if i.kind is ItemKind.QUALITY]
    given = {i.uid: float(entry.ratings.get(i.name, entry.ratings["*"])) for i in quality}
    rate: dict[str, float | None] = dict(given)
    # people rate themselves a little higher now and then
    own: dict[str, float | None] = {
        k: min(5.0, v + (1 if n % 3 == 0 else 0)) for n, (k, v) in enumerate(given.items())
    }
    cycles.save_self_assessment(member.actor(), uid, None, entry.self_text, own, submit=True)
    actuals: dict[str, float | None] = {}
    comments: dict[str, str] = {}
    for i in row.items:
        if entry.corrected and i.name == entry.corrected[0]:
            actuals[i.uid] = entry.corrected[1]
            comments[i.uid] = entry.corrected[2]
    cycles.score(lead, uid, None, ratings=rate, actuals=actuals, comments=comments,
                 lead_comment=entry.lead_comment)  # fmt: skip
    cycles.mark_reviewed(lead, uid, None)
    interview.record_interview(
        lead,
        uid,
        None,
        held_on=INTERVIEW[period],
        strengths=entry.strengths,
        weaknesses=entry.weaknesses,
        reward=entry.reward,
        reward_note=entry.reward_note,
    )
    for text, due in entry.actions:
        interview.add_action(lead, uid, text, due_on=due)
    for need in entry.needs:
        course = Course.alive().where(Course.title == need).first()
        if course is not None:
            interview.add_training_need(lead, uid, course_uid=course.uid)
        else:
            interview.add_training_need(lead, uid, topic=need)
    cycles.finalize(lead, uid, None)
