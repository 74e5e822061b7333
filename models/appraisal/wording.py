"""The wording of the appraisal messages and field labels, in English and Chinese (R-4.3).

Field labels carry an ``appraisal_`` prefix: the catalogue is shared by every domain and
plain keys (``status``, ``score``) already mean something else there.
"""

from __future__ import annotations

from models import messages

messages.register_fields(
    {
        "appraisal_items": ("Items", "考核项目"),
        "appraisal_item": ("Item", "考核项目"),
        "appraisal_item_name": ("Item name", "项目名称"),
        "appraisal_item_kpi": ("KPI of the item", "对应指标"),
        "appraisal_item_scale": ("Rating scale", "评分标准"),
        "appraisal_weight": ("Weight", "权重"),
        "appraisal_floor": ("Floor (%)", "起计达成率（%）"),
        "appraisal_cap": ("Cap (points)", "得分上限"),
        "appraisal_bands": ("Grade bands", "等级划分"),
        "appraisal_rating": ("Rating", "评分"),
        "appraisal_role": ("Role", "角色"),
        "appraisal_template_title": ("Template title", "模板名称"),
        "appraisal_self_assessment": ("Self-assessment", "员工自评"),
        "appraisal_reopen_reason": ("Reason for reopening", "重新打开的原因"),
        "appraisal_interview_on": ("Interview date", "面谈日期"),
        "appraisal_strengths": ("Strengths", "优点"),
        "appraisal_weaknesses": ("Weaknesses", "不足"),
        "appraisal_reward": ("Reward or penalty", "奖惩决定"),
        "appraisal_action": ("Action", "改进行动"),
        "appraisal_due_on": ("Due date", "完成期限"),
        "appraisal_need": ("Training need", "培训需求"),
    }
)

