"""Add or edit a SMART goal (R-1.1): what, measured by which KPI, how much, by when, who."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from models import kpi, messages, team
from models.base import Record
from models.errors import ConflictError, ValidationError
from models.kpi import GoalRow
from ui.form_dialog import FormDialog
from ui.kpi import text as t
from ui.session import Session

TEAM = ""  # the owner combo's data for "the team" (a QVariant cannot hold None reliably)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class KpiGoalDialog(FormDialog):
    """The goal form; ``row`` None adds a goal. Progress is never typed: it follows from the
    KPI's actual for the measured period."""

    kind = "kpi_goal"

    def __init__(
        self,
        session: Session,
        today: date,
        row: GoalRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.row = row
        self.today = today
        self.setWindowTitle(self.tr("Edit goal") if row else self.tr("New SMART goal"))
        self.statement_edit = QLineEdit(self)
        self.statement_edit.setMaxLength(300)
        self.statement_edit.setPlaceholderText(
            self.tr("e.g. Raise the repurchase rate to 30% in 2026")
        )
        self.kpi_combo = QComboBox(self)
        for k in kpi.list_kpis():
            self.kpi_combo.addItem(
                f"{t.kpi_name(k)} ({k.unit})" if k.unit else t.kpi_name(k), k.code
            )
        self.target_edit = QLineEdit(self)
        self.baseline_edit = QLineEdit(self)
        self.baseline_edit.setPlaceholderText(self.tr("Where it stands now (optional)"))
        self.period_edit = QLineEdit(self)
        self.period_edit.setPlaceholderText(
            self.tr("2026, 2026-Q4, 2026-11 or 2026-W05; empty: the deadline’s year")
        )
        self.deadline_edit = QDateEdit(self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setDate(to_qdate(date(today.year, 12, 31)))
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("The team"), TEAM)
        for member in team.list_members(include_inactive=False):
            self.owner_combo.addItem(member.name, member.uid)
        self.aligned_edit = QLineEdit(self)
        self.aligned_edit.setPlaceholderText(self.tr("The strategy, campaign or product it serves"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(56)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8d6e00;")

        self.add_row("goal_statement", self.tr("Goal (specific):"), self.statement_edit)
        self.add_row("goal_kpi", self.tr("Measured by:"), self.kpi_combo)
        self.add_row("goal_target", self.tr("Target value:"), self.target_edit)
        self.add_row("goal_baseline", self.tr("Baseline:"), self.baseline_edit)
        self.add_row("goal_period", self.tr("Measured over:"), self.period_edit)
        self.add_row("goal_deadline", self.tr("Deadline:"), self.deadline_edit)
        self.add_row("goal_owner", self.tr("Owner:"), self.owner_combo)
        self.add_row("goal_aligned_to", self.tr("Serves:"), self.aligned_edit)
        self.add_row("goal_notes", self.tr("Notes:"), self.notes_edit)
        self.form.addRow(self.warning_label)
        self._load(row)
        for edit in (self.target_edit, self.baseline_edit):
            edit.textChanged.connect(self._on_values_changed)
        self.kpi_combo.currentIndexChanged.connect(self._on_values_changed)
        self.deadline_edit.dateChanged.connect(self._on_values_changed)
        self._on_values_changed()

    def _load(self, row: GoalRow | None) -> None:
        if row is None:
            return
        self.statement_edit.setText(row.statement)
        self.kpi_combo.setCurrentIndex(max(self.kpi_combo.findData(row.kpi.code), 0))
        self.target_edit.setText(t.number_text(row.target).replace(",", ""))
        if row.baseline is not None:
            self.baseline_edit.setText(t.number_text(row.baseline).replace(",", ""))
        self.period_edit.setText(row.period)
        self.deadline_edit.setDate(to_qdate(row.deadline))
        found = self.owner_combo.findData(row.owner_uid or TEAM)
        if found < 0 and row.owner_uid:  # an owner who has left meanwhile
            self.owner_combo.addItem(row.owner_name, row.owner_uid)
            found = self.owner_combo.count() - 1
        self.owner_combo.setCurrentIndex(max(found, 0))
        self.aligned_edit.setText(row.aligned_to)
        self.notes_edit.setPlainText(row.notes)

    @Slot()
    def _on_values_changed(self) -> None:
        """The SMART warnings worth a second look, none of them blocking."""
        target = t.parse_typed(self.target_edit.text())
        baseline = t.parse_typed(self.baseline_edit.text())
        code = self.kpi_combo.currentData()
        if not isinstance(target, float) or not code:
            self.warning_label.hide()
            return
        try:
            direction = kpi.get_kpi(code).direction
        except ValidationError:
            return
        codes = kpi.smart_warnings(
            target,
            baseline if isinstance(baseline, float) else None,
            direction,
            from_qdate(self.deadline_edit.date()),
            self.today,
        )
        self.warning_label.setText("\n".join(messages.text(c) for c in codes))
        self.warning_label.setVisible(bool(codes))

    def values(self) -> dict[str, Any]:
        period = self.period_edit.text().strip()
        deadline = from_qdate(self.deadline_edit.date())
        return {
            "statement": self.statement_edit.text(),
            "kpi": self.kpi_combo.currentData() or "",
            "target": t.parse_typed(self.target_edit.text()),
            "baseline": t.parse_typed(self.baseline_edit.text()),
            "period": period or str(deadline.year),
            "deadline": deadline,
            "owner": self.owner_combo.currentData() or None,
            "aligned_to": self.aligned_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        return {
            "statement": row.statement,
            "kpi": row.kpi.code,
            "target": row.target,
            "baseline": row.baseline,
            "period": row.period,
            "deadline": row.deadline,
            "owner": row.owner_uid,
            "aligned_to": row.aligned_to,
            "notes": row.notes,
        }

    def _show_conflict(self, err: ConflictError, changes: dict[str, Any]) -> None:
        super()._show_conflict(t.relabelled(err, "goal_"), changes)  # labels, not columns

    def format_value(self, field: str, value: Any) -> str:
        if isinstance(value, float):
            return t.number_text(value)
        return super().format_value(field, value)

    def write_new(self, values: dict[str, Any]) -> Record:
        return kpi.add_goal(
            self.session.actor(),
            values["statement"],
            values["kpi"],
            values["target"],
            values["deadline"],
            period=values["period"],
            owner_uid=values["owner"],
            baseline=values["baseline"],
            aligned_to=values["aligned_to"],
            notes=values["notes"],
        )

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        return kpi.edit_goal(self.session.actor(), self.row.uid, version, **changes)
