"""Parts of the review screen: the level chain with who signed, the Advertising-Law hits with
their waivers, and the item's history (R-5.4, R-2.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.reviews import adlaw
from models.reviews.history import HistoryEntry
from models.reviews.hits import TopicHit
from models.reviews.status import LevelState, ReviewState
from ui.labels import role_label
from ui.reviews.highlight import BLOCKING_FG, WAIVED_FG, WARNING_FG, hit_tooltip
from ui.table_model import Column, RowTableModel

translate = QCoreApplication.translate
LEVEL_COLOURS = {
    "approved": "#2e7d32",
    "carried": "#2e7d32",
    "pending": "#1f5fbf",
    "changes": "#8a4b00",
    "rejected": "#b71c1c",
    "todo": "#777777",
}


def level_state_text(lv: LevelState) -> str:
    texts = {
        "approved": translate("ReviewScreen", "Approved"),
        "carried": translate("ReviewScreen", "Approved (carried over)"),
        "pending": translate("ReviewScreen", "Waiting"),
        "changes": translate("ReviewScreen", "Changes requested"),
        "rejected": translate("ReviewScreen", "Rejected"),
        "todo": translate("ReviewScreen", "Not yet"),
    }
    return texts.get(lv.state, lv.state)


def _table(widget: QTableView) -> None:
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    widget.setWordWrap(True)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class LevelsTable(QTableWidget):
    """The chain of the round on show: each level, its role, its state and who signed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Signed by role"),
                self.tr("State"),
                self.tr("Reviewer"),
                self.tr("When"),
            ]
        )
        _table(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_state(self, state: ReviewState) -> None:
        self.setRowCount(len(state.levels))
        for row, lv in enumerate(state.levels):
            when = f"{lv.decided_at:%m-%d %H:%M}" if lv.decided_at else ""
            cells = [lv.name, role_label(lv.role), level_state_text(lv), lv.reviewer_name, when]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if lv.comment:
                    item.setToolTip(lv.comment)
                if column == 2:
                    item.setForeground(QColor(LEVEL_COLOURS.get(lv.state, "#000000")))
                    font = item.font()
                    font.setBold(lv.state == "pending")
                    item.setFont(font)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        # as tall as its rows: a chain has three or four levels, never worth a scroll bar
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + self.verticalHeader().length() + 2 * self.frameWidth() + 2)


def _severity_colour(h: TopicHit) -> str:
    if h.waiver is not None:
        return WAIVED_FG
    return BLOCKING_FG if h.hit.blocking else WARNING_FG


def hit_columns() -> list[Column]:
    lang = messages.language

    def severity(h: TopicHit) -> str:
        if h.waiver is not None:
            return translate("ReviewScreen", "Waived")
        return adlaw.severity_label(h.hit.severity, lang())

    return [
        Column(
            translate("ReviewScreen", "Where"),
            lambda h: messages.text(f"adlaw_field_{h.hit.field.value}", lang()),
            chars=3,
        ),
        Column(translate("ReviewScreen", "Wording"), lambda h: h.hit.text, chars=6),
        Column(translate("ReviewScreen", "Severity"), severity, chars=3),
        Column(
            translate("ReviewScreen", "Category"),
            lambda h: adlaw.category_label(h.hit.category, lang()),
            chars=6,
        ),
        Column(
            translate("ReviewScreen", "Suggested wording"),
            lambda h: h.hit.suggestion,
            tooltip=hit_tooltip,
        ),
    ]


class HitsModel(RowTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            hit_columns(),
            key=lambda h: f"{h.hit.field.value}:{h.hit.start}",
            muted=lambda h: h.waiver is not None,
            parent=parent,
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2:
            return QColor(_severity_colour(self.row_at(index.row())))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return hit_tooltip(self.row_at(index.row()))
        return super().data(index, role)


class HitsPanel(QWidget):
    """The checker's hits in the title, copy and hashtags; a compliance reviewer waives one."""

    hit_activated = Signal(str, int, int)  # field, start, end: show it in the draft
    waive_requested = Signal(object)  # the TopicHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.model = HitsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        _table(self.table)
        self.waive_button = QPushButton(self.tr("Waive…"), self)
        self.waive_button.setToolTip(
            self.tr("Compliance: keep this wording, with a written reason (recorded)")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.waive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.waive_button.clicked.connect(self._on_waive_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.may_waive = False

    def show_hits(self, found: list[TopicHit], may_waive: bool) -> None:
        self.may_waive = may_waive
        self.model.set_rows(found)
        blocking = sum(1 for h in found if h.open_blocking)
        if not found:
            text = self.tr("<b>Advertising Law</b> — no hits")
        else:
            text = (
                self.tr("<b>Advertising Law</b> — %1 hit(s), %2 blocking")
                .replace("%1", str(len(found)))
                .replace("%2", str(blocking))
            )
        self.heading.setText(text)
        self._update_button()

    def hits(self) -> list[TopicHit]:
        return self.model.rows()

    def current(self) -> TopicHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, number: int) -> None:
        self.table.selectRow(number)

    def _update_button(self) -> None:
        h = self.current()
        self.waive_button.setVisible(self.may_waive)
        self.waive_button.setEnabled(h is not None and h.open_blocking)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_: QItemSelection) -> None:
        self._update_button()
        h = self.current()
        if h is not None:
            self.hit_activated.emit(h.hit.field.value, h.hit.start, h.hit.end)

    @Slot()
    def _on_waive_button_clicked(self) -> None:
        h = self.current()
        if h is not None:
            self.waive_requested.emit(h)


def history_columns() -> list[Column]:
    lang = messages.language
    return [
        Column(translate("ReviewScreen", "When"), lambda e: f"{e.at:%Y-%m-%d %H:%M}", chars=9),
        Column(translate("ReviewScreen", "Event"), lambda e: e.label(lang()), chars=7),
        Column(translate("ReviewScreen", "Level"), lambda e: e.level_name, chars=5),
        Column(translate("ReviewScreen", "By"), lambda e: e.actor_name, chars=4),
        Column(
            translate("ReviewScreen", "Version"),
            lambda e: f"v{e.draft_number}" if e.draft_number else "",
            chars=3,
        ),
        Column(
            translate("ReviewScreen", "Details"),
            lambda e: e.describe(lang()),
            tooltip=lambda e: e.describe(lang()),
        ),
    ]


class HistoryTable(QTableView):
    """Every submission, decision, comment step, waiver and stage move, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowTableModel(history_columns(), key=lambda e: str(e.seq), parent=self)
        self.setModel(self.model_)
        _table(self)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.model_.set_rows(list(reversed(entries)))
        self.resizeRowsToContents()

    def entries(self) -> list[HistoryEntry]:
        return self.model_.rows()
