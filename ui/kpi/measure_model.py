"""The overview's table: one KPI per row with its target, actual, achievement and deviation.

Targets and the actuals of entered KPIs are edited in place; the actual of a computed KPI
(CTR, ROAS, CAC, 转化率 …) is never typed, so its cell is not editable (R-1.2). Figures
combined from a period's parts (a quarter from its months) are shown muted: typing one
sets the period's own figure, which then wins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from models.kpi import Category, Measure, Source
from ui.kpi import text as t
from ui.table_model import CENTER, AnyIndex, Column, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EDITABLE = {4: "target", 5: "actual"}  # column → field
ALERT, GOOD = QColor("#c62828"), QColor("#2e7d32")
FLAG_BACKGROUND = QColor(198, 40, 40, 28)  # a light wash behind an unexplained deviation
CATEGORY_RANK = {c: i for i, c in enumerate(Category)}

Writer = Callable[[Measure, str, Any], bool]
translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)


def _columns() -> list[Column]:
    return [
        Column(
            translate("MeasureModel", "Category"),
            lambda m: t.category_text(m.kpi.category),
            sort_key=lambda m: CATEGORY_RANK[m.kpi.category],
            chars=8,
        ),
        Column(
            translate("MeasureModel", "KPI"),
            lambda m: t.kpi_name(m.kpi),
            tooltip=_kpi_tooltip,
            chars=20,
        ),
        Column(translate("MeasureModel", "Unit"), lambda m: m.kpi.unit, align=CENTER, chars=4),
        Column(
            translate("MeasureModel", "Direction"),
            lambda m: t.direction_text(m.kpi.direction),
            chars=8,
        ),
        Column(
            translate("MeasureModel", "Target"),
            lambda m: t.number_text(m.target),
            sort_key=lambda m: _sortable(m.target),
            align=RIGHT,
            tooltip=lambda m: _combined_tip(m, m.target_typed, m.target),
            chars=10,
        ),
        Column(
            translate("MeasureModel", "Actual"),
            lambda m: t.number_text(m.actual),
            sort_key=lambda m: _sortable(m.actual),
            align=RIGHT,
            tooltip=_actual_tooltip,
            chars=10,
        ),
        Column(
            translate("MeasureModel", "Achievement"),
            lambda m: t.percent_text(m.achievement),
            sort_key=lambda m: _sortable(m.achievement),
            align=RIGHT,
            chars=8,
        ),
        Column(
            translate("MeasureModel", "Deviation"),
            lambda m: t.gap_text(m.gap),
            sort_key=lambda m: _sortable(m.gap),
            align=RIGHT,
            tooltip=lambda m: t.deviation_text(m) if m.flagged else "",
            chars=7,
        ),
        Column(translate("MeasureModel", "Status"), t.flag_text, chars=10),
        Column(
            translate("MeasureModel", "Cause"),
            lambda m: m.cause.replace("\n", " "),
            tooltip=lambda m: m.cause,
        ),
        Column(
            translate("MeasureModel", "Action"),
            lambda m: m.action.replace("\n", " "),
            tooltip=lambda m: m.action,
        ),
    ]


def _sortable(value: float | None) -> float:
    return float("-inf") if value is None else value


def _kpi_tooltip(m: Measure) -> str:
    lines = [t.kpi_name(m.kpi), t.direction_text(m.kpi.direction)]
    if m.kpi.source is Source.RATIO:
        lines.append(translate("MeasureModel", "Computed: %1").replace("%1", t.source_text(m.kpi)))
    lines.append(
        translate("MeasureModel", "Deviation threshold: ±%1%").replace(
            "%1", t.number_text(m.kpi.threshold)
        )
    )
    return "\n".join(lines)


def _combined_tip(m: Measure, typed: bool, value: float | None) -> str:
    if value is None or typed:
        return ""
    return (
        translate(
            "MeasureModel",
            "Combined from the parts of %1 (%2); typing a figure sets the period’s own.",
        )
        .replace("%1", t.period_text(m.period))
        .replace("%2", t.aggregate_text(m.kpi.aggregate))
    )


def _actual_tooltip(m: Measure) -> str:
    if m.kpi.derived:
        return translate("MeasureModel", "Computed from its parts, never typed: %1").replace(
            "%1", t.source_text(m.kpi)
        )
    tip = _combined_tip(m, m.actual_typed, m.actual)
    if m.actual is not None and not m.complete:
        tip = "\n".join(
            filter(
                None,
                [tip, translate("MeasureModel", "Not every part of the period has an actual yet.")],
            )
        )
    return tip


class MeasureModel(RowTableModel):
    """Measures of one period and scope; ``writer`` saves an edited cell (returns success)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), key=lambda m: m.kpi.code, parent=parent)
        self.writer: Writer | None = None

    def measure(self, row: int) -> Measure:
        return self.row_at(row)

    def is_editable(self, index: AnyIndex) -> bool:
        field = EDITABLE.get(index.column())
        if field is None or not index.isValid():
            return False
        return not (field == "actual" and self.measure(index.row()).kpi.derived)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.is_editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        m = self.measure(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            field = EDITABLE[column]
            typed = m.target_typed if field == "target" else m.actual_typed
            value = m.target if field == "target" else m.actual
            return t.number_text(value).replace(",", "") if typed else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4 and m.target is not None and not m.target_typed:
                return QColor("#757575")
            if column == 5 and m.actual is not None and (m.kpi.derived or not m.actual_typed):
                return QColor("#757575")
            if column in (7, 8) and m.flagged:
                return ALERT if m.needs_cause else QColor("#8d6e00")
            if column == 8 and m.achievement is not None and not m.flagged:
                return GOOD
        if role == Qt.ItemDataRole.FontRole and column == 5 and m.kpi.derived:
            font = QFont()
            font.setItalic(True)  # computed, as the tooltip says
            return font
        if role == Qt.ItemDataRole.BackgroundRole and m.needs_cause:
            return FLAG_BACKGROUND
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        if self.writer is None:
            return False
        m = self.measure(index.row())
        typed = t.parse_typed(str(value or ""))
        field = EDITABLE[index.column()]
        current = m.target if field == "target" else m.actual
        if typed == current and (m.target_typed if field == "target" else m.actual_typed):
            return False  # nothing changed: no write, no audit entry
        return self.writer(m, field, typed)

    def index_of(self, code: str, column: int) -> QModelIndex:
        row = self.find(code)
        return self.index(row, column) if row is not None else QModelIndex()
