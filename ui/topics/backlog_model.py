"""The Qt item model of the 选题库 table: SQL pages of topic snapshots, loaded as you scroll.

Built for 100,000 topics (R-5.2): filtering and sorting are a new :class:`BacklogQuery`
(``WHERE``/``ORDER BY``/``LIMIT`` in SQL, see :mod:`models.topics.backlog`), rows arrive in
batches through ``canFetchMore``/``fetchMore``, and ``data()`` only reads snapshots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from models.topics import backlog
from models.topics.backlog import BacklogQuery, SortKey, TopicRow
from models.topics.model import Priority
from ui.table_model import CENTER, KEY_ROLE, LEFT

translate = QCoreApplication.translate
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole TopicRow snapshot
AnyIndex = QModelIndex | QPersistentModelIndex

OVERDUE = QColor("#c62828")
HIGH = QColor("#d84315")
KEEP_ON_REFRESH = 2000  # a refresh re-reads what was loaded, up to this many rows


def items_text(items: tuple[str, ...] | list[str]) -> str:
    """A list as a Chinese reader expects it: 抖音、小红书 (", " in English)."""
    return translate("labels", ", ").join(items)


def when_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def stage_text(row: TopicRow) -> str:
    """The stage, and for a parked or dropped topic the stage it left (搁置 ← 撰写)."""
    origin = row.parked_from or row.dropped_from
    text = row.stage.label()
    return f"{text} ← {origin.label()}" if origin else text


def title_tooltip(row: TopicRow) -> str:
    lines = [row.title]
    if row.keywords:
        label = translate("BacklogModel", "Keywords: %1")
        lines.append(label.replace("%1", items_text(row.keywords)))
    if row.notes:
        notes = row.notes if len(row.notes) <= 300 else row.notes[:300] + "…"
        lines.append(notes)
    return "\n".join(lines)


@dataclass(frozen=True)
class TopicColumn:
    """One column: header, text, the SQL sort key (None: not sortable), alignment, width.

    ``chars`` is the default width in Chinese characters (the user's widths are kept).
    """

    header: str
    text: Callable[[TopicRow], str]
    sort: SortKey | None = None
    align: Qt.AlignmentFlag = LEFT
    chars: int = 10
    tooltip: Callable[[TopicRow], str] | None = None


def _due(row: TopicRow) -> str:
    return row.due_on.isoformat() if row.due_on else ""


def columns() -> list[TopicColumn]:
    """The table's columns; lupdate finds the headers as translate("BacklogModel", …)."""
    return [
        TopicColumn(
            translate("BacklogModel", "Title"),
            lambda r: r.title,
            SortKey.TITLE,
            chars=15,
            tooltip=title_tooltip,
        ),
        TopicColumn(translate("BacklogModel", "Stage"), stage_text, SortKey.STAGE, CENTER, 6),
        TopicColumn(
            translate("BacklogModel", "Priority"),
            lambda r: r.priority.label(),
            SortKey.PRIORITY,
            CENTER,
            3,
        ),
        TopicColumn(
            translate("BacklogModel", "Owner"), lambda r: r.owner_name, SortKey.OWNER, chars=4
        ),
        TopicColumn(translate("BacklogModel", "Form"), lambda r: r.form, SortKey.FORM, chars=4),
        TopicColumn(
            translate("BacklogModel", "Channels"), lambda r: items_text(r.channels), chars=9
        ),
        TopicColumn(
            translate("BacklogModel", "Source"), lambda r: r.source.label(), SortKey.SOURCE, chars=5
        ),
        TopicColumn(translate("BacklogModel", "Due date"), _due, SortKey.DUE_ON, CENTER, 6),
        TopicColumn(
            translate("BacklogModel", "Updated"),
            lambda r: when_text(r.updated_at),
            SortKey.UPDATED_AT,
            CENTER,
            9,
        ),
        TopicColumn(
            translate("BacklogModel", "Keywords"), lambda r: items_text(r.keywords), chars=10
        ),
    ]


class BacklogModel(QAbstractTableModel):
    """Rows of one BacklogQuery, read in batches of ``batch`` as the view scrolls."""

    def __init__(self, parent: Any = None, batch: int = 100) -> None:
        super().__init__(parent)
        self.columns = columns()
        self.batch = batch
        self._spec = BacklogQuery()
        self._rows: list[TopicRow] = []
        self._more = False
        self._total: int | None = None
        self._fetching = False
        self.today = date.today()

    # -- queries ---------------------------------------------------------------------------

    def query(self) -> BacklogQuery:
        return self._spec

    def set_query(self, spec: BacklogQuery, *, keep_loaded: bool = False) -> None:
        """Show the rows of ``spec`` (its first batch; more as the view scrolls)."""
        want = self.batch
        if keep_loaded:  # a refresh keeps what the user had scrolled to
            want = max(want, min(len(self._rows), KEEP_ON_REFRESH))
        rows = backlog.fetch(spec, 0, want)
        self.beginResetModel()
        self._spec = spec
        self._rows = rows
        self._more = len(rows) == want
        self._total = None if self._more else len(rows)
        self.today = date.today()
        self.endResetModel()

    def set_filters(self, spec: BacklogQuery) -> None:
        """New search and filters; the sort order stays the one chosen in the header."""
        self.set_query(replace(spec, sort=self._spec.sort, descending=self._spec.descending))

    def refresh(self) -> None:
        self.set_query(self._spec, keep_loaded=True)

    def total(self) -> int:
        """How many topics match (one COUNT, remembered until the query changes)."""
        if self._total is None:
            self._total = backlog.count(self._spec)
        return self._total

    def loaded_rows(self) -> int:
        return len(self._rows)

    def sort_column(self) -> int:
        """The column of the current sort key (the owner column for SortKey.OWNER …)."""
        for number, column in enumerate(self.columns):
            if column.sort is self._spec.sort:
                return number
        return -1

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    # -- rows ------------------------------------------------------------------------------

    def topic(self, row: int) -> TopicRow:
        return self._rows[row]

    def find(self, uid: str) -> int | None:
        """The row of topic ``uid`` among the rows loaded so far."""
        for number, row in enumerate(self._rows):
            if row.uid == uid:
                return number
        return None

    # -- Qt interface ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        first = len(self._rows)
        rows = backlog.fetch(self._spec, first, self.batch)
        self._more = len(rows) == self.batch
        if not rows:
            return
        # a view (or the model tester) may ask for more while the rows go in: not twice
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)  # last inclusive
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the same filters in a new SQL order (no sorting in Python)."""
        if not self.is_sortable(column):
            return
        key = self.columns[column].sort
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._spec.sort, self._spec.descending) and self._rows:
            return
        total = self._total  # a new order of the same rows: the count stays
        self.set_query(replace(self._spec, sort=key, descending=descending))
        self._total = total if self._total is None else self._total

    def prepare_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Choose the order before the first query (a restored header), without reading."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            self._spec = replace(self._spec, sort=key, descending=descending)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.sort is SortKey.DUE_ON and row.is_overdue(self.today):
                return OVERDUE
            if column.sort is SortKey.PRIORITY and row.priority is Priority.HIGH:
                return HIGH
            return None
        if role == KEY_ROLE:
            return row.uid
        if role == ROW_ROLE:
            return row
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
