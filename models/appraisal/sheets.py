"""The team lead's appraisal workbook (R-4.3): one per period, print-ready, Chinese by default.

The first sheet sums the cycle up — every member, state, total, grade, rank, average KPI
achievement, interview and decision — with the grade distribution and a note on what may
be edited before importing the file back (sheets_import.py). Then one sheet per member,
laid out by sheet_layout.py to print on one A4 page with signature lines.

Only a team lead exports it: it shows everyone's results. The command line's
``appraisal-sheets`` uses :func:`appraisal_sheets_cmd` (``--as NAME`` names the lead).

The exchange kind ``appraisals`` (excel.py) is the plain list beside it: one row per item,
no layout, for sorting and filtering in Excel. This workbook is what is printed and signed,
and its import also carries the appraisal's own text (comments, interview, plan).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook

from models import messages
from models.appraisal import scoring, visibility
from models.appraisal.schema import ItemKind, reward_label, state_label
from models.appraisal.sheet_layout import MemberSheet
from models.appraisal.sheet_text import KEY_COL, Formats, t
from models.appraisal.views import AppraisalRow, find_cycle, list_appraisals
from models.base import Actor
from models.errors import Cancelled, DeskError, NotFound
from models.exchange.writer import ExportFailed
from models.kpi import period as kp
from models.team import role_label

messages.register(
    {
        "summary_sheet": ("Summary", "汇总"),
        "summary_title": ("{title}: summary", "{title} · 汇总"),
        "summary_rank": ("Rank", "排名"),
        "summary_name": ("Name", "姓名"),
        "summary_role": ("Role", "岗位"),
        "summary_state": ("State", "状态"),
        "summary_total": ("Total", "总分"),
        "summary_grade": ("Grade", "等级"),
        "summary_kpi": ("KPI achieved (avg.)", "KPI平均达成率"),
        "summary_interview": ("Interview", "面谈日期"),
        "summary_reward": ("Reward or penalty", "奖惩决定"),
        "summary_distribution": ("Grade distribution", "等级分布"),
        "summary_band": ("Band", "分数段"),
        "summary_count": ("Members", "人数"),
        "summary_share": ("Share", "占比"),
        "summary_note": (
            "Editing before importing back: on each member's sheet you may change the "
            "actuals of the KPIs, the lead's ratings (1–5), the comments, the lead's comment, "
            "the interview (date, reward or penalty, strengths, points to improve) and the "
            "development plan (blank lines add actions). Scores, totals and grades are "
            "computed by the app; what is typed there is ignored. Final appraisals are "
            "locked.",
            "导回前可修改的内容：各成员工作表中的 KPI 实际值、上级评分（1–5）、说明/评语、"
            "上级评语、"
            "绩效面谈（日期、奖惩决定、优点、不足）和个人发展计划（空白行可新增行动）。"
            "得分、总分和等级由程序自动计算，表中手工填写的数值会被忽略。已定稿的考核已锁定。",
        ),
        "cli_sheets_done": (
            "Appraisal sheets of {period} written to {file}: {count} members.",
            "已将 {period} 的考核表写入 {file}：共 {count} 名成员。",
        ),
        "cli_sheets_no_cycle": (
            "There is no appraisal cycle for {period}; open it in the app first.",
            "{period} 还没有考核周期；请先在程序中发起考核。",
        ),
        "cli_sheets_need_lead": (
            "Only a team lead may export everyone's appraisal sheets. Name yourself with "
            "--as NAME (for example --as 周敏).",
            "只有团队负责人可以导出全员考核表。请用 --as 姓名 指明身份（如 --as 周敏）。",
        ),
    }
)

SUMMARY_COLUMNS = (
    ("summary_rank", 6),
    ("summary_name", 10),
    ("summary_role", 14),
    ("summary_state", 10),
    ("summary_total", 8),
    ("summary_grade", 8),
    ("summary_kpi", 12),
    ("summary_interview", 12),
    ("summary_reward", 18),
)
FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_name(name: str, taken: set[str]) -> str:
    """A worksheet name from a member's name: no []:*?/\\, at most 31 characters, unique."""
    base = name.translate(FORBIDDEN).strip("'")[:28] or "_"
    candidate, n = base, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{base}({n})"
    taken.add(candidate.lower())
    return candidate


