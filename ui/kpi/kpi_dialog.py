"""Add or edit a KPI definition (R-1.2): category, unit, direction, parts of a computed KPI,
the deviation threshold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models import kpi
from models.base import Record
from models.errors import ConflictError
from models.kpi import Aggregate, Category, Direction, KpiRow, Source
from ui.form_dialog import FormDialog
from ui.kpi import text as t
from ui.session import Session

UNITS = ("次", "人", "元", "%", "倍", "秒", "条", "篇", "份", "单", "点", "分", "小时")


class KpiDialog(FormDialog):
    """The KPI form; ``row`` None adds a KPI. A built-in KPI keeps its formula."""

    kind = "kpi"

    def __init__(
        self, session: Session, row: KpiRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.row = row
        self.setWindowTitle(self.tr("Edit KPI") if row else self.tr("New KPI"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(50)
        self.name_en_edit = QLineEdit(self)
        self.category_combo = QComboBox(self)
        for category in Category:
            self.category_combo.addItem(t.category_text(category), category.value)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setEditable(True)  # any unit; the common ones to pick
        self.unit_combo.addItems(UNITS)
        self.direction_combo = QComboBox(self)
        for direction in Direction:
            self.direction_combo.addItem(t.direction_text(direction), direction.value)
        self.aggregate_combo = QComboBox(self)
        for aggregate in Aggregate:
            self.aggregate_combo.addItem(t.aggregate_text(aggregate), aggregate.value)
        self.aggregate_combo.setToolTip(
            self.tr("How a quarter follows from its months, and a year from its quarters")
        )
        self.computed_box = QCheckBox(self.tr("Computed from two other KPIs"), self)
        self.numerator_combo = QComboBox(self)
        self.denominator_combo = QComboBox(self)
        parts = [k for k in kpi.list_kpis(include_inactive=True) if k.source is Source.INPUT]
        for combo in (self.numerator_combo, self.denominator_combo):
            for part in parts:
                if row is None or part.code != row.code:
                    combo.addItem(t.kpi_name(part), part.code)
        self.scale_spin = QDoubleSpinBox(self)
        self.scale_spin.setRange(0.0001, 1_000_000)
        self.scale_spin.setDecimals(0)
        self.scale_spin.setValue(1)
        self.scale_spin.setToolTip(self.tr("100 gives a percentage"))
        formula = QWidget(self)
        line = QHBoxLayout(formula)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.numerator_combo, 1)
        line.addWidget(QLabel("÷", formula))
        line.addWidget(self.denominator_combo, 1)
        line.addWidget(QLabel("×", formula))
        line.addWidget(self.scale_spin)
        self.formula = formula
        self.threshold_spin = QDoubleSpinBox(self)
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setDecimals(1)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setValue(10)
        self.threshold_spin.setToolTip(
            self.tr("A deviation from the target beyond this asks for a cause and an action")
        )
        self.active_box = QCheckBox(self.tr("In use"), self)
        self.active_box.setChecked(True)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(56)

        self.add_row("kpi_name", self.tr("Name:"), self.name_edit)
        self.add_row("kpi_name_en", self.tr("English name:"), self.name_en_edit)
        self.add_row("kpi_category", self.tr("Category:"), self.category_combo)
        self.add_row("kpi_unit", self.tr("Unit:"), self.unit_combo)
        self.add_row("kpi_direction", self.tr("Direction:"), self.direction_combo)
        self.add_row("kpi_aggregate", self.tr("Combined by:"), self.aggregate_combo)
        self.add_row("kpi_source", "", self.computed_box)
        self.add_row("kpi_numerator", self.tr("Numerator ÷ denominator:"), formula)
        self.errors["kpi_denominator"] = self.errors["kpi_numerator"]
        self.errors["kpi_scale"] = self.errors["kpi_numerator"]
        self.add_row("kpi_threshold", self.tr("Deviation threshold:"), self.threshold_spin)
        self.add_row("kpi_active", "", self.active_box)
        self.add_row("kpi_notes", self.tr("Notes:"), self.notes_edit)
        self.computed_box.toggled.connect(self._on_computed_box_toggled)
        self._load(row)

    def _load(self, row: KpiRow | None) -> None:
        if row is None:
            self._on_computed_box_toggled(False)
            return
        self.name_edit.setText(row.name)
        self.name_en_edit.setText(row.name_en)
        self.category_combo.setCurrentIndex(self.category_combo.findData(row.category.value))
        self.unit_combo.setCurrentText(row.unit)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(row.direction.value))
        self.aggregate_combo.setCurrentIndex(self.aggregate_combo.findData(row.aggregate.value))
        self.computed_box.setChecked(row.source is Source.RATIO)
        if row.source is Source.RATIO:
            self.numerator_combo.setCurrentIndex(self.numerator_combo.findData(row.numerator))
            self.denominator_combo.setCurrentIndex(self.denominator_combo.findData(row.denominator))
            self.scale_spin.setValue(row.scale)
        self.threshold_spin.setValue(row.threshold)
        self.active_box.setChecked(row.active)
        self.notes_edit.setPlainText(row.notes)
        self._on_computed_box_toggled(self.computed_box.isChecked())
        if row.builtin or row.source is Source.TRAINING:
            # Appraisal templates rely on the built-in formulas (models refuse a change too).
            self.computed_box.setEnabled(False)
            self.formula.setEnabled(False)
            self.computed_box.setToolTip(self.tr("A built-in KPI keeps its formula"))
        if row.source is Source.TRAINING:
            self.computed_box.setText(kpi.source_label(row.source, t.lang()))

    @Slot(bool)
    def _on_computed_box_toggled(self, checked: bool) -> None:
        self.formula.setEnabled(checked)
        # A ratio is computed from its parts' combined figures; it is never combined itself.
        self.aggregate_combo.setEnabled(not checked)

    def values(self) -> dict[str, Any]:
        computed = self.computed_box.isChecked()
        out: dict[str, Any] = {
            "name": self.name_edit.text(),
            "name_en": self.name_en_edit.text().strip(),
            "category": self.category_combo.currentData(),
            "unit": self.unit_combo.currentText().strip(),
            "direction": self.direction_combo.currentData(),
            "aggregate": self.aggregate_combo.currentData(),
            "threshold": self.threshold_spin.value(),
            "active": self.active_box.isChecked(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self.row is None or not (self.row.builtin or self.row.source is Source.TRAINING):
            out["numerator"] = self.numerator_combo.currentData() if computed else ""
            out["denominator"] = self.denominator_combo.currentData() if computed else ""
            out["scale"] = self.scale_spin.value() if computed else 1.0
        return out

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        return {
            "name": row.name,
            "name_en": row.name_en,
            "category": row.category.value,
            "unit": row.unit,
            "direction": row.direction.value,
            "aggregate": row.aggregate.value,
            "threshold": row.threshold,
            "active": row.active,
            "notes": row.notes,
            "numerator": row.numerator,
            "denominator": row.denominator,
            "scale": row.scale,
        }

    def snapshot(self) -> dict[str, Any]:
        return t.prefixed(self.loaded(), "kpi_")

    def _show_conflict(self, err: ConflictError, changes: dict[str, Any]) -> None:
        super()._show_conflict(t.relabelled(err, "kpi_"), changes)  # labels, not columns

    def format_value(self, field: str, value: Any) -> str:
        if field == "category":
            return t.category_text(str(value))
        if field == "direction":
            return t.direction_text(str(value))
        if field == "aggregate":
            return t.aggregate_text(str(value))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, float):
            return t.number_text(value)
        return super().format_value(field, value)

    def write_new(self, values: dict[str, Any]) -> Record:
        name, category = values.pop("name"), values.pop("category")
        unit, direction = values.pop("unit"), values.pop("direction")
        return kpi.add_kpi(self.session.actor(), name, category, unit, direction, **values)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return kpi.edit_kpi(self.session.actor(), self.row.uid, version, **changes)
