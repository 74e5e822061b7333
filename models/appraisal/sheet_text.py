"""What the appraisal sheets share: their wording (Chinese by default), column widths,
cell formats and row heights (R-4.3)."""

from __future__ import annotations

from typing import Any

from models import messages
from models.exchange.layout import display_width

messages.register(
    {
        "sheet_title": ("Performance appraisal", "绩效考核表"),
        "sheet_span": ("{period} ({start} to {end})", "{period}（{start} 至 {end}）"),
        "sheet_name": ("Name: ", "姓名："),
        "sheet_role": ("Role: ", "岗位："),
        "sheet_department": ("Department: ", "部门："),
        "sheet_template": ("Template: ", "考核模板："),
        "sheet_state": ("State: ", "状态："),
        "sheet_hours": ("Training: ", "本期培训："),
        "sheet_hours_value": ("{hours} hours", "{hours} 学时"),
        "sheet_kpi_section": (
            "1. KPIs (weight {weight})",
            "一、业绩指标（KPI，权重 {weight}）",
        ),
        "sheet_quality_section": (
            "2. Competence and attitude (weight {weight})",
            "二、能力与态度（权重 {weight}）",
        ),
        "sheet_comments_section": (
            "3. Self-assessment and the lead's comment",
            "三、员工自评与上级评语",
        ),
        "sheet_interview_section": ("4. Performance interview", "四、绩效面谈"),
        "sheet_plan_section": ("5. Personal development plan", "五、个人发展计划"),
        "col_no": ("No.", "序号"),
        "col_kpi": ("KPI", "指标"),
        "col_item": ("Item", "考核项目"),
        "col_target": ("Target", "目标值"),
        "col_actual": ("Actual", "实际值"),
        "col_achievement": ("Achieved", "达成率"),
        "col_weight": ("Weight", "权重"),
        "col_rule": ("Rule", "计分规则"),
        "col_score": ("Score", "得分"),
        "col_comment": ("Comment", "说明/评语"),
        "col_standard": ("What is judged", "评价要点"),
        "col_self": ("Self (1–5)", "自评(1–5)"),
        "col_rating": ("Lead (1–5)", "上级评分(1–5)"),
        "col_action": ("Action", "改进行动"),
        "col_owner": ("Owner", "负责人"),
        "col_due": ("Due", "完成期限"),
        "col_status": ("Status", "状态"),
        "sheet_rule": ("from {floor}%, ≤ {cap}", "{floor}%起计 封顶{cap}"),
        "sheet_manual": ("(actual corrected by the lead)", "（实际值经负责人修正）"),
        "sheet_scale": ("Rating scale: ", "评分标准："),
        "sheet_total": ("Total (computed) and grade", "总分（自动计算）及等级"),
        "sheet_bands": ("Grades: {bands}", "等级划分：{bands}"),
        "sheet_self_assessment": ("Self-assessment", "员工自评"),
        "sheet_lead_comment": ("Lead's comment", "上级评语"),
        "sheet_interview_on": ("Interview date", "面谈日期"),
        "sheet_reward": ("Reward or penalty", "奖惩决定"),
        "sheet_strengths": ("Strengths", "优点"),
        "sheet_weaknesses": ("To improve", "不足与改进方向"),
        "sheet_needs": ("Training needs", "培训需求"),
        "sheet_done": ("Done", "已完成"),
        "sheet_open": ("Open", "进行中"),
        "sheet_sign_member": (
            "Member's signature: ______________    Date: __________",
            "员工签字：________________　日期：__________",
        ),
        "sheet_sign_lead": (
            "Lead's signature: ______________    Date: __________",
            "负责人签字：________________　日期：__________",
        ),
        "sheet_printed": ("Printed ", "打印日期："),
    }
)

# (message code of the KPI table's header, width in characters), columns A to I
COLUMNS: tuple[tuple[str, float], ...] = (
    ("col_no", 5),
    ("col_kpi", 19),
    ("col_target", 11),
    ("col_actual", 11),
    ("col_achievement", 8),
    ("col_weight", 6),
    ("col_rule", 11),
    ("col_score", 8),
    ("col_comment", 21),
)
LAST_COL = len(COLUMNS) - 1
KEY_COL = LAST_COL + 1  # hidden: the row keys the import reads
PLAN_LINES = 3  # the plan shows at least this many lines, blank ones to write in
LINE = 13.0  # points per line of 10-point text
FONT = "等线"


def t(code: str, lang: str, **params: Any) -> str:
    return messages.text(code, lang, **params)


def row_points(texts: dict[int, str], *, width: float | None = None, minimum: float = 18) -> float:
    """The height a row needs for its wrapped cells (column index → text; -1 with ``width``
    for a merged range)."""
    lines = 1
    for c, text in texts.items():
        w = width if c < 0 else COLUMNS[c][1]
        usable = max(int((w or 10) * 1.1) - 1, 1)  # widths count 11-point characters
        count = sum(max(1, -(-display_width(part) // usable)) for part in (text or "").split("\n"))
        lines = max(lines, count)
    return max(minimum, LINE * lines + 5)


def number_format(value: float) -> str:
    return "#,##0" if float(value).is_integer() else "#,##0.00"


class Formats:
    """The sheets' cell formats, made once per workbook."""

    def __init__(self, book: Any) -> None:
        base = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
        cell = base | {"border": 1, "border_color": "#808080"}
        add = book.add_format
        self.book = book
        self.title = add(base | {"bold": True, "font_size": 16, "align": "center"})
        self.subtitle = add(base | {"align": "center", "font_color": "#404040"})
        self.label = add(base | {"bold": True})
        self.info = add(base)
        self.section = add(base | {"bold": True, "font_size": 11, "bottom": 2})
        self.head = add(
            cell | {"bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}
        )
        self.text = add(cell | {"text_wrap": True})
        self.text_top = add(cell | {"text_wrap": True, "valign": "top"})
        self.small = add(cell | {"text_wrap": True, "font_size": 9})
        self.small_center = add(cell | {"font_size": 9, "align": "center", "text_wrap": True})
        self.center = add(cell | {"align": "center"})
        self.date = add(cell | {"align": "center", "num_format": "yyyy-mm-dd"})
        self.percent = add(cell | {"align": "center", "num_format": "0.0%"})
        self.score = add(cell | {"align": "center", "num_format": "0.0"})
        self.total_label = add(cell | {"bold": True, "align": "right", "bg_color": "#F2F2F2"})
        self.total = add(
            cell | {"bold": True, "align": "center", "bg_color": "#F2F2F2", "num_format": "0.00"}
        )
        self.field_label = add(cell | {"bold": True, "align": "center", "bg_color": "#F2F2F2"})
        self.note = add(base | {"font_size": 9, "text_wrap": True, "font_color": "#404040"})
        self.sign = add(base | {"valign": "bottom", "font_size": 11})
        self.summary_head = add(
            cell | {"bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}
        )
        self._numbers: dict[str, Any] = {}

    def number(self, num_format: str) -> Any:
        """A bordered number cell with ``num_format`` (made once per format)."""
        found = self._numbers.get(num_format)
        if found is None:
            props: dict[str, Any] = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
            props |= {"border": 1, "border_color": "#808080", "align": "right"}
            if num_format:
                props["num_format"] = num_format
            found = self._numbers[num_format] = self.book.add_format(props)
        return found
