"""A member's training transcript workbook (R-4.2, R-4.3): print-ready, for an appraisal."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook

from models import messages, periods
from models.exchange.layout import display_width
from models.exchange.writer import ExportFailed
from models.team import Member, role_label
from models.text import normalize
from models.training.rules import CertificateStatus, certificate_status
from models.training.schema import (
    attendance_label,
    category_label,
)
from models.training.snapshots import RecordRow
from models.training.views import member_history

messages.register(
    {
        "transcript_sheet": ("Transcript", "培训档案"),
        "transcript_title": ("Training transcript", "培训档案"),
        "transcript_name": ("Name", "姓名"),
        "transcript_roles": ("Roles", "角色"),
        "transcript_department": ("Department", "部门"),
        "transcript_joined": ("Joined on", "入职日期"),
        "transcript_period": ("Period", "统计期间"),
        "transcript_all_time": ("All records", "全部记录"),
        "transcript_span": ("{label} ({start} to {end})", "{label}（{start} 至 {end}）"),
        "transcript_printed": ("Printed on", "打印日期"),
        "transcript_col_no": ("No.", "序号"),
        "transcript_col_course": ("Course", "课程"),
        "transcript_col_category": ("Category", "类别"),
        "transcript_col_date": ("Date", "日期"),
        "transcript_col_status": ("Attendance", "出勤"),
        "transcript_col_hours": ("Hours", "学时"),
        "transcript_col_score": ("Score", "成绩"),
        "transcript_col_passed": ("Passed", "是否通过"),
        "transcript_col_certificate": ("Certificate", "证书"),
        "transcript_col_expires": ("Expires", "证书有效期至"),
        "transcript_none": ("No training recorded in this period.", "本期间没有培训记录。"),
        "transcript_total": ("Total", "合计"),
        "transcript_passed_of": ("{passed} of {decided}", "{passed}/{decided}"),
        "transcript_summary": (
            "Sessions attended: {attended} (absent: {absent}); hours: {hours}; average "
            "score: {average}; passed: {passed} of {decided} assessed; valid certificates: "
            "{certificates}.",
            "共参加培训 {attended} 场（缺席 {absent} 场），累计 {hours} 学时；平均成绩 {average}；"
            "考核通过 {passed} 项，共 {decided} 项；有效证书 {certificates} 项。",
        ),
        "transcript_expired": ("expired", "已过期"),
        "transcript_sign": (
            "Signed (member): ____________    Signed (lead): ____________    Date: ____________",
            "本人签字：____________　　负责人签字：____________　　日期：____________",
        ),
        "transcript_footer": ("Page &P of &N", "第 &P 页，共 &N 页"),
    }
)

# (message code, width in characters) of the transcript's table, left to right; the
# attendance column is wider in English ("Attendance", "Attended").
TRANSCRIPT_COLUMNS = (
    ("transcript_col_no", 5),
    ("transcript_col_course", 28),
    ("transcript_col_category", 16),
    ("transcript_col_date", 11),
    ("transcript_col_status", 6),
    ("transcript_col_hours", 6),
    ("transcript_col_score", 6),
    ("transcript_col_passed", 8),
    ("transcript_col_certificate", 18),
    ("transcript_col_expires", 12),
)
WRAPPED = {1: 28, 2: 16, 8: 18}  # columns whose text wraps: index → width
ROW_MIN, LINE = 18.0, 13.5  # points: a data row, one line of 10-point text


def _column_width(code: str, width: int, lang: str) -> int:
    return 10 if code == "transcript_col_status" and lang == "en" else width


def _row_points(texts: dict[int, str]) -> float:
    """The height a table row needs for its wrapped cells (10-point text)."""
    lines = 1
    for c, text in texts.items():
        usable = WRAPPED[c] * 1.1 - 1  # the widths are in 11-point characters
        lines = max(lines, -(-display_width(text) // int(usable)))
    return max(ROW_MIN, LINE * lines + 5)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _formats(book: Any) -> dict[str, Any]:
    base = {"font_name": "等线", "font_size": 10, "valign": "vcenter"}
    cell = base | {"border": 1, "border_color": "#808080"}
    return {
        "title": book.add_format(base | {"bold": True, "font_size": 16, "align": "center"}),
        "label": book.add_format(base | {"bold": True}),
        "info": book.add_format(base),
        "head": book.add_format(
            cell | {"bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}
        ),
        "text": book.add_format(cell | {"text_wrap": True}),
        "center": book.add_format(cell | {"align": "center"}),
        "date": book.add_format(cell | {"num_format": "yyyy-mm-dd", "align": "center"}),
        "expired": book.add_format(
            cell | {"num_format": "yyyy-mm-dd", "align": "center", "font_color": "#C00000"}
        ),
        "number": book.add_format(cell | {"num_format": "0.##", "align": "center"}),
        "total": book.add_format(cell | {"bold": True, "bg_color": "#F2F2F2", "align": "center"}),
        "total_number": book.add_format(
            cell | {"bold": True, "bg_color": "#F2F2F2", "num_format": "0.##", "align": "center"}
        ),
        "note": book.add_format(base | {"text_wrap": True, "valign": "top"}),
    }


def write_transcript(
    member_uid: str,
    path: str | os.PathLike[str],
    lang: str = "zh_CN",
    *,
    period: str | None = None,
    today: date | None = None,
) -> Path:
    """A member's training as a printable workbook an appraisal can attach (R-4.2).

    A header block (name, roles, department, period), one row per session the member was
    recorded at within ``period`` ('2026', '2026-Q4'…; None: everything), totals and a
    line to sign. A4 portrait, one page wide, the table's header repeated on every page.
    Raises NotFound for an unknown member, ValidationError for a bad period, ExportFailed
    when the file cannot be written (nothing is left behind then).
    """
    lang = messages.normalize_language(lang)
    today = today or date.today()
    member = Member.by_uid(member_uid)
    span = periods.parse(period) if period else None
    rows = [r for r in reversed(member_history(member_uid)) if span is None or r.starts_at in span]
    dest = Path(path).expanduser()
    tmp = dest.with_name(f".{dest.stem}.partial.xlsx")
    book = Workbook(str(tmp))
    fmt = _formats(book)
    sheet = book.add_worksheet(messages.text("transcript_sheet", lang))
    last = len(TRANSCRIPT_COLUMNS) - 1
    for c, (code, width) in enumerate(TRANSCRIPT_COLUMNS):
        sheet.set_column(c, c, _column_width(code, width, lang))
    head = _transcript_header(sheet, member, span, today, lang, fmt)
    for n, row in enumerate(rows, start=1):
        _transcript_row(sheet, head + n, n, row, lang, today, fmt)
    if not rows:
        sheet.set_row(head + 1, ROW_MIN)
        sheet.merge_range(head + 1, 0, head + 1, last, _t("transcript_none", lang), fmt["center"])
    end = _transcript_totals(sheet, head + max(len(rows), 1) + 1, rows, today, lang, fmt)

    # print-ready: A4 portrait, one page wide, the table header on every page
    sheet.set_portrait()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.center_horizontally()
    sheet.repeat_rows(head)
    sheet.print_area(0, 0, end, last)
    sheet.hide_gridlines(2)
    footer_name = member.name.replace("&", "&&")
    sheet.set_footer(f"&L{footer_name}&R{_t('transcript_footer', lang)}")
    try:
        book.close()
        os.replace(tmp, dest)
    except (OSError, XlsxWriterException) as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFailed(file=str(dest), detail=str(exc)) from None
    return dest


def _t(code: str, lang: str, **params: Any) -> str:
    return messages.text(code, lang, **params)


def _transcript_header(
    sheet: Any,
    member: Member,
    span: periods.Period | None,
    today: date,
    lang: str,
    fmt: dict[str, Any],
) -> int:
    """The title, the member's details and the table's header row; returns that row."""
    last = len(TRANSCRIPT_COLUMNS) - 1
    sheet.set_row(0, 30)
    sheet.merge_range(0, 0, 0, last, _t("transcript_title", lang), fmt["title"])
    if span is None:
        shown_period = _t("transcript_all_time", lang)
    else:
        start, end = span.start.isoformat(), span.end.isoformat()
        shown_period = _t("transcript_span", lang, label=span.label, start=start, end=end)
    sep, colon = ("、", "：") if lang == "zh_CN" else (", ", ": ")
    roles = sep.join(role_label(r, lang) for r in member.role_list)
    joined = member.joined_on.isoformat() if member.joined_on else ""
    info = [
        ("transcript_name", member.name, "transcript_roles", roles),
        ("transcript_department", member.department, "transcript_period", shown_period),
        ("transcript_joined", joined, "transcript_printed", today.isoformat()),
    ]
    for r, (left, left_value, right, right_value) in enumerate(info, start=2):
        for first, end_col, code, value in (
            (0, 3, left, left_value),
            (4, last, right, right_value),
        ):
            sheet.merge_range(r, first, r, end_col, "", fmt["info"])
            label = _t(code, lang) + colon
            sheet.write_rich_string(
                r, first, fmt["label"], label, fmt["info"], value or "—", fmt["info"]
            )
    head = len(info) + 3
    sheet.set_row(head, 30)
    for c, (code, _) in enumerate(TRANSCRIPT_COLUMNS):
        sheet.write_string(head, c, _t(code, lang), fmt["head"])
    return head


def _transcript_totals(
    sheet: Any, r: int, rows: list[RecordRow], today: date, lang: str, fmt: dict[str, Any]
) -> int:
    """The totals row at ``r``, a sentence summing up, a line to sign; returns the last row."""
    last = len(TRANSCRIPT_COLUMNS) - 1
    attended = [x for x in rows if x.attended]
    hours = sum(x.hours for x in attended)
    scores = [x.score for x in attended if x.score is not None]
    decided = [x for x in attended if x.passed is not None]
    passed = sum(1 for x in decided if x.passed)
    valid = {
        (normalize(x.certificate_name), x.certificate_no)
        for x in rows
        if x.certificate_name
        and certificate_status(x.certificate_expires, today) is not CertificateStatus.EXPIRED
    }
    average = _number(sum(scores) / len(scores)) if scores else "—"
    sheet.merge_range(r, 0, r, 4, _t("transcript_total", lang), fmt["total"])
    sheet.write_number(r, 5, hours, fmt["total_number"])
    sheet.write_string(r, 6, average, fmt["total"])
    share = _t("transcript_passed_of", lang, passed=passed, decided=len(decided))
    sheet.write_string(r, 7, share, fmt["total"])
    sheet.merge_range(r, 8, r, last, "", fmt["total"])
    summary = _t(
        "transcript_summary",
        lang,
        attended=len(attended),
        absent=len(rows) - len(attended),
        hours=_number(hours),
        average=average,
        passed=passed,
        decided=len(decided),
        certificates=len(valid),
    )
    sheet.set_row(r + 2, 32)
    sheet.merge_range(r + 2, 0, r + 2, last, summary, fmt["note"])
    sheet.set_row(r + 4, 24)
    sheet.merge_range(r + 4, 0, r + 4, last, _t("transcript_sign", lang), fmt["note"])
    return r + 4


def _transcript_row(
    sheet: Any, r: int, n: int, row: RecordRow, lang: str, today: date, fmt: dict[str, Any]
) -> None:
    sheet.write_number(r, 0, n, fmt["center"])
    category = category_label(row.category, lang)
    sheet.write_string(r, 1, row.course_title, fmt["text"])
    sheet.write_string(r, 2, category, fmt["text"])
    sheet.write_datetime(r, 3, row.starts_at.date(), fmt["date"])
    sheet.write_string(r, 4, attendance_label(row.status, lang), fmt["center"])
    sheet.write_number(r, 5, row.hours, fmt["number"])
    if row.score is None:
        sheet.write_blank(r, 6, None, fmt["number"])
    else:
        sheet.write_number(r, 6, row.score, fmt["number"])
    passed = "—" if row.passed is None else _t("yes" if row.passed else "no", lang)
    sheet.write_string(r, 7, passed, fmt["center"])
    certificate = row.certificate_name
    if row.certificate_no:
        certificate = (
            f"{certificate}（{row.certificate_no}）" if certificate else row.certificate_no
        )
    sheet.write_string(r, 8, certificate, fmt["text"])
    expires = row.certificate_expires
    if expires is None:
        sheet.write_blank(r, 9, None, fmt["date"])
    else:
        expired = certificate_status(expires, today) is CertificateStatus.EXPIRED
        sheet.write_datetime(r, 9, expires, fmt["expired" if expired else "date"])
    sheet.set_row(r, _row_points({1: row.course_title, 2: category, 8: certificate}))
