"""Add or edit a session of a course (R-4.2): when, where (a room or a link), who teaches."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models import training
from models.base import Record
from models.errors import ValidationError
from models.training import SessionRow
from ui.form_dialog import FormDialog
from ui.session import Session
from ui.training import text as t

FORMAT = "yyyy-MM-dd HH:mm"


def to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def from_qt(value: QDateTime) -> datetime:
    d, tm = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), tm.hour(), tm.minute())


def format_session_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field in ("starts_at", "ends_at"):
        return str(value).replace("T", " ")[:16]
    return t.number_text(value) if isinstance(value, float) else str(value)


class SessionDialog(FormDialog):
    """The session form; ``row`` None adds a session of the course chosen in it."""

    kind = "course_session"

    def __init__(
        self,
        session: Session,
        row: SessionRow | None = None,
        course_uid: str | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.row = row
        self.setWindowTitle(self.tr("Edit session") if row else self.tr("New session"))

        self.course_combo = QComboBox(self)
        for course in training.list_courses():
            self.course_combo.addItem(course.title, course.uid)
        self.course_combo.setEnabled(row is None)  # a session stays with its course
        self.starts_edit = QDateTimeEdit(self)
        self.ends_known = QCheckBox(self)
        self.ends_known.setToolTip(self.tr("Clear this box when the end time is not known"))
        self.ends_edit = QDateTimeEdit(self)
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(FORMAT)
        self.ends_known.toggled.connect(self.ends_edit.setEnabled)
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("A meeting room, an address or a meeting link"))
        self.trainer_edit = QLineEdit(self)
        self.trainer_edit.setPlaceholderText(self.tr("Empty: the course's trainer"))
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setRange(0, 1000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setSpecialValueText(self.tr("As the course"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(56)
        ends = QWidget(self)
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.ends_known)
        ends_row.addWidget(self.ends_edit, 1)

        self.add_row("course", self.tr("Course:"), self.course_combo)
        self.add_row("starts_at", self.tr("Starts at:"), self.starts_edit)
        self.add_row("ends_at", self.tr("Ends at:"), ends, self.ends_edit)
        self.add_row("place", self.tr("Place or link:"), self.place_edit)
        self.add_row("trainer", self.tr("Trainer:"), self.trainer_edit)
        self.add_row("hours", self.tr("Hours:"), self.hours_spin)
        self.add_row("notes", self.tr("Notes:"), self.notes_edit)
        self._load(row, course_uid, start)

    def _load(self, row: SessionRow | None, course_uid: str | None, start: datetime | None) -> None:
        if row is None:
            if course_uid is not None:
                self.course_combo.setCurrentIndex(max(self.course_combo.findData(course_uid), 0))
            begin = start or datetime.now().replace(minute=0, second=0, microsecond=0)
            self.starts_edit.setDateTime(to_qt(begin))
            self.ends_edit.setDateTime(to_qt(begin + timedelta(hours=2)))
            self.ends_known.setChecked(False)
            self.ends_edit.setEnabled(False)
            return
        self.course_combo.setCurrentIndex(max(self.course_combo.findData(row.course_uid), 0))
        self.starts_edit.setDateTime(to_qt(row.starts_at))
        self.ends_known.setChecked(row.ends_at is not None)
        self.ends_edit.setEnabled(row.ends_at is not None)
        self.ends_edit.setDateTime(to_qt(row.ends_at or row.starts_at + timedelta(hours=2)))
        self.place_edit.setText(row.place)
        self.trainer_edit.setText(row.trainer)
        self.hours_spin.setValue(row.hours)
        self.notes_edit.setPlainText(row.notes)

    def values(self) -> dict[str, Any]:
        return {
            "starts_at": from_qt(self.starts_edit.dateTime()),
            "ends_at": from_qt(self.ends_edit.dateTime()) if self.ends_known.isChecked() else None,
            "place": self.place_edit.text(),
            "trainer": self.trainer_edit.text(),
            "hours": self.hours_spin.value() or None,
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        return {
            "starts_at": row.starts_at,
            "ends_at": row.ends_at,
            "place": row.place,
            "trainer": row.trainer,
            "hours": row.hours,
            "notes": row.notes,
        }

    def snapshot(self) -> dict[str, Any]:
        values = self.loaded()
        for key in ("starts_at", "ends_at"):
            values[key] = values[key].isoformat() if values[key] else None
        return values

    def format_value(self, field: str, value: Any) -> str:
        return format_session_value(field, value)

    def write_new(self, values: dict[str, Any]) -> Record:
        course_uid = self.course_combo.currentData()
        if course_uid is None:  # no course yet: the form says so beside the field
            raise ValidationError("required", field="course")
        starts = values.pop("starts_at")
        if not values["trainer"].strip():
            values.pop("trainer")  # the course's trainer, filled in by the core
        return training.add_session(self.session.actor(), str(course_uid), starts, **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return training.edit_session(self.session.actor(), self.row.uid, version, **changes)
