"""An appraisal's items in a table (R-4.3): targets, actuals, ratings and comments, with each
item's score and the total computed as the values change — never typed."""

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

from models.appraisal import ItemKind, ItemRow
from models.appraisal.views import rescored
from models.errors import ValidationError
from models.exchange.values import parse_number
from ui.appraisal import text as t

(KIND, NAME, TARGET, ACTUAL, ACHIEVED, WEIGHT, SELF, RATING, SCORE, COMMENT) = range(10)
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


def rating_text(item: ItemRow, value: float | None) -> str:
    """ "4 良好" — a rating with the name of its level; a dash when not given."""
    if value is None:
        return t.DASH
    label = next((lb for rating, lb, _ in item.scale if rating == value), "")
    return f"{value:g} {label}".strip()


class ItemsTable(QTableWidget):
    """One row per item. ``edit_self`` lets the member rate the quality items; ``edit_lead``
    lets the lead rate them, correct KPI actuals and comment. ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 10, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Item"),
                self.tr("Target"),
                self.tr("Actual"),
                self.tr("Achieved"),
                self.tr("Weight"),
                self.tr("Self (1–5)"),
                self.tr("Lead (1–5)"),
                self.tr("Score"),
                self.tr("Comment"),
            ]
        )
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.item_rows: list[ItemRow] = []
        self.self_combos: dict[str, QComboBox] = {}
        self.rating_combos: dict[str, QComboBox] = {}
        self.itemChanged.connect(self._on_item_changed)

    def set_items(self, items: tuple[ItemRow, ...], *, edit_self: bool, edit_lead: bool) -> None:
        self.blockSignals(True)
        self.item_rows = list(items)
        self.self_combos.clear()
        self.rating_combos.clear()
        self.setRowCount(len(items))
        for r, item in enumerate(items):
            kpi = item.kind is ItemKind.KPI
            self._cell(r, KIND, t.kind_text(item.kind))
            self._cell(r, NAME, item.name, tooltip=self._explain(item))
            self._cell(r, TARGET, t.number_text(item.target) if kpi else "")
            actual = t.number_text(item.actual) if kpi else ""
            if kpi and item.actual is None:
                actual = ""
            self._cell(r, ACTUAL, actual, editable=kpi and edit_lead)
            self._cell(r, WEIGHT, t.number_text(item.weight))
            self._cell(r, COMMENT, item.comment, editable=edit_lead, align=False)
            for col in (SELF, RATING):
                self.removeCellWidget(r, col)
                self._cell(r, col, "")
            if not kpi:  # a drop-down where the rating may be given, else its text
                for col, value, editable, combos in (
                    (SELF, item.self_rating, edit_self, self.self_combos),
                    (RATING, item.rating, edit_lead, self.rating_combos),
                ):
                    if editable:
                        combos[item.uid] = self._rating(r, col, item, value)
                    else:
                        self._cell(r, col, rating_text(item, value))
            self._show_score(r, item)
        self.blockSignals(False)
        self.resizeRowsToContents()

    def _cell(
        self,
        r: int,
        c: int,
        text: str,
        *,
        editable: bool = False,
        tooltip: str = "",
        align: bool = True,
    ) -> None:
        cell = QTableWidgetItem(text)
        cell.setFlags(EDITABLE if editable else READ_ONLY)
        if align and c not in (NAME, KIND):
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if tooltip:
            cell.setToolTip(tooltip)
        self.setItem(r, c, cell)

    def _rating(self, r: int, c: int, item: ItemRow, value: float | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{'self' if c == SELF else 'lead'}_{item.position}")
        combo.addItem(t.DASH, None)
        for rating, label, description in sorted(item.scale, reverse=True):
            combo.addItem(f"{rating} {label}", float(rating))
            combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        combo.currentIndexChanged.connect(self._on_combo_changed)
        self.setCellWidget(r, c, combo)
        return combo

    def _explain(self, item: ItemRow) -> str:
        if item.kind is ItemKind.KPI:
            rule = (
                self.tr("Scored from %1% achieved, capped at %2 points")
                .replace("%1", f"{item.rule.floor:g}")
                .replace("%2", f"{item.rule.cap:g}")
            )
            return "\n".join(x for x in (item.description, rule, item.unit) if x)
        levels = "\n".join(f"{r} {lb}：{d}" for r, lb, d in sorted(item.scale, reverse=True))
        return f"{item.description}\n{levels}" if item.description else levels

    # -- what the table holds now ---------------------------------------------------------

    def current(self, r: int) -> ItemRow:
        """Row ``r``'s item with the values now shown, its score computed again."""
        item = self.item_rows[r]
        if item.kind is ItemKind.KPI:
            return rescored(item, actual=self.actual(r))
        combo = self.rating_combos.get(item.uid)  # None while the table is being filled
        return rescored(item, rating=combo.currentData() if combo else item.rating)

    def actual(self, r: int) -> float | None:
        """The actual typed in row ``r`` (the stored one while it cannot be read)."""
        cell = self.item(r, ACTUAL)
        text = cell.text().strip() if cell is not None else ""
        if not text or text == t.DASH:
            return None
        try:
            return parse_number(text)
        except ValidationError:
            return self.item_rows[r].actual

    def current_items(self) -> tuple[ItemRow, ...]:
        return tuple(self.current(r) for r in range(len(self.item_rows)))

    def self_ratings(self) -> dict[str, float | None]:
        return {uid: combo.currentData() for uid, combo in self.self_combos.items()}

    def lead_ratings(self) -> dict[str, float | None]:
        """The lead's ratings that differ from the stored ones."""
        stored = {i.uid: i.rating for i in self.item_rows}
        return {
            u: c.currentData()
            for u, c in self.rating_combos.items()
            if c.currentData() != stored[u]
        }

    def actuals(self) -> dict[str, float | None]:
        """KPI actuals that differ from the stored ones (the lead's corrections)."""
        out: dict[str, float | None] = {}
        for r, item in enumerate(self.item_rows):
            if item.kind is ItemKind.KPI and self.actual(r) != item.actual:
                out[item.uid] = self.actual(r)
        return out

    def comments(self) -> dict[str, str]:
        out = {}
        for r, item in enumerate(self.item_rows):
            cell = self.item(r, COMMENT)
            text = cell.text().strip() if cell is not None else ""
            if text != item.comment:
                out[item.uid] = text
        return out

    def bad_actual(self) -> tuple[str, str] | None:
        """The first actual that is not a number: (item, as typed); the save is refused."""
        for r, item in enumerate(self.item_rows):
            cell = self.item(r, ACTUAL)
            text = cell.text().strip() if cell is not None else ""
            if item.kind is ItemKind.KPI and text and text != t.DASH:
                try:
                    parse_number(text)
                except ValidationError:
                    return item.name, text
        return None

    def _show_score(self, r: int, item: ItemRow) -> None:
        self.blockSignals(True)
        self._cell(
            r, ACHIEVED, t.percent_text(item.achievement) if item.kind is ItemKind.KPI else ""
        )
        self._cell(r, SCORE, t.score_text(item.score))
        self.blockSignals(False)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == ACTUAL and cell.row() < len(self.item_rows):
            self._show_score(cell.row(), self.current(cell.row()))
        self.changed.emit()

    @Slot(int)
    def _on_combo_changed(self, _: int) -> None:
        if self.signalsBlocked():  # being filled
            return
        for r in range(len(self.item_rows)):
            self._show_score(r, self.current(r))
        self.changed.emit()
