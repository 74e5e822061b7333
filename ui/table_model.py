"""A read-only table of row snapshots with its columns declared as data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a QSortFilterProxyModel sorts on
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's stable key (a uid)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: header, text shown, sort key, alignment, tooltip, default width.

    ``chars`` is the default width in average characters, used until the user resizes the
    column (then the header state in the settings wins).
    """

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], str | int] | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str] | None = None
    chars: int = 12


class RowTableModel(QAbstractTableModel):
    """Rows are immutable snapshots loaded at once (small tables), so data() never queries."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], str],
        muted: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._muted = muted
        self._rows: list[Any] = []

    # -- Qt interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == KEY_ROLE:
            return self._key(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align.value)
        return None

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, key: str) -> int | None:
        """The row number of the snapshot whose key is ``key``."""
        for number, row in enumerate(self._rows):
            if self._key(row) == key:
                return number
        return None


def collated(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """``items`` in the interface language's order of ``key`` (Chinese names by pinyin)."""
    from models import messages

    collator = QCollator(QLocale(messages.language()))
    collator.setNumericMode(True)
    return sorted(items, key=lambda item: collator.sortKey(key(item)))


class CollatingProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE, text in the order of the interface's language: Chinese names by
    pinyin (陈 黄 李 刘 …) even on a machine whose system locale is English or C."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from models import messages

        self._collator = QCollator(QLocale(messages.language()))
        self._collator.setNumericMode(True)  # 第2期 before 第10期
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)
