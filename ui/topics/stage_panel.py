"""Where a topic is in the flow, the moves open to it and its stage history (R-5.1).

A button per stage: the stages the user may move the topic to now are enabled; the others are
disabled with the reason as their tooltip, and the next step's reason is written out below
them, so the user learns what to do before the topic can move on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.topics import stages
from models.topics.backlog import TopicRow
from models.topics.model import BOARD_STAGES, FLOW, Stage
from ui.session import Session
from ui.topics.backlog_model import when_text


class StagePanel(QWidget):
    """Stage buttons, a reason line for the move, a hint for the next step, the history."""

    move_requested = Signal(int)  # the stage chosen; the dialog saves first, then moves

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row: TopicRow | None = None
        self.refusals: dict[Stage, str | None] = {}
        self.current_label = QLabel(self)
        self.buttons: dict[Stage, QPushButton] = {}
        line = QHBoxLayout()
        for stage in BOARD_STAGES:
            if stage is Stage.PARKED:
                line.addSpacing(16)  # 搁置 and 废弃 are beside the flow, not in it
            button = QPushButton(stage.label(), self)
            button.setObjectName(f"stage_{stage.code}")
            button.clicked.connect(lambda _=False, s=stage: self.move_requested.emit(int(s)))
            line.addWidget(button)
            self.buttons[stage] = button
        line.addStretch(1)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setPlaceholderText(
            self.tr("Reason for the move (optional; kept in the stage history)")
        )
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.history = QTableWidget(0, 5, self)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("From"), self.tr("To"), self.tr("Reason")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(line)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel(self.tr("Stage history"), self))
        layout.addWidget(self.history, 1)

    def show_topic(self, row: TopicRow) -> None:
        """Re-read what the user may do with the topic as stored now, and its history."""
        self.row = row
        actor = self.session.actor()
        lang = messages.language()
        since = when_text(row.stage_changed_at)
        self.current_label.setText(
            self.tr("Current stage: <b>%1</b> (since %2)")
            .replace("%1", row.stage.label())
            .replace("%2", since)
        )
        self.refusals = {}
        for stage, button in self.buttons.items():
            font = QFont(button.font())
            font.setBold(stage is row.stage)
            button.setFont(font)
            if stage is row.stage:
                button.setEnabled(False)
                button.setToolTip(self.tr("The topic is at this stage now"))
                continue
            err = stages.move_refusal(row.uid, stage, actor)
            reason = err.message(lang) if err else None
            self.refusals[stage] = reason
            button.setEnabled(reason is None)
            allowed = self.tr("Move the topic to %1").replace("%1", stage.label())
            button.setToolTip(reason or allowed)
        self.hint_label.setText(self._next_step_hint(row.stage))
        self._show_history(row.uid)

    def _next_step_hint(self, here: Stage) -> str:
        if here not in FLOW or here is Stage.PUBLISH:
            return ""
        following = FLOW[FLOW.index(here) + 1]
        reason = self.refusals.get(following)
        if reason is None:
            return self.tr("Ready for the next step, %1.").replace("%1", following.label())
        return self.tr("Before %1: %2").replace("%1", following.label()).replace("%2", reason)

    def _show_history(self, uid: str) -> None:
        changes = stages.stage_history(uid)
        self.history.setRowCount(len(changes))
        for number, change in enumerate(reversed(changes)):  # newest first
            cells = [
                when_text(change.at),
                change.actor_name,
                change.from_stage.label() if change.from_stage else self.tr("(created)"),
                change.to_stage.label(),
                change.comment,
            ]
            for column, text in enumerate(cells):
                self.history.setItem(number, column, QTableWidgetItem(text))

    def comment(self) -> str:
        return self.comment_edit.text().strip()

    @Slot()
    def clear_comment(self) -> None:
        self.comment_edit.clear()
