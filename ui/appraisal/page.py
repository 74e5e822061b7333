"""The 绩效考核 Appraisals page (R-4.3): cycles and their appraisals, charts, templates, and
the lead's print-ready workbook (export, and re-import after a preview).

The sidebar counts what waits for the acting member: their own appraisal to self-assess,
or, for the lead, self-assessments handed in and not yet reviewed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models import appraisal, messages
from models.appraisal import CycleRow, State
from models.errors import DeskError
from ui import events, notify, tasks
from ui.appraisal import items_exchange, sheets_dialog
from ui.appraisal import text as t
from ui.appraisal.charts_tab import ChartsTab
from ui.appraisal.list_tab import ListTab
from ui.appraisal.sheets_dialog import SheetsPreviewDialog
from ui.appraisal.start_dialog import StartCycleDialog
from ui.appraisal.templates_tab import TemplatesTab
from ui.exchange.preview_dialog import xlsx_path
from ui.icons import icon
from ui.page import Page, PageContext

KINDS = (
    "kpi",
    "appraisal",
    "appraisal_item",
    "appraisal_template",
    "appraisal_cycle",
    "development_action",
    "training_need",
    "member",
    "kpi_value",
)
XLSX_FILTER = "*.xlsx"


class AppraisalPage(Page):
    """Cycles with their appraisals, charts and templates; ``today`` is injectable."""

    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.today = today
        self.task: tasks.Task | None = None
        self.sheets_preview: SheetsPreviewDialog | None = None

        self.cycle_combo = QComboBox(self)
        self.cycle_combo.setMinimumContentsLength(22)
        self.start_button = QPushButton(self.tr("Start Cycle…"), self)
        self.export_action = QAction(self.tr("Export Appraisal Sheets…"), self)
        self.export_action.setStatusTip(
            self.tr("The print-ready workbook of the cycle: a summary and one page per member")
        )
        self.import_action = QAction(self.tr("Import Appraisal Sheets…"), self)
        self.import_action.setStatusTip(
            self.tr("Read an edited appraisal workbook back, after a preview of the changes")
        )
        self.export_button = QPushButton(self.tr("Export Sheets…"), self)
        self.import_button = QPushButton(self.tr("Import Sheets…"), self)
        self.items_menu = QMenu(self)
        self.items_export_action = self.items_menu.addAction(self.tr("Export Item List…"))
        self.items_import_action = self.items_menu.addAction(self.tr("Import Item List…"))
        self.items_template_action = self.items_menu.addAction(self.tr("Item List Template…"))
        self.items_button = QToolButton(self)
        self.items_button.setText(self.tr("Item List (Excel)"))
        self.items_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.items_button.setMenu(self.items_menu)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        self.list_tab = ListTab(self.session, today, self)
        self.charts_tab = ChartsTab(self.session, self)
        self.templates_tab = TemplatesTab(self.session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_tab, self.tr("Appraisals"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.tabs.addTab(self.templates_tab, self.tr("Templates"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cycle:"), self))
        top.addWidget(self.cycle_combo)
        top.addWidget(self.start_button)
        top.addStretch(1)
        for widget in (self.export_button, self.import_button, self.items_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        self.cycle_combo.currentIndexChanged.connect(self._on_cycle_combo_changed)
        self.start_button.clicked.connect(self.start_cycle)
        self.export_button.clicked.connect(self.export_sheets)
        self.export_action.triggered.connect(self.export_sheets)
        self.import_button.clicked.connect(self.import_sheets)
        self.import_action.triggered.connect(self.import_sheets)
        self.items_export_action.triggered.connect(self.export_items)
        self.items_import_action.triggered.connect(self.import_items)
        self.items_template_action.triggered.connect(self.items_template)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        events.hub().records_changed.connect(self._on_records_changed)
        self.session.member_changed.connect(self.refresh)
        self.refresh()

    # -- the page interface -------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Appraisals")

    def icon(self) -> QIcon:
        return icon("appraisal")

    def badge(self) -> int:
        return self.pending()

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def set_today(self, today: date) -> None:
        self.today = lambda: today
        self.list_tab.today = self.today

    # -- state ---------------------------------------------------------------------------------

    def pending(self) -> int:
        """Appraisals waiting for the acting member now."""
        actor = self.session.actor()
        try:
            if appraisal.is_lead(actor):
                cycles = appraisal.list_cycles(actor)
                return sum(c.by_state.get(State.SELF_ASSESSED, 0) for c in cycles)
            return sum(1 for r in appraisal.my_appraisals(actor) if r.state is State.DRAFT)
        except DeskError:
            return 0

    def cycle_uid(self) -> str | None:
        data = self.cycle_combo.currentData()
        return str(data) if data else None

    def cycle_period(self) -> str | None:
        row = next((c for c in self.cycles if c.uid == self.cycle_uid()), None)
        return row.period if row else None

    def set_cycle(self, period_or_uid: str) -> None:
        for n in range(self.cycle_combo.count()):
            uid = self.cycle_combo.itemData(n)
            if uid == period_or_uid or any(
                c.uid == uid and c.period == period_or_uid for c in self.cycles
            ):
                self.cycle_combo.setCurrentIndex(n)
                return
        raise KeyError(period_or_uid)

    @Slot()
    def refresh(self, *, templates: bool = True) -> None:
        """Read cycles and appraisals again; ``templates`` also the template editor (its
        unsaved edits are lost then, so only when templates or who I am changed)."""
        actor = self.session.actor()
        lead = appraisal.is_lead(actor)
        try:
            self.cycles: list[CycleRow] = appraisal.list_cycles(actor)
            self.note.setText("")
        except DeskError as err:
            self.cycles = []
            self.note.setText(err.message(messages.language()))
        current = self.cycle_uid()
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for c in self.cycles:
            done = sum(n for s, n in c.by_state.items() if s is State.FINAL)
            text = self.tr("%1 (%2 of %3 final)").replace("%1", t.period_text(c.period))
            self.cycle_combo.addItem(
                text.replace("%2", str(done)).replace("%3", str(c.count)), c.uid
            )
        index = self.cycle_combo.findData(current) if current else -1
        self.cycle_combo.setCurrentIndex(index if index >= 0 else 0)
        self.cycle_combo.blockSignals(False)
        self.note.setVisible(bool(self.note.text()))
        has_cycle = self.cycle_uid() is not None
        for widget in (self.start_button, self.import_button, self.items_button):
            widget.setEnabled(lead)
        self.export_button.setEnabled(lead and has_cycle)
        self.export_action.setEnabled(lead and has_cycle)
        self.import_action.setEnabled(lead)
        self.list_tab.set_cycle(self.cycle_uid())
        self.charts_tab.set_cycle(self.cycle_uid())
        if templates:
            self.templates_tab.refresh()
        self.badge_changed.emit(self.pending())

    @Slot(int)
    def _on_cycle_combo_changed(self, _: int) -> None:
        self.list_tab.set_cycle(self.cycle_uid())
        self.charts_tab.set_cycle(self.cycle_uid())
        has_cycle = self.cycle_uid() is not None
        lead = appraisal.is_lead(self.session.actor())
        self.export_button.setEnabled(lead and has_cycle)
        self.export_action.setEnabled(lead and has_cycle)

    @Slot(int)
    def _on_tabs_current_changed(self, _: int) -> None:
        if self.tabs.currentWidget() is self.charts_tab:
            self.charts_tab.refresh()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, *KINDS):
            self.refresh(templates=events.concerns(kind, "appraisal_template", "kpi"))

    # -- cycles ---------------------------------------------------------------------------------

    @Slot()
    def start_cycle(self) -> StartCycleDialog:
        dialog = StartCycleDialog(self.session, self.today(), self)
        dialog.started.connect(self._on_cycle_started)
        dialog.open()
        return dialog

    @Slot(str)
    def _on_cycle_started(self, uid: str) -> None:
        self.refresh()
        index = self.cycle_combo.findData(uid)
        if index >= 0:
            self.cycle_combo.setCurrentIndex(index)

    # -- the lead's workbook --------------------------------------------------------------------

    def _ask_save(self, title: str, suggested: str) -> Path | None:
        folder = Path(self.ctx.settings.last_folder) / suggested
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(folder), self.tr("Excel workbooks (%1)").replace("%1", XLSX_FILTER)
        )
        if not name:
            return None
        dest = xlsx_path(name)
        self.ctx.settings.last_folder = dest
        return dest

    def _ask_open(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            title,
            str(self.ctx.settings.last_folder),
            self.tr("Excel workbooks (%1)").replace("%1", XLSX_FILTER),
        )
        if not name:
            return None
        self.ctx.settings.last_folder = Path(name)
        return Path(name)

    @Slot()
    def export_sheets(self) -> tasks.Task | None:
        period = self.cycle_period()
        if period is None:
            return None
        suggested = self.tr("Appraisal sheets %1.xlsx").replace("%1", period)
        dest = self._ask_save(self.tr("Export Appraisal Sheets"), suggested)
        if dest is None:
            return None
        # the printed sheets are Chinese by default, whatever the interface language
        job = functools.partial(
            sheets_dialog.export_job, self.session.actor(), period, dest, "zh_CN"
        )
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Writing “%1”…").replace("%1", dest.name),
            on_result=functools.partial(self._on_exported, dest),
        )
        return self.task

    def _on_exported(self, dest: Path, count: int) -> None:
        text = self.tr("Saved “%1”: a summary and %n member sheet(s).", "", count)
        tasks.show_status(self, text.replace("%1", dest.name))

    @Slot()
    def import_sheets(self) -> tasks.Task | None:
        path = self._ask_open(self.tr("Import Appraisal Sheets"))
        if path is None:
            return None
        job = functools.partial(sheets_dialog.preview_job, self.session.actor(), path)
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Reading “%1”…").replace("%1", path.name),
            on_result=functools.partial(self._on_sheets_read, path),
        )
        return self.task

    def _on_sheets_read(self, path: Path, preview: appraisal.SheetsPreview) -> None:
        self.sheets_preview = SheetsPreviewDialog(self.session, path, preview, self)
        self.sheets_preview.open()

    # -- the item list (exchange kind "appraisals") --------------------------------------------

    @Slot()
    def export_items(self) -> tasks.Task | None:
        suggested = self.tr("Appraisal items %1.xlsx").replace("%1", str(self.today()))
        dest = self._ask_save(self.tr("Export Item List"), suggested)
        if dest is None:
            return None
        job = functools.partial(
            items_exchange.export_job, self.session.actor(), dest, messages.language()
        )
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Writing “%1”…").replace("%1", dest.name),
            on_result=functools.partial(self._on_items_exported, dest),
        )
        return self.task

    def _on_items_exported(self, dest: Path, count: int) -> None:
        text = self.tr("Saved “%1”: %n item(s).", "", count)
        tasks.show_status(self, text.replace("%1", dest.name))

    @Slot()
    def import_items(self) -> items_exchange.ItemsPreviewDialog | None:
        path = self._ask_open(self.tr("Import Item List"))
        if path is None:
            return None
        return items_exchange.open_items_preview(path, self.session, self.ctx.settings, self)

    @Slot()
    def items_template(self) -> None:
        dest = self._ask_save(
            self.tr("Item List Template"), self.tr("Appraisal items template.xlsx")
        )
        if dest is None:
            return
        try:
            appraisal.write_items_template(dest, messages.language())
        except DeskError as err:
            notify.desk_error(self, err)
            return
        tasks.show_status(self, self.tr("Saved “%1”.").replace("%1", dest.name))
