"""Add or edit a course (R-4.2): category, trainer, hours, cost, pass mark, who must take it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models import training
from models.base import Record
from models.team import decode_roles, encode_roles
from models.training import CourseRow, Delivery
from ui.form_dialog import FormDialog
from ui.labels import roles_text
from ui.session import Session
from ui.training import text as t
from ui.widgets import RolePicker


def format_course_value(field: str, value: Any) -> str:
    """A course field as the user reads it, from stored or form values (conflict dialog)."""
    if value is None or value == "":
        return ""
    if field == "category":
        return t.category_text(str(value))
    if field == "delivery":
        return t.delivery_text(str(value))
    if field == "required_roles":
        roles = decode_roles(value) if isinstance(value, str) else list(value)
        return roles_text(roles)
    if field == "cost":
        return t.money_text(Decimal(str(value)))
    if field == "recur_months":
        return t.recur_text(int(value))
    if isinstance(value, float):
        return t.number_text(value)
    return str(value)


class CourseDialog(FormDialog):
    """The course form; ``row`` None adds a course."""

    kind = "course"

    def __init__(
        self, session: Session, row: CourseRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.row = row
        self.setWindowTitle(self.tr("Edit course") if row else self.tr("New course"))

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(100)
        self.category_combo = QComboBox(self)
        self.category_combo.setEditable(True)  # a team may type its own category
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in training.categories_in_use():
            self.category_combo.addItem(t.category_text(code), code)
        self.category_combo.setToolTip(self.tr("Choose, or type your own"))
        self.delivery_combo = QComboBox(self)
        for delivery in Delivery:
            self.delivery_combo.addItem(t.delivery_text(delivery), delivery.value)
        self.trainer_edit = QLineEdit(self)
        self.trainer_edit.setPlaceholderText(self.tr("A colleague, or the outside trainer"))
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setRange(0, 1000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.5)
        self.cost_spin = QDoubleSpinBox(self)
        self.cost_spin.setRange(0, 99_999_999)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setPrefix("¥")
        self.cost_spin.setGroupSeparatorShown(True)
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(0, 10_000)
        self.capacity_spin.setSpecialValueText(self.tr("No limit"))
        self.pass_spin = QDoubleSpinBox(self)
        self.pass_spin.setRange(0, 100)
        self.pass_spin.setDecimals(1)
        self.pass_spin.setSpecialValueText(self.tr("None: attending is enough"))
        self.role_picker = RolePicker(self)
        self.recur_spin = QSpinBox(self)
        self.recur_spin.setRange(0, 120)
        self.recur_spin.setSuffix(self.tr(" months"))
        self.recur_spin.setSpecialValueText(self.tr("Once is enough"))
        self.recur_spin.setToolTip(self.tr("Compliance training, for example, every 12 months"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(64)

        self.add_row("title", self.tr("Title:"), self.title_edit)
        self.add_row("category", self.tr("Category:"), self.category_combo)
        self.add_row("delivery", self.tr("Internal or external:"), self.delivery_combo)
        self.add_row("trainer", self.tr("Trainer or provider:"), self.trainer_edit)
        self.add_row("hours", self.tr("Hours:"), self.hours_spin)
        self.add_row("cost", self.tr("Cost:"), self.cost_spin)
        self.add_row("capacity", self.tr("Capacity:"), self.capacity_spin)
        self.add_row("pass_mark", self.tr("Pass mark (of 100):"), self.pass_spin)
        self.add_row("required_roles", self.tr("Required for roles:"), self.role_picker)
        self.add_row("recur_months", self.tr("Repeat every:"), self.recur_spin)
        self.add_row("notes", self.tr("Notes:"), self.notes_edit)
        self._load(row)

    def _load(self, row: CourseRow | None) -> None:
        if row is None:
            self.category_combo.setCurrentIndex(0)
            return
        self.title_edit.setText(row.title)
        found = self.category_combo.findData(row.category)
        if found < 0:  # the team's own category of a course just restored, say
            self.category_combo.addItem(row.category, row.category)
            found = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(found)
        self.delivery_combo.setCurrentIndex(self.delivery_combo.findData(row.delivery.value))
        self.trainer_edit.setText(row.trainer)
        self.hours_spin.setValue(row.hours)
        self.cost_spin.setValue(float(row.cost))
        self.capacity_spin.setValue(row.capacity or 0)
        self.pass_spin.setValue(row.pass_mark or 0)
        self.role_picker.set_roles(row.required_roles)
        self.recur_spin.setValue(row.recur_months or 0)
        self.notes_edit.setPlainText(row.notes)

    def category(self) -> str:
        """The chosen category's code, or what the user typed (the team's own)."""
        typed = self.category_combo.currentText().strip()
        index = self.category_combo.findText(typed)
        return str(self.category_combo.itemData(index)) if index >= 0 else typed

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "category": self.category(),
            "delivery": self.delivery_combo.currentData(),
            "trainer": self.trainer_edit.text(),
            "hours": self.hours_spin.value(),
            "cost": Decimal(f"{self.cost_spin.value():.2f}"),
            "capacity": self.capacity_spin.value() or None,
            "pass_mark": self.pass_spin.value() or None,
            "required_roles": self.role_picker.roles(),
            "recur_months": self.recur_spin.value() or None,
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        return {
            "title": row.title,
            "category": row.category,
            "delivery": row.delivery.value,
            "trainer": row.trainer,
            "hours": row.hours,
            "cost": row.cost,
            "capacity": row.capacity,
            "pass_mark": row.pass_mark,
            "required_roles": list(row.required_roles),
            "recur_months": row.recur_months,
            "notes": row.notes,
        }

    def snapshot(self) -> dict[str, Any]:
        values = self.loaded()
        values["cost"] = str(values["cost"])
        values["required_roles"] = encode_roles(values["required_roles"])
        return values

    def format_value(self, field: str, value: Any) -> str:
        return format_course_value(field, value)

    def write_new(self, values: dict[str, Any]) -> Record:
        title, category = values.pop("title"), values.pop("category")
        return training.add_course(self.session.actor(), title, category, **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return training.edit_course(self.session.actor(), self.row.uid, version, **changes)
