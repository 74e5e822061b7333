"""File ▸ Import… / Export… / Download Import Template…, and workbooks dropped on the window.

Templates and exports ask for a kind, then a file name, and run in the background; imports
open the preview (preview_dialog.py). The main window only installs ``actions()`` and hands
its drag-and-drop events to :meth:`ExchangeActions.accepts` and :meth:`ExchangeActions.drop`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from models import messages
from models.errors import Cancelled
from models.exchange import ExportFailed, Kind, export, get_kind, write_template
from ui import tasks
from ui.exchange.kind_dialog import KindDialog
from ui.exchange.preview_dialog import PreviewDialog, open_preview, xlsx_path
from ui.session import Session
from ui.settings import Settings

# Dropped files worth a look: the engine explains .xls/.xlsb refusals in the user's words.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb")
EXCEL_FILTER = "*.xlsx *.xlsm *.xls *.xlsb"


def template_job(kind: Kind, dest: Path, lang: str, **_: Any) -> Path:
    return write_template(kind, dest, lang)


def export_job(
    kind: Kind,
    dest: Path,
    lang: str,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    """Export beside ``dest`` and move the file into place only if nobody cancelled.

    export() itself never leaves a half file; it checks for Cancel only every thousand rows,
    so a Cancel that comes later (or on a small table) is honoured here: the file the user
    named, or the one it would have replaced, stays as it was.
    """
    staging = dest.with_name(f".{dest.stem}.exporting.xlsx")
    try:
        count = export(kind, staging, lang, progress=progress, cancelled=cancelled)
        if cancelled():
            raise Cancelled()
        try:
            os.replace(staging, dest)
        except OSError as exc:  # e.g. the old file is open in Excel on Windows
            raise ExportFailed(file=str(dest), detail=exc.strerror or str(exc)) from None
    finally:
        staging.unlink(missing_ok=True)
    return count


def workbook_in(mime: QMimeData) -> Path | None:
    """The first local workbook file among dragged or dropped data, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in WORKBOOK_SUFFIXES:
                return path
    return None


class ExchangeActions(QObject):
    """The Excel exchange's entries in the File menu, for every kind of record."""

    def __init__(self, window: QWidget, settings: Settings, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.session = session
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Preview an Excel workbook, then import its records (you can also drop it)")
        )
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(self.tr("Save records to an Excel workbook"))
        self.template_action = QAction(self.tr("Download Import &Template…"), self)
        self.template_action.setStatusTip(
            self.tr("An empty workbook with the right columns, hints and drop-downs")
        )
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.template_action.triggered.connect(self._on_template_action_triggered)

    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.template_action]

    # -- importing -----------------------------------------------------------------------------

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carries a workbook (the window then accepts the drop)."""
        return workbook_in(mime) is not None

    def drop(self, mime: QMimeData) -> PreviewDialog | None:
        """Preview the first workbook dropped on the window."""
        path = workbook_in(mime)
        return self.open_file(path) if path is not None else None

    def open_file(self, path: Path) -> PreviewDialog:
        """Preview ``path``; the preview dialog opens when the file has been read."""
        self.settings.last_folder = path
        return open_preview(path, self.session, self.settings, self.window)

    @Slot()
    def _on_import_action_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from Excel"),
            self.settings.last_folder,
            self.tr("Excel workbooks (%1);;All files (*)").replace("%1", EXCEL_FILTER),
        )
        if name:
            self.open_file(Path(name))

    # -- templates and exports -----------------------------------------------------------------

    def ask_kind(self, title: str, prompt: str, ok_text: str) -> KindDialog:
        dialog = KindDialog(title, prompt, ok_text, self.window)
        dialog.setObjectName("kind_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _on_template_action_triggered(self) -> None:
        dialog = self.ask_kind(
            self.tr("Download Import Template"),
            self.tr("Which records will you fill in? The template has their columns."),
            self.tr("Next…"),
        )
        dialog.kind_chosen.connect(self._on_template_kind_chosen)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        dialog = self.ask_kind(
            self.tr("Export to Excel"),
            self.tr("Which records do you want to export? Records in the trash are left out."),
            self.tr("Next…"),
        )
        dialog.kind_chosen.connect(self._on_export_kind_chosen)

    @Slot(str)
    def _on_template_kind_chosen(self, name: str) -> None:
        kind = get_kind(name)
        title = kind.title(messages.language())
        suggested = self.tr("%1 import template.xlsx").replace("%1", title)
        dest = self._ask_save(self.tr("Save Import Template"), suggested)
        if dest is not None:
            self.write_template_to(kind, dest)

    @Slot(str)
    def _on_export_kind_chosen(self, name: str) -> None:
        kind = get_kind(name)
        title = kind.title(messages.language())
        suggested = self.tr("%1 %2.xlsx").replace("%1", title).replace("%2", str(date.today()))
        dest = self._ask_save(self.tr("Export to Excel"), suggested)
        if dest is not None:
            self.export_to(kind, dest)

    def write_template_to(self, kind: Kind, dest: Path) -> tasks.Task:
        job = functools.partial(template_job, kind, dest, messages.language())
        return tasks.run_task(
            self.window,
            job,
            self.tr("Writing the template…"),
            on_result=self._on_template_written,
            cancellable=False,  # one small file, written in a moment
        )

    def export_to(self, kind: Kind, dest: Path) -> tasks.Task:
        """Export every record of ``kind`` to ``dest`` behind a cancellable progress dialog."""
        job = functools.partial(export_job, kind, dest, messages.language())
        return tasks.run_task(
            self.window,
            job,
            self.tr("Exporting to “%1”…").replace("%1", dest.name),
            on_result=functools.partial(self._on_exported, dest),
        )

    def _on_template_written(self, dest: Path) -> None:
        self._say(messages.text("cli_template_done", file=str(dest)))

    def _on_exported(self, dest: Path, count: int) -> None:
        self._say(messages.text("cli_export_done", count=count, file=str(dest)))

    def _say(self, text: str) -> None:
        tasks.show_status(self.window, text)

    def _ask_save(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(Path(self.settings.last_folder) / suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        self.settings.last_folder = name
        return xlsx_path(name)
