"""One member's printable appraisal sheet (R-4.3): A4 portrait, one page, signed on paper.

Layout, top to bottom: title and period; name, role, department, template, state; the KPI
table (target, actual, achievement, weight, rule, score, comment); the quality items (scale,
self-rating, weight, the lead's rating, score, comment); total and grade; self-assessment
and the lead's comment; the interview (date, reward or penalty, strengths, weaknesses,
training needs); the development plan with blank lines to add to; signature and date lines
for the member and the lead.

Scores, total and grade are Excel formulas with their values cached, so a lead editing a
rating or an actual in Excel sees the total move; the import ignores those cells and
recomputes. Column J (hidden, outside the print area) holds each row's key for the import:
``a|uid|version`` for the appraisal, ``k|…`` and ``q|…`` for KPI and quality items, ``d|…``
for plan actions, ``n|`` for a blank plan line, ``f|field`` for the appraisal's text fields.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell

from models.appraisal.schema import ItemKind, reward_label, state_label
from models.appraisal.sheet_text import (
    COLUMNS,
    KEY_COL,
    LAST_COL,
    PLAN_LINES,
    Formats,
    number_format,
    row_points,
    t,
)
from models.appraisal.views import AppraisalRow, ItemRow
from models.exchange.layout import display_width
from models.kpi import period as kp
from models.team import role_label

# Columns: A no. | B item | C target | D actual | E achievement | F weight | G rule/rating |
# H score | I comment; J hidden keys.
A, B, C, D, E, F, G, H, I = range(9)  # noqa: E741 - the sheet's column letters


class MemberSheet:
    """Writes one appraisal onto a worksheet, row by row."""

    def __init__(self, sheet: Any, fmt: Formats, row: AppraisalRow, lang: str, today: date):
        self.sheet, self.fmt, self.a, self.lang, self.today = sheet, fmt, row, lang, today
        self.r = 0

    def t(self, code: str, **params: Any) -> str:
        return t(code, self.lang, **params)

    def key(self, r: int, text: str) -> None:
        self.sheet.write_string(r, KEY_COL, text)

    def merged(self, r: int, first: int, last: int, text: str, cell_format: Any) -> None:
        if first == last:
            self.sheet.write_string(r, first, text, cell_format)
        else:
            self.sheet.merge_range(r, first, r, last, text, cell_format)

    def write(self) -> int:
        """The whole sheet; returns the last printed row."""
        s = self.sheet
        for c, (_, width) in enumerate(COLUMNS):
            s.set_column(c, c, width)
        s.set_column(KEY_COL, KEY_COL, 30, None, {"hidden": True})
        self.header()
        kpi_cells = self.kpi_table()
        quality_cells = self.quality_table()
        self.totals(kpi_cells + quality_cells)
        self.comments()
        self.interview()
        self.plan()
        self.signatures()
        self.print_setup()
        return self.r - 1

    def header(self) -> None:
        a, s, fmt = self.a, self.sheet, self.fmt
        s.set_row(0, 28)
        self.merged(0, A, LAST_COL, self.t("sheet_title"), fmt.title)
        self.key(0, f"a|{a.uid}|{a.version}")
        p = kp.parse(a.period)
        span = self.t(
            "sheet_span", period=kp.display(a.period, self.lang), start=p.start, end=p.end
        )
        self.merged(1, A, LAST_COL, span, fmt.subtitle)
        info = [
            (("sheet_name", a.member_name), ("sheet_role", role_label(a.role, self.lang)),
             ("sheet_department", a.department or "—")),
            (("sheet_template", a.template_title), ("sheet_state", state_label(a.state, self.lang)),
             ("sheet_hours", self.t("sheet_hours_value", hours=_n(a.training_hours)))),
        ]  # fmt: skip
        for r, cells in enumerate(info, start=3):
            s.set_row(r, 18)
            for (first, last), (code, value) in zip(((A, C), (D, F), (G, I)), cells, strict=True):
                s.merge_range(r, first, r, last, "", fmt.info)
                s.write_rich_string(r, first, fmt.label, self.t(code), fmt.info, value, fmt.info)
        self.r = 6

    def section(self, code: str, **params: Any) -> None:
        self.sheet.set_row(self.r, 20)
        self.merged(self.r, A, LAST_COL, self.t(code, **params), self.fmt.section)
        self.r += 1

    def heads(self, spans: list[tuple[int, int, str]]) -> None:
        self.sheet.set_row(self.r, 28)
        for first, last, code in spans:
            self.merged(self.r, first, last, self.t(code), self.fmt.head)
        self.r += 1

    def kpi_table(self) -> list[tuple[int, float]]:
        items = [i for i in self.a.items if i.kind is ItemKind.KPI]
        if not items:
            return []
        weight = sum(i.weight for i in items)
        self.section("sheet_kpi_section", weight=_n(weight))
        codes = ("col_no", "col_kpi", "col_target", "col_actual", "col_achievement",
                 "col_weight", "col_rule", "col_score", "col_comment")  # fmt: skip
        self.heads([(c, c, code) for c, code in enumerate(codes)])
        out = []
        for n, item in enumerate(items, start=1):
            out.append((self.kpi_row(n, item), item.weight))
        self.sheet.set_row(self.r, 8)  # a little air before the next section's title
        self.r += 1
        return out

    def kpi_row(self, n: int, item: ItemRow) -> int:
        s, fmt, r = self.sheet, self.fmt, self.r
        name = item.name
        if item.unit:  # 内容发布量（篇）; 粉丝增长（团队，人）
            name = (
                f"{name[:-1]}，{item.unit}）" if name.endswith("）") else f"{name}（{item.unit}）"
            )
        if display_width(name) > COLUMNS[B][1] * 1.1 + 1 and "（" in name[1:]:
            # break before the bracket: 广告支出回报率 / （ROAS，倍）, never a lone "）"
            cut = name.rindex("（")
            name = f"{name[:cut]}\n{name[cut:]}"
        s.write_number(r, A, n, fmt.center)
        s.write_string(r, B, name, fmt.text)
        for col, value in ((C, item.target), (D, item.actual)):
            if value is None:
                s.write_blank(r, col, None, fmt.number(""))
            else:
                s.write_number(r, col, value, fmt.number(number_format(value)))
        tc, ac, ec = (xl_rowcol_to_cell(r, c) for c in (C, D, E))
        lower = item.direction == "lower"
        ratio = f"MAX(0,2-{ac}/{tc})" if lower else f"MAX(0,{ac}/{tc})"
        zero = f"IF({ac}<=0,1,0)" if lower else f"IF({ac}>=0,1,0)"
        achieved = f'=IF(OR({tc}="",{ac}=""),"",IF({tc}=0,{zero},{ratio}))'
        cached: Any = "" if item.achievement is None else item.achievement
        s.write_formula(r, E, achieved, fmt.percent, cached)
        s.write_number(r, F, item.weight, fmt.center)
        rule = self.t("sheet_rule", floor=_n(item.rule.floor), cap=_n(item.rule.cap))
        s.write_string(r, G, rule, fmt.small_center)
        score = f'=IF({ec}="","",IF({ec}*100<{item.rule.floor},0,MIN({ec}*100,{item.rule.cap})))'
        s.write_formula(r, H, score, fmt.score, "" if item.score is None else item.score)
        comment = item.comment
        if item.actual_source == "manual":
            comment = (comment + " " if comment else "") + self.t("sheet_manual")
        s.write_string(r, I, comment, fmt.text)
        s.set_row(r, row_points({B: name, I: comment}))
        self.key(r, f"k|{item.uid}|{item.version}")
        self.r += 1
        return r

    def quality_table(self) -> list[tuple[int, float]]:
        items = [i for i in self.a.items if i.kind is ItemKind.QUALITY]
        if not items:
            return []
        weight = sum(i.weight for i in items)
        self.section("sheet_quality_section", weight=_n(weight))
        self.heads(
            [(A, A, "col_no"), (B, B, "col_item"), (C, D, "col_standard"), (E, E, "col_self"),
             (F, F, "col_weight"), (G, G, "col_rating"), (H, H, "col_score"),
             (I, I, "col_comment")]
        )  # fmt: skip
        # one legend when the items share a scale (the default); else each item shows its own
        shared = all(i.scale == items[0].scale for i in items)
        out = []
        for n, item in enumerate(items, start=1):
            out.append((self.quality_row(n, item, with_scale=not shared), item.weight))
        if not shared:
            return out
        scale = items[0].scale
        legend = self.t("sheet_scale") + "；".join(f"{r} {lb}：{d}" for r, lb, d in scale)
        self.sheet.set_row(self.r, row_points({-1: legend}, width=sum(w for _, w in COLUMNS)))
        self.merged(self.r, A, LAST_COL, legend, self.fmt.note)
        self.r += 1
        return out

    def quality_row(self, n: int, item: ItemRow, *, with_scale: bool = False) -> int:
        s, fmt, r = self.sheet, self.fmt, self.r
        s.write_number(r, A, n, fmt.center)
        s.write_string(r, B, item.name, fmt.text)
        standard = item.description
        if with_scale:
            levels = "；".join(f"{rating} {label}" for rating, label, _ in item.scale)
            standard = f"{standard}\n{levels}" if standard else levels
        s.merge_range(r, C, r, D, standard, fmt.small)
        for col, value in ((E, item.self_rating), (G, item.rating)):
            if value is None:
                s.write_blank(r, col, None, fmt.center)
            else:
                s.write_number(r, col, value, fmt.center)
        s.write_number(r, F, item.weight, fmt.center)
        gc = xl_rowcol_to_cell(r, G)
        formula = f'=IF({gc}="","",{gc}/{item.top}*100)'
        s.write_formula(r, H, formula, fmt.score, "" if item.score is None else item.score)
        s.write_string(r, I, item.comment, fmt.text)
        width = sum(w for _, w in COLUMNS[C : D + 1])
        s.set_row(
            r,
            max(
                row_points({B: item.name, I: item.comment}),
                row_points({-1: standard}, width=width),
            ),
        )
        self.key(r, f"q|{item.uid}|{item.version}")
        self.r += 1
        return r

    def totals(self, cells: list[tuple[int, float]]) -> None:
        s, fmt, r, a = self.sheet, self.fmt, self.r, self.a
        s.set_row(r, 22)
        self.merged(r, A, G, self.t("sheet_total"), fmt.total_label)
        scores = ",".join(xl_rowcol_to_cell(row, H) for row, _ in cells)
        products = "+".join(f"{w:g}*{xl_rowcol_to_cell(row, H)}" for row, w in cells)
        total = (
            f'=IF(COUNT({scores})<{len(cells)},"",ROUND(({products})/100,2))' if cells else '=""'
        )
        s.write_formula(r, H, total, fmt.total, "" if a.total is None else round(a.total, 2))
        hc = xl_rowcol_to_cell(r, H)
        grade = '""'
        for band in sorted(a.bands, key=lambda b: b.minimum):
            shown = f"{band.grade}（{band.label}）" if band.label else band.grade
            grade = f'IF({hc}>={band.minimum:g},"{shown}",{grade})'
        cached = ""
        if a.grade is not None:
            label = next((b.label for b in a.bands if b.grade == a.grade), "")
            cached = f"{a.grade}（{label}）" if label else a.grade
        s.write_formula(r, I, f'=IF({hc}="","",{grade})', fmt.total, cached)
        self.key(r, "t|")
        self.r += 1
        bands = "；".join(
            f"{b.grade} {'≥ ' + _n(b.minimum) if b.minimum > 0 else '< ' + _n(_next(a, b))}"
            + (f" {b.label}" if b.label else "")
            for b in a.bands
        )
        self.merged(self.r, A, LAST_COL, self.t("sheet_bands", bands=bands), fmt.note)
        self.r += 2

    def long_text(self, code: str, text: str, key: str, *, lines: int = 2) -> None:
        """A label in A:B and a wrapped text in C:I, tall enough to read and to write in."""
        width = sum(w for _, w in COLUMNS[C:])
        self.sheet.set_row(self.r, max(row_points({-1: text}, width=width), 14.0 * lines + 6))
        self.merged(self.r, A, B, self.t(code), self.fmt.field_label)
        self.merged(self.r, C, LAST_COL, text, self.fmt.text_top)
        self.key(self.r, key)
        self.r += 1

    def comments(self) -> None:
        self.section("sheet_comments_section")
        self.long_text(
            "sheet_self_assessment", self.a.self_assessment, "f|self_assessment", lines=3
        )
        self.long_text("sheet_lead_comment", self.a.lead_comment, "f|lead_comment", lines=3)
        self.r += 1

    def interview(self) -> None:
        a, s, fmt, r = self.a, self.sheet, self.fmt, self.r
        self.section("sheet_interview_section")
        r = self.r
        s.set_row(r, 20)
        self.merged(r, A, B, self.t("sheet_interview_on"), fmt.field_label)
        if a.interview_on is None:
            s.merge_range(r, C, r, D, "", fmt.date)
        else:
            s.merge_range(r, C, r, D, "", fmt.date)
            s.write_datetime(r, C, a.interview_on, fmt.date)
        self.merged(r, E, F, self.t("sheet_reward"), fmt.field_label)
        reward = reward_label(a.reward, self.lang)
        if a.reward_note:
            reward = f"{reward}：{a.reward_note}"
        self.merged(r, G, LAST_COL, reward, fmt.text)
        s.set_row(r, row_points({-1: reward}, width=sum(w for _, w in COLUMNS[G:]), minimum=20))
        self.key(r, "f|interview")
        self.r += 1
        self.long_text("sheet_strengths", a.strengths, "f|strengths", lines=3)
        self.long_text("sheet_weaknesses", a.weaknesses, "f|weaknesses", lines=3)
        needs = "；".join(
            n.course_title + (f"（{n.topic}）" if n.topic and n.course_title else n.topic)
            for n in a.needs
        )
        self.long_text("sheet_needs", needs, "f|needs", lines=1)
        self.r += 1

    def plan(self) -> None:
        s, fmt = self.sheet, self.fmt
        self.section("sheet_plan_section")
        self.heads([(A, A, "col_no"), (B, E, "col_action"), (F, G, "col_owner"),
                    (H, H, "col_status"), (I, I, "col_due")])  # fmt: skip
        actions = list(self.a.actions)
        width = sum(w for _, w in COLUMNS[B : E + 1])
        for n in range(max(len(actions) + 1, PLAN_LINES)):
            r = self.r
            s.write_number(r, A, n + 1, fmt.center)
            if n < len(actions):
                x = actions[n]
                s.merge_range(r, B, r, E, x.action, fmt.text)
                s.merge_range(r, F, r, G, x.owner_name, fmt.center)
                s.write_string(r, H, self.t("sheet_done" if x.done else "sheet_open"), fmt.center)
                if x.due_on is None:
                    s.write_blank(r, I, None, fmt.date)
                else:
                    s.write_datetime(r, I, x.due_on, fmt.date)
                s.set_row(r, row_points({-1: x.action}, width=width, minimum=20))
                self.key(r, f"d|{x.uid}|{x.version}")
            else:
                s.merge_range(r, B, r, E, "", fmt.text)
                s.merge_range(r, F, r, G, "", fmt.center)
                s.write_blank(r, H, None, fmt.center)
                s.write_blank(r, I, None, fmt.date)
                s.set_row(r, 24)
                self.key(r, "n|")
            self.r += 1
        self.r += 1

    def signatures(self) -> None:
        s, fmt, r = self.sheet, self.fmt, self.r
        s.set_row(r, 44)
        self.merged(r, A, E, self.t("sheet_sign_member"), fmt.sign)
        self.merged(r, F, LAST_COL, self.t("sheet_sign_lead"), fmt.sign)
        self.r += 1

    def print_setup(self) -> None:
        s = self.sheet
        s.set_portrait()
        s.set_paper(9)  # A4
        s.fit_to_pages(1, 1)  # one clean page per member
        s.set_margins(left=0.45, right=0.45, top=0.5, bottom=0.55)
        s.center_horizontally()
        s.print_area(0, A, self.r - 1, LAST_COL)
        s.hide_gridlines(2)
        name = self.a.member_name.replace("&", "&&")
        s.set_footer(f"&L&8{name} · {self.a.period}&R&8{self.t('sheet_printed')}{self.today}")


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _next(a: AppraisalRow, band: Any) -> float:
    """The minimum of the band above ``band`` (for the lowest band's ``< 60``)."""
    above = [b.minimum for b in a.bands if b.minimum > band.minimum]
    return min(above) if above else 0.0
