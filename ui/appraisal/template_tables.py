"""The small tables of the template editor: a quality item's rating scale and the grade bands."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from models.appraisal import GradeBand, ScaleLevel
from models.errors import ValidationError
from models.exchange.values import parse_number


class _Table(QTableWidget):
    """Text cells, the last column stretched, a blank row at the end to add one."""

    edited = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemChanged.connect(self._on_item_changed)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for values in [*rows, [""] * self.columnCount()]:  # the blank row adds a line
            r = self.rowCount()
            self.insertRow(r)
            for c, text in enumerate(values):
                self.setItem(r, c, QTableWidgetItem(text))
        self.blockSignals(False)

    def _text(self, r: int, c: int) -> str:
        cell = self.item(r, c)
        return cell.text().strip() if cell is not None else ""

    def texts(self) -> list[list[str]]:
        """Rows with something in them (a row emptied by the user is dropped)."""
        out = []
        for r in range(self.rowCount()):
            cells = [self._text(r, c) for c in range(self.columnCount())]
            if any(cells):
                out.append(cells)
        return out

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.row() == self.rowCount() - 1 and item.text().strip():
            self.blockSignals(True)
            self.insertRow(self.rowCount())
            for c in range(self.columnCount()):
                self.setItem(self.rowCount() - 1, c, QTableWidgetItem(""))
            self.blockSignals(False)
        self.edited.emit()


class ScaleTable(_Table):
    """Rating, name and meaning of each level (5 卓越 远超期望 …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Rating"), self.tr("Level"), self.tr("What it means")], parent)

    def set_levels(self, levels: Sequence[ScaleLevel]) -> None:
        self.set_rows([[str(x.rating), x.label, x.description] for x in levels])

    def levels(self) -> tuple[ScaleLevel, ...]:
        out = []
        for rating, label, description in self.texts():
            try:
                value = parse_number(rating)
            except ValidationError:
                value = None
            if value is not None:  # a level without a rating is left out
                out.append(ScaleLevel(int(value), label, description))
        return tuple(sorted(out, key=lambda x: -x.rating))


class BandsTable(_Table):
    """Grade, lowest total and name of each band (A 90 优秀 …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Grade"), self.tr("From (total)"), self.tr("Name")], parent)

    def set_bands(self, bands: Sequence[GradeBand]) -> None:
        self.set_rows([[b.grade, f"{b.minimum:g}", b.label] for b in bands])

    def bands(self) -> list[GradeBand]:
        out = []
        for n, (grade, minimum, label) in enumerate(self.texts(), start=1):
            value = parse_number(minimum) if minimum else None
            if value is None:
                raise ValidationError("appraisal_band_number", row=n, grade=grade)
            out.append(GradeBand(grade, value, label))
        return out
