"""The appraisal items as a plain list in Excel (the exchange kind ``appraisals``, R-4.3):
export, template, and import through the exchange's preview dialog, with the lead's rights.

The engine's own File ▸ Export and Import refuse this kind (they know no acting member, and
appraisals are private); here the same dialog calls ``preview_appraisals`` and
``apply_appraisals``, which check the lead and the locks.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from models import appraisal
from models.appraisal import excel
from models.base import Actor
from models.exchange import Preview
from ui import tasks
from ui.exchange.preview_dialog import PreviewDialog
from ui.exchange.row_text import THEIRS
from ui.session import Session
from ui.settings import Settings


def export_job(
    actor: Actor,
    dest: Path,
    lang: str,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    return appraisal.export_appraisals(actor, dest, lang, progress=progress, cancelled=cancelled)


def preview_job(actor: Actor, path: Path, options: dict[str, Any], **_: Any) -> Preview:
    return appraisal.preview_appraisals(actor, path, **options)


class ItemsPreviewDialog(PreviewDialog):
    """The exchange's preview dialog, previewing and importing as the team lead.

    While it is open the kind's hooks work for the lead in the GUI thread too: its rows show
    the stored values (who is appraised) through them.
    """

    def __init__(
        self, path: Path, session: Session, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(path, session, settings, parent)
        token = excel.begin_as_lead(session.actor())
        # closed, or deleted unseen when the file is refused: the lead's turn ends either way
        self.finished.connect(lambda *_: excel.end_as_lead(token))
        self.destroyed.connect(lambda *_: excel.end_as_lead(token))

    def refresh_preview(self, parent: QWidget | None = None) -> tasks.Task:
        options = {
            "kind_overrides": dict(self.kind_overrides),
            "mapping_overrides": copy.deepcopy(self.mapping_overrides),
        }
        job = functools.partial(preview_job, self.session.actor(), self.path, options)
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

    def start_import(self) -> tasks.Task | None:
        if self.preview is None or not self.import_button.isEnabled():
            return None
        choices = {uid: c for uid, c in self.conflict_choices.items() if c == THEIRS}
        job = functools.partial(
            appraisal.apply_appraisals,
            self.session.actor(),
            self.preview,
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


def open_items_preview(
    path: Path, session: Session, settings: Settings, parent: QWidget | None
) -> ItemsPreviewDialog:
    dialog = ItemsPreviewDialog(path, session, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    return dialog
