"""File ▸ Back up / Restore database, run in the background (models.db.backup_to/restore_from)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from models import db as dbmod
from models import messages
from ui import events, notify
from ui.session import Session
from ui.settings import Settings
from ui.tasks import Task, run_task

Progress = Callable[[int, int], None]


def backup_job(dest: Path, *, progress: Progress, cancelled: Callable[[], bool]) -> Path:
    progress(0, 1)
    written = dbmod.backup_to(dest)
    progress(1, 1)
    return written


def restore_job(src: Path, *, progress: Progress, cancelled: Callable[[], bool]) -> Path:
    progress(0, 1)
    safety = dbmod.restore_from(src)
    progress(1, 1)
    return safety


class DatabaseActions(QObject):
    """The backup and restore actions, shared by the File menu and the Settings page."""

    status_posted = Signal(str)
    member_lost = Signal()  # after a restore, "who I am" is not in the restored data

    def __init__(self, window: QWidget, settings: Settings, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.session = session
        self.backup_action = QAction(self.tr("&Back Up Database…"), self)
        self.backup_action.setStatusTip(self.tr("Save a complete copy of the database to a file"))
        self.restore_action = QAction(self.tr("&Restore Database…"), self)
        self.restore_action.setStatusTip(
            self.tr("Replace all data by a backup; the current data is kept as a copy first")
        )
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self._src: Path | None = None
        if dbmod.path() is None:  # a server database has its own backups
            self.backup_action.setEnabled(False)
            self.restore_action.setEnabled(False)

    # -- asking --------------------------------------------------------------------------

    @Slot()
    def _on_backup_action_triggered(self) -> None:
        suggested = Path(self.settings.last_folder) / f"marketing-desk-backup-{date.today()}.db"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up database"),
            str(suggested),
            self.tr("Database files (*.db);;All files (*)"),
        )
        if name:
            self.settings.last_folder = name
            self.backup_to(Path(name))

    @Slot()
    def _on_restore_action_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore database from a backup"),
            self.settings.last_folder,
            self.tr("Database files (*.db);;All files (*)"),
        )
        if not name:
            return
        self.settings.last_folder = name
        question = self.tr(
            "Replace all current data by the backup “%1”?\n\nThe current data is first saved "
            "as a copy beside the database file, so this can be undone."
        ).replace("%1", Path(name).name)
        if notify.confirm(self.window, question, self.tr("Restore")):
            self.restore_from(Path(name))

    # -- doing -------------------------------------------------------------------------------

    def backup_to(self, dest: Path) -> Task | None:
        if self._is_live(dest):
            notify.error(self.window, self.tr("Choose another file: this is the database in use."))
            return None
        return self._start(
            functools.partial(backup_job, dest),
            self.tr("Backing up the database…"),
            self._on_backup_done,
        )

    def restore_from(self, src: Path) -> Task | None:
        if self._is_live(src):
            notify.error(self.window, self.tr("Choose another file: this is the database in use."))
            return None
        self._src = src
        return self._start(
            functools.partial(restore_job, src),
            self.tr("Restoring the database…"),
            self._on_restore_done,
        )

    def _start(self, job: Callable[..., Path], label: str, done: Callable[[Path], None]) -> Task:
        # Backup and restore are single SQLite calls: they cannot stop half-way.
        task = run_task(self.window, job, label, on_result=done, cancellable=False)
        self.backup_action.setEnabled(False)
        self.restore_action.setEnabled(False)
        task.finished.connect(self._on_task_finished)
        return task

    def _on_backup_done(self, written: Path) -> None:
        self.status_posted.emit(messages.text("cli_backup_done", path=written))

    def _on_restore_done(self, safety: Path) -> None:
        events.announce(events.ALL)
        self.status_posted.emit(messages.text("cli_restore_done", src=self._src, safety=safety))
        if self.session.member() is None:
            self.member_lost.emit()

    @Slot()
    def _on_task_finished(self) -> None:
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(True)

    @staticmethod
    def _is_live(path: Path) -> bool:
        live = dbmod.path()
        return live is not None and path.expanduser().resolve() == live.resolve()
