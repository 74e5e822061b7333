"""The 选题库 Topic backlog page: quick add, search and filters, a table or a board (R-5.1–R-5.3).

The table reads pages of SQL (``BacklogModel``), so it opens, searches and sorts 100,000
topics quickly; the board shows the same search and filters as a column per stage. The page
reads the database when it is first shown and when records it shows change while it is seen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import db as dbmod
from models.errors import DeskError
from models.topics import editing
from models.topics.backlog import BacklogQuery, TopicRow
from ui import events, notify
from ui.icons import icon
from ui.page import Page, PageContext
from ui.settings import Settings
from ui.topics.backlog_model import BacklogModel
from ui.topics.board import BoardView
from ui.topics.filters import FilterBar
from ui.topics.options_dialog import OptionsDialog
from ui.topics.quick_add import QuickAddBar
from ui.topics.topic_dialog import TopicDialog
from ui.topics.trash_dialog import TopicTrashDialog

TABLE_NAME = "topics"  # the key of this table's column state in the settings
SHOWN_KINDS = ("topic", "topic_plan", "member", "list_option")
TABLE, BOARD = 0, 1


class TopicsPage(Page):
    """The backlog as a table or a board; a member's own topics come first (R-5.2)."""

    has_new = True
    has_search = True
    has_delete = True

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.stale = True  # the table reads when first shown
        self.board_stale = True

        self.quick = QuickAddBar(self.session, self)
        self.filter_bar = FilterBar(self)
        self.table_button = QPushButton(self.tr("Table"), self)
        self.board_button = QPushButton(self.tr("Board"), self)
        self.views = QButtonGroup(self)
        for number, button in enumerate((self.table_button, self.board_button)):
            button.setCheckable(True)
            self.views.addButton(button, number)
        self.table_button.setChecked(True)
        self.new_button = QPushButton(self.tr("New Topic…"), self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.lists_button = QPushButton(self.tr("Forms && Channels…"), self)
        self.lists_button.setToolTip(self.tr("Edit the team's lists of content forms and channels"))
        self.trash_button = QPushButton(self.tr("Trash…"), self)
        self.trash_button.setToolTip(self.tr("Deleted topics; restore them from here"))
        self.count_label = QLabel(self)

        self.model = BacklogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backlog_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        # a fixed row height: Qt never measures 100,000 rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self.board = BoardView(self.session, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.board)
        self._count_timer = QTimer(self)  # the count after the rows: they show first
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)

        bar = QHBoxLayout()
        for button in (self.table_button, self.board_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        for button in (self.new_button, self.open_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.lists_button)
        bar.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quick)
        layout.addWidget(self.filter_bar)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.quick.added.connect(self._on_quick_added)
        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.views.idClicked.connect(self.show_view)
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.lists_button.clicked.connect(self.open_lists)
        self.trash_button.clicked.connect(self.open_trash)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.board.open_requested.connect(self.open_topic)
        self.board.status_posted.connect(self.status_posted)
        self._count_timer.timeout.connect(self.show_count)
        events.hub().records_changed.connect(self._on_records_changed)
        self.session.member_changed.connect(self._on_session_member_changed)

        self._restore_header(ctx.settings)
        if ctx.settings.page_view(TABLE_NAME) == BOARD:  # as the user left it last time
            self.show_view(BOARD)
        self._update_buttons()

    # -- the page interface ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Topics")

    def icon(self) -> QIcon:
        return icon("topics")

    @Slot()
    def new_record(self) -> TopicDialog:
        return self._open_dialog(None)

    def focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    @Slot()
    def delete_selected(self) -> None:
        """Move the selected topics to the trash (restorable from Trash…)."""
        uids = self.selected_uids()
        if not uids:
            return
        actor = self.session.actor()
        try:
            with dbmod.write():  # several topics: all or none
                for uid in uids:
                    editing.trash_topic(actor, uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("topic")
        self.status_posted.emit(
            self.tr("Moved %n topic(s) to the trash. Use Trash… to restore.", "", len(uids))
        )

    def save_state(self, settings: Settings) -> None:
        settings.set_header_state(TABLE_NAME, self.table.horizontalHeader().saveState())
        settings.set_page_view(TABLE_NAME, self.stack.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_stale()

    # -- reading -------------------------------------------------------------------------------

    def query(self) -> BacklogQuery:
        """The filters, my topics first, and the table's sort order."""
        me = self.session.member()
        spec = self.filter_bar.query(me.uid if me else None)
        current = self.model.query()
        return replace(spec, sort=current.sort, descending=current.descending)

    @Slot()
    def refresh(self) -> None:
        """Re-read the view shown with the current filters, keeping the selection."""
        keep = self.selected_uids()
        spec = self.query()
        if self.stack.currentIndex() == BOARD:
            self.board.set_query(spec)
            self.board_stale = False
            self.stale = True
        else:
            if spec == self.model.query() and self.model.loaded_rows():
                self.model.refresh()
            else:
                self.model.set_filters(spec)
            self.stale = False
            self.board_stale = True
        self._select(keep)
        self._count_timer.start()
        self._update_buttons()

    @Slot()
    def show_count(self) -> None:
        total = self.model.total() if self.stack.currentIndex() == TABLE else self._board_total()
        text = self.tr("%n topic(s)", "", total)
        if self.filter_bar.is_filtered():
            text = self.tr("%1 match the filters").replace("%1", text)
        self.count_label.setText(text)

    def _board_total(self) -> int:
        return sum(c.total for c in self.board.columns.values() if not c.isHidden())

    @Slot(int)
    def show_view(self, view: int) -> None:
        """The table (0) or the board (1)."""
        self.views.button(view).setChecked(True)
        self.stack.setCurrentIndex(view)
        if (view == BOARD and self.board_stale) or (view == TABLE and self.stale):
            self.refresh()
        else:
            self._count_timer.start()
        self._update_buttons()

    def _refresh_if_stale(self) -> None:
        board = self.stack.currentIndex() == BOARD
        if self.board_stale if board else self.stale:
            self.refresh()

    # -- selection and dialogs ------------------------------------------------------------

    def selected_uids(self) -> list[str]:
        if self.stack.currentIndex() == BOARD:
            card = self.board.selected_card()
            return [card.uid] if card else []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.topic(r).uid for r in rows]

    def current_topic(self) -> TopicRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.topic(rows[0].row()) if rows else None

    def select(self, uid: str) -> None:
        self.table.clearSelection()
        self._select([uid])
        self.board.select(uid)

    @Slot()
    def open_selected(self) -> TopicDialog | None:
        uids = self.selected_uids()
        return self.open_topic(uids[0]) if uids else None

    @Slot(str)
    def open_topic(self, uid: str) -> TopicDialog:
        return self._open_dialog(uid)

    def _open_dialog(self, uid: str | None) -> TopicDialog:
        dialog = TopicDialog(self.ctx, uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.select)
        dialog.open()
        return dialog

    @Slot()
    def open_lists(self) -> OptionsDialog:
        dialog = OptionsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def open_trash(self) -> TopicTrashDialog:
        dialog = TopicTrashDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # stops its re-queries
        dialog.open()
        return dialog

    # -- internals -----------------------------------------------------------------------------

    def _select(self, uids: list[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for uid in uids:
            row = self.model.find(uid)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))

    def _restore_header(self, settings: Settings) -> None:
        header = self.table.horizontalHeader()
        state = settings.header_state(TABLE_NAME)
        header.blockSignals(True)  # no query yet: the page reads when it is first shown
        restored = state is not None and header.restoreState(state)
        if not restored:
            self._default_widths()
        column = header.sortIndicatorSection()
        if not restored or not self.model.is_sortable(column):
            column = self.model.sort_column()  # the model's default: newest changes first
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        self.model.prepare_sort(column, header.sortIndicatorOrder())
        header.blockSignals(False)

    def _default_widths(self) -> None:
        """Widths from the columns' sizes in Chinese characters, never from the rows."""
        header = self.table.horizontalHeader()
        unit = self.fontMetrics().horizontalAdvance("中")
        for number, column in enumerate(self.model.columns):
            fits_header = header.sectionSizeFromContents(number).width()
            header.resizeSection(number, max(column.chars * unit + 14, fits_header))

    @Slot()
    def _update_buttons(self) -> None:
        has = bool(self.selected_uids())
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A header click: sort in SQL, or put the arrow back on a column that cannot sort."""
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            descending = self.model.query().descending
            back = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), back)
            header.blockSignals(False)
            return
        keep = self.selected_uids()
        self.model.sort(column, order)
        self._select(keep)
        self.board_stale = True

    @Slot()
    def _on_filter_bar_changed(self) -> None:
        self.refresh()

    @Slot(str)
    def _on_quick_added(self, uid: str) -> None:
        self.select(uid)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_topic(self.model.topic(index.row()).uid)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if not events.concerns(kind, *SHOWN_KINDS):
            return
        if events.concerns(kind, "member", "list_option"):
            self.filter_bar.reload_choices()
        self.stale = self.board_stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_session_member_changed(self) -> None:
        self.stale = self.board_stale = True  # "me" and my topics first changed
        if self.isVisible():
            self.refresh()
