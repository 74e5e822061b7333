"""The import preview: what a workbook would do, row by row, before anything is written.

Sheets and their kinds, columns and their fields, every row as new / update / unchanged /
conflict / error. The user corrects the kind or a column's field (the preview runs again with
the overrides), chooses per conflict, may skip rows in error, saves an annotated copy to fix
in Excel, and imports in one transaction (``models.exchange.apply``) when they confirm.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from models import messages
from models.errors import DeskError
from models.exchange import (
    ImportResult,
    Preview,
    SheetPreview,
    SheetStatus,
    preview,
    write_annotated,
)
from models.exchange import apply as apply_preview
from ui import events, notify, tasks
from ui.exchange.preview_layout import PreviewLayout
from ui.exchange.row_text import MINE, THEIRS
from ui.session import Session
from ui.settings import Settings

Overrides = tuple[dict[str, str | None], dict[str, dict[str, str | None]]]


def annotate_job(
    result: Preview, dest: Path, lang: str, *, progress: Callable[[int, int], None], **_: Any
) -> Path:
    """The background job of "Save annotated copy…" (openpyxl; seconds on a big file)."""
    progress(0, 1)
    written = write_annotated(result, dest, lang)
    progress(1, 1)
    return written


def xlsx_path(name: str) -> Path:
    """The file a save dialog returned, with .xlsx added when the user typed none."""
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class PreviewDialog(PreviewLayout):
    """Shows a :class:`models.exchange.Preview` and imports it when the user confirms."""

    preview_shown = Signal()  # after each preview (the first and every re-run)
    imported = Signal(object)  # the ImportResult, after the transaction committed

    def __init__(
        self, path: Path, session: Session, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.session = session
        self.settings = settings
        self.preview: Preview | None = None
        self.task: tasks.Task | None = None
        self.kind_overrides: dict[str, str | None] = {}
        self.mapping_overrides: dict[str, dict[str, str | None]] = {}
        self.conflict_choices: dict[str, str] = {}
        self._shown: Overrides = ({}, {})  # the overrides of the preview on screen
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", self.path.name))
        self.file_label.setText(
            self.tr("<b>%1</b> — nothing is written until you click Import.").replace(
                "%1", self.path.name
            )
        )
        self.file_label.setToolTip(str(self.path))

        self.sheets.kind_chosen.connect(self._on_sheets_kind_chosen)
        self.sheets.sheet_selected.connect(self._on_sheets_sheet_selected)
        self.mapping.column_mapped.connect(self._on_mapping_column_mapped)
        self.only_problems_box.toggled.connect(self.proxy.set_only_problems)
        self.skip_errors_box.toggled.connect(self.update_state)
        self.keep_all_button.clicked.connect(self._on_keep_all_button_clicked)
        self.take_all_button.clicked.connect(self._on_take_all_button_clicked)
        self.annotate_button.clicked.connect(self.save_annotated)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # -- previewing ----------------------------------------------------------------------------

    def start(self) -> tasks.Task:
        """Read the file behind a progress dialog; the dialog opens when the preview is ready."""
        return self.refresh_preview(self.parentWidget())

    def refresh_preview(self, parent: QWidget | None = None) -> tasks.Task:
        """Preview again with the current kind and column choices (nothing is written)."""
        job = functools.partial(
            preview,
            self.path,
            kind_overrides=dict(self.kind_overrides),
            mapping_overrides=copy.deepcopy(self.mapping_overrides),
        )
        self._set_busy(True)
        self.task = tasks.run_task(
            parent if parent is not None else self,
            job,
            self.tr("Reading “%1”…").replace("%1", self.path.name),
            on_result=self._on_preview_ready,
            on_error=self._on_preview_failed,
            on_cancelled=self._on_preview_cancelled,
        )
        return self.task

    def _on_preview_ready(self, result: Preview) -> None:
        first = self.preview is None
        self.preview = result
        self._shown = (dict(self.kind_overrides), copy.deepcopy(self.mapping_overrides))
        self._set_busy(False)
        self._show_preview()
        if first:
            self.open()
        self.preview_shown.emit()

    def _on_preview_failed(self, err: DeskError) -> None:
        if self.preview is None:  # the file was refused: one clear message, no dialog
            notify.desk_error(self.parentWidget(), err)
            self.deleteLater()
            return
        notify.desk_error(self, err)
        self._on_preview_cancelled()

    def _on_preview_cancelled(self) -> None:
        if self.preview is None:
            tasks.show_status(self.parentWidget(), messages.text("cancelled"))
            self.deleteLater()
            return
        # Back to the choices of the preview still on screen.
        self.kind_overrides, self.mapping_overrides = copy.deepcopy(self._shown)
        self._set_busy(False)
        self._show_preview()

    def _show_preview(self) -> None:
        result = self.preview
        assert result is not None
        self.show_counts(result.counts())
        chosen = self.sheets.show_preview(result, self.sheets.current_sheet())
        self.show_sheet(chosen)
        self.update_state()

    def sheet(self, name: str | None) -> SheetPreview | None:
        if self.preview is None or name is None:
            return None
        return next((s for s in self.preview.sheets if s.name == name), None)

    def show_sheet(self, name: str | None) -> None:
        """Show the columns and rows of the sheet ``name`` below the list of sheets."""
        sheet = self.sheet(name)
        self.mapping.set_sheet(sheet if sheet and sheet.status is SheetStatus.DATA else None)
        self.rows_model.set_sheet(
            sheet if sheet and sheet.status is SheetStatus.DATA else None, self.conflict_choices
        )
        self.show_sheet_problems(sheet)
        self.fit_columns()

    # -- the user's choices ----------------------------------------------------------------

    @Slot(str, object)
    def _on_sheets_kind_chosen(self, sheet: str, kind: str | None) -> None:
        self.kind_overrides[sheet] = kind
        self.mapping_overrides.pop(sheet, None)  # columns chosen for another kind
        self.refresh_preview()

    @Slot(str)
    def _on_sheets_sheet_selected(self, sheet: str) -> None:
        self.show_sheet(sheet)

    @Slot(str, object)
    def _on_mapping_column_mapped(self, letter: str, field: str | None) -> None:
        sheet = self.sheets.current_sheet()
        if sheet is None:
            return
        self.mapping_overrides.setdefault(sheet, {})[letter] = field
        self.refresh_preview()

    @Slot()
    def _on_keep_all_button_clicked(self) -> None:
        self.rows_model.set_all_choices(MINE)

    @Slot()
    def _on_take_all_button_clicked(self) -> None:
        self.rows_model.set_all_choices(THEIRS)

    @Slot()
    def update_state(self) -> None:
        """Enable Import when the preview is clean or rows in error are skipped; say why not."""
        result = self.preview
        busy = self.busy()
        has_data = result is not None and bool(result.data_sheets)
        errors = result.error_count if result is not None else 0
        counts = result.counts() if result is not None else {}
        writable = counts.get("new", 0) + counts.get("update", 0) + counts.get("conflict", 0)
        skip = self.skip_errors_box.isChecked()
        self.skip_errors_box.setEnabled(errors > 0 and not busy)
        self.annotate_button.setEnabled(errors > 0 and not busy)
        ready = has_data and (errors == 0 or skip) and writable > 0
        self.import_button.setEnabled(ready and not busy)
        self.show_state(has_data, errors, skip, counts)

    def busy(self) -> bool:
        return self.task is not None and self.task.outcome is None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.sheets, self.mapping, self.import_button, self.annotate_button):
            widget.setEnabled(not busy)
        if not busy:
            self.update_state()

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) while a job runs stops the job, not the
        dialog: its result still has to come back here, and a stopped import writes nothing."""
        if self.busy():
            assert self.task is not None
            self.task.cancel()
            return
        super().reject()

    # -- importing -------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> tasks.Task | None:
        """Write the previewed rows in one transaction, behind a cancellable progress dialog."""
        if self.preview is None or not self.import_button.isEnabled():
            return None
        choices = {uid: c for uid, c in self.conflict_choices.items() if c == THEIRS}
        job = functools.partial(
            apply_preview,
            self.preview,
            self.session.actor(),  # the audit log names who imported
            skip_errors=self.skip_errors_box.isChecked(),
            conflict_choices=choices,
        )
        self._set_busy(True)
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Importing “%1”…").replace("%1", self.path.name),
            on_result=self._on_import_done,
            on_error=self._on_import_failed,
            on_cancelled=self._on_import_cancelled,
        )
        return self.task

    def _on_import_done(self, result: ImportResult) -> None:
        assert self.preview is not None
        for table in sorted({s.kind.model._meta.table_name for s in self.preview.data_sheets}):
            events.announce(table)  # pages showing these records re-read them
        text = result.message(messages.language())
        window = self.parentWidget()
        tasks.show_status(window, text)
        self.imported.emit(result)
        self.accept()
        notify.info(window, text)

    def _on_import_failed(self, err: DeskError) -> None:
        notify.desk_error(self, err)
        if err.code == "preview_stale":  # someone changed the records: look again
            self.refresh_preview()
        else:
            self._set_busy(False)

    def _on_import_cancelled(self) -> None:
        self._set_busy(False)
        self.state_label.setText(messages.text("cancelled"))

    # -- the annotated copy --------------------------------------------------------------------

    @Slot()
    def save_annotated(self) -> tasks.Task | None:
        """Save a copy of the workbook with every bad cell filled and commented."""
        if self.preview is None:
            return None
        suggested = self.path.with_name(
            self.tr("%1 (errors marked).xlsx").replace("%1", self.path.stem)
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save annotated copy"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        dest = xlsx_path(name)
        if dest.expanduser().resolve() == self.path.resolve():
            notify.error(self, self.tr("Choose another name: the file being imported is kept."))
            return None
        self.settings.last_folder = dest
        job = functools.partial(annotate_job, self.preview, dest, messages.language())
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Saving the annotated copy…"),
            on_result=self._on_annotated,
            on_error=self._on_annotate_failed,
            cancellable=False,
        )
        return self.task

    def _on_annotated(self, written: Path) -> None:
        question = self.tr(
            "Saved “%1”. Each cell in error is filled red and carries a comment that says "
            "what to correct. Correct them in Excel or WPS, save, and import that file.\n\n"
            "Open the folder?"
        ).replace("%1", written.name)
        if notify.confirm(self, question, self.tr("Open Folder")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))

    def _on_annotate_failed(self, err: DeskError) -> None:
        notify.desk_error(self, err)


def open_preview(
    path: Path, session: Session, settings: Settings, parent: QWidget | None
) -> PreviewDialog:
    """Preview ``path`` in the background; the dialog shows itself when the preview is ready."""
    dialog = PreviewDialog(path, session, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    return dialog
