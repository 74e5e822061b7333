"""The review tools on the queue page: chain settings, word lists, exports, review packages.

``review_actions(page, ctx)`` makes the actions the queue page puts in its toolbar:
审核链设置…, 广告法词库…, 导出 (a menu: 审核指标…, 审核历史…, 审核包…) and 导入审核包….
They are owned by a :class:`ReviewTools` object, a child of the page
(``page.findChild(ReviewTools)``), whose methods tests and scripts call directly.
Workbooks are written and read in the background (``ui.tasks.run_task``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from models import messages
from models.reviews import tools_jobs
from models.reviews.package_import import PackagePreview
from models.reviews.queue import counts_by_level
from ui import notify, tasks
from ui.exchange.actions import EXCEL_FILTER
from ui.exchange.preview_dialog import xlsx_path
from ui.page import PageContext
from ui.reviews.chain_dialog import ChainDialog
from ui.reviews.exports import PeriodDialog
from ui.reviews.package_export import PackageLevelsDialog
from ui.reviews.package_preview import PackagePreviewDialog
from ui.reviews.wordlist_dialog import WordListDialog


class ReviewTools(QObject):
    """The review tools' actions and what they open (a child of the queue page)."""

    def __init__(self, page: QWidget, ctx: PageContext) -> None:
        super().__init__(page)
        self.setObjectName("review_tools")
        self.page = page
        self.ctx = ctx
        self.dialog: Any = None  # the dialog opened last (tests and screenshots look at it)
        self.task: tasks.Task | None = None  # the workbook job started last

        self.chain_action = self._action(
            "chain", self.tr("Review Chain…"), self.tr("Levels, who signs them, re-review rule")
        )
        self.wordlist_action = self._action(
            "wordlist",
            self.tr("Ad-Law Word Lists…"),
            self.tr("The Advertising-Law words the checker flags, the team's own, and a try box"),
        )
        self.metrics_action = self._action(
            "metrics",
            self.tr("Review Metrics…"),
            self.tr("Waiting, time to decide, comments, per reviewer and level, to Excel"),
        )
        self.history_action = self._action(
            "history",
            self.tr("Review History…"),
            self.tr("Every submission, decision, comment and waiver, to Excel (self-audit)"),
        )
        self.package_export_action = self._action(
            "package_export",
            self.tr("Review Package…"),
            self.tr("The waiting drafts in a workbook for a reviewer who works elsewhere"),
        )
        self.package_import_action = self._action(
            "package_import",
            self.tr("Import Review Package…"),
            self.tr("Preview the decisions and comments of a returned package, then import"),
        )
        self.export_menu = QMenu(page)
        for action in (self.metrics_action, self.history_action, self.package_export_action):
            self.export_menu.addAction(action)
        self.export_action = self._action(
            "export", self.tr("Export"), self.tr("Review metrics, history or a review package")
        )
        self.export_action.setMenu(self.export_menu)

        self.chain_action.triggered.connect(self.open_chain_settings)
        self.wordlist_action.triggered.connect(self.open_wordlists)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.metrics_action.triggered.connect(self.ask_metrics)
        self.history_action.triggered.connect(self.ask_history)
        self.package_export_action.triggered.connect(self.ask_package)
        self.package_import_action.triggered.connect(self.ask_import)

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"review_{name}_action")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.chain_action,
            self.wordlist_action,
            self.export_action,
            self.package_import_action,
        ]

    @Slot()
    def _on_export_action_triggered(self) -> None:
        # A toolbar makes the button split (its main part triggers the action, the arrow opens
        # the menu); the action does nothing itself, so the whole button opens the menu.
        for widget in self.export_action.associatedObjects():
            if isinstance(widget, QToolButton) and widget.isVisible():
                widget.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                widget.showMenu()
                return

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- settings ----------------------------------------------------------------------------

    @Slot()
    def open_chain_settings(self) -> ChainDialog:
        return self._open(ChainDialog(self.ctx.session, self.page))

    @Slot()
    def open_wordlists(self) -> WordListDialog:
        return self._open(WordListDialog(self.ctx.session, self.page))

    # -- exports -----------------------------------------------------------------------------

    @Slot()
    def ask_metrics(self) -> PeriodDialog:
        dialog = PeriodDialog(
            self.tr("Export Review Metrics"),
            self.tr(
                "Decisions made and comments raised in the period count; what waits and what "
                "is open is counted as of now."
            ),
            self.page,
        )
        dialog.accepted.connect(
            lambda: self._after_period(dialog, self.tr("Review metrics"), self.export_metrics_to)
        )
        return self._open(dialog)

    @Slot()
    def ask_history(self) -> PeriodDialog:
        dialog = PeriodDialog(
            self.tr("Export Review History"),
            self.tr(
                "Every submission, decision, comment, resolution and waiver recorded in the "
                "period, for a compliance self-audit."
            ),
            self.page,
        )
        dialog.accepted.connect(
            lambda: self._after_period(dialog, self.tr("Review history"), self.export_history_to)
        )
        return self._open(dialog)

    def _after_period(self, dialog: PeriodDialog, what: str, export: Callable[..., Any]) -> None:
        suggested = f"{what} {dialog.period_text()}.xlsx"
        dest = self._ask_save(dialog.windowTitle(), suggested)
        if dest is not None:
            export(dest, *dialog.period())

    def export_metrics_to(
        self, dest: Path, first: date | None = None, last: date | None = None
    ) -> tasks.Task:
        since, until = tools_jobs.period_bounds(first, last)
        job = functools.partial(tools_jobs.metrics_job, dest, since, until, messages.language())
        return self._run(job, dest)

    def export_history_to(
        self, dest: Path, first: date | None = None, last: date | None = None
    ) -> tasks.Task:
        since, until = tools_jobs.period_bounds(first, last)
        job = functools.partial(tools_jobs.history_job, dest, since, until, messages.language())
        return self._run(job, dest)

    def _run(self, job: Callable[..., Any], dest: Path) -> tasks.Task:
        self.task = tasks.run_task(
            self.page,
            job,
            self.tr("Writing “%1”…").replace("%1", dest.name),
            on_result=lambda _: self._say(self.tr("Saved “%1”.").replace("%1", str(dest))),
        )
        return self.task

    # -- review packages ---------------------------------------------------------------------

    @Slot()
    def ask_package(self) -> PackageLevelsDialog | None:
        counts = counts_by_level()
        if not counts:
            notify.info(
                self.page, self.tr("Nothing is waiting for review, so there is nothing to send.")
            )
            return None
        dialog = PackageLevelsDialog(counts, self.page)
        dialog.accepted.connect(lambda: self._after_levels(dialog))
        return self._open(dialog)

    def _after_levels(self, dialog: PackageLevelsDialog) -> None:
        levels = dialog.levels()
        named = "、".join(levels) if levels else self.tr("all levels")
        suggested = (
            self.tr("Review package %1 %2.xlsx")
            .replace("%1", named)
            .replace("%2", str(date.today()))
        )
        dest = self._ask_save(dialog.windowTitle(), suggested)
        if dest is not None:
            self.export_package_to(dest, levels)

    def export_package_to(self, dest: Path, levels: list[str] | None = None) -> tasks.Task:
        job = functools.partial(tools_jobs.package_job, dest, levels, messages.language())
        self.task = tasks.run_task(
            self.page,
            job,
            self.tr("Writing “%1”…").replace("%1", dest.name),
            on_result=lambda count: self._say(
                self.tr("%n item(s) saved in “%1”.", "", int(count)).replace("%1", str(dest))
            ),
        )
        return self.task

    @Slot()
    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Import Review Package"),
            self.ctx.settings.last_folder,
            self.tr("Excel workbooks (%1);;All files (*)").replace("%1", EXCEL_FILTER),
        )
        if name:
            self.ctx.settings.last_folder = name
            self.import_package_from(Path(name))

    def import_package_from(self, path: Path) -> tasks.Task:
        """Read the package in the background; the preview opens when it has been read."""
        job = functools.partial(tools_jobs.read_package_job, path)
        self.task = tasks.run_task(
            self.page,
            job,
            self.tr("Reading “%1”…").replace("%1", path.name),
            on_result=self._on_package_read,
        )
        return self.task

    def _on_package_read(self, preview: PackagePreview) -> None:
        self._open(PackagePreviewDialog(preview, self.ctx.session, self.page))

    # -- helpers -----------------------------------------------------------------------------

    def _ask_save(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.page,
            title,
            str(Path(self.ctx.settings.last_folder) / suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        self.ctx.settings.last_folder = name
        return xlsx_path(name)

    def _say(self, text: str) -> None:
        tasks.show_status(self.page, text)


def review_actions(page: QWidget, ctx: PageContext) -> list[QAction]:
    """The actions the queue page shows in its toolbar (module docstring)."""
    return ReviewTools(page, ctx).actions()
