"""A topic's publishing plan (R-5.5): one publication per channel, planned then published.

``PublicationsWidget`` lists a topic's publications (the topic dialog embeds it) and plans,
edits, cancels and marks them published (see :mod:`ui.topics.publication_dialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.topics import publishing
from models.topics.model import PubStatus
from models.topics.publishing import PublicationRow
from ui import events, notify
from ui.page import PageContext
from ui.table_model import Column, RowTableModel
from ui.topics.publication_dialog import (
    PublicationDialog,
    hashtags_text,
    mark_published,
    status_text,
    topic_title,
    when_text,
)

translate = QCoreApplication.translate  # lupdate finds calls named translate


def _columns() -> list[Column]:
    return [
        Column(translate("publications", "Channel"), lambda r: r.channel, chars=8),
        Column(
            translate("publications", "Planned time"),
            lambda r: when_text(r.planned_at),
            lambda r: r.planned_at.isoformat(),
            chars=15,
        ),
        Column(translate("publications", "Status"), lambda r: status_text(r.status), chars=8),
        Column(
            translate("publications", "Title"),
            lambda r: r.display_title,
            tooltip=lambda r: r.summary,
            chars=20,
        ),
        Column(
            translate("publications", "Hashtags"), lambda r: hashtags_text(r.hashtags), chars=14
        ),
        Column(
            translate("publications", "Link"), lambda r: r.url, tooltip=lambda r: r.url, chars=20
        ),
    ]


class PublicationsWidget(QWidget):
    """The topic's publications by planned time, with the buttons to plan and publish them."""

    changed = Signal()  # after a write made here

    def __init__(self, ctx: PageContext, topic_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topic_uid = topic_uid
        self.model = RowTableModel(
            _columns(),
            key=lambda r: r.uid,
            muted=lambda r: r.status == PubStatus.CANCELLED,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("Plan Publication…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.publish_button = QPushButton(self.tr("Mark Published…"), self)
        self.publish_button.setToolTip(
            self.tr("Needs the link of the published content and the topic at 发布")
        )
        self.cancel_button = QPushButton(self.tr("Cancel Publication"), self)
        self.replan_button = QPushButton(self.tr("Plan Again"), self)
        self.open_button = QPushButton(self.tr("Open Link"), self)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.publish_button,
            self.cancel_button,
            self.replan_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.dialog: PublicationDialog | None = None

        self.add_button.clicked.connect(self.add_publication)
        self.edit_button.clicked.connect(self.edit_selected)
        self.publish_button.clicked.connect(self.publish_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.replan_button.clicked.connect(self.replan_selected)
        self.open_button.clicked.connect(self.open_link)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    def rows(self) -> list[PublicationRow]:
        return self.model.rows()

    def current(self) -> PublicationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, uid: str) -> None:
        found = self.model.find(uid)
        if found is not None:
            self.table.selectRow(found)

    @Slot()
    def refresh(self) -> None:
        keep = self.current()
        self.model.set_rows(publishing.publications_of(self.topic_uid))
        if keep is not None:
            self.select(keep.uid)
        self._update_buttons()

    @Slot()
    def add_publication(self) -> PublicationDialog:
        return self._open_dialog(None)

    @Slot()
    def edit_selected(self) -> PublicationDialog | None:
        row = self.current()
        return None if row is None else self._open_dialog(row)

    def _open_dialog(self, row: PublicationRow | None) -> PublicationDialog:
        title = topic_title(self.topic_uid)
        dialog = PublicationDialog(self.ctx, self.topic_uid, row, self, topic_title=title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def publish_selected(self) -> bool:
        row = self.current()
        if row is None or not mark_published(self, self.ctx, row):
            return False
        self.changed.emit()
        return True

    @Slot()
    def cancel_selected(self) -> None:
        self._write(publishing.cancel_publication)

    @Slot()
    def replan_selected(self) -> None:
        self._write(publishing.replan_publication)

    def _write(self, action: Any) -> None:
        row = self.current()
        if row is None:
            return
        try:
            action(self.ctx.session.actor(), row.uid, row.version)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("publication")
        self.changed.emit()

    @Slot()
    def open_link(self) -> None:
        row = self.current()
        if row is not None and row.url:
            QDesktopServices.openUrl(QUrl(row.url))

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current()
        status = row.status if row else None
        self.edit_button.setEnabled(row is not None)
        self.publish_button.setEnabled(status == PubStatus.PLANNED)
        self.cancel_button.setEnabled(status == PubStatus.PLANNED)
        self.replan_button.setEnabled(status == PubStatus.CANCELLED)
        self.open_button.setEnabled(bool(row and row.url))

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select(uid)
        self.changed.emit()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "publication", "topic", "list_option"):
            self.refresh()
