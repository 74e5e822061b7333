"""The pieces of the platform-report preview: each column with the KPI it fills, and the
actuals the report would save (those that would shrink a saved actual in red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from models import kpi
from models.kpi import Line, PlatformPreview, Source
from ui.kpi import text as t
from ui.table_model import Column, RowTableModel

IGNORE = ""  # the combo's data for "not imported"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)


def shrinks(line: Line) -> bool:
    """A part of a period about to replace an actual saved for it (a report of 12 October
    days over the whole month's figure): shown in red, the user decides."""
    return not line.complete and line.current is not None


def _days_text(line: Line) -> str:
    text = (
        translate("PlatformDialog", "%1 of %2")
        .replace("%1", str(line.days))
        .replace("%2", str(line.period_days))
    )
    if line.complete:
        return text
    return text + translate("PlatformDialog", " (period not complete)")


def line_columns() -> list[Column]:
    return [
        Column(translate("PlatformDialog", "KPI"), lambda x: t.kpi_name(x.kpi), chars=18),
        Column(
            translate("PlatformDialog", "Period"),
            lambda x: t.period_text(x.period),
            sort_key=lambda x: x.period,
            chars=12,
        ),
        Column(
            translate("PlatformDialog", "Actual"),
            lambda x: t.number_text(x.actual),
            align=RIGHT,
            chars=10,
        ),
        Column(
            translate("PlatformDialog", "Saved now"),
            lambda x: t.number_text(x.current),
            align=RIGHT,
            chars=10,
        ),
        Column(translate("PlatformDialog", "Days in the file"), _days_text, chars=14),
    ]


class LineModel(RowTableModel):
    """The actuals a report would save; the risky ones in red, with a tooltip saying why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(line_columns(), key=lambda x: f"{x.kpi.code}|{x.period}", parent=parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and shrinks(self.row_at(index.row())):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#c62828")
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "PlatformDialog",
                    "Only part of the period is in the report; its total would replace the "
                    "actual saved now.",
                )
        return super().data(index, role)


class ColumnsBox(QGroupBox):
    """Each column of the report above the KPI it fills; the user re-maps or leaves one out,
    as in the exchange's column mapping. Columns of computed KPIs are shown, greyed."""

    column_mapped = Signal(str, str)  # header, KPI code ("" leaves it out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PlatformDialog", "Columns and the KPI each one fills"), parent)
        self.grid = QGridLayout(self)
        self.combos: dict[str, QComboBox] = {}

    def show_preview(self, p: PlatformPreview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        choices = [(t.kpi_name(k), k.code) for k in kpi.list_kpis() if k.source is Source.INPUT]
        headers = [(h, c) for h, c in p.columns.items()] + [(h, IGNORE) for h in p.unknown]
        for number, (header, code) in enumerate(headers):
            combo = QComboBox(self)
            combo.addItem(translate("PlatformDialog", "— not imported —"), IGNORE)
            for label, data in choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(code), 0))
            combo.setProperty("header", header)
            combo.activated.connect(self._on_combo_activated)
            title = QLabel(header, self)
            title.setEnabled(bool(code))  # greyed: left out
            self.grid.addWidget(title, 0, number)
            self.grid.addWidget(combo, 1, number)
            self.combos[header] = combo
        for offset, header in enumerate(p.computed):
            number = len(headers) + offset
            title = QLabel(header, self)
            title.setEnabled(False)
            note = QLabel(translate("PlatformDialog", "computed by the app"), self)
            note.setEnabled(False)
            self.grid.addWidget(title, 0, number)
            self.grid.addWidget(note, 1, number)
        self.grid.setColumnStretch(len(headers) + len(p.computed), 1)

    def map_column(self, header: str, code: str | None) -> None:
        """Choose the KPI of the column ``header`` as the user would (emits column_mapped)."""
        combo = self.combos[header]
        index = combo.findData(code or IGNORE)
        if index < 0:
            raise KeyError(code)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        self.column_mapped.emit(str(combo.property("header")), str(combo.itemData(index) or IGNORE))
