"""The 回收站 Trash: deleted members, to restore or to delete for good."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import team
from models.errors import DeskError
from models.team import MemberRow
from ui import events, notify
from ui.session import Session
from ui.team_model import MemberTableModel


class TrashDialog(QDialog):
    """Lists trashed members; Restore brings one back, Delete for good purges it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Trash"))
        intro = QLabel(
            self.tr("Deleted members wait here. Restore them, or delete them for good."), self
        )
        intro.setWordWrap(True)
        self.model = MemberTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("The trash is empty."), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.purge_button = QPushButton(self.tr("Delete for good…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(760, 360)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(team.list_trash())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def select(self, uid: str) -> None:
        row = self.model.find(uid)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            team.restore_member(self.session.actor(), row.uid)
        except DeskError as err:  # e.g. a new member took the name meanwhile
            notify.desk_error(self, err)
            return
        events.announce("member")

    @Slot()
    def purge_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete “%1” for good? This cannot be undone.").replace("%1", row.name)
        if not notify.confirm(self, question, self.tr("Delete for good")):
            return
        try:
            team.purge_member(self.session.actor(), row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("member")

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "member"):
            self.refresh()
