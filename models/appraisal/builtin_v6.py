"""The appraisal templates every database starts with (R-4.3), as schema step 6 inserted them.

Frozen: migration step 6 reads these, so an old file and a new one start alike. Never edit
them; the team edits its templates in the app (templates.save_template), and a later change
of the defaults is a later migration step. One template per role of R-4.1 except the team
lead's (a lead is appraised by their own manager, outside this team's app).

KPI items: (name, weight, KPI code, scope "member" or "team"); every KPI item scores 0
below 60% achievement, then the achievement in points, capped at 120. Quality items: (name,
weight, what is judged), rated on the five-level scale below.
"""

from __future__ import annotations

from typing import Any

SCALE: list[tuple[int, str, str]] = [
    (5, "卓越", "远超期望，可作为团队榜样"),
    (4, "良好", "完全达到期望，偶有亮点"),
    (3, "合格", "基本达到期望，偶有不足"),
    (2, "待改进", "部分未达到期望，需要督促"),
    (1, "不合格", "明显未达到期望"),
]
BANDS: list[tuple[str, float, str]] = [
    ("A", 90, "优秀"),
    ("B", 75, "良好"),
    ("C", 60, "合格"),
    ("D", 0, "待改进"),
]
FLOOR, CAP = 60.0, 120.0

TEAMWORK = "主动配合跨岗位工作，及时响应同事需求，分享经验"
COMPLIANCE = "遵守广告法与平台规则，无违规表述；保护用户个人信息"

# role: (title, KPI items, quality items)
KpiItems = list[tuple[str, float, str, str]]
QualityItems = list[tuple[str, float, str]]
TEMPLATES: dict[str, tuple[str, KpiItems, QualityItems]] = {
    "content_planner": (
        "内容策划绩效考核表",
        [("内容发布量", 25, "content_published", "member"),
         ("内容分享数", 15, "shares", "member"),
         ("粉丝增长（团队）", 15, "follower_growth", "team")],
        [("内容质量", 15, "选题贴合受众，信息准确，结构清晰，符合品牌风格"),
         ("团队协作", 10, TEAMWORK), ("合规意识", 10, COMPLIANCE),
         ("学习成长", 10, "按计划参加培训，将所学用于工作")],
    ),
    "channel_operator": (
        "渠道运营绩效考核表",
        [("点击率（CTR）", 20, "ctr", "member"),
         ("广告支出回报率（ROAS）", 20, "roas", "member"),
         ("获客成本（CAC）", 15, "cac", "member"),
         ("独立访客（UV，团队）", 10, "uv", "team")],
        [("执行力", 15, "按节奏完成投放与优化，及时调整出价、素材和定向"),
         ("团队协作", 10, TEAMWORK), ("合规意识", 10, COMPLIANCE)],
    ),
    "data_analyst": (
        "数据分析绩效考核表",
        [("报表按时交付率", 25, "reports_on_time", "member"),
         ("转化率（团队）", 15, "conversion_rate", "team"),
         ("培训学时", 10, "training_hours", "member")],
        [("分析质量", 20, "数据口径准确，结论有依据，建议可执行"),
         ("团队协作", 15, TEAMWORK),
         ("学习成长", 15, "掌握新的分析方法与工具并在工作中应用")],
    ),
    "crm": (
        "客户关系管理绩效考核表",
        [("复购率", 25, "repurchase_rate", "member"),
         ("客户满意度", 20, "satisfaction", "member"),
         ("社群活跃度", 15, "community_activity", "member")],
        [("服务意识", 15, "及时、耐心回应客户，跟进问题直至解决"),
         ("团队协作", 10, TEAMWORK),
         ("个人信息保护", 15, "按目的收集、按规定存储和清理客户数据，响应查询与删除请求")],
    ),
    "project_manager": (
        "项目管理绩效考核表",
        [("项目按期完成率", 30, "projects_on_time", "member"),
         ("广告支出回报率（团队）", 20, "roas", "team")],
        [("沟通协调", 20, "跨部门沟通顺畅，风险及时上报，会议有结论有跟进"),
         ("团队协作", 15, TEAMWORK), ("合规意识", 15, COMPLIANCE)],
    ),
    "editor": (
        "编辑绩效考核表",
        [("审稿量", 25, "reviews_done", "member"),
         ("内容发布量（团队）", 15, "content_published", "team")],
        [("内容质量", 25, "把关准确性与可读性，修改意见具体可执行"),
         ("品牌一致性", 15, "内容符合品牌风格指南的价值观、语气与视觉规范"),
         ("团队协作", 10, TEAMWORK), ("合规意识", 10, COMPLIANCE)],
    ),
    "compliance": (
        "合规/法务审核绩效考核表",
        [("审核及时率", 30, "review_on_time", "member"),
         ("违规内容数（团队）", 20, "violations", "team")],
        [("专业准确", 20, "准确识别广告法禁用语、平台规则与隐私风险，意见有依据"),
         ("团队协作", 15, TEAMWORK),
         ("风险预警", 15, "主动发现并提示潜在合规与舆情风险")],
    ),
}  # fmt: skip


def items_json(role: str) -> list[dict[str, Any]]:
    """A role's items as stored in the template's ``items`` column."""
    _, kpis, qualities = TEMPLATES[role]
    out: list[dict[str, Any]] = []
    for name, weight, code, scope in kpis:
        out.append(
            {"kind": "kpi", "name": name, "weight": weight, "kpi": code, "scope": scope,
             "floor": FLOOR, "cap": CAP, "description": ""}
        )  # fmt: skip
    for name, weight, description in qualities:
        out.append(
            {"kind": "quality", "name": name, "weight": weight, "description": description,
             "scale": [list(level) for level in SCALE]}
        )  # fmt: skip
    return out


def bands_json() -> list[list[Any]]:
    return [list(b) for b in BANDS]
