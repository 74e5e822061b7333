"""The Qt item models of the training page: snapshot rows with their columns as data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QApplication

from models.training import (
    CertificateRow,
    CourseRow,
    DueCourse,
    PlanItemRow,
    RecordRow,
    SessionRow,
    SigninRow,
)
from ui.labels import roles_text
from ui.table_model import CENTER, Column
from ui.training import text as t
from ui.training.tone_model import (
    RIGHT,
    Tone,
    ToneOf,
    ToneTableModel,
    certificate_tone,
    number_column,
    sort_number,
)


def _required_text(c: CourseRow) -> str:
    if c.required_for_all:
        return QApplication.translate("CourseTableModel", "All roles")
    return roles_text(c.required_roles)


def _uid(row: Any) -> str:
    return str(row.uid)


class CourseTableModel(ToneTableModel):
    """The course list (R-4.2)."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(self.tr("Course"), lambda c: c.title, chars=32),
            Column(self.tr("Category"), lambda c: t.category_text(c.category), chars=26),
            Column(self.tr("Type"), lambda c: t.delivery_text(c.delivery), align=CENTER, chars=6),
            Column(self.tr("Trainer or provider"), lambda c: c.trainer, chars=24),
            number_column(self.tr("Hours"), lambda c: c.hours),
            Column(
                self.tr("Cost"),
                lambda c: t.money_text(c.cost),
                lambda c: sort_number(c.cost),
                RIGHT,
                chars=10,
            ),
            number_column(self.tr("Capacity"), lambda c: c.capacity),
            number_column(self.tr("Pass mark"), lambda c: c.pass_mark, chars=6),
            Column(self.tr("Required for"), _required_text, tooltip=_required_text, chars=26),
            Column(
                self.tr("Repeats"),
                lambda c: t.recur_text(c.recur_months),
                lambda c: c.recur_months or 0,
                chars=10,
            ),
        ]
        super().__init__(columns, _uid, parent=parent)

    def course(self, row: int) -> CourseRow:
        return self.row_at(row)


def _capacity_text(s: SessionRow) -> str:
    text = f"{s.attended} / {s.capacity}" if s.capacity else str(s.attended)
    if s.over_capacity:
        text += " " + QApplication.translate("SessionTableModel", "(%n over)", "", s.over_capacity)
    return text


