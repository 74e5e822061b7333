"""How preview rows read: status words and colours, stored values as text, the problems filter.

A row's status is shown by its word AND a colour (and an icon for errors and conflicts), never
by colour alone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from models import messages, team
from models.exchange import ColumnType, Kind, RowStatus
from models.exchange.cells import export_value
from ui.labels import yes_no

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # the row's RowStatus value ("error", …)
THEIRS, MINE = "theirs", "mine"  # conflict_choices values understood by exchange.apply

# Text colour and a light cell tint per status; the tint sits under dark text on any theme.
STATUS_COLOURS: dict[RowStatus, tuple[str, str]] = {
    RowStatus.NEW: ("#2e7d32", "#e8f5e9"),
    RowStatus.UPDATE: ("#1565c0", "#e3f2fd"),
    RowStatus.UNCHANGED: ("#616161", ""),
    RowStatus.CONFLICT: ("#a15c00", "#fff3e0"),
    RowStatus.ERROR: ("#c62828", "#ffebee"),
}
DARK_TEXT = QColor("#212121")


def status_text(status: RowStatus) -> str:
    names = {
        RowStatus.NEW: translate("exchange", "New"),
        RowStatus.UPDATE: translate("exchange", "Update"),
        RowStatus.UNCHANGED: translate("exchange", "Unchanged"),
        RowStatus.CONFLICT: translate("exchange", "Conflict"),
        RowStatus.ERROR: translate("exchange", "Error"),
    }
    return names[status]


def is_problem(status: RowStatus) -> bool:
    """Rows the user must look at: errors, and conflicts that need a choice."""
    return status in (RowStatus.ERROR, RowStatus.CONFLICT)


class ValueText:
    """Stored value → the text a person reads, per column of a kind, remembered per value."""

    def __init__(self, kind: Kind, lang: str) -> None:
        self.kind = kind
        self.lang = lang
        self._cache: dict[tuple[str, Any], str] = {}
        self._names: dict[str, str] | None = None
        if any(c.type is ColumnType.MEMBER_REF for c in kind.columns):
            self._names = {m.uid: m.name for m in team.list_members()}  # read once, here
        # Choices read from records are resolved once, not per cell.
        self._labels = {
            c.field: {ch.value: ch.label(lang) for ch in c.resolved_choices()}
            for c in kind.columns
            if c.type in (ColumnType.CHOICE, ColumnType.MULTI_CHOICE) and c.to_cell is None
        }

    def header(self, name: str) -> str:
        try:
            return self.kind.column(name).header(self.lang)
        except KeyError:
            return messages.field_label(name, self.lang)

    def text(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        try:
            return self._cache[(name, value)]
        except (KeyError, TypeError):
            pass
        shown = self._format(name, value)
        try:
            self._cache[(name, value)] = shown
        except TypeError:  # an unhashable value (a list): not cached
            pass
        return shown

    def _format(self, name: str, value: Any) -> str:
        try:
            column = self.kind.column(name)
        except KeyError:
            return str(value)
        if column.type is ColumnType.MEMBER_REF and self._names is not None:
            return self._names.get(str(value), str(value))
        if column.type is ColumnType.BOOL and column.to_cell is None:
            return yes_no(bool(value))
        if name in self._labels:
            sep = "、" if self.lang.startswith("zh") else ", "
            items = value if isinstance(value, list | tuple) else str(value).strip(",").split(",")
            return sep.join(self._labels[name].get(str(v), str(v)) for v in items if v)
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if column.to_cell is not None:
            return str(export_value(column, value, self.lang) or "")
        return str(value)


class ProblemsFilter(QSortFilterProxyModel):
    """Shows every row, or only the rows in error or in conflict ("only problems")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.only_problems:
            return True
        model = self.sourceModel()
        status = model.index(source_row, 0, source_parent).data(STATUS_ROLE)
        return status is not None and is_problem(RowStatus(status))
