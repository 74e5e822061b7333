"""Start an appraisal cycle for a period (R-4.3): who gets an appraisal from which template.

The list is the core's plan (``plan_cycle``); a member with several roles that have templates
picks one here. Starting again for a period adds only the members still missing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import appraisal, messages
from models.appraisal import Proposal
from models.errors import DeskError
from models.team import Role
from ui import events, notify
from ui.appraisal import text as t
from ui.labels import role_label, roles_text
from ui.session import Session
from ui.widgets import ErrorLabel


class StartCycleDialog(QDialog):
    """Period, title and the members of the cycle; ``started`` carries the cycle's uid."""

    started = Signal(str)

    def __init__(self, session: Session, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Start Appraisal Cycle"))
        self.period_edit = QLineEdit(t.next_quarter(today), self)
        self.period_edit.setPlaceholderText("2026-Q4")
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("(default: “2026年第四季度绩效考核”)"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Roles"), self.tr("Template"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(
            self.tr("Start Cycle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Period (quarter, month or year):"), self.period_edit)
        form.addRow(self.tr("Title:"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.role_combos: dict[str, QComboBox] = {}
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.period_edit.editingFinished.connect(self.plan)
        self.plan()

    @Slot()
    def plan(self) -> list[Proposal]:
        """Show who would get an appraisal for the period typed."""
        self.error.show_text("")
        try:
            proposals = appraisal.plan_cycle(self.session.actor(), self.period_edit.text())
        except DeskError as err:
            self.error.show_text(err.message(messages.language()))
            self.table.setRowCount(0)
            self.start_button.setEnabled(False)
            return []
        templates = {row.role for row in appraisal.list_templates()}
        self.role_combos.clear()
        self.table.setRowCount(len(proposals))
        for r, p in enumerate(proposals):
            self.table.setItem(r, 0, QTableWidgetItem(p.member_name))
            self.table.setItem(r, 1, QTableWidgetItem(roles_text(p.roles)))
            choices = [role for role in p.roles if role in templates]
            self.table.removeCellWidget(r, 2)
            if len(choices) > 1 and not p.exists:
                combo = QComboBox(self.table)
                for role in choices:
                    combo.addItem(role_label(role), role.value)
                combo.setCurrentIndex(max(combo.findData(p.role.value if p.role else ""), 0))
                self.table.setCellWidget(r, 2, combo)
                self.role_combos[p.member_uid] = combo
                self.table.setItem(r, 2, QTableWidgetItem(""))
            else:
                self.table.setItem(r, 2, QTableWidgetItem(p.template_title))
            if p.exists:
                note = self.tr("Has an appraisal in this cycle already")
            elif p.role is None:
                note = self.tr("No template for these roles: not appraised here")
            else:
                note = ""
            self.table.setItem(r, 3, QTableWidgetItem(note))
        todo = [p for p in proposals if p.role is not None and not p.exists]
        self.start_button.setEnabled(bool(todo))
        if proposals and not todo:
            self.error.show_text(
                self.tr("Everyone with a template has an appraisal for this period already.")
            )
        return proposals

    def accept(self) -> None:
        roles = {uid: Role(str(c.currentData())) for uid, c in self.role_combos.items()}
        try:
            result = appraisal.open_cycle(
                self.session.actor(),
                self.period_edit.text(),
                title=self.title_edit.text(),
                roles=roles,
            )
        except DeskError as err:
            self.error.show_text(err.message(messages.language()))
            return
        events.announce("appraisal")
        super().accept()
        text = self.tr("Cycle %1 started: %n appraisal(s).", "", len(result.created))
        text = text.replace("%1", t.period_text(result.period))
        if result.skipped:
            text += "\n" + self.tr("Not appraised here (no template for their roles): %1").replace(
                "%1", "、".join(result.skipped)
            )
        self.started.emit(result.cycle_uid)
        notify.info(self.parentWidget(), text)
