"""Add or edit a training plan, and a planned course with its audience (R-4.2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models import team, training
from models.base import Record
from models.errors import ValidationError
from models.team import decode_roles, encode_roles
from models.training import PlanItemRow, PlanRow
from ui.form_dialog import FormDialog
from ui.labels import roles_text
from ui.session import Session
from ui.training import text as t
from ui.widgets import RolePicker

translate = QCoreApplication.translate


class PlanDialog(FormDialog):
    """A plan for a quarter or a year: its period, title and notes."""

    kind = "training_plan"

    def __init__(
        self,
        session: Session,
        row: PlanRow | None,
        period: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.row = row
        self.setWindowTitle(self.tr("Edit training plan") if row else self.tr("New training plan"))
        self.period_combo = QComboBox(self)
        self.period_combo.setEditable(True)  # 2026年第四季度 typed by hand is understood too
        self.period_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label in t.period_choices(today):
            self.period_combo.addItem(t.period_text(label), label)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(100)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(64)
        self.add_row("period", self.tr("Quarter or year:"), self.period_combo)
        self.add_row("title", self.tr("Title:"), self.title_edit)
        self.add_row("notes", self.tr("Notes:"), self.notes_edit)
        chosen = row.period if row else period
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen), 0))
        self.title_edit.setText(row.title if row else "")
        self.notes_edit.setPlainText(row.notes if row else "")

    def period(self) -> str:
        typed = self.period_combo.currentText().strip()
        index = self.period_combo.findText(typed)
        return str(self.period_combo.itemData(index)) if index >= 0 else typed

    def values(self) -> dict[str, Any]:
        return {
            "period": self.period(),
            "title": self.title_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        assert self.row is not None
        return {"period": self.row.period, "title": self.row.title, "notes": self.row.notes}

    def snapshot(self) -> dict[str, Any]:
        return self.loaded()

    def write_new(self, values: dict[str, Any]) -> Record:
        return training.add_plan(self.session.actor(), **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return training.edit_plan(self.session.actor(), self.row.uid, version, **changes)


class PlanItemDialog(FormDialog):
    """A planned course: who it is for (roles and/or named members) and how many sessions."""

    kind = "plan_item"

    def __init__(
        self,
        session: Session,
        plan: PlanRow,
        row: PlanItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.plan = plan
        self.row = row
        self.setWindowTitle(
            (
                self.tr("Edit planned course in %1") if row else self.tr("Plan a course in %1")
            ).replace("%1", plan.title)
        )
        self.course_combo = QComboBox(self)
        for course in training.list_courses():
            self.course_combo.addItem(course.title, course.uid)
        self.course_combo.setEnabled(row is None)
        self.role_picker = RolePicker(self)
        self.member_list = QListWidget(self)
        self.member_list.setMaximumHeight(120)
        for member in team.list_members(include_inactive=False):
            item = QListWidgetItem(member.name, self.member_list)
            item.setData(Qt.ItemDataRole.UserRole, member.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.sessions_spin = QSpinBox(self)
        self.sessions_spin.setRange(0, 100)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(56)
        self.add_row("course", self.tr("Course:"), self.course_combo)
        self.add_row("audience_roles", self.tr("For roles:"), self.role_picker)
        self.add_row("audience_members", self.tr("And these members:"), self.member_list)
        self.add_row("planned_sessions", self.tr("Planned sessions:"), self.sessions_spin)
        self.add_row("notes", self.tr("Notes:"), self.notes_edit)
        self.audience_hint = self.tr("No role and no member chosen: the whole team.")
        self.form.addRow("", _hint(self.audience_hint, self))
        if row is not None:
            self.course_combo.setCurrentIndex(max(self.course_combo.findData(row.course_uid), 0))
            self.role_picker.set_roles(row.audience_roles)
            self.set_members(row.audience_member_uids)
            self.sessions_spin.setValue(row.planned_sessions)
            self.notes_edit.setPlainText(row.notes)
        else:
            self.sessions_spin.setValue(1)

    def set_members(self, uids: tuple[str, ...] | list[str]) -> None:
        for number in range(self.member_list.count()):
            item = self.member_list.item(number)
            checked = item.data(Qt.ItemDataRole.UserRole) in uids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def members(self) -> list[str]:
        items = (self.member_list.item(n) for n in range(self.member_list.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, Any]:
        return {
            "audience_roles": self.role_picker.roles(),
            "audience_members": self.members(),
            "planned_sessions": self.sessions_spin.value(),
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        # Named members who left the team stay in the plan line, unseen in the list.
        shown = [u for u in row.audience_member_uids if self._listed(u)]
        return {
            "audience_roles": list(row.audience_roles),
            "audience_members": shown,
            "planned_sessions": row.planned_sessions,
            "notes": row.notes,
        }

    def _listed(self, uid: str) -> bool:
        items = (self.member_list.item(n) for n in range(self.member_list.count()))
        return any(i.data(Qt.ItemDataRole.UserRole) == uid for i in items)

    def snapshot(self) -> dict[str, Any]:
        values = self.loaded()
        values["audience_roles"] = encode_roles(values["audience_roles"])
        # stored as ",uid,uid," (see models.training.schema)
        members = values["audience_members"]
        values["audience_members"] = "," + ",".join(members) + "," if members else ""
        return values

    def format_value(self, field: str, value: Any) -> str:
        if field == "audience_roles":
            return roles_text(decode_roles(value) if isinstance(value, str) else list(value))
        if field == "audience_members":
            uids = value.strip(",").split(",") if isinstance(value, str) else list(value)
            names = {m.uid: m.name for m in team.list_members()}
            return translate("labels", ", ").join(names.get(u, "?") for u in uids if u)
        return "" if value is None else str(value)

    def write_new(self, values: dict[str, Any]) -> Record:
        course = self.course_combo.currentData()
        if course is None:
            raise ValidationError("required", field="course")
        return training.add_plan_item(self.session.actor(), self.plan.uid, str(course), **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return training.edit_plan_item(self.session.actor(), self.row.uid, version, **changes)


def _hint(text: str, parent: QWidget) -> QWidget:
    label = QLabel(text, parent)
    label.setEnabled(False)  # greyed: an explanation, not a value
    return label
