"""The sheets of a previewed workbook, the kind each holds (changeable) and what it would do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models import messages
from models.exchange import Preview, SheetPreview, SheetStatus, all_kinds

NOT_IMPORTED = ""  # combo data for "do not import this sheet"
# A chart sheet or a sheet without any header cannot hold records, whatever the kind.
FIXED = (SheetStatus.NOT_WORKSHEET, SheetStatus.EMPTY)
VISIBLE_ROWS = 4


class SheetsTable(QTableWidget):
    """One line per sheet: its name, a combo of kinds (or "not imported") and its summary."""

    kind_chosen = Signal(str, object)  # sheet name, kind name or None (leave the sheet out)
    sheet_selected = Signal(str)  # the sheet whose columns and rows are shown below

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Holds"), self.tr("Summary")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self.currentCellChanged.connect(self._on_current_cell_changed)

    def show_preview(self, preview: Preview, current: str | None) -> str | None:
        """Fill the table; select ``current`` if still there, else the first data sheet."""
        lang = messages.language()
        self.blockSignals(True)
        self.setRowCount(len(preview.sheets))
        self.combos = {}
        for row, sheet in enumerate(preview.sheets):
            name = QTableWidgetItem(sheet.name)
            name.setData(Qt.ItemDataRole.UserRole, sheet.name)
            self.setItem(row, 0, name)
            self.setCellWidget(row, 1, self._kind_combo(sheet, lang))
            note = QTableWidgetItem(sheet.note(lang))
            note.setToolTip(sheet.note(lang))
            if not sheet.importable:
                note.setForeground(self.palette().placeholderText())
            self.setItem(row, 2, note)
        names = [s.name for s in preview.sheets]
        chosen = current if current in names else None
        if chosen is None:
            data = preview.data_sheets
            chosen = data[0].name if data else (names[0] if names else None)
        if chosen is not None:
            self.selectRow(names.index(chosen))
        self.blockSignals(False)
        self.resizeRowsToContents()
        shown = min(max(len(names), 1), VISIBLE_ROWS)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(shown))
        self.setFixedHeight(height + 4)
        return chosen

    def current_sheet(self) -> str | None:
        item = self.item(self.currentRow(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose_kind(self, sheet: str, kind: str | None) -> None:
        """Choose a kind for ``sheet`` (None: leave it out) as the user would."""
        combo = self.combos[sheet]
        index = combo.findData(kind or NOT_IMPORTED)
        if index < 0:
            raise KeyError(kind)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def _kind_combo(self, sheet: SheetPreview, lang: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"kind_{sheet.name}")
        combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
        for kind in all_kinds():
            combo.addItem(kind.title(lang), kind.name)
        shown = sheet.kind.name if sheet.status is SheetStatus.DATA and sheet.kind else ""
        combo.setCurrentIndex(max(combo.findData(shown), 0))
        combo.setEnabled(sheet.status not in FIXED)
        combo.setToolTip(self.tr("The kind of record this sheet holds; choose one to change it"))
        combo.setProperty("sheet", sheet.name)
        combo.activated.connect(self._on_combo_activated)
        self.combos[sheet.name] = combo
        return combo

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        data = combo.itemData(index)
        self.kind_chosen.emit(str(combo.property("sheet")), str(data) if data else None)

    @Slot(int, int, int, int)
    def _on_current_cell_changed(self, row: int, column: int, old_row: int, old_col: int) -> None:
        if row != old_row and row >= 0:
            sheet = self.current_sheet()
            if sheet is not None:
                self.sheet_selected.emit(sheet)
