"""The rows of one previewed sheet as a Qt table: status, the file's values, what would change.

Cells are formatted on demand with a cache per distinct value (row_text.ValueText), so a sheet
of 50,000 rows opens at once and ``data()`` never queries the database.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from models import messages
from models.exchange import CellError, RowPreview, RowStatus, SheetPreview
from ui.exchange.row_text import (
    DARK_TEXT,
    MINE,
    STATUS_COLOURS,
    STATUS_ROLE,
    THEIRS,
    AnyIndex,
    ValueText,
    is_problem,
    status_text,
)

FIELDS_BEFORE_DETAILS = 6  # up to this many value columns fit beside the explanations


@dataclass(frozen=True)
class RowColumn:
    """One column of the rows table: its header and, for a field column, the field."""

    header: str
    role: str  # row, status, choice, field, details
    field: str | None = None


class PreviewRowsModel(QAbstractTableModel):
    """The rows of one sheet; the conflict column edits ``choices`` (uid → theirs/mine)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet: SheetPreview | None = None
        self.columns: list[RowColumn] = []
        self.choices: MutableMapping[str, str] = {}
        self._rows: list[RowPreview] = []
        self._values: ValueText | None = None
        self._field_of: dict[str, str | None] = {}  # column letter → field
        self._lang = messages.language()
        self._icons: dict[RowStatus, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ---------------------------------------------------------------------------

    def set_sheet(
        self, sheet: SheetPreview | None, choices: MutableMapping[str, str] | None = None
    ) -> None:
        """Show ``sheet`` (None: nothing); ``choices`` is shared with the dialog."""
        self.beginResetModel()
        self._lang = messages.language()
        self.sheet = sheet
        if choices is not None:
            self.choices = choices
        ok = sheet is not None and sheet.kind is not None
        self._rows = list(sheet.rows) if ok and sheet is not None else []
        self._values = ValueText(sheet.kind, self._lang) if ok and sheet and sheet.kind else None
        self._field_of = {c.letter: c.field for c in sheet.columns} if sheet else {}
        self.columns = self._columns_for(sheet) if ok else []
        self.endResetModel()

    def _columns_for(self, sheet: SheetPreview | None) -> list[RowColumn]:
        assert sheet is not None and self._values is not None
        columns = [
            RowColumn(self.tr("Row"), "row"),
            RowColumn(self.tr("Status"), "status"),
        ]
        if any(r.status is RowStatus.CONFLICT for r in self._rows):
            columns.append(RowColumn(self.tr("Take the file’s"), "choice"))
        kind_fields = set(sheet.kind.fields) if sheet.kind else set()
        fields = [
            RowColumn(self._values.header(c.field), "field", c.field)
            for c in sheet.columns
            if c.field is not None and c.field in kind_fields
        ]
        details = RowColumn(self.tr("What happens / what is wrong"), "details")
        # After the values, like a last column of the sheet; but on a wide sheet before them,
        # so that why a row is in error is never scrolled out of sight.
        if len(fields) <= FIELDS_BEFORE_DETAILS:
            return [*columns, *fields, details]
        return [*columns, details, *fields]

    def row_at(self, row: int) -> RowPreview:
        return self._rows[row]

    # -- Qt interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._is_choice(index):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == STATUS_ROLE:
            return row.status.value
        handler = _HANDLERS[column.role]
        return handler(self, row, column, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._is_choice(index):
            return False
        uid = self._rows[index.row()].uid or ""
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.choices[uid] = THEIRS if checked else MINE
        self.dataChanged.emit(
            index, index, [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DisplayRole]
        )
        return True

    def set_all_choices(self, choice: str) -> None:
        """Keep mine (MINE) or take the file's (THEIRS) for every conflict of the sheet."""
        for row in self._rows:
            if row.status is RowStatus.CONFLICT and row.uid:
                self.choices[row.uid] = choice
        column = next((n for n, c in enumerate(self.columns) if c.role == "choice"), None)
        if column is not None and self._rows:
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DisplayRole],
            )

    # -- cells ---------------------------------------------------------------------------

    def _is_choice(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and index.row() < len(self._rows)
            and index.column() < len(self.columns)
            and self.columns[index.column()].role == "choice"
            and self._rows[index.row()].status is RowStatus.CONFLICT
        )

    def _row_cell(self, row: RowPreview, column: RowColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def _status_cell(self, row: RowPreview, column: RowColumn, role: int) -> Any:
        fg, tint = STATUS_COLOURS[row.status]
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(fg)
        if role == Qt.ItemDataRole.BackgroundRole and tint:
            return QColor(tint)
        if role == Qt.ItemDataRole.FontRole and row.status is not RowStatus.UNCHANGED:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and is_problem(row.status):
            return self._icon(row.status)
        return None

    def _choice_cell(self, row: RowPreview, column: RowColumn, role: int) -> Any:
        if row.status is not RowStatus.CONFLICT:
            return None
        theirs = self.choices.get(row.uid or "") == THEIRS
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Take the file’s") if theirs else self.tr("Keep mine")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Ticked: the file’s values are written. Not ticked: the record here is kept."
            )
        return None

    def _field_cell(self, row: RowPreview, column: RowColumn, role: int) -> Any:
        name = str(column.field)
        error = self._error_in(row, name)
        change = next((c for c in row.changes if c.field == name), None)
        if role == Qt.ItemDataRole.DisplayRole:
            if error is not None:
                value = error.params.get("value")
                return "" if value is None or isinstance(value, dict) else str(value)
            return self._text(name, row.values.get(name))
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return error.full_message(self._lang)
            if change is not None:
                return self._change_text(change.field, change.old, change.new)
            return None
        if error is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(STATUS_COLOURS[RowStatus.ERROR][1])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(STATUS_COLOURS[RowStatus.ERROR][0])
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(RowStatus.ERROR)
        elif change is not None and row.status in (RowStatus.UPDATE, RowStatus.CONFLICT):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(STATUS_COLOURS[row.status][1])
            if role == Qt.ItemDataRole.ForegroundRole:
                return DARK_TEXT
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def _details_cell(self, row: RowPreview, column: RowColumn, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.details(row)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is RowStatus.ERROR:
            return QColor(STATUS_COLOURS[RowStatus.ERROR][0])
        return None

    def details(self, row: RowPreview) -> str:
        """What importing the row does (old → new) or, for an error, where and what is wrong."""
        sep = "；" if self._lang.startswith("zh") else "; "
        if row.errors:
            return sep.join(e.full_message(self._lang) for e in row.errors)
        changes = sep.join(self._change_text(c.field, c.old, c.new) for c in row.changes)
        if row.status is RowStatus.CONFLICT:
            return self.tr("Changed here as well since the export (here → file): %1").replace(
                "%1", changes
            )
        return changes

    def _change_text(self, name: str, old: Any, new: Any) -> str:
        assert self._values is not None
        empty = self.tr("(empty)")
        before = self._text(name, old) or empty
        after = self._text(name, new) or empty
        return (
            self.tr("%1: %2 → %3")
            .replace("%1", self._values.header(name))
            .replace("%2", before)
            .replace("%3", after)
        )

    def _text(self, name: str, value: Any) -> str:
        return self._values.text(name, value) if self._values is not None else ""

    def _error_in(self, row: RowPreview, name: str) -> CellError | None:
        for error in row.errors:
            if self._field_of.get(error.column) == name:
                return error
        return None

    def _icon(self, status: RowStatus) -> QIcon:
        if status not in self._icons:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if status is RowStatus.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            self._icons[status] = QApplication.style().standardIcon(pixmap)
        return self._icons[status]


Handler = Callable[[PreviewRowsModel, RowPreview, RowColumn, int], Any]
_HANDLERS: dict[str, Handler] = {
    "row": PreviewRowsModel._row_cell,
    "status": PreviewRowsModel._status_cell,
    "choice": PreviewRowsModel._choice_cell,
    "field": PreviewRowsModel._field_cell,
    "details": PreviewRowsModel._details_cell,
}
