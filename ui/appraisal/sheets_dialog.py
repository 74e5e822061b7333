"""The lead's appraisal workbook (R-4.3): export it for a period, and import an edited copy
after a preview of every change, with the totals and grades the app computes from them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import appraisal, messages
from models.appraisal import SheetsPreview
from models.base import Actor
from models.errors import DeskError
from ui import events, notify, tasks
from ui.appraisal import text as t
from ui.session import Session


def export_job(
    actor: Actor,
    period: str,
    dest: Path,
    lang: str,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    return appraisal.write_sheets(actor, period, dest, lang, progress=progress, cancelled=cancelled)


def preview_job(actor: Actor, path: Path, **_: Any) -> SheetsPreview:
    return appraisal.preview_sheets(actor, path)


def apply_job(actor: Actor, preview: SheetsPreview, **_: Any) -> int:
    return appraisal.apply_sheets(actor, preview)


class SheetsPreviewDialog(QDialog):
    """What importing the workbook would change; Import writes it in one transaction."""

    imported = Signal(int)  # how many values changed

    def __init__(
        self, session: Session, path: Path, preview: SheetsPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.preview = preview
        self.task: tasks.Task | None = None
        self.setWindowTitle(self.tr("Import Appraisal Sheets “%1”").replace("%1", path.name))
        lang = messages.language()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Cell"),
                self.tr("What"),
                self.tr("Now"),
                self.tr("In the file"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.errors = QListWidget(self)
        self.errors.setMaximumHeight(90)
        self.errors.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(860, 520)
        self._fill(lang)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

    def _fill(self, lang: str) -> None:
        p = self.preview
        rows: list[tuple[str, str, str, str, str, bool]] = []
        for m in p.members:
            for ch in m.changes:
                rows.append(
                    (
                        m.member_name,
                        f"{ch.sheet}!{ch.cell}",
                        ch.label(lang),
                        ch.shown_old(lang),
                        ch.shown_new(lang),
                        False,
                    )
                )
            for ch in m.conflicts:
                rows.append(
                    (
                        m.member_name,
                        f"{ch.sheet}!{ch.cell}",
                        self.tr("%1 — changed here too: the app's value stays").replace(
                            "%1", ch.label(lang)
                        ),
                        ch.shown_old(lang),
                        ch.shown_new(lang),
                        True,
                    )
                )
            if m.changes and (m.old_total != m.new_total or m.old_grade != m.new_grade):
                grade = f"{t.total_text(m.old_total)} {m.old_grade or ''}"
                after = f"{t.total_text(m.new_total)} {m.new_grade or ''}"
                rows.append(
                    (
                        m.member_name,
                        "",
                        self.tr("Total and grade (computed)"),
                        grade.strip(),
                        after.strip(),
                        False,
                    )
                )
        self.table.setRowCount(len(rows))
        for r, (*cells, conflict) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if conflict:
                    item.setForeground(QColor("#9a6700"))
                if c == 2 and not cells[1]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        for problem in p.errors:
            self.errors.addItem(problem.message(lang))
        self.errors.setVisible(bool(p.errors))
        people = len(p.changed)
        summary = self.tr("%n value(s) changed", "", p.change_count)
        summary += self.tr(" for %n member(s).", "", people)
        if p.errors:
            summary += " " + self.tr(
                "Fix the problems below in the file and import it again; "
                "nothing is imported while there are any."
            )
        elif not p.change_count:
            summary = self.tr("The file holds no changes: nothing to import.")
        self.summary.setText(summary)
        self.import_button.setEnabled(p.change_count > 0 and not p.errors)

    @Slot()
    def start_import(self) -> tasks.Task | None:
        if not self.import_button.isEnabled():
            return None
        self.import_button.setEnabled(False)
        job = functools.partial(apply_job, self.session.actor(), self.preview)
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Importing “%1”…").replace("%1", self.path.name),
            on_result=self._on_imported,
            on_error=self._on_failed,
            on_cancelled=lambda: self.import_button.setEnabled(True),
        )
        return self.task

    def _on_imported(self, count: int) -> None:
        events.announce("appraisal")
        self.imported.emit(count)
        self.accept()
        text = self.tr("Imported %n change(s) from “%1”.", "", count).replace("%1", self.path.name)
        tasks.show_status(self.parentWidget(), text)

    def _on_failed(self, err: DeskError) -> None:
        notify.desk_error(self, err)
        self.import_button.setEnabled(False)