messages.register(
    {
        "appraisal_bad_floor": (
            "The floor must be between 0 and 100% (it is {value}).",
            "起计达成率应在 0 到 100% 之间（当前为 {value}）。",
        ),
        "appraisal_bad_cap": (
            "The cap must be at least 100 points (it is {value}).",
            "得分上限不能低于 100 分（当前为 {value}）。",
        ),
        "appraisal_bad_rating": (
            "A rating must be between 1 and {max} (it is {value}).",
            "评分应在 1 到 {max} 之间（当前为 {value}）。",
        ),
        "appraisal_weight_positive": (
            "Every item needs a weight above 0.",
            "每个考核项目的权重都必须大于 0。",
        ),
        "appraisal_weights_sum": (
            "The weights add up to {total}; they must add up to 100.",
            "各项权重合计为 {total}，必须等于 100。",
        ),
        "appraisal_bands_empty": ("Give at least one grade band.", "请至少设置一个等级。"),
        "appraisal_bands_names": (
            "Every grade band needs its own name (A, B, C …).",
            "每个等级都需要不同的名称（如 A、B、C）。",
        ),
        "appraisal_bands_minimums": (
            "Two grade bands start at the same score; give each its own minimum.",
            "有两个等级的最低分相同；请为每个等级设置不同的最低分。",
        ),
        "appraisal_bands_floor": (
            "The lowest grade ({grade}) must start at 0 so that every total has a grade.",
            "最低等级（{grade}）的最低分必须为 0，以便每个总分都有对应等级。",
        ),
        "appraisal_no_items": ("A template needs at least one item.", "模板至少需要一个考核项目。"),
        "appraisal_item_kpi": (
            "“{name}” names a KPI that does not exist; pick one from the KPI list.",
            "“{name}”对应的指标不存在；请从指标列表中选择。",
        ),
        "appraisal_item_scope": (
            "“{name}” must be measured for the member or for the team.",
            "“{name}”的取数范围只能是“本人”或“团队”。",
        ),
        "appraisal_item_scale": (
            "“{name}” needs a scale of at least two levels with different ratings.",
            "“{name}”的评分标准至少需要两个分值不同的等级。",
        ),
        "appraisal_item_duplicate": (
            "Two items have the same name; give each its own.",
            "有两个考核项目名称相同；请分别命名。",
        ),
        "appraisal_who": (
            "“{name}” is not a member of the team, so no appraisal is shown. Choose who you "
            "are (on the command line: --as NAME).",
            "“{name}”不是团队成员，无法查看考核。请先选择您的身份（命令行：--as 姓名）。",
        ),
        "appraisal_lead_only": (
            "Only the team lead may do this; {name} is not the team lead.",
            "只有团队负责人可以执行此操作；{name} 不是团队负责人。",
        ),
        "appraisal_not_yours": (
            "{name} may see only their own appraisals.",
            "{name} 只能查看本人的考核。",
        ),
        "appraisal_period_week": (
            "An appraisal cycle covers a month, a quarter or a year, not a week ({value}).",
            "考核周期应为月、季度或年，不能是周（{value}）。",
        ),
        "appraisal_no_template": (
            "There is no appraisal template for that role; add one under Appraisal › Templates.",
            "该角色还没有考核模板；请在“绩效考核 › 模板”中添加。",
        ),
        "appraisal_locked": (
            "The appraisal of {name} is final and locked; reopen it first (the reopening is "
            "recorded).",
            "{name} 的考核已定稿并锁定；如需修改，请先重新打开（重新打开会被记录）。",
        ),
        "appraisal_self_only": (
            "Only the appraised member writes their self-assessment.",
            "只有被考核人本人可以填写自评。",
        ),
        "appraisal_self_closed": (
            "The self-assessment of {name} can no longer change: the lead has reviewed it.",
            "{name} 的自评已不能修改：负责人已完成评分。",
        ),
        "appraisal_needs_self_assessment": (
            "The lead's review of {name} comes after the self-assessment is handed in.",
            "{name} 提交自评后，负责人才能完成评分。",
        ),
        "appraisal_needs_review": (
            "Record the interview of {name} after the lead's review.",
            "请在负责人完成评分后再记录 {name} 的绩效面谈。",
        ),
        "appraisal_needs_interview": (
            "The appraisal of {name} becomes final after the interview is recorded.",
            "记录绩效面谈后，{name} 的考核才能定稿。",
        ),
        "appraisal_not_final": (
            "The appraisal of {name} is not final, so there is nothing to reopen.",
            "{name} 的考核尚未定稿，无需重新打开。",
        ),
        "appraisal_not_item": (
            "That item does not belong to this appraisal.",
            "该项目不属于此考核。",
        ),
        "appraisal_self_unrated": (
            "Rate yourself on every item before handing in: {items}.",
            "提交前请为每一项自评打分：{items}。",
        ),
        "appraisal_unscored": (
            "These items have no score yet: {items}. Rate them, or enter the missing actual.",
            "以下项目还没有得分：{items}。请评分，或补录缺少的实际值。",
        ),
        "appraisal_cycle_started": (
            "The {period} cycle has started (some appraisals are past the draft); it stays.",
            "{period} 考核已开始（部分考核已不是待自评状态），不能删除。",
        ),
        "appraisal_bad_reward": (
            "“{value}” is not a reward or penalty of the list.",
            "“{value}”不是可选的奖惩决定。",
        ),
        "appraisal_bad_actual": (
            "The actual of “{name}” must be a number (it is “{value}”).",
            "“{name}”的实际值必须是数字（当前为“{value}”）。",
        ),
        "appraisal_template_number": (
            "Item {row}, “{column}”: write a number.",
            "第 {row} 个项目「{column}」：请填写数字。",
        ),
        "appraisal_band_number": (
            "Grade band {row} ({grade}): write its lowest total as a number.",
            "第 {row} 个等级（{grade}）：最低分请填写数字。",
        ),
        "appraisal_need_empty": (
            "Pick a course or describe the training need.",
            "请选择课程或填写培训需求。",
        ),
    }
)
