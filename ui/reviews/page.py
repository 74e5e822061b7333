"""The 审核队列 Review queue page (R-5.4): my queue, where my drafts stand, the review metrics.

Each reviewer sees the items waiting at the levels their roles sign, most urgent and oldest
first (models.reviews.queue); items at their levels that separation of duties keeps from them
are shown greyed with the reason. The sidebar counts the items waiting for me. Double-click
or Enter opens the review screen.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QHideEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.reviews import metrics, queue
from models.reviews.queue import AuthorItem, QueueItem
from ui import events
from ui.icons import icon
from ui.page import Page, PageContext
from ui.reviews import queue_models, tools
from ui.reviews.review_screen import REVIEW_KINDS, ReviewScreen
from ui.settings import Settings
from ui.table_model import KEY_ROLE, RowTableModel

QUEUE, MINE, METRICS = 0, 1, 2


def _table(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    unit = table.fontMetrics().horizontalAdvance("中")
    for number, column in enumerate(model.columns):
        fits_header = header.sectionSizeFromContents(number).width()
        header.resizeSection(number, max(column.chars * unit + 14, fits_header))
    return table


class ReviewsPage(Page):
    """My review queue, my drafts in review, and the review metrics per reviewer and level."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.stale = True
        self.screen: ReviewScreen | None = None
        self._badge = -1

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button = QPushButton(self.tr("Open Review…"), self)
        self.open_button.setToolTip(self.tr("Open the selected item (Enter or double-click)"))
        self.all_check = QCheckBox(self.tr("Everything waiting"), self)
        self.all_check.setToolTip(self.tr("Show every item waiting at any level, not only mine"))
        self.who_label = QLabel(self)
        for action in tools.review_actions(self, ctx):  # chain settings, word lists, exports
            self.toolbar.addAction(action)

        self.queue_model = queue_models.queue_model(self)
        self.queue_table = _table(self, self.queue_model, "review_queue")
        self.queue_empty = QLabel(self)
        self.queue_empty.setStyleSheet("color:#666666;")
        self.mine_model = queue_models.author_model(self)
        self.mine_table = _table(self, self.mine_model, "my_drafts")
        self.metrics_model = queue_models.metrics_model(self)
        self.metrics_table = _table(self, self.metrics_model, "review_metrics")
        self.metrics_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)

        queue_tab = QWidget(self)
        queue_layout = QVBoxLayout(queue_tab)
        queue_layout.addWidget(self.queue_table, 1)
        queue_layout.addWidget(self.queue_empty)
        metrics_tab = QWidget(self)
        metrics_layout = QVBoxLayout(metrics_tab)
        metrics_layout.addWidget(self.counts_label)
        metrics_layout.addWidget(self.metrics_table, 1)
        metrics_note = QLabel(
            self.tr(
                "Times are in hours: from an item reaching a level to the decision, and from a "
                "comment being raised to the reviewer accepting the answer."
            ),
            self,
        )
        metrics_note.setWordWrap(True)
        metrics_note.setStyleSheet("color:#666666;")
        metrics_layout.addWidget(metrics_note)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(queue_tab, self.tr("Waiting for Me"))
        self.tabs.addTab(self.mine_table, self.tr("My Drafts"))
        self.tabs.addTab(metrics_tab, self.tr("Review Metrics"))

        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.all_check)
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(self.who_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.open_button.clicked.connect(self.open_selected)
        self.all_check.toggled.connect(self._on_all_check_toggled)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for table in (self.queue_table, self.mine_table):
            # activated: Enter, or a double-click (a single click where the platform says so)
            table.activated.connect(self._on_table_activated)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.session.member_changed.connect(self._on_session_member_changed)
        self._update_buttons()

    # -- the page interface ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Review Queue")

    def icon(self) -> QIcon:
        return icon("reviews")

    def badge(self) -> int:
        """How many items wait for me (R-5.4: the count in the sidebar)."""
        me = self.session.member()
        return queue.queue_count(me.uid) if me is not None else 0

    def save_state(self, settings: Settings) -> None:
        settings.set_header_state("review_queue", self.queue_table.horizontalHeader().saveState())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closes (the screen is window-modal: nothing else hides the page; a
        minimised window hides it spontaneously and keeps the screen)."""
        if not event.spontaneous() and self.screen is not None and shiboken6.isValid(self.screen):
            self.screen.close()
        super().hideEvent(event)

    # -- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the three tabs for the member using the app."""
        me = self.session.member()
        keep = self.selected_uid()
        if me is None:
            items: list[QueueItem] = []
            mine: list[AuthorItem] = []
            self.who_label.setText(self.tr("Choose who you are (File › Switch User…)"))
        else:
            self.who_label.setText("")
            if self.all_check.isChecked():
                items = queue.waiting()
            else:
                items = queue.queue_for(me.uid, include_blocked=True)
            mine = queue.author_view(me.uid)
        self.queue_model.set_rows(items)
        self.mine_model.set_rows(mine)
        levels, reviewers = metrics.metrics()
        self.metrics_model.set_rows(queue_models.metric_rows(levels, reviewers))
        counts = queue.counts_by_level()
        self.counts_label.setText(
            self.tr("Waiting now: %1").replace(
                "%1", "，".join(f"{k} {v}" for k, v in counts.items()) or "0"
            )
        )
        self.queue_empty.setText(self.tr("Nothing waits for you now.") if not items else "")
        self.queue_empty.setVisible(not items)
        self.tabs.setTabText(
            QUEUE, self.tr("Waiting for Me (%1)").replace("%1", str(self.badge_count(items)))
        )
        self.stale = False
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.update_badge()

    @staticmethod
    def badge_count(items: list[QueueItem]) -> int:
        return sum(1 for i in items if not i.refusal)

    def update_badge(self) -> None:
        count = self.badge()
        if count != self._badge:
            self._badge = count
            self.badge_changed.emit(count)

    def queue_items(self) -> list[QueueItem]:
        return self.queue_model.rows()

    def my_items(self) -> list[AuthorItem]:
        return self.mine_model.rows()

    # -- selection and the review screen ---------------------------------------------------

    def current_table(self) -> QTableView | None:
        index = self.tabs.currentIndex()
        return {QUEUE: self.queue_table, MINE: self.mine_table}.get(index)

    def selected_uid(self) -> str | None:
        table = self.current_table()
        if table is None:
            return None
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(KEY_ROLE))

    def select(self, uid: str) -> None:
        table = self.current_table()
        if table is None:
            return
        model = table.model()
        assert isinstance(model, RowTableModel)
        row = model.find(uid)
        if row is not None:
            table.selectRow(row)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    @Slot()
    def open_selected(self) -> ReviewScreen | None:
        uid = self.selected_uid()
        return self.open_item(uid) if uid else None

    def open_item(self, topic_uid: str) -> ReviewScreen:
        """The review screen of one item (one at a time: a new one replaces the old)."""
        if self.screen is not None:
            self.screen.close()
        screen = ReviewScreen(self.ctx, topic_uid, self)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.status_posted.connect(self.status_posted)
        screen.finished.connect(self._on_screen_finished)
        self.screen = screen
        screen.open()
        return screen

    # -- reactions ----------------------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_uid() is not None)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        uid = index.data(KEY_ROLE)
        if uid:
            self.open_item(str(uid))

    @Slot(bool)
    def _on_all_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self.open_button.setVisible(index != METRICS)
        self.all_check.setVisible(index == QUEUE)
        self._update_buttons()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if not events.concerns(kind, *REVIEW_KINDS):
            return
        if self.screen is not None and shiboken6.isValid(self.screen):
            self.screen.records_changed(kind)
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True
            self.update_badge()  # the sidebar counts even while another page is shown

    @Slot()
    def _on_session_member_changed(self) -> None:
        self._on_records_changed(events.ALL)

    @Slot()
    def _on_screen_finished(self) -> None:
        self.screen = None
