"""The exchange kind ``training-records`` (R-4.2): who attended which session, score and
hours; decisions in :mod:`models.training.excel`."""

from __future__ import annotations

from typing import Any

from models import messages
from models.exchange.cells import KEEP
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.team import Member
from models.training import records
from models.training.excel_refs import (
    lookup_member,
    lookup_session,
    member_choices,
    member_name,
    reference,
    resolved,
    session_choices,
    session_text,
)
from models.training.schema import (
    ATTENDANCE_NAMES,
    Attendance,
    CourseSession,
    TrainingRecord,
)
from models.training.signin import ABSENT_WORDS

# --- attendance records -------------------------------------------------------------------

STATUS_CHOICES = (
    Choice(
        Attendance.ATTENDED.value,
        *ATTENDANCE_NAMES[Attendance.ATTENDED],
        ("到场", "已到", "签到", "已签到", "参加", "已参加", "present"),
    ),
    Choice(
        Attendance.ABSENT.value, *ATTENDANCE_NAMES[Attendance.ABSENT], (*ABSENT_WORDS, "absent")
    ),
)


def _passed_to_cell(stored: Any, lang: str) -> str:
    if stored is None:
        return ""
    return messages.text("yes" if stored else "no", lang)


def clean_record_field(name: str, value: Any) -> Any:
    """The record form's rules (records._clean); 是否通过 is computed, so its cell is ignored."""
    if name in ("session", "member"):
        return resolved(value)
    if name == "passed":
        return KEEP
    return records._clean({name: value})[name]


def derive_record(values: dict[str, Any]) -> None:
    """Hours and 是否通过 as the record form derives them (records._derive)."""
    if "session" not in values or "member" not in values:
        return
    session = CourseSession.get_by_id(values["session"])
    member = Member.get_by_id(values["member"])
    current = records._existing(session, member)
    out = {k: values[k] for k in records.RECORD_FIELDS if k in values}
    records._derive(out, session, member, current)
    values["passed"] = out["passed"]
    if "hours" in out:
        values["hours"] = out["hours"]
    else:
        values.pop("hours", None)


RECORDS = register_kind(
    Kind(
        name="training-records",
        zh="培训记录",
        en="Training records",
        model=TrainingRecord,
        natural_key=("session", "member"),
        clean_field=clean_record_field,
        check_row=derive_record,
        sheet_aliases=("培训记录", "参训记录", "培训台账", "成绩", "成绩表", "records"),
        columns=(
            reference(
                "member",
                "姓名",
                "Name",
                lookup_member,
                member_choices,
                member_name,
                required=True,
                aliases=("成员", "学员", "参训人", "员工姓名", "成员姓名", "name", "member"),
                example="张伟",
                width=10,
            ),
            reference(
                "session",
                "课程场次",
                "Session",
                lookup_session,
                session_choices,
                session_text,
                required=True,
                aliases=("场次", "培训场次", "课程", "课程名称", "培训课程", "session", "course"),
                example="SEO与SEM实操 2026-11-20 14:00",
                width=34,
            ),
            Column(
                "status",
                "出勤",
                "Attendance",
                ColumnType.CHOICE,
                aliases=("出勤情况", "考勤", "是否出席", "到课情况", "attendance", "status"),
                choices=STATUS_CHOICES,
                example="出席",
                example_en="Attended",
                width=8,
            ),
            Column(
                "signed_in_at",
                "签到时间",
                "Signed in at",
                ColumnType.DATETIME,
                aliases=("签到", "signed in", "sign-in time"),
                example="2026-11-20 13:58",
                width=17,
            ),
            Column(
                "hours",
                "学时",
                "Hours",
                ColumnType.NUMBER,
                aliases=("课时", "培训学时", "hours"),
                example="3",
                width=8,
            ),
            Column(
                "score",
                "成绩",
                "Score",
                ColumnType.NUMBER,
                aliases=("考核成绩", "考试成绩", "分数", "得分", "score"),
                example="85",
                width=8,
            ),
            Column(
                "passed",
                "是否通过",
                "Passed",
                aliases=("通过", "是否合格", "考核结果", "passed"),
                to_cell=_passed_to_cell,
                example="（按成绩和及格分自动计算，导入时忽略）",
                example_en="(computed from the score and pass mark; ignored on import)",
                width=10,
            ),
            Column(
                "certificate_name",
                "证书名称",
                "Certificate",
                aliases=("证书", "所获证书", "certificate"),
                example="百度营销认证",
                width=18,
            ),
            Column(
                "certificate_no",
                "证书编号",
                "Certificate number",
                aliases=("证书号", "证书号码", "certificate no", "certificate number"),
                width=16,
            ),
            Column(
                "certificate_expires",
                "证书有效期至",
                "Certificate expires",
                ColumnType.DATE,
                aliases=("证书有效期", "有效期至", "有效期", "到期日", "到期日期", "expires"),
                example="2027-11-20",
                width=14,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "note"), width=24
            ),
        ),
    )
)
