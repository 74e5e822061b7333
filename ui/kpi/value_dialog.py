"""Enter one KPI's target and actual for a period, and the cause and action of a deviation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from models import kpi
from models.base import Record
from models.errors import ConflictError
from models.kpi import Measure
from ui.form_dialog import FormDialog
from ui.kpi import text as t
from ui.session import Session


class KpiValueDialog(FormDialog):
    """The figures of ``measure`` (one KPI, period and scope); saving is one transaction.

    A stale version (someone saved the same figures meanwhile) opens the conflict dialog.
    """

    kind = "kpi_value"

    def __init__(
        self,
        session: Session,
        measure: Measure,
        scope_name: str,
        member_uid: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, measure.version, parent)
        self.measure = measure
        self.member_uid = member_uid
        m = measure
        self.setWindowTitle(self.tr("KPI figures"))
        heading = QLabel(
            self.tr("<b>%1</b> · %2 · %3")
            .replace("%1", t.kpi_name(m.kpi))
            .replace("%2", t.period_text(m.period))
            .replace("%3", scope_name),
            self,
        )
        self.target_edit = QLineEdit(self)
        self.actual_edit = QLineEdit(self)
        for edit in (self.target_edit, self.actual_edit):
            edit.setClearButtonEnabled(True)
        self.cause_edit = QPlainTextEdit(self)
        self.action_edit = QPlainTextEdit(self)
        for edit in (self.cause_edit, self.action_edit):
            edit.setFixedHeight(64)
        unit = f" ({m.kpi.unit})" if m.kpi.unit else ""
        self.form.addRow(heading)
        self.add_row("kpi_target", self.tr("Target%1:").replace("%1", unit), self.target_edit)
        self.add_row("kpi_actual", self.tr("Actual%1:").replace("%1", unit), self.actual_edit)
        self.add_row("kpi_cause", self.tr("Cause of the deviation:"), self.cause_edit)
        self.add_row("kpi_action", self.tr("Action:"), self.action_edit)
        self._load()

    def _load(self) -> None:
        m = self.measure
        if m.target_typed:
            self.target_edit.setText(t.number_text(m.target).replace(",", ""))
        elif m.target is not None:
            self.target_edit.setPlaceholderText(
                self.tr("Combined from its parts: %1").replace("%1", t.number_text(m.target))
            )
        if m.kpi.derived:
            self.actual_edit.setEnabled(False)  # computed, never typed
            self.actual_edit.setPlaceholderText(
                self.tr("Computed: %1 = %2")
                .replace("%1", t.source_text(m.kpi, _names()))
                .replace("%2", t.number_text(m.actual) or t.DASH)
            )
        elif m.actual_typed:
            self.actual_edit.setText(t.number_text(m.actual).replace(",", ""))
        elif m.actual is not None:
            self.actual_edit.setPlaceholderText(
                self.tr("Combined from its parts: %1").replace("%1", t.number_text(m.actual))
            )
        self.cause_edit.setPlainText(m.cause)
        self.action_edit.setPlainText(m.action)
        if m.flagged:
            self.cause_edit.setPlaceholderText(t.deviation_text(m))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"target": t.parse_typed(self.target_edit.text())}
        if not self.measure.kpi.derived:
            out["actual"] = t.parse_typed(self.actual_edit.text())
        out["cause"] = self.cause_edit.toPlainText().strip()
        out["action"] = self.action_edit.toPlainText().strip()
        return out

    def loaded(self) -> dict[str, Any]:
        m = self.measure
        out: dict[str, Any] = {"target": m.target if m.target_typed else None}
        if not m.kpi.derived:
            out["actual"] = m.actual if m.actual_typed else None
        return out | {"cause": m.cause, "action": m.action}

    def snapshot(self) -> dict[str, Any]:
        return t.prefixed(self.loaded(), "kpi_")

    def _show_conflict(self, err: ConflictError, changes: dict[str, Any]) -> None:
        super()._show_conflict(t.relabelled(err, "kpi_"), changes)  # labels, not columns

    def format_value(self, field: str, value: Any) -> str:
        return (
            t.number_text(value) if isinstance(value, float) else super().format_value(field, value)
        )

    def _write(self, values: dict[str, Any], version: int | None) -> Record:
        return kpi.set_value(
            self.session.actor(),
            self.measure.kpi.code,
            self.measure.period,
            member_uid=self.member_uid,
            expected_version=version,
            **values,
        )

    def write_new(self, values: dict[str, Any]) -> Record:
        return self._write(values, None)

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        return self._write(changes, version)


def _names() -> dict[str, str]:
    return {k.code: t.kpi_name(k) for k in kpi.list_kpis(include_inactive=True)}
