"""The shared shape of every trash dialog: a table of deleted records, Restore, and (where
the area allows it) Delete for good. Each area says what its rows are and how to act on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.base import Actor
from models.errors import DeskError
from ui import events, notify
from ui.session import Session
from ui.table_model import RowTableModel


class TrashDialogBase(QDialog):
    """Deleted records of one area; subclasses fill in the hooks below."""

    kinds: tuple[str, ...] = ()  # the record kinds whose changes refresh the list
    can_purge = True

    def __init__(
        self,
        session: Session,
        model: RowTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        model.setParent(self)
        self.setWindowTitle(self.title())
        intro_label = QLabel(self.intro(), self)
        intro_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.empty_text(), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(
            QCoreApplication.translate("TrashDialogBase", "Restore"), self
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(
            QCoreApplication.translate("TrashDialogBase", "Delete for good…"), self
        )
        if self.can_purge:
            buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.purge_button.clicked.connect(self.purge_selected)
        else:
            self.purge_button.hide()
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        top = self.build_top()
        if top is not None:
            layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(760, 380)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)

    # -- hooks ------------------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def intro(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        return QCoreApplication.translate("TrashDialogBase", "The trash is empty.")

    def build_top(self) -> QLayout | None:
        """Widgets above the table (e.g. a choice of what to list); none by default."""
        return None

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def restore(self, actor: Actor, row: Any) -> None:
        raise NotImplementedError

    def purge(self, actor: Actor, row: Any) -> None:
        raise NotImplementedError

    def purge_question(self, row: Any) -> str:
        raise NotImplementedError

    def changed_kind(self) -> str:
        return self.kinds[0]

    # -- behaviour --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.model.set_rows(self.rows())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def select(self, uid: str) -> None:
        row = self.model.find(uid)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.restore(self.session.actor(), row)
        except DeskError as err:  # e.g. a new record took the name meanwhile
            notify.desk_error(self, err)
            return
        events.announce(self.changed_kind())

    @Slot()
    def purge_selected(self) -> None:
        row = self.selected()
        if row is None or not notify.confirm(
            self,
            self.purge_question(row),
            QCoreApplication.translate("TrashDialogBase", "Delete for good"),
        ):
            return
        try:
            self.purge(self.session.actor(), row)
        except DeskError as err:  # e.g. other records still refer to it
            notify.desk_error(self, err)
            return
        events.announce(self.changed_kind())

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, *self.kinds):
            self.refresh()
