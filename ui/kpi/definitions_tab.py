"""The 指标定义 tab: the KPIs the team measures, by category; add, edit, delete (R-1.2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models import kpi
from models.errors import DeskError
from models.kpi import KpiRow, Source
from ui import events, notify
from ui.kpi import text as t
from ui.kpi.kpi_dialog import KpiDialog
from ui.kpi.measure_model import CATEGORY_RANK
from ui.kpi.tab import KpiState, KpiTab
from ui.labels import yes_no
from ui.page import PageContext
from ui.table_model import CENTER, Column, RowTableModel
from ui.table_view import select_key, selected_source_row


class KpiDefinitionsTab(KpiTab):
    """KPI definitions: built-in ones are edited but never deleted (switch off “In use”)."""

    kinds = ("kpi",)
    uses_period = False
    has_new = True

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.names: dict[str, str] = {}
        self.model = RowTableModel(
            self._columns(), key=lambda r: r.uid, muted=lambda r: not r.active
        )
        self.proxy, self.table = self.make_table(self.model, "definitions")
        self.inactive_box = QCheckBox(self.tr("Show KPIs not in use"), self)
        record_buttons = self.record_buttons(self.tr("New KPI…"))
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.inactive_box)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for button in record_buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.inactive_box.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("KPI Definitions")

    def _columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Category"),
                lambda r: t.category_text(r.category),
                sort_key=lambda r: CATEGORY_RANK[r.category],
                chars=8,
            ),
            Column(self.tr("KPI"), t.kpi_name, chars=20),
            Column(self.tr("Unit"), lambda r: r.unit, align=CENTER, chars=4),
            Column(self.tr("Direction"), lambda r: t.direction_text(r.direction), chars=8),
            Column(self.tr("Computed how"), lambda r: t.source_text(r, self.names), chars=20),
            Column(
                self.tr("Combined by"),
                # a ratio is computed from its parts' combined figures, never combined itself
                lambda r: t.DASH if r.source is Source.RATIO else t.aggregate_text(r.aggregate),
                chars=6,
            ),
            Column(
                self.tr("Threshold"),
                lambda r: f"±{t.number_text(r.threshold)}%",
                sort_key=lambda r: int(r.threshold * 10),
                align=CENTER,
                chars=6,
            ),
            Column(self.tr("Built in"), lambda r: yes_no(r.builtin), align=CENTER, chars=4),
            Column(self.tr("In use"), lambda r: yes_no(r.active), align=CENTER, chars=4),
            Column(self.tr("Code"), lambda r: r.code, chars=14),
        ]

    @Slot()
    def refresh(self) -> None:
        chosen = self.current_kpi()
        every = kpi.list_kpis(include_inactive=True)
        self.names = {r.code: t.kpi_name(r) for r in every}
        rows = every if self.inactive_box.isChecked() else [r for r in every if r.active]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n KPI(s)", "", len(rows)))
        if chosen is not None:
            self.select(chosen.uid)
        self._on_selection_changed()

    def current_kpi(self) -> KpiRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.row_at(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    @Slot()
    def _on_selection_changed(self) -> None:
        row = self.current_kpi()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.builtin)
        self.delete_button.setToolTip(
            self.tr("Built-in KPIs are not deleted: switch off “In use” instead")
            if row is not None and row.builtin
            else ""
        )

    @Slot()
    def new_record(self) -> KpiDialog:
        return self._open(None)

    @Slot()
    def edit_selected(self) -> KpiDialog | None:
        row = self.current_kpi()
        return self._open(row) if row is not None else None

    def _open(self, row: KpiRow | None) -> KpiDialog:
        dialog = KpiDialog(self.session, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def delete_selected(self) -> None:
        row = self.current_kpi()
        if row is None:
            return
        try:
            kpi.trash_kpi(self.session.actor(), row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("kpi")
        self.status_posted.emit(self.tr("Moved “%1” to the trash.").replace("%1", t.kpi_name(row)))

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select(uid)
        self.status_posted.emit(self.tr("Saved."))
