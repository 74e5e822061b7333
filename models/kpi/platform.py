"""Actuals from the reports that platform back-ends export (R-1.3, R-3.1, R-6.3).

巨量引擎, 百度营销, 腾讯广告 and shop back-ends export one row per day and one column per
metric (日期 · 展现 · 点击 · 消费 · 转化 …). The ``kpi-values`` kind reads one row per KPI
and period, so these reports get their own reader: the date column and the metric columns
are recognised by their headers (or mapped by hand, header → KPI code, as the exchange's
column mapping does), the days are combined into months or weeks as each KPI says (sum,
average, last), and the preview shows every actual before it is saved — the period's days
counted, so a month that is not complete yet is visible as such. Columns of computed KPIs
(点击率, ROAS, CPC …) are left out: the app computes them from their parts.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import messages
from models.base import Actor
from models.db import write
from models.errors import DeskError, ValidationError
from models.exchange import safety
from models.exchange import values as V
from models.exchange.reader import Book, column_letter
from models.kpi import period as kp
from models.kpi.definitions import KpiRow
from models.kpi.values import Resolver, aggregate, scope_of, set_value
from models.text import normalize

messages.register(
    {
        "platform_no_dates": (
            "{file}: no sheet has a date column (日期) above its rows of figures.",
            "{file}：没有找到带“日期”列的数据表。",
        ),
        "platform_no_metrics": (
            "{file}: none of the columns is a KPI; map the columns to KPIs first.",
            "{file}：没有可识别为指标的列；请先为各列指定对应的指标。",
        ),
        "platform_has_errors": (
            "{file} has {count} cells that cannot be read; correct them and preview again. "
            "Nothing was saved.",
            "{file} 中有 {count} 个单元格无法识别；请更正后重新预览。未保存任何数据。",
        ),
        "platform_cell": (
            "Row {row}, column {column}: {detail}",
            "第 {row} 行 {column} 列：{detail}",
        ),
    }
)

# Headers of platform reports → KPI codes (besides the KPIs' own names and codes).
HEADERS: dict[str, tuple[str, ...]] = {
    "impressions": ("展现", "展现量", "展现数", "展示", "展示数", "展示次数", "曝光", "曝光次数"),
    "clicks": ("点击", "点击数", "点击次数"),
    "spend": ("消费", "消耗", "花费", "总花费", "总消耗", "消费(元)", "花费(元)", "cost"),
    "conversions": ("转化", "转化量", "转化次数", "目标转化数"),
    "revenue": ("成交金额", "支付金额", "gmv", "成交额", "销售金额"),
    "purchases": ("订单数", "成交订单数", "支付订单数", "orders"),
    "new_customers": ("新客数", "新成交客户数", "新增客户"),
    "pv": ("浏览量", "浏览次数", "页面浏览"),
    "uv": ("访客数", "独立访客数", "访客"),
    "visits": ("会话数", "访问数", "sessions"),
    "follower_growth": ("新增粉丝", "净增粉丝", "涨粉", "新增关注"),
    "likes": ("点赞",),
    "comments": ("评论",),
    "shares": ("分享", "转发", "转发数"),
    "form_submissions": ("表单提交数", "线索", "线索数", "留资数"),
    "signups": ("注册", "注册人数"),
    "downloads": ("下载", "下载数", "下载次数"),
    # computed KPIs: recognised so that the preview can say they are left out
    "ctr": ("点击率", "ctr"),
    "conversion_rate": ("转化率", "cvr"),
    "roas": ("roas", "投产比", "投入产出比"),
    "cac": ("获客成本", "cac"),
    "aov": ("客单价",),
}
DATE_HEADERS = ("日期", "时间", "统计日期", "数据日期", "天", "date", "day")
TOTAL_WORDS = ("合计", "总计", "汇总", "total", "sum")
HEADER_SCAN_ROWS = 10


class PlatformImportFailed(DeskError):
    """The report cannot be read or saved; ``code`` says why."""

    code = "platform_no_dates"


@dataclass(frozen=True)
class Line:
    """One actual to save: a KPI's combined value for one period, and what is there now."""

    kpi: KpiRow
    period: str
    actual: float
    days: int  # days of the period found in the file
    period_days: int
    current: float | None  # the actual typed for this period now, which this one replaces

    @property
    def complete(self) -> bool:
        return self.days >= self.period_days


@dataclass
class PlatformPreview:
    """What a platform report would set; ``errors`` name their row and column."""

    file_name: str
    sheet: str
    span: kp.Span
    columns: dict[str, str] = field(default_factory=dict)  # header → KPI code
    computed: list[str] = field(default_factory=list)  # headers of computed KPIs, left out
    unknown: list[str] = field(default_factory=list)  # headers that are no KPI
    lines: list[Line] = field(default_factory=list)
    errors: list[tuple[int, str, str, dict[str, Any]]] = field(default_factory=list)

    def error_messages(self, lang: str | None = None) -> list[str]:
        out = []
        for row, column, code, params in self.errors:
            cell = f"cell_{code}" if f"cell_{code}" in messages.CATALOG else code
            detail = messages.text(cell, lang, **params)
            out.append(messages.text("platform_cell", lang, row=row, column=column, detail=detail))
        return out