class SessionTableModel(ToneTableModel):
    """Sessions of courses; a session over its course's capacity is flagged."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(self.tr("Starts"), lambda s: t.datetime_text(s.starts_at), chars=17),
            Column(self.tr("Course"), lambda s: s.course_title, chars=32),
            Column(self.tr("Place or link"), lambda s: s.place, chars=24),
            Column(self.tr("Trainer"), lambda s: s.trainer, chars=22),
            number_column(self.tr("Hours"), lambda s: s.hours),
            Column(
                self.tr("Attended / capacity"),
                _capacity_text,
                lambda s: s.attended,
                CENTER,
                chars=12,
            ),
            number_column(self.tr("Absent"), lambda s: s.absent),
            Column(self.tr("Notes"), lambda s: s.notes.replace("\n", " "), chars=16),
        ]
        over: ToneOf = lambda s: Tone.ALERT if s.over_capacity else None  # noqa: E731
        super().__init__(columns, _uid, {5: over}, parent=parent)

    def session(self, row: int) -> SessionRow:
        return self.row_at(row)


class RecordTableModel(ToneTableModel):
    """Attendance records of a session, a member or a course."""

    def __init__(self, parent: Any = None, *, lead: str = "member") -> None:
        """``lead``: "member" (a session's roster), "history" (date and course, a member's
        history) or "course" (date and member, a course's roster)."""
        self.today = date.today()
        date_column = Column(self.tr("Date"), lambda r: r.starts_at.date().isoformat(), chars=11)
        member_column = Column(self.tr("Member"), lambda r: r.member_name, chars=8)
        first = {
            "member": [member_column],
            "history": [date_column, Column(self.tr("Course"), lambda r: r.course_title, chars=32)],
            "course": [date_column, member_column],
        }[lead]
        columns = first + [
            Column(
                self.tr("Attendance"), lambda r: t.attendance_text(r.status), align=CENTER, chars=6
            ),
            Column(self.tr("Signed in"), lambda r: t.datetime_text(r.signed_in_at), chars=17),
            number_column(self.tr("Hours"), lambda r: r.hours),
            number_column(self.tr("Score"), lambda r: r.score),
            Column(self.tr("Result"), lambda r: t.passed_text(r.passed), align=CENTER, chars=7),
            Column(self.tr("Certificate"), lambda r: r.certificate_name, chars=28),
            Column(self.tr("Certificate no."), lambda r: r.certificate_no, chars=14),
            Column(
                self.tr("Valid until"),
                self._expiry_text,
                lambda r: str(r.certificate_expires or ""),
                chars=34,
            ),
            Column(self.tr("Notes"), lambda r: r.notes.replace("\n", " "), chars=12),
        ]
        offset = len(first)
        failed: ToneOf = lambda r: Tone.ALERT if r.passed is False else None  # noqa: E731
        tones = {offset + 4: failed, offset + 7: self._expiry_tone}
        super().__init__(columns, _uid, tones, parent=parent)

    def _expiry_text(self, r: RecordRow) -> str:
        status, days = t.expiry_state(r.certificate_expires, self.today)
        if status is None:
            return ""
        state = t.certificate_text(status, days)
        return t.aside(f"{r.certificate_expires:%Y-%m-%d}", state)

    def _expiry_tone(self, r: RecordRow) -> Tone | None:
        return certificate_tone(t.expiry_state(r.certificate_expires, self.today)[0])

    def record(self, row: int) -> RecordRow:
        return self.row_at(row)


class DueTableModel(ToneTableModel):
    """Required courses a member has still to take (R-4.2)."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(self.tr("Course"), lambda d: d.title, chars=32),
            Column(self.tr("Category"), lambda d: t.category_text(d.category), chars=26),
            Column(self.tr("Why"), t.due_text, tooltip=t.due_text, chars=44),
            Column(self.tr("Repeats"), lambda d: t.recur_text(d.recur_months), chars=10),
        ]
        super().__init__(columns, _due_key, parent=parent)

    def due(self, row: int) -> DueCourse:
        return self.row_at(row)


def _due_key(d: DueCourse) -> str:
    return d.course_uid


class CertificateTableModel(ToneTableModel):
    """Expired and expiring certificates, soonest first (R-4.2)."""

    def __init__(self, parent: Any = None) -> None:
        status = lambda c: t.certificate_text(c.status, c.days_left)  # noqa: E731
        columns = [
            Column(self.tr("Member"), lambda c: c.member_name, chars=8),
            Column(self.tr("Certificate"), lambda c: c.certificate_name, chars=30),
            Column(self.tr("Certificate no."), lambda c: c.certificate_no, chars=14),
            Column(self.tr("Course"), lambda c: c.course_title, chars=32),
            Column(self.tr("Valid until"), lambda c: c.expires.isoformat(), align=CENTER, chars=14),
            Column(self.tr("State"), status, lambda c: c.days_left, chars=24),
        ]
        tone: ToneOf = lambda c: certificate_tone(c.status)  # noqa: E731
        super().__init__(columns, _record_key, {4: tone, 5: tone}, parent=parent)

    def certificate(self, row: int) -> CertificateRow:
        return self.row_at(row)


def _record_key(c: CertificateRow) -> str:
    return c.record_uid


def audience_text(item: PlanItemRow) -> str:
    parts = [roles_text(item.audience_roles)] if item.audience_roles else []
    parts += list(item.audience_member_names)
    if not parts:
        return QApplication.translate("PlanItemTableModel", "Whole team")
    return QApplication.translate("labels", ", ").join(p for p in parts if p)


def _behind_plan(item: PlanItemRow) -> Tone | None:
    """Fewer sessions held and coming than planned: the plan is behind."""
    behind = item.held_sessions + item.upcoming_sessions < item.planned_sessions
    return Tone.WARN if behind else None


def _sessions_text(item: PlanItemRow) -> str:
    text = f"{item.held_sessions} / {item.planned_sessions}"
    if item.upcoming_sessions:
        text += " " + QApplication.translate(
            "PlanItemTableModel", "(+%n upcoming)", "", item.upcoming_sessions
        )
    return text


class PlanItemTableModel(ToneTableModel):
    """A plan's courses against what happened (training.plan_report)."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(self.tr("Course"), lambda i: i.course_title, chars=32),
            Column(
                self.tr("Held / planned sessions"),
                _sessions_text,
                lambda i: i.held_sessions,
                CENTER,
                chars=18,
            ),
            Column(
                self.tr("Audience attended"),
                lambda i: f"{i.audience_attended} / {i.audience_size}",
                lambda i: i.audience_attended,
                CENTER,
                chars=10,
            ),
            Column(
                self.tr("Coverage"),
                lambda i: t.percent_text(i.coverage),
                lambda i: sort_number(i.coverage),
                RIGHT,
                chars=7,
            ),
            Column(self.tr("Audience"), audience_text, tooltip=audience_text, chars=30),
            Column(self.tr("Category"), lambda i: t.category_text(i.category), chars=26),
            Column(self.tr("Notes"), lambda i: i.notes.replace("\n", " "), chars=12),
        ]
        super().__init__(columns, _uid, {1: _behind_plan}, parent=parent)

    def item(self, row: int) -> PlanItemRow:
        return self.row_at(row)


class SigninRowModel(ToneTableModel):
    """The rows read from a sign-in sheet and the member each name goes to."""

    def __init__(self, parent: Any = None) -> None:
        self.targets: dict[str, str] = {}  # sheet name → what the member column says
        columns = [
            number_column(self.tr("Row"), lambda r: r.row, chars=4),
            Column(self.tr("Name on the sheet"), lambda r: r.name, chars=10),
            Column(self.tr("Member"), lambda r: self.targets.get(r.name, ""), chars=12),
            Column(self.tr("Signed in"), lambda r: t.datetime_text(r.signed_in_at), chars=17),
            number_column(self.tr("Score"), lambda r: r.score),
            Column(self.tr("Attendance"), self._attendance, chars=16),
            Column(self.tr("Note"), lambda r: r.note, chars=14),
        ]
        unmatched: ToneOf = lambda r: Tone.WARN if r.name not in self._mapped else None  # noqa: E731
        self._mapped: set[str] = set()
        super().__init__(columns, _row_key, {2: unmatched}, parent=parent)

    def _attendance(self, r: SigninRow) -> str:
        if not r.absent:
            return t.attendance_text("attended")
        absent = t.attendance_text("absent")
        return t.aside(absent, r.note) if r.note else absent

    def set_targets(self, targets: Mapping[str, str], mapped: set[str]) -> None:
        """Show where each name goes; ``mapped`` are the names decided (a member or skip)."""
        self.targets = dict(targets)
        self._mapped = set(mapped)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))

    def sheet_row(self, row: int) -> SigninRow:
        return self.row_at(row)


def _row_key(r: SigninRow) -> str:
    return f"{r.row}:{r.name}"
