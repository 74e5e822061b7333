"""What the tabs of the training page share: the chosen period, 'today', tables, refreshes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from ui.page import PageContext
from ui.settings import Settings
from ui.table_model import CollatingProxy, RowTableModel

FITTED = "columns_fixed"  # a view property: the user chose its column widths
MAX_COLUMN_CHARS = 44


class TrainingState(QObject):
    """The period the page shows (a year or a quarter) and what 'today' is (tests set it)."""

    period_changed = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None):
        super().__init__(parent)
        self._today = today
        self.period = str(today().year)

    def today(self) -> date:
        return self._today()

    def set_today(self, today: Callable[[], date]) -> None:
        self._today = today
        self.period_changed.emit(self.period)  # everything that depends on today re-reads

    def set_period(self, period: str) -> None:
        if period != self.period:
            self.period = period
            self.period_changed.emit(period)


class TrainingTab(QWidget):
    """A tab of the training page; it re-reads itself when records of its ``kinds`` change.

    The page refreshes the visible tab at once and the hidden ones when they are shown.
    """

    status_posted = Signal(str)
    kinds: tuple[str, ...] = ()  # the event kinds (table names) this tab shows
    has_new = False

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.state = state
        self.stale = False
        self._tables: dict[str, QTableView] = {}

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def new_record(self) -> object:
        return None

    def delete_selected(self) -> None:
        """Edit ▸ Delete on this tab: to the trash."""

    def focus_search(self) -> None:
        """Edit ▸ Find on this tab."""

    def make_table(
        self, model: RowTableModel, name: str = ""
    ) -> tuple[QSortFilterProxyModel, QTableView]:
        """A table of ``model`` (see build_table); with a ``name`` its column widths and
        sort order are kept in the settings."""
        proxy, view = build_table(self, model)
        if name:
            self._tables[name] = view
            state = self.ctx.settings.header_state(f"training_{name}")
            if state is not None and view.horizontalHeader().restoreState(state):
                view.setProperty(FITTED, True)  # the user's widths win
        return proxy, view

    def save_state(self, settings: Settings) -> None:
        for name, view in self._tables.items():
            settings.set_header_state(f"training_{name}", view.horizontalHeader().saveState())


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