def _header_table(kpis: dict[str, KpiRow]) -> dict[str, str]:
    table: dict[str, str] = {}
    for code, k in kpis.items():
        for name in (k.code, k.name, k.name_en):
            if name:
                table[normalize(name)] = code
    for code, names in HEADERS.items():
        for name in names:
            table.setdefault(normalize(name), code)
    return table


def _find_header(rows: list[list[Any]]) -> tuple[int, int] | None:
    dates = {normalize(h) for h in DATE_HEADERS}
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        for c, cell in enumerate(row):
            if isinstance(cell, str) and normalize(cell) in dates:
                return r, c
    return None


def preview_platform(
    path: str | os.PathLike[str],
    *,
    span: kp.Span | str = kp.Span.MONTH,
    member_uid: str | None = None,
    mapping: dict[str, str] | None = None,
) -> PlatformPreview:
    """Read a daily report; nothing is saved. ``mapping`` maps headers to KPI codes (an
    empty code leaves a recognised column out)."""
    source = Path(path).expanduser()
    info = safety.inspect(source)
    resolver = Resolver([scope_of(member_uid)])
    headers = _header_table(resolver.kpis) | {normalize(h): c for h, c in (mapping or {}).items()}
    with Book(info) as book:
        for sheet in info.sheets:
            if not sheet.is_worksheet or sheet.part is None or sheet.state != "visible":
                continue
            rows = book.load(sheet).rows
            found = _find_header(rows)
            if found is not None:
                out = PlatformPreview(source.name, sheet.name, kp.Span(span))
                _read(out, rows, found, headers, resolver, scope_of(member_uid))
                if not out.columns:
                    raise PlatformImportFailed("platform_no_metrics", file=source.name)
                return out
    raise PlatformImportFailed("platform_no_dates", file=source.name)


def _read(
    out: PlatformPreview,
    rows: list[list[Any]],
    found: tuple[int, int],
    headers: dict[str, str],
    resolver: Resolver,
    scope: str,
) -> None:
    head, date_col = found
    wanted: dict[int, str] = {}
    for c, cell in enumerate(rows[head]):
        text = str(cell or "").strip()
        if c == date_col or not text:
            continue
        code = headers.get(normalize(text))
        if not code or code not in resolver.kpis:  # "" in ``mapping``: left out by choice
            out.unknown.append(text)
        elif resolver.kpis[code].derived:
            out.computed.append(text)
        else:
            wanted[c] = code
            out.columns[text] = code
    values: dict[tuple[str, str], list[float]] = defaultdict(list)
    days: dict[str, set[Any]] = defaultdict(set)
    for r in range(head + 1, len(rows)):
        row = rows[r]
        raw = row[date_col] if date_col < len(row) else None
        if V.is_empty(raw) or normalize(str(raw)) in TOTAL_WORDS:
            continue
        try:
            day = V.parse_date(raw)
        except ValidationError as exc:
            out.errors.append((r + 1, column_letter(date_col), exc.code, dict(exc.params)))
            continue
        if day is None:
            continue
        p = kp.containing(day, out.span)
        days[p.label].add(day)
        for c, code in wanted.items():
            cell = row[c] if c < len(row) else None
            try:
                number = None if V.is_empty(cell) else V.parse_number(cell)
            except ValidationError as exc:
                out.errors.append((r + 1, column_letter(c), exc.code, dict(exc.params)))
                continue
            if number is not None:
                values[(code, p.label)].append(number)
    for (code, label), found_values in sorted(values.items(), key=lambda x: (x[0][1], x[0][0])):
        kpi = resolver.kpis[code]
        p = kp.parse(label)
        stored = resolver.rows.get((code, label, scope))
        combined = aggregate(found_values, kpi.aggregate)
        assert combined is not None
        out.lines.append(
            Line(
                kpi,
                label,
                combined,
                len(days[label]),
                (p.end - p.start).days + 1,
                stored.actual if stored else None,
            )
        )


def apply_platform(actor: Actor, preview: PlatformPreview, *, member_uid: str | None = None) -> int:
    """Save the previewed actuals (each replaces the period's actual) in one transaction."""
    if preview.errors:
        raise PlatformImportFailed(
            "platform_has_errors", file=preview.file_name, count=len(preview.errors)
        )
    with write():
        for line in preview.lines:
            set_value(actor, line.kpi.code, line.period, member_uid=member_uid, actual=line.actual)
    return len(preview.lines)


__all__ = ["Line", "PlatformImportFailed", "PlatformPreview", "apply_platform", "preview_platform"]
