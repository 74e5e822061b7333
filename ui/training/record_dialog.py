"""Record one member at a session (R-4.2): attendance, hours, score, certificate."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models import team, training
from models.base import Record
from models.training import Attendance, RecordRow, SessionRow
from ui.form_dialog import FormDialog
from ui.session import Session
from ui.training import text as t
from ui.training.session_dialog import FORMAT, from_qt, to_qt


def format_record_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field == "status":
        return t.attendance_text(str(value))
    if field == "passed":
        return t.passed_text(bool(value))
    if field == "signed_in_at":
        return str(value).replace("T", " ")[:16]
    return t.number_text(value) if isinstance(value, float) else str(value)


def typed_score(text: str) -> float | str | None:
    """A number when it reads as one; otherwise the text, which the core refuses in words."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


class RecordDialog(FormDialog):
    """The record form; ``row`` None records a new member at ``target``."""

    kind = "training_record"

    def __init__(
        self,
        session: Session,
        target: SessionRow,
        row: RecordRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.target = target
        self.row = row
        self.pass_mark = training.get_course(target.course_uid).pass_mark
        when = t.datetime_text(target.starts_at)
        self.setWindowTitle(
            (self.tr("Edit record: %1") if row else self.tr("Add to the roster: %1")).replace(
                "%1", f"{target.course_title} {when}"
            )
        )

        self.member_combo = QComboBox(self)
        for member in team.list_members():
            label = (
                member.name
                if member.active
                else self.tr("%1 (inactive)").replace("%1", member.name)
            )
            self.member_combo.addItem(label, member.uid)
        self.member_combo.setEnabled(row is None)
        self.status_combo = QComboBox(self)
        for status in Attendance:
            self.status_combo.addItem(t.attendance_text(status), status.value)
        self.signed_known = QCheckBox(self)
        self.signed_edit = QDateTimeEdit(self)
        self.signed_edit.setDisplayFormat(FORMAT)
        self.signed_edit.setCalendarPopup(True)
        self.signed_known.toggled.connect(self.signed_edit.setEnabled)
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setRange(0, 1000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.5)
        self.score_edit = QLineEdit(self)
        self.score_edit.setPlaceholderText(self.tr("Empty: no score yet"))
        self.result_label = QLabel(self)
        self.cert_name_edit = QLineEdit(self)
        self.cert_no_edit = QLineEdit(self)
        self.expires_known = QCheckBox(self)
        self.expires_known.setToolTip(self.tr("Tick when the certificate has an expiry date"))
        self.expires_edit = QDateEdit(self)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd")
        self.expires_edit.setCalendarPopup(True)
        self.expires_known.toggled.connect(self.expires_edit.setEnabled)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(56)

        self.add_row("member", self.tr("Member:"), self.member_combo)
        self.add_row("status", self.tr("Attendance:"), self.status_combo)
        self.add_row(
            "signed_in_at",
            self.tr("Signed in at:"),
            self._pair(self.signed_known, self.signed_edit),
            self.signed_edit,
        )
        self.add_row("hours", self.tr("Hours:"), self.hours_spin)
        self.add_row("score", self.tr("Score (of 100):"), self.score_edit)
        self.form.addRow(self.tr("Result:"), self.result_label)
        self.add_row("certificate_name", self.tr("Certificate:"), self.cert_name_edit)
        self.add_row("certificate_no", self.tr("Certificate no.:"), self.cert_no_edit)
        self.add_row(
            "certificate_expires",
            self.tr("Valid until:"),
            self._pair(self.expires_known, self.expires_edit),
            self.expires_edit,
        )
        self.add_row("notes", self.tr("Notes:"), self.notes_edit)
        self.score_edit.textChanged.connect(self._update_result)
        self.status_combo.currentIndexChanged.connect(self._update_result)
        self._load(row)

    def _pair(self, box: QCheckBox, edit: QWidget) -> QWidget:
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box)
        row.addWidget(edit, 1)
        return pair

    def _load(self, row: RecordRow | None) -> None:
        signed = row.signed_in_at if row and row.signed_in_at else self.target.starts_at
        self.signed_edit.setDateTime(to_qt(signed))
        self.signed_known.setChecked(bool(row and row.signed_in_at))
        self.signed_edit.setEnabled(self.signed_known.isChecked())
        expires = row.certificate_expires if row else None
        self.expires_known.setChecked(expires is not None)
        self.expires_edit.setEnabled(expires is not None)
        later = expires or date(self.target.starts_at.year + 1, self.target.starts_at.month, 1)
        self.expires_edit.setDate(QDate(later.year, later.month, later.day))
        if row is None:
            self.hours_spin.setValue(self.target.hours)
            self._update_result()
            return
        self.member_combo.setCurrentIndex(max(self.member_combo.findData(row.member_uid), 0))
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status.value))
        self.hours_spin.setValue(row.hours)
        self.score_edit.setText(t.number_text(row.score))
        self.cert_name_edit.setText(row.certificate_name)
        self.cert_no_edit.setText(row.certificate_no)
        self.notes_edit.setPlainText(row.notes)
        self._update_result()

    @Slot()
    def _update_result(self) -> None:
        """Pass or fail follows from the course's pass mark; it is never typed (R-4.2)."""
        score = typed_score(self.score_edit.text())
        attended = self.status_combo.currentData() == Attendance.ATTENDED.value
        if self.pass_mark is None:
            text = self.tr("No pass mark: attending completes the course")
        elif not attended or not isinstance(score, float):
            text = self.tr("Pass mark %1; decided when a score is entered")
        else:
            result = training.passed(score, self.pass_mark)
            text = self.tr("Pass mark %1: %2").replace("%2", t.passed_text(result))
        self.result_label.setText(text.replace("%1", t.number_text(self.pass_mark)))

    def values(self) -> dict[str, Any]:
        expires: date | None = None
        if self.expires_known.isChecked():
            expires = self.expires_edit.date().toPython()  # type: ignore[assignment]
        signed = from_qt(self.signed_edit.dateTime()) if self.signed_known.isChecked() else None
        return {
            "status": self.status_combo.currentData(),
            "signed_in_at": signed,
            "hours": self.hours_spin.value(),
            "score": typed_score(self.score_edit.text()),
            "certificate_name": self.cert_name_edit.text(),
            "certificate_no": self.cert_no_edit.text(),
            "certificate_expires": expires,
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        return {
            "status": row.status.value,
            "signed_in_at": row.signed_in_at,
            "hours": row.hours,
            "score": row.score,
            "certificate_name": row.certificate_name,
            "certificate_no": row.certificate_no,
            "certificate_expires": row.certificate_expires,
            "notes": row.notes,
        }

    def snapshot(self) -> dict[str, Any]:
        values = self.loaded()
        for key in ("signed_in_at", "certificate_expires"):
            values[key] = values[key].isoformat() if values[key] else None
        values["passed"] = self.row.passed if self.row else None
        return values

    def format_value(self, field: str, value: Any) -> str:
        return format_record_value(field, value)

    def write_new(self, values: dict[str, Any]) -> Record:
        member_uid = str(self.member_combo.currentData() or "")
        if values["status"] != Attendance.ATTENDED.value:
            values.pop("hours")  # an absent member gets no hours
        return training.add_record(self.session.actor(), self.target.uid, member_uid, **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        if changes.get("status") == Attendance.ABSENT.value:
            changes.pop("hours", None)
        return training.edit_record(self.session.actor(), self.row.uid, version, **changes)
