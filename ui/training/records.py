"""A session's roster (R-4.2): who came, hours, scores, pass or fail, certificates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models import training
from models.errors import DeskError
from models.training import RecordRow, SessionRow
from ui import events, notify
from ui.table_view import select_key, selected_source_row
from ui.training import text as t
from ui.training.models import RecordTableModel
from ui.training.record_dialog import RecordDialog
from ui.training.tab import TrainingTab


class RosterPanel(QWidget):
    """The records of one session, with buttons to add, edit and remove them."""

    status_posted = Signal(str)

    def __init__(self, tab: TrainingTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.session = tab.session
        self.target: SessionRow | None = None
        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.summary = QLabel(self)
        self.add_button = QPushButton(self.tr("Add to roster…"), self)
        self.edit_button = QPushButton(self.tr("Scores and certificate…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected record: score, hours, certificate"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.model = RecordTableModel(self, lead="member")
        self.proxy, self.table = tab.make_table(self.model, "roster")

        buttons = QHBoxLayout()
        buttons.addWidget(self.heading)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_session(None)

    def set_session(self, target: SessionRow | None) -> None:
        self.target = target
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_record()
        self.model.today = self.tab.state.today()
        rows: list[RecordRow] = []
        if self.target is None:
            self.heading.setText(self.tr("Choose a session to see its roster."))
        else:
            self.heading.setText(
                self.tr("Roster: %1, %2")
                .replace("%1", self.target.course_title)
                .replace("%2", t.datetime_text(self.target.starts_at))
            )
            try:
                rows = training.session_roster(self.target.uid)
            except DeskError:  # the session was deleted meanwhile
                self.target = None
        self.model.set_rows(rows)
        if keep is not None:
            select_key(self.table, self.proxy, self.model, keep.uid)
        came = sum(1 for r in rows if r.attended)
        self.summary.setText(
            self.tr("%1 attended, %2 absent")
            .replace("%1", str(came))
            .replace("%2", str(len(rows) - came))
            if rows
            else ""
        )
        self._update_buttons()

    def current_record(self) -> RecordRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.record(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    def select_member(self, name: str) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.member_name == name:
                return select_key(self.table, self.proxy, self.model, self.model.record(number).uid)
        return False

    @Slot()
    def add_record(self) -> RecordDialog | None:
        if self.target is None:
            return None
        return self._open(None)

    @Slot()
    def edit_selected(self) -> RecordDialog | None:
        record = self.current_record()
        if self.target is None or record is None:
            return None
        return self._open(record)

    def _open(self, record: RecordRow | None) -> RecordDialog:
        assert self.target is not None
        dialog = RecordDialog(self.session, self.target, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def remove_selected(self) -> None:
        record = self.current_record()
        if record is None:
            return
        try:
            training.trash_record(self.session.actor(), record.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("training_record")
        self.status_posted.emit(
            self.tr("Removed %1 from the roster. Use Trash… to restore.").replace(
                "%1", record.member_name
            )
        )

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current_record() is not None
        self.add_button.setEnabled(self.target is not None)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select(uid)
        self.status_posted.emit(self.tr("Saved."))
