"""The 场次与签到 tab: sessions of the chosen period, their rosters, sign-in sheet import."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import training
from models.errors import DeskError
from models.training import SessionRow, SigninSheet
from ui import events, notify, tasks
from ui.page import PageContext
from ui.table_view import select_key, selected_source_row
from ui.training import text as t
from ui.training.models import SessionTableModel
from ui.training.records import RosterPanel
from ui.training.session_dialog import SessionDialog
from ui.training.signin_dialog import SigninDialog
from ui.training.tab import TrainingState, TrainingTab
from ui.training.trash import TrainingTrashDialog


def read_sheet(path: str, progress: Any = None, cancelled: Any = None) -> SigninSheet:
    """The background job: read a sign-in sheet (no progress to report, it is one file)."""
    return training.read_signin_sheet(path)


class SessionsTab(TrainingTab):
    """Sessions with their rosters; "Import sign-in sheet…" fills a roster from an .xlsx."""

    kinds = ("course", "course_session", "training_record", "member")
    has_new = True

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.course_combo = QComboBox(self)
        self.course_combo.setMinimumContentsLength(16)
        self.period_label = QLabel(self)
        record_buttons = self.record_buttons(self.tr("New session…"))
        self.import_button = QPushButton(self.tr("Import sign-in sheet…"), self)
        self.import_button.setToolTip(
            self.tr("Read the sign-in sheet (.xlsx) of the selected session into its roster")
        )
        self.trash_button = QPushButton(self.tr("Trash…"), self)
        self.model = SessionTableModel(self)
        self.proxy, self.table = self.make_table(self.model, "sessions")
        self.roster = RosterPanel(self, self)
        self.roster.status_posted.connect(self.status_posted)
        self.task: tasks.Task | None = None  # the running read or import, if any

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Course:"), self))
        filters.addWidget(self.course_combo, 1)
        filters.addWidget(self.period_label)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (*record_buttons, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.roster)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.course_combo.currentIndexChanged.connect(self.refresh)
        self.import_button.clicked.connect(self.import_signin)
        self.trash_button.clicked.connect(self.open_trash)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("Sessions and sign-in")

    # -- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.current_session()
        self._fill_courses()
        self.period_label.setText(
            self.tr("Period: %1").replace("%1", t.period_text(self.state.period))
        )
        rows = training.list_sessions(
            course_uid=self.course_combo.currentData(), period=self.state.period
        )
        self.model.set_rows(rows)
        if keep is not None and self.select(keep.uid):
            return
        # The latest session held is the one whose sign-in sheet comes in next.
        today = self.state.today()
        held = [r for r in rows if r.starts_at.date() <= today]
        if not (held and self.select(held[-1].uid)):
            self._on_selection_changed()

    def _fill_courses(self) -> None:
        chosen = self.course_combo.currentData()
        self.course_combo.blockSignals(True)  # refilling is not the user choosing
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("All courses"), None)
        for course in training.list_courses():
            self.course_combo.addItem(course.title, course.uid)
        self.course_combo.setCurrentIndex(max(self.course_combo.findData(chosen), 0))
        self.course_combo.blockSignals(False)

    def current_session(self) -> SessionRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.session(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    @Slot()
    def _on_selection_changed(self) -> None:
        current = self.current_session()
        for button in (self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(current is not None)
        self.new_button.setEnabled(self.course_combo.count() > 1)
        self.roster.set_session(current)

    # -- writing ------------------------------------------------------------------------------

    @Slot()
    def new_record(self) -> SessionDialog:
        course = self.course_combo.currentData()
        return self._open_dialog(None, course)

    @Slot()
    def edit_selected(self) -> SessionDialog | None:
        current = self.current_session()
        return self._open_dialog(current, None) if current is not None else None

    def _open_dialog(self, row: SessionRow | None, course_uid: str | None) -> SessionDialog:
        dialog = SessionDialog(self.session, row, course_uid, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def delete_selected(self) -> None:
        current = self.current_session()
        if current is None:
            return
        try:
            training.trash_session(self.session.actor(), current.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("course_session")
        self.status_posted.emit(self.tr("Moved the session to the trash. Use Trash… to restore."))

    @Slot()
    def open_trash(self) -> TrainingTrashDialog:
        dialog = TrainingTrashDialog(self.session, "course_session", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- sign-in sheets (R-4.2) ----------------------------------------------------------------

    @Slot()
    def import_signin(self) -> tasks.Task | None:
        """Pick the sheet, read it off the GUI thread, then let the user confirm the names."""
        target = self.current_session()
        if target is None:
            notify.info(self, self.tr("Choose the session the sign-in sheet belongs to first."))
            return None
        settings = self.ctx.settings
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import sign-in sheet"),
            settings.last_folder,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        settings.last_folder = path
        self.task = tasks.run_task(
            self,
            partial(read_sheet, path),
            self.tr("Reading %1…").replace("%1", Path(path).name),
            on_result=partial(self._on_sheet_read, target, Path(path).name),
            on_error=self._on_task_error,
        )
        return self.task

    def _on_sheet_read(self, target: SessionRow, file_name: str, sheet: SigninSheet) -> None:
        dialog = SigninDialog(self.session, target, sheet, file_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_signin_imported)
        dialog.open()

    def _on_task_error(self, err: DeskError) -> None:
        notify.desk_error(self, err)

    @Slot(str)
    def _on_signin_imported(self, summary: str) -> None:
        self.status_posted.emit(summary)

    # -- internals ----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        if not self.select(uid):  # outside the chosen period or course
            self.status_posted.emit(
                self.tr("Saved; the session is outside the period or course shown.")
            )
            return
        self.status_posted.emit(self.tr("Saved."))
