"""The 团队 Team page: members, their procedure roles, and the trash (R-4.1)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import db as dbmod
from models import team
from models.errors import DeskError
from models.team import MemberRow, Role
from ui import events, notify
from ui.icons import icon
from ui.labels import role_label
from ui.member_dialog import MemberDialog
from ui.page import Page, PageContext
from ui.settings import Settings
from ui.table_model import CollatingProxy
from ui.team_model import MemberTableModel
from ui.trash_dialog import TrashDialog

TABLE_NAME = "team"  # the key of this table's column state in the settings


class TeamPage(Page):
    """Lists the team and lets the user add, edit, deactivate and delete members."""

    has_new = True
    has_search = True
    has_delete = True

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, email or department (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.role_combo = QComboBox(self)
        self.role_combo.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.inactive_box = QCheckBox(self.tr("Show inactive"), self)
        self.inactive_box.setChecked(True)

        self.new_button = QPushButton(self.tr("New member…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.trash_button = QPushButton(self.tr("Trash…"), self)
        self.trash_button.setToolTip(self.tr("Deleted members; restore them from here"))

        self.model = MemberTableModel(self)
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the notes take what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.role_combo, 1)
        filters.addWidget(self.inactive_box)
        filters.addStretch(0)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search_edit.textChanged.connect(self.refresh)
        self.role_combo.currentIndexChanged.connect(self.refresh)
        self.inactive_box.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_selected)
        self.trash_button.clicked.connect(self.open_trash)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)

        self.refresh()
        self._restore_header(ctx.settings)

    # -- the page interface ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Team")

    def icon(self) -> QIcon:
        return icon("team")

    @Slot()
    def new_record(self) -> MemberDialog:
        dialog = MemberDialog(self.session, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def delete_selected(self) -> None:
        """Move the selected members to the trash (restorable from the Trash dialog)."""
        rows = self.selected_members()
        if not rows:
            return
        me = self.session.member()
        if me is not None and any(r.uid == me.uid for r in rows):
            notify.error(self, self.tr("You cannot delete yourself. Switch user first."))
            return
        actor = self.session.actor()
        try:
            with dbmod.write():  # several members: all or none
                for row in rows:
                    team.trash_member(actor, row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("member")
        self.status_posted.emit(
            self.tr("Moved %n member(s) to the trash. Use Trash… to restore.", "", len(rows))
        )

    def save_state(self, settings: Settings) -> None:
        settings.set_header_state(TABLE_NAME, self.table.horizontalHeader().saveState())

    # -- actions ---------------------------------------------------------------------------------

    def selected_members(self) -> list[MemberRow]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self._selected_indexes()})
        return [self.model.member(r) for r in rows]

    def current_member(self) -> MemberRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            selected = self.selected_members()
            return selected[0] if selected else None
        return self.model.member(self.proxy.mapToSource(index).row())

    @Slot()
    def edit_selected(self) -> MemberDialog | None:
        row = self.current_member()
        if row is None:
            return None
        dialog = MemberDialog(self.session, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def toggle_active(self) -> None:
        """Deactivate a member who left (kept for history) or bring them back."""
        row = self.current_member()
        if row is None:
            return
        try:
            team.set_active(self.session.actor(), row.uid, not row.active, row.version)
        except DeskError as err:  # a conflict: someone changed them; the refresh shows it
            notify.desk_error(self, err)
        events.announce("member")

    @Slot()
    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # stops its re-queries
        dialog.open()
        return dialog

    @Slot()
    def refresh(self) -> None:
        """Re-query the members with the current filters and keep the selection."""
        keep = {r.uid for r in self.selected_members()}
        role = self.role_combo.currentData()
        rows = team.list_members(
            include_inactive=self.inactive_box.isChecked(),
            search=self.search_edit.text(),
            role=Role(role) if role else None,
        )
        self.model.set_rows(rows)
        self._select(keep)
        inactive = sum(1 for r in rows if not r.active)
        text = self.tr("%n member(s)", "", len(rows))
        if inactive:
            text += self.tr(", %n inactive", "", inactive)
        self.count_label.setText(text)
        self._update_buttons()

    # -- internals -------------------------------------------------------------------------------

    def _selected_indexes(self) -> list[QModelIndex]:
        return self.table.selectionModel().selectedRows()

    def _select(self, uids: set[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for uid in uids:
            source_row = self.model.find(uid)
            if source_row is not None:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                selection.select(index, flags)

    def _restore_header(self, settings: Settings) -> None:
        header = self.table.horizontalHeader()
        state = settings.header_state(TABLE_NAME)
        if state is None or not header.restoreState(state):
            self._default_widths()
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        unit = self.fontMetrics().averageCharWidth()
        for number, column in enumerate(self.model.columns):
            fits_header = header.sectionSizeFromContents(number).width()
            header.resizeSection(number, max(column.chars * unit + 16, fits_header))

    @Slot()
    def _update_buttons(self) -> None:
        rows = self.selected_members()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(bool(rows))
        current = self.current_member()
        self.active_button.setText(
            self.tr("Reactivate") if current and not current.active else self.tr("Deactivate")
        )

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "member"):
            self.refresh()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.table.selectionModel().clearSelection()
        self._select({uid})
        self.status_posted.emit(self.tr("Saved."))
