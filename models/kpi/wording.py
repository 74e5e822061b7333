"""The wording of the KPI messages and field labels, in English and Chinese (R-1.1–R-1.3).

Field labels are registered with a ``kpi_`` or ``goal_`` prefix: the catalogue is shared
by every domain, and plain keys such as ``name`` or ``status`` already mean something else
there (姓名, 出勤). Errors name these prefixed fields.
"""

from __future__ import annotations

from models import messages

KPI_LABELS = {
    "code": ("Code", "编码"),
    "name": ("KPI name", "指标名称"),
    "name_en": ("English name", "英文名称"),
    "category": ("Category", "指标类别"),
    "unit": ("Unit", "单位"),
    "direction": ("Direction", "方向"),
    "aggregate": ("Combined by", "汇总方式"),
    "source": ("Computed how", "取值方式"),
    "numerator": ("Numerator", "分子指标"),
    "denominator": ("Denominator", "分母指标"),
    "scale": ("Multiplier", "乘数"),
    "threshold": ("Deviation threshold (%)", "偏差阈值（%）"),
    "active": ("In use", "启用"),
    "notes": ("Notes", "备注"),
    "kpi": ("KPI", "指标"),
    "period": ("Period", "期间"),
    "scope": ("Team or member", "团队/成员"),
    "target": ("Target", "目标值"),
    "actual": ("Actual", "实际值"),
    "cause": ("Cause of the deviation", "偏差原因"),
    "action": ("Action", "改进措施"),
}
GOAL_LABELS = {
    "statement": ("Goal", "目标描述"),
    "kpi": ("KPI", "衡量指标"),
    "target": ("Target value", "目标值"),
    "baseline": ("Baseline", "基线值"),
    "period": ("Measured over", "衡量期间"),
    "deadline": ("Deadline", "截止日期"),
    "owner": ("Owner", "负责人"),
    "aligned_to": ("Serves (strategy)", "对应战略/项目"),
    "notes": ("Notes", "备注"),
}

messages.register_fields({f"kpi_{k}": v for k, v in KPI_LABELS.items()})
messages.register_fields({f"goal_{k}": v for k, v in GOAL_LABELS.items()})

messages.register(
    {
        "kpi_unknown": (
            "There is no KPI “{value}”; pick one from the list of KPIs.",
            "没有指标“{value}”；请从指标列表中选择。",
        ),
        "kpi_not_number": (
            "{field}: “{value}” is not a number; type digits such as 1200 or 3.5.",
            "「{field}」：“{value}”不是数字，请填写如 1200 或 3.5 的数字。",
        ),
        "kpi_out_of_range": (
            "{field} must be between {min} and {max} (it is {value}).",
            "「{field}」应在 {min} 到 {max} 之间（当前为 {value}）。",
        ),
        "kpi_bad_choice": (
            "{field}: “{value}” is not one of the choices.",
            "「{field}」：“{value}”不是可选的值。",
        ),
        "kpi_duplicate_name": (
            "A KPI named “{value}” already exists.",
            "已存在名为“{value}”的指标。",
        ),
        "kpi_bad_code": (
            "The code “{value}” may hold lower-case letters, digits and _ only, starting "
            "with a letter (e.g. wechat_reads).",
            "编码“{value}”只能包含小写字母、数字和下划线，并以字母开头（如 wechat_reads）。",
        ),
        "kpi_duplicate_code": (
            "The code “{value}” is taken by another KPI.",
            "编码“{value}”已被其他指标使用。",
        ),
        "kpi_formula_half": (
            "A computed KPI needs both a numerator and a denominator; {field} is missing.",
            "自动计算的指标需要同时填写分子和分母；缺少「{field}」。",
        ),
        "kpi_formula_part": (
            "{field}: “{value}” cannot be a part: parts are other KPIs whose actuals are "
            "entered, not computed ones.",
            "「{field}」：“{value}”不能作为计算部分；只能选择手工录入实际值的其他指标，"
            "不能选择自动计算的指标。",
        ),
        "kpi_builtin_formula": (
            "“{name}” is a built-in KPI: its code and formula stay as they are (appraisal "
            "templates rely on them). Add your own KPI instead.",
            "“{name}”是内置指标，其编码和计算公式不能修改（考核模板依赖它们）。请另行新增指标。",
        ),
        "kpi_has_actuals": (
            "“{name}” already has entered actuals; a computed KPI cannot keep them. Add a "
            "new computed KPI instead.",
            "“{name}”已有录入的实际值，改为自动计算会使其失效。请另行新增一个自动计算的指标。",
        ),
        "kpi_builtin_trash": (
            "“{name}” is a built-in KPI; switch off “In use” instead of deleting it.",
            "“{name}”是内置指标，不能删除；如不再使用，请取消“启用”。",
        ),
        "kpi_is_part": (
            "“{name}” is a part of “{other}”; change that KPI first.",
            "“{name}”是指标“{other}”的计算部分；请先修改该指标。",
        ),
        "kpi_negative_target": (
            "{field} cannot be negative (it is {value}).",
            "「{field}」不能为负数（当前为 {value}）。",
        ),
        "kpi_derived_actual": (
            "The actual of “{name}” is computed from its parts; enter the parts' actuals "
            "instead and leave this one empty.",
            "“{name}”的实际值由其组成指标自动计算；请录入组成指标的实际值，此处留空。",
        ),
        "kpi_value_exists": (
            "{value} already has a value for this KPI; edit that one instead.",
            "{value} 已有该指标的数据；请直接修改那一条。",
        ),
        "goal_not_specific": (
            "Say specifically what the goal is (at least {min} characters), e.g. “Raise "
            "brand awareness 15% above the industry average”.",
            "请具体描述目标（至少 {min} 个字），如“品牌知名度高于行业平均水平 15%”。",
        ),
        "goal_not_measurable": (
            "A goal must be measurable: choose its KPI and type the target value.",
            "目标必须可衡量：请选择衡量指标并填写目标值。",
        ),
        "goal_not_time_bound": (
            "A goal must have a deadline (a date).",
            "目标必须有截止日期。",
        ),
        "goal_not_relevant": (
            "Say which strategy, campaign or product the goal serves.",
            "请填写该目标对应的战略、项目或产品。",
        ),
        "goal_deadline_before_period": (
            "The deadline lies before the measured period {period} starts ({start}).",
            "截止日期早于衡量期间 {period} 的开始日期（{start}）。",
        ),
        "goal_warn_ambitious": (
            "The target is more than twice as far as the baseline; is it achievable?",
            "目标值超过基线的两倍，是否可实现？",
        ),
        "goal_warn_past": ("The deadline has passed.", "截止日期已过。"),
    }
)