def write_sheets(
    actor: Actor,
    period: str,
    path: str | os.PathLike[str],
    lang: str = "zh_CN",
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the cycle's workbook for ``period``; returns the number of member sheets.

    Team lead only (PermissionDenied otherwise); NotFound when the period has no cycle;
    ExportFailed when the file cannot be written, Cancelled when ``cancelled()`` turns
    true (nothing is left behind then). ``progress(done, total)`` counts member sheets.
    """
    visibility.require_lead(actor)
    lang = messages.normalize_language(lang)
    today = today or date.today()
    cycle = find_cycle(period)
    if cycle is None:
        raise NotFound("cli_sheets_no_cycle", period=kp.parse(period).label)
    rows = list_appraisals(actor, cycle.uid)
    dest = Path(path).expanduser()
    tmp = dest.with_name(f".{dest.stem}.partial.xlsx")
    book = Workbook(str(tmp))
    fmt = Formats(book)
    taken = {t("summary_sheet", lang).lower()}
    summary = book.add_worksheet(t("summary_sheet", lang))
    _summary(summary, fmt, cycle.title, cycle.uid, rows, lang)
    for n, row in enumerate(rows, start=1):
        sheet = book.add_worksheet(sheet_name(row.member_name, taken))
        MemberSheet(sheet, fmt, row, lang, today).write()
        if progress is not None:
            progress(n, len(rows) + 1)
    try:
        book.close()
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(tmp, dest)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, XlsxWriterException) as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFailed(file=str(dest), detail=str(exc)) from None
    if progress is not None:
        progress(len(rows) + 1, len(rows) + 1)
    return len(rows)


def kpi_average(row: AppraisalRow) -> float | None:
    values = [i.achievement for i in row.items if i.kind is ItemKind.KPI]
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _summary(
    sheet: Any, fmt: Formats, title: str, cycle_uid: str, rows: list[AppraisalRow], lang: str
) -> None:
    last = len(SUMMARY_COLUMNS) - 1
    for c, (_, width) in enumerate(SUMMARY_COLUMNS):
        sheet.set_column(c, c, width)
    sheet.set_column(KEY_COL, KEY_COL, 30, None, {"hidden": True})
    sheet.write_string(0, KEY_COL, f"c|{cycle_uid}")
    sheet.set_row(0, 28)
    sheet.merge_range(0, 0, 0, last, t("summary_title", lang, title=title), fmt.title)
    sheet.set_row(2, 30)
    for c, (code, _) in enumerate(SUMMARY_COLUMNS):
        sheet.write_string(2, c, t(code, lang), fmt.summary_head)
    ranks = scoring.rank({r.uid: r.total for r in rows})
    ordered = sorted(rows, key=lambda r: (ranks[r.uid] is None, ranks[r.uid] or 0, r.member_name))
    r = 3
    for row in ordered:
        rank = ranks[row.uid]
        cells: list[tuple[Any, Any]] = [
            ("" if rank is None else rank, fmt.center),
            (row.member_name, fmt.center),
            (role_label(row.role, lang), fmt.center),
            (state_label(row.state, lang), fmt.center),
            ("" if row.total is None else round(row.total, 2), fmt.total),
            (row.grade or "", fmt.center),
            ("" if (k := kpi_average(row)) is None else k, fmt.percent),
            (row.interview_on, fmt.date),
            (reward_label(row.reward, lang), fmt.center),
        ]
        for c, (value, cell_format) in enumerate(cells):
            if value is None or value == "":
                sheet.write_blank(r, c, None, cell_format)
            elif isinstance(value, date):
                sheet.write_datetime(r, c, value, cell_format)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value, cell_format)
            else:
                sheet.write_string(r, c, value, cell_format)
        sheet.set_row(r, 18)
        r += 1
    r += 1
    bands = rows[0].bands if rows else ()
    if bands:
        r = _distribution(sheet, fmt, r, rows, bands, lang)
    sheet.set_row(r + 1, 66)
    sheet.merge_range(r + 1, 0, r + 1, last, t("summary_note", lang), fmt.note)
    sheet.set_portrait()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.print_area(0, 0, r + 1, last)
    sheet.hide_gridlines(2)
    sheet.activate()


def _distribution(
    sheet: Any,
    fmt: Formats,
    r: int,
    rows: list[AppraisalRow],
    bands: tuple[scoring.GradeBand, ...],
    lang: str,
) -> int:
    """The grade distribution table from row ``r``; returns the row after it."""
    sheet.merge_range(r, 1, r, 4, t("summary_distribution", lang), fmt.section)
    r += 1
    heads = ("summary_grade", "summary_band", "summary_count", "summary_share")
    for c, code in enumerate(heads, start=1):
        sheet.write_string(r, c, t(code, lang), fmt.summary_head)
    counts = scoring.distribution((x.grade for x in rows), bands)
    graded = sum(counts.values())
    ordered = scoring.check_bands(bands)
    for n, band in enumerate(ordered):
        r += 1
        upper = ordered[n - 1].minimum if n > 0 else None
        span = f"≥ {band.minimum:g}" + (f"，< {upper:g}" if upper is not None else "")
        label = f"{band.grade}（{band.label}）" if band.label else band.grade
        sheet.write_string(r, 1, label, fmt.center)
        sheet.write_string(r, 2, span, fmt.center)
        sheet.write_number(r, 3, counts[band.grade], fmt.center)
        sheet.write_number(r, 4, counts[band.grade] / graded if graded else 0, fmt.percent)
    return r + 1


def appraisal_sheets_cmd(
    period: str,
    path: str | os.PathLike[str],
    *,
    actor: Actor,
    out: TextIO,
    err: TextIO,
    lang: str | None = None,
) -> int:
    """``main.py --as NAME appraisal-sheets --period 2026-Q4 FILE.xlsx``.

    Messages follow ``messages.language()``; the workbook is Chinese unless ``lang`` (pass
    ``--lang`` when given) says otherwise. Exit codes: 0 written; 2 not a team lead (or no
    ``--as``), a bad period, no cycle for the period, or the file could not be written.
    """
    book_lang = lang or "zh_CN"
    lang = messages.language()
    if not visibility.is_lead(actor):
        err.write(t("cli_sheets_need_lead", lang) + "\n")
        return 2
    try:
        count = write_sheets(actor, period, path, book_lang)
    except DeskError as exc:
        err.write(exc.message(lang) + "\n")
        return 2
    label = kp.parse(period).label
    out.write(t("cli_sheets_done", lang, period=label, file=str(path), count=count) + "\n")
    return 0
