"""Read-only table views of the pages' item models: sorting by the interface language,
columns fitted to what they show until the user sizes them, selection helpers."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ui.table_model import CollatingProxy, RowTableModel

FITTED = "columns_fixed"  # a view property: the user chose its column widths
MAX_COLUMN_CHARS = 44


def build_table(parent: QWidget, model: RowTableModel) -> tuple[QSortFilterProxyModel, QTableView]:
    """A sortable, read-only, row-selecting view of ``model`` behind a proxy."""
    proxy = CollatingProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    header = view.horizontalHeader()
    # No sort column until the user clicks one: the core's order (newest, soonest) first.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Column.chars counts Latin characters; a Chinese character takes about two.
    metrics = parent.fontMetrics()
    unit = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
    for number, column in enumerate(model.columns):
        fits_header = header.sectionSizeFromContents(number).width()
        header.resizeSection(number, max(column.chars * unit + 12, fits_header))
    model.modelReset.connect(_ColumnFitter(view, model, parent).fit)
    return proxy, view


class _ColumnFitter(QObject):
    """Fits the columns to the rows shown, in whichever language they are, each time the
    rows change, until the user sizes a column by hand (or their widths were restored)."""

    def __init__(self, view: QTableView, model: RowTableModel, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)

    @Slot()
    def fit(self) -> None:
        view = self._view
        if view.property(FITTED) or self._model.rowCount() == 0:
            return
        self._fitting = True
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        widest = view.fontMetrics().horizontalAdvance("0") * MAX_COLUMN_CHARS
        for number in range(header.count()):
            header.resizeSection(number, min(header.sectionSize(number) + 4, widest))
        self._fitting = False

    @Slot(int)
    def _on_section_resized(self, section: int) -> None:
        # Only a drag with the mouse counts: the stretched last column follows the window.
        dragged = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        last = section == self._view.horizontalHeader().count() - 1
        if dragged and not self._fitting and not last:
            self._view.setProperty(FITTED, True)  # the user's widths from now on


def selected_source_row(view: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The source-model row of the view's selected row, if any."""
    rows = view.selectionModel().selectedRows()
    return proxy.mapToSource(rows[0]).row() if rows else None


def select_key(
    view: QTableView, proxy: QSortFilterProxyModel, model: RowTableModel, key: str
) -> bool:
    """Select the row whose key is ``key``; False when it is not shown."""
    row = model.find(key)
    if row is None:
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True
