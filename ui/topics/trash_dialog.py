"""The 选题 trash: deleted topics, to restore or to delete for good."""

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

from models.errors import DeskError
from models.topics import editing
from models.topics.editing import TrashedTopic
from ui import events, notify
from ui.session import Session
from ui.table_model import Column, RowTableModel
from ui.topics.backlog_model import when_text


class TopicTrashDialog(QDialog):
    """Lists deleted topics; Restore brings one back, Delete for good removes it and its drafts."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Deleted topics"))
        intro = QLabel(
            self.tr("Deleted topics wait here. Restore them, or delete them for good."), self
        )
        intro.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Title"), lambda r: r.title, chars=30),
                Column(self.tr("Stage"), lambda r: r.stage.label(), chars=8),
                Column(self.tr("Owner"), lambda r: r.owner_name, chars=8),
                Column(self.tr("Deleted at"), lambda r: when_text(r.deleted_at), chars=16),
            ],
            key=lambda r: r.uid,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        self.resize(720, 380)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(editing.list_trash())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def select(self, uid: str) -> None:
        row = self.model.find(uid)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> TrashedTopic | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            editing.restore_topic(self.session.actor(), row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("topic")

    @Slot()
    def purge_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr(
            "Delete “%1” for good, with its plan, drafts and publications? This cannot be undone."
        ).replace("%1", row.title)
        if not notify.confirm(self, question, self.tr("Delete for good")):
            return
        try:
            editing.purge_topic(self.session.actor(), row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("topic")

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "topic"):
            self.refresh()
