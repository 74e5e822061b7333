"""The 概览 tab: every KPI of a period for the team or a member, edited in place (R-1.3).

Targets and actuals are typed into the table (or the figures dialog); achievement and
deviation follow at once, direction taken into account. A deviation beyond the KPI's
threshold is flagged, and the panel under the table asks for its cause and the action
decided, which are kept with the period.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import kpi
from models.errors import ConflictError, DeskError
from models.kpi import Category, Measure
from ui import events, notify
from ui.conflict_dialog import ConflictDialog
from ui.kpi import text as t
from ui.kpi.measure_model import CATEGORY_RANK, MeasureModel
from ui.kpi.tab import KpiState, KpiTab
from ui.kpi.value_dialog import KpiValueDialog
from ui.page import PageContext
from ui.table_view import selected_source_row


class KpiOverviewTab(KpiTab):
    """The period's KPIs by category: target, actual, achievement, deviation, explanation."""

    kinds = ("kpi", "kpi_value", "member", "training_record")

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.scope_name = ""  # the team's or the member's name, for dialogs (the page sets it)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in Category:
            self.category_combo.addItem(t.category_text(category), category.value)
        self.with_figures_box = QCheckBox(self.tr("Only KPIs with figures"), self)
        self.edit_button = QPushButton(self.tr("Enter Figures…"), self)
        self.edit_button.setToolTip(self.tr("Or double-click a target or an actual in the table"))
        self.import_button = QPushButton(self.tr("Import Platform Report…"), self)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.model = MeasureModel(self)
        self.model.writer = self.write_cell
        self.proxy, self.table = self.make_table(self.model, "overview")
        self.proxy.setFilterKeyColumn(-1)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.deviation_box = QGroupBox(self.tr("Deviation: cause and action"), self)
        self.deviation_label = QLabel(self.deviation_box)
        self.deviation_label.setWordWrap(True)
        self.cause_edit = QPlainTextEdit(self.deviation_box)
        self.cause_edit.setPlaceholderText(self.tr("Why did the actual differ from the target?"))
        self.action_edit = QPlainTextEdit(self.deviation_box)
        self.action_edit.setPlaceholderText(self.tr("What will be done about it, by whom?"))
        self.save_button = QPushButton(self.tr("Save Explanation"), self.deviation_box)
        grid = QGridLayout(self.deviation_box)
        grid.addWidget(self.deviation_label, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Cause:"), self.deviation_box), 1, 0)
        grid.addWidget(QLabel(self.tr("Action:"), self.deviation_box), 1, 1)
        grid.addWidget(self.cause_edit, 2, 0)
        grid.addWidget(self.action_edit, 2, 1)
        grid.addWidget(self.save_button, 2, 2, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Category:"), self))
        bar.addWidget(self.category_combo)
        bar.addWidget(self.with_figures_box)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.import_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.deviation_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)

        self.category_combo.currentIndexChanged.connect(self.refresh)
        self.with_figures_box.toggled.connect(self.refresh)
        self.edit_button.clicked.connect(self.edit_selected)
        self.save_button.clicked.connect(self.save_explanation)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.conflict_dialog: ConflictDialog | None = None
        self.refresh()

    def title(self) -> str:
        return self.tr("Overview")

    # -- reading ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        chosen = self.current_measure()
        category = self.category_combo.currentData() or None
        rows = kpi.period_table(
            self.state.period, member_uid=self.state.member_uid, category=category
        )
        order = {k.code: i for i, k in enumerate(kpi.list_kpis())}
        rows.sort(key=lambda m: (CATEGORY_RANK[m.kpi.category], order.get(m.kpi.code, 0)))
        if self.with_figures_box.isChecked():
            rows = [m for m in rows if m.target is not None or m.actual is not None]
        self.model.set_rows(rows)
        self._show_summary(rows)
        if chosen is not None:
            self.select(chosen.kpi.code)
        self._on_selection_changed()

    def _show_summary(self, rows: list[Measure]) -> None:
        with_target = [m for m in rows if m.target is not None]
        met = [m for m in rows if m.achievement is not None and m.achievement >= 1]
        flagged = [m for m in rows if m.flagged]
        waiting = [m for m in flagged if m.needs_cause]
        text = (
            self.tr(
                "<b>%1</b>: %2 KPIs, %3 with a target, %4 met; %5 deviations beyond "
                "their threshold, <b>%6 to explain</b>."
            )
            .replace("%1", t.period_text(self.state.period))
            .replace("%2", str(len(rows)))
            .replace("%3", str(len(with_target)))
            .replace("%4", str(len(met)))
            .replace("%5", str(len(flagged)))
            .replace("%6", str(len(waiting)))
        )
        self.summary_label.setText(text)

    def current_measure(self) -> Measure | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.measure(row) if row is not None else None

    def measure_of(self, code: str) -> Measure | None:
        row = self.model.find(code)
        return self.model.measure(row) if row is not None else None

    def select(self, code: str) -> bool:
        row = self.model.find(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    @Slot()
    def _on_selection_changed(self) -> None:
        m = self.current_measure()
        self.edit_button.setEnabled(m is not None)
        explainable = m is not None and (m.flagged or bool(m.cause or m.action))
        for widget in (self.cause_edit, self.action_edit, self.save_button):
            widget.setEnabled(explainable)
        self.cause_edit.setPlainText(m.cause if m else "")
        self.action_edit.setPlainText(m.action if m else "")
        if m is None:
            self.deviation_label.setText(self.tr("Choose a KPI in the table."))
        elif m.flagged:
            self.deviation_label.setText(
                self.tr("%1: %2 Say why, and what will be done about it.")
                .replace("%1", t.kpi_name(m.kpi))
                .replace("%2", t.deviation_text(m))
            )
        elif m.achievement is None:
            self.deviation_label.setText(
                self.tr("%1: no achievement yet; it needs a target and an actual.").replace(
                    "%1", t.kpi_name(m.kpi)
                )
            )
        else:
            self.deviation_label.setText(
                self.tr("%1: within its threshold (±%2%); nothing to explain.")
                .replace("%1", t.kpi_name(m.kpi))
                .replace("%2", t.number_text(m.kpi.threshold))
            )

    # -- writing ---------------------------------------------------------------------------------

    def write_cell(self, m: Measure, field: str, value: Any) -> bool:
        """Save one edited cell (a target or an actual) in one transaction.

        The view is still committing its editor: the refresh, a message or the conflict
        dialog follow on the next turn of the event loop, not inside ``setData``.
        """
        return self._write(m, {field: value}, m.version, later=True)

    def _write(
        self, m: Measure, changes: dict[str, Any], version: int | None, later: bool = False
    ) -> bool:
        def then(follow_up: Callable[[], None]) -> None:
            QTimer.singleShot(0, self, follow_up) if later else follow_up()

        try:
            kpi.set_value(
                self.session.actor(),
                m.kpi.code,
                m.period,
                member_uid=self.state.member_uid,
                expected_version=version,
                **changes,
            )
        except ConflictError as err:
            then(functools.partial(self._show_conflict, m, err, changes))
            return False
        except DeskError as err:
            then(functools.partial(notify.desk_error, self, err))
            return False
        then(lambda: self._after_write(m.kpi.code))
        return True

    def _after_write(self, code: str) -> None:
        events.announce("kpi_value")  # the page refreshes this tab, the charts, the goals
        self.select(code)
        self.status_posted.emit(self.tr("Saved."))

    def _show_conflict(self, m: Measure, err: ConflictError, changes: dict[str, Any]) -> None:
        dialog = ConflictDialog(t.relabelled(err, "kpi_"), None, _format_value, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        version = int(err.theirs["version"])
        dialog.keep_mine_chosen.connect(lambda: self._write(m, changes, version))
        dialog.take_theirs_chosen.connect(lambda: events.announce("kpi_value"))
        self.conflict_dialog = dialog
        dialog.open()

    @Slot()
    def save_explanation(self) -> bool:
        """Keep the cause of the selected deviation and the action decided (R-1.3)."""
        m = self.current_measure()
        if m is None:
            return False
        try:
            kpi.explain(
                self.session.actor(),
                m.kpi.code,
                m.period,
                self.cause_edit.toPlainText(),
                self.action_edit.toPlainText(),
                member_uid=self.state.member_uid,
                expected_version=m.version,
            )
        except ConflictError as err:
            mine = {
                "cause": self.cause_edit.toPlainText(),
                "action": self.action_edit.toPlainText(),
            }
            self._show_conflict(m, err, mine)
            return False
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        self._after_write(m.kpi.code)
        return True

    @Slot()
    def edit_selected(self) -> KpiValueDialog | None:
        m = self.current_measure()
        if m is None:
            return None
        dialog = KpiValueDialog(self.session, m, self.scope_name, self.state.member_uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _uid, code=m.kpi.code: self.select(code))
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Edit ▸ Delete: the figures typed for this KPI and period go to the trash."""
        m = self.current_measure()
        if m is None or m.value_uid is None:
            return
        try:
            kpi.trash_value(self.session.actor(), m.value_uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("kpi_value")
        self.status_posted.emit(
            self.tr("Moved the figures of “%1” for %2 to the trash.")
            .replace("%1", t.kpi_name(m.kpi))
            .replace("%2", t.period_text(m.period))
        )

    def _on_table_double_clicked(self, index: Any) -> None:
        source = self.proxy.mapToSource(index)
        if not self.model.is_editable(source):  # other cells: the whole form
            self.edit_selected()


def _format_value(field: str, value: Any) -> str:
    if isinstance(value, float):
        return t.number_text(value)
    return "" if value is None else str(value)
