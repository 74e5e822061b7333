"""The KPI definitions every database starts with (R-1.2), as schema step 6 inserted them.

Frozen: migration step 6 reads this list, so an old file and a new one get the same KPIs.
Never edit it; a later change of the built-in set is a later migration step.

Each entry: code, Chinese name, English name, category, unit, direction, aggregate, source,
numerator, denominator, scale, deviation threshold (%).
"""

from __future__ import annotations

# fmt: off
BUILTIN_KPIS: list[tuple[str, str, str, str, str, str, str, str, str, str, float, float]] = [
    # 流量 traffic
    ("pv", "页面浏览量（PV）", "Page views (PV)", "traffic", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("uv", "独立访客（UV）", "Unique visitors (UV)", "traffic", "人", "higher", "sum",
     "input", "", "", 1, 10),
    ("visits", "访问次数", "Visits", "traffic", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("avg_time", "平均停留时长", "Time on page", "traffic", "秒", "higher", "average",
     "input", "", "", 1, 15),
    ("bounce_rate", "跳出率", "Bounce rate", "traffic", "%", "lower", "average",
     "input", "", "", 1, 10),
    ("impressions", "曝光量", "Impressions", "traffic", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("clicks", "点击量", "Clicks", "traffic", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("ctr", "点击率（CTR）", "Click-through rate (CTR)", "traffic", "%", "higher", "sum",
     "ratio", "clicks", "impressions", 100, 10),
    # 互动 engagement
    ("follower_growth", "粉丝增长", "Follower growth", "engagement", "人", "higher", "sum",
     "input", "", "", 1, 15),
    ("likes", "点赞数", "Likes", "engagement", "次", "higher", "sum",
     "input", "", "", 1, 15),
    ("comments", "评论数", "Comments", "engagement", "条", "higher", "sum",
     "input", "", "", 1, 15),
    ("shares", "分享数", "Shares", "engagement", "次", "higher", "sum",
     "input", "", "", 1, 15),
    ("community_activity", "社群活跃度", "Community activity", "engagement", "%",
     "higher", "average", "input", "", "", 1, 10),
    # 转化 conversion
    ("form_submissions", "表单提交数", "Form submissions", "conversion", "份", "higher", "sum",
     "input", "", "", 1, 10),
    ("signups", "注册数", "Sign-ups", "conversion", "人", "higher", "sum",
     "input", "", "", 1, 10),
    ("downloads", "下载量", "Downloads", "conversion", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("purchases", "购买订单数", "Purchases", "conversion", "单", "higher", "sum",
     "input", "", "", 1, 10),
    ("revenue", "销售额", "Revenue", "conversion", "元", "higher", "sum",
     "input", "", "", 1, 10),
    ("spend", "投放花费", "Ad spend", "conversion", "元", "lower", "sum",
     "input", "", "", 1, 10),
    ("new_customers", "新增客户数", "New customers", "conversion", "人", "higher", "sum",
     "input", "", "", 1, 10),
    ("conversions", "转化数", "Conversions", "conversion", "次", "higher", "sum",
     "input", "", "", 1, 10),
    ("aov", "客单价", "Average order value", "conversion", "元", "higher", "sum",
     "ratio", "revenue", "purchases", 1, 10),
    ("conversion_rate", "转化率", "Conversion rate", "conversion", "%", "higher", "sum",
     "ratio", "conversions", "visits", 100, 10),
    ("roas", "广告支出回报率（ROAS）", "Return on ad spend (ROAS)", "conversion", "倍",
     "higher", "sum", "ratio", "revenue", "spend", 1, 10),
    ("cac", "获客成本（CAC）", "Customer acquisition cost (CAC)", "conversion", "元",
     "lower", "sum", "ratio", "spend", "new_customers", 1, 10),
    ("repurchase_rate", "复购率", "Repurchase rate", "conversion", "%", "higher", "average",
     "input", "", "", 1, 10),
    # 品牌 brand
    ("brand_search_index", "品牌搜索指数", "Brand search index", "brand", "点",
     "higher", "average", "input", "", "", 1, 10),
    ("brand_mentions", "品牌提及量", "Brand mentions", "brand", "次", "higher", "sum",
     "input", "", "", 1, 15),
    ("share_of_voice", "声量份额", "Share of voice", "brand", "%", "higher", "average",
     "input", "", "", 1, 10),
    # 工作产出 work output: what a role's appraisal measures besides the team's KPIs
    ("content_published", "内容发布量", "Content published", "work", "篇", "higher", "sum",
     "input", "", "", 1, 15),
    ("reviews_done", "审稿量", "Drafts reviewed", "work", "篇", "higher", "sum",
     "input", "", "", 1, 15),
    ("reports_on_time", "报表按时交付率", "Reports on time", "work", "%", "higher", "average",
     "input", "", "", 1, 5),
    ("projects_on_time", "项目按期完成率", "Projects on time", "work", "%", "higher", "average",
     "input", "", "", 1, 5),
    ("review_on_time", "审核及时率", "Reviews on time", "work", "%", "higher", "average",
     "input", "", "", 1, 5),
    ("violations", "违规内容数", "Non-compliant content", "work", "条", "lower", "sum",
     "input", "", "", 1, 0),
    ("satisfaction", "客户满意度", "Customer satisfaction", "work", "分", "higher", "average",
     "input", "", "", 1, 5),
    ("training_hours", "培训学时", "Training hours", "work", "小时", "higher", "sum",
     "training", "", "", 1, 20),
]
# fmt: on
