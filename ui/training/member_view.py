"""The 成员 tab: one member's training history, hours in the period, required courses due."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
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

from models import messages, team, training
from models.errors import DeskError
from models.training import MemberTraining
from models.training.transcript import write_transcript
from ui import tasks
from ui.page import PageContext
from ui.training import text as t
from ui.training.models import DueTableModel, RecordTableModel
from ui.training.tab import TrainingState, TrainingTab


def transcript_job(
    member_uid: str, path: str, lang: str, period: str, progress: Any = None, cancelled: Any = None
) -> Path:
    """The background job: one member's transcript workbook (a single small file)."""
    return write_transcript(member_uid, path, lang, period=period)


class MemberTab(TrainingTab):
    """Pick a member: what they attended, their hours in the period, and what is still due."""

    kinds = ("member", "course", "course_session", "training_record")

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.data: MemberTraining | None = None
        self.member_combo = QComboBox(self)
        self.member_combo.setMinimumContentsLength(10)
        self.summary = QLabel(self)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.history_model = RecordTableModel(self, lead="history")
        self.history_proxy, self.history_table = self.make_table(self.history_model, "history")
        self.due_label = QLabel(self)
        self.due_model = DueTableModel(self)
        self.due_proxy, self.due_table = self.make_table(self.due_model, "due")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Member:"), self))
        top.addWidget(self.member_combo)
        top.addWidget(self.summary, 1)
        # a printable transcript the member's appraisal can attach.
        self.transcript_button = QPushButton(self.tr("Export Transcript…"), self)
        self.transcript_button.clicked.connect(self.export_transcript)
        top.addWidget(self.transcript_button)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Training history, newest first:"), self))
        history_layout.addWidget(self.history_table, 1)
        due = QWidget(self)
        due_layout = QVBoxLayout(due)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_label)
        due_layout.addWidget(self.due_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(history)
        splitter.addWidget(due)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.member_combo.currentIndexChanged.connect(self._show)
        self.refresh()

    def title(self) -> str:
        return self.tr("By member")

    def choose(self, member_uid: str) -> bool:
        index = self.member_combo.findData(member_uid)
        if index >= 0:
            self.member_combo.setCurrentIndex(index)
        return index >= 0

    @Slot()
    def export_transcript(self) -> tasks.Task | None:
        """Save the chosen member's training in the period as a print-ready workbook."""
        uid = self.member_combo.currentData()
        if uid is None:
            return None
        settings = self.ctx.settings
        suggested = self.tr("Training transcript %1 %2.xlsx")
        suggested = suggested.replace("%1", self.member_combo.currentText())
        suggested = suggested.replace("%2", self.state.period)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export training transcript"),
            str(Path(settings.last_folder) / suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        settings.last_folder = path
        self.task = tasks.run_task(
            self,
            partial(transcript_job, str(uid), path, messages.language(), self.state.period),
            self.tr("Writing %1…").replace("%1", Path(path).name),
            on_result=self._on_transcript_written,
        )
        return self.task

    def _on_transcript_written(self, path: Path) -> None:
        self.status_posted.emit(self.tr("Transcript saved to %1.").replace("%1", str(path)))

    @Slot()
    def refresh(self) -> None:
        chosen = self.member_combo.currentData()
        if chosen is None:
            me = self.session.member()
            chosen = me.uid if me is not None else None
        self.member_combo.blockSignals(True)  # refilling is not the user choosing
        self.member_combo.clear()
        for member in team.list_members():
            label = (
                member.name
                if member.active
                else self.tr("%1 (inactive)").replace("%1", member.name)
            )
            self.member_combo.addItem(label, member.uid)
        self.member_combo.setCurrentIndex(max(self.member_combo.findData(chosen), 0))
        self.member_combo.blockSignals(False)
        self._show()

    @Slot()
    def _show(self) -> None:
        uid = self.member_combo.currentData()
        today = self.state.today()
        self.history_model.today = today
        self.data = None
        if uid is not None:
            try:
                self.data = training.member_training(str(uid), self.state.period, today)
            except DeskError:  # deleted meanwhile; the refresh that follows drops them
                self.data = None
        data = self.data
        if data is None:
            self.summary.setText(self.tr("The team list is empty."))
            self.history_model.set_rows([])
            self.due_model.set_rows([])
            self.due_label.clear()
            return
        self.summary.setText(
            self.tr("%1 training hour(s) in %2 · %3 session(s) on record")
            .replace("%1", t.number_text(data.hours_in_period))
            .replace("%2", t.period_text(self.state.period))
            .replace("%3", str(len(data.history)))
        )
        self.history_model.set_rows(data.history)
        self.due_model.set_rows(data.due)
        if data.due:
            self.due_label.setText(
                self.tr("Required training still to do as of %1 (%n course(s)):", "", len(data.due))
                .replace("%1", today.isoformat())
            )  # fmt: skip
        else:
            self.due_label.setText(
                self.tr("All required training is done as of %1.").replace("%1", today.isoformat())
            )
