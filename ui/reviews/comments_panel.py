"""The comments of a review item, followed until done (R-5.4).

A comment is open until the author marks it addressed (with a reply) and a reviewer who may
sign its level accepts it, or reopens it; the reviewer who raised it may withdraw it. The
panel offers each step; who may take it is the model's rule (comments.py), and a refusal is
shown as the model words it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import DeskError
from models.reviews import comments
from models.reviews.comments import CommentRow
from models.reviews.schema import CommentStatus
from models.reviews.wording import comment_status_label
from ui import events, notify
from ui.reviews.comments_dialog import CommentDialog
from ui.session import Session
from ui.table_model import Column, RowTableModel

translate = QCoreApplication.translate
STATUS_COLOURS = {
    CommentStatus.OPEN: "#b71c1c",
    CommentStatus.ADDRESSED: "#8a4b00",
    CommentStatus.RESOLVED: "#2e7d32",
    CommentStatus.WITHDRAWN: "#777777",
}


def _comment_text(c: CommentRow) -> str:
    """The comment, after the passage it points at (unless it quotes the passage itself)."""
    quote = f"“{c.quote}” — " if c.quote and c.quote not in c.body else ""
    return f"{quote}{c.body}"


def _comment_tip(c: CommentRow) -> str:
    lines = [
        translate("CommentsPanel", "%1 at %2, %3")
        .replace("%1", c.author_name)
        .replace("%2", c.level_name)
        .replace("%3", f"{c.raised_at:%Y-%m-%d %H:%M}"),
        _comment_text(c),
    ]
    if c.reply:
        lines.append(translate("CommentsPanel", "Reply: %1").replace("%1", c.reply))
    if c.quote and c.located is None:
        lines.append(translate("CommentsPanel", "The passage is no longer in the latest version."))
    return "\n".join(lines)


def comment_columns() -> list[Column]:
    return [
        Column(
            translate("CommentsPanel", "Status"),
            lambda c: comment_status_label(c.status.value, messages.language()),
            chars=6,
        ),
        Column(
            translate("CommentsPanel", "By"),
            lambda c: f"{c.author_name} · {c.level_name}",
            chars=7,
        ),
        Column(
            translate("CommentsPanel", "Comment"), _comment_text, tooltip=_comment_tip, chars=20
        ),
        Column(translate("CommentsPanel", "Reply"), lambda c: c.reply, tooltip=_comment_tip),
    ]


class CommentsModel(RowTableModel):
    """Comments with their status in its colour; done ones muted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            comment_columns(), key=lambda c: c.uid, muted=lambda c: c.done, parent=parent
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            return QColor(STATUS_COLOURS[self.row_at(index.row()).status])
        return super().data(index, role)


class CommentsPanel(QWidget):
    """The list of comments and the steps that follow them until done."""

    changed = Signal()  # a comment changed; the review screen re-reads the item
    passage_requested = Signal(str, int, int)  # field, start, end in the latest text

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.topic_uid = ""
        self.dialog: CommentDialog | None = None
        self.heading = QLabel(self)
        self.model = CommentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        unit = self.fontMetrics().horizontalAdvance("中")
        for number, column in enumerate(self.model.columns[:3]):
            header.resizeSection(number, column.chars * unit + 12)

        self.address_button = QPushButton(self.tr("Mark Addressed…"), self)
        self.address_button.setToolTip(self.tr("As the author: say the comment is dealt with"))
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr("As the reviewer: the answer settles it"))
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setToolTip(self.tr("As the reviewer: the answer does not settle it"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("Take back a comment you raised"))
        buttons = QHBoxLayout()
        for button in (
            self.address_button,
            self.accept_button,
            self.reopen_button,
            self.withdraw_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.address_button.clicked.connect(self.address_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------------

    def show_comments(self, topic_uid: str, rows: list[CommentRow]) -> None:
        keep = self.current()
        self.topic_uid = topic_uid
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        pending = sum(1 for c in rows if not c.done)
        self.heading.setText(
            self.tr("<b>Comments</b> — %1 not resolved").replace("%1", str(pending))
        )
        if keep is not None:
            self.select(keep.uid)
        self._update_buttons()

    def comments(self) -> list[CommentRow]:
        return self.model.rows()

    def current(self) -> CommentRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, uid: str) -> None:
        row = self.model.find(uid)
        if row is not None:
            self.table.selectRow(row)

    # -- steps --------------------------------------------------------------------------------

    @Slot()
    def address_selected(self) -> CommentDialog | None:
        """The author says it is dealt with, with an optional reply for the reviewer."""
        c = self.current()
        if c is None:
            return None
        actor = self.session.actor()
        return self._ask(
            self.tr("Mark the comment addressed"),
            self.tr("What did you change? (optional; the reviewer reads it)"),
            lambda text: comments.mark_addressed(actor, c.uid, text),
            required=False,
            quote=c.body,
        )

    @Slot()
    def accept_selected(self) -> bool:
        c = self.current()
        actor = self.session.actor()
        return c is not None and self._run(lambda: comments.accept(actor, c.uid))

    @Slot()
    def reopen_selected(self) -> CommentDialog | None:
        c = self.current()
        if c is None:
            return None
        actor = self.session.actor()
        return self._ask(
            self.tr("Reopen the comment"),
            self.tr("Why is the comment not settled? (optional; the author reads it)"),
            lambda text: comments.reopen(actor, c.uid, text),
            required=False,
            quote=c.body,
        )

    @Slot()
    def withdraw_selected(self) -> bool:
        c = self.current()
        actor = self.session.actor()
        return c is not None and self._run(lambda: comments.withdraw(actor, c.uid))

    def _ask(
        self,
        title: str,
        prompt: str,
        step: Callable[[str], object],
        *,
        required: bool,
        quote: str = "",
    ) -> CommentDialog:
        self.dialog = CommentDialog(
            title, prompt, step, required=required, quote=quote, parent=self
        )
        self.dialog.accepted.connect(self._on_step_done)
        self.dialog.open()
        return self.dialog

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        self._on_step_done()
        return True

    @Slot()
    def _on_step_done(self) -> None:
        events.announce("review_comment")
        self.changed.emit()

    # -- internals ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        c = self.current()
        status = c.status if c is not None else None
        me = self.session.member()
        self.address_button.setEnabled(status is CommentStatus.OPEN)
        self.accept_button.setEnabled(status is CommentStatus.ADDRESSED)
        self.reopen_button.setEnabled(status is CommentStatus.ADDRESSED)
        mine = c is not None and me is not None and c.author_uid == me.uid
        self.withdraw_button.setEnabled(mine and not c.done)  # type: ignore[union-attr]

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_: QItemSelection) -> None:
        self._update_buttons()
        c = self.current()
        if c is not None and c.located is not None:
            self.passage_requested.emit(c.field, c.located[0], c.located[1])
