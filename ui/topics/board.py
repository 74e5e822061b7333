"""The board of the 选题库: a column per stage, cards dragged from one stage to the next (R-5.1).

A card goes where the rules allow (``stages.move_refusal``); when they don't, the column says
why while the card hovers over it, and letting go shows the reason and changes nothing.
Moves to 搁置/废弃 and moves back ask for a short reason, kept in the stage history.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import ConflictError, DeskError, NotFound
from models.topics import backlog, stages
from models.topics.backlog import BacklogQuery, CardRow
from models.topics.model import BOARD_STAGES, FLOW, Stage
from ui import events, notify
from ui.session import Session
from ui.topics.cards import CARD_ROLE, CardList, card_from_mime

translate = QCoreApplication.translate
PER_COLUMN = 30
COLUMN_MIN_WIDTH = 150


def needs_reason(here: Stage, to: Stage) -> bool:
    """Parking, dropping and stepping back are explained in the stage history."""
    backwards = here in FLOW and to in FLOW and FLOW.index(to) < FLOW.index(here)
    return to in (Stage.PARKED, Stage.DROPPED) or backwards


def ask_reason(parent: QWidget, title: str, to: Stage) -> str | None:
    """The reason for a move (may be empty); None when the user cancels. Tests patch this."""
    text, ok = QInputDialog.getText(
        parent,
        translate("BoardView", "Move to %1").replace("%1", to.label()),
        translate("BoardView", "Why does “%1” move to %2? (kept in the stage history)")
        .replace("%1", title)
        .replace("%2", to.label()),
    )
    return text if ok else None


class BoardColumn(QFrame):
    """One stage: its name and count, the cards, and a button that loads more of them."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.total = 0
        self.setObjectName(f"column_{stage.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.title_label = QLabel(f"<b>{stage.label()}</b>", self)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cards = CardList(stage, self)
        self.hint_label = QLabel(self)  # why a card dragged over may not come here
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #c62828;")
        self.hint_label.hide()
        self.more_button = QPushButton(self)
        self.more_button.setFlat(True)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more_button)
        self.cards.hover_changed.connect(self._on_cards_hover_changed)

    def show_cards(self, total: int, cards: list[CardRow] | tuple[CardRow, ...]) -> None:
        self.total = total
        self.cards.set_cards(cards)
        self._update_counts()

    def add_cards(self, cards: list[CardRow]) -> None:
        self.cards.set_cards(cards, append=True)
        self._update_counts()

    def _update_counts(self) -> None:
        self.count_label.setText(f"{self.total:,}")
        rest = self.total - self.cards.count()
        self.more_button.setText(self.tr("Show more (%1 left)").replace("%1", f"{rest:,}"))
        self.more_button.setVisible(rest > 0)

    @Slot(str)
    def _on_cards_hover_changed(self, refusal: str) -> None:
        self.hint_label.setText(refusal)
        self.hint_label.setVisible(bool(refusal))


class BoardView(QWidget):
    """Seven columns (选题 策划 撰写 审核 发布, 搁置, 废弃) over the backlog's filters."""

    open_requested = Signal(str)  # a card's topic uid (double-click, "Open…")
    moved = Signal(str, int)  # a topic moved to a stage
    status_posted = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._spec = BacklogQuery()
        self._judged: dict[tuple[str, Stage], str | None] = {}
        self.columns: dict[Stage, BoardColumn] = {}
        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for stage in BOARD_STAGES:
            column = BoardColumn(stage, strip)
            column.cards.judge = partial(self.refusal, to=stage)
            # queued: the move (and its message boxes) runs after the drag has ended
            column.cards.card_dropped.connect(
                self._on_cards_card_dropped, Qt.ConnectionType.QueuedConnection
            )
            column.cards.itemDoubleClicked.connect(self._on_cards_item_double_clicked)
            column.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.cards.customContextMenuRequested.connect(self._on_cards_context_menu)
            column.cards.verticalScrollBar().valueChanged.connect(self._on_scrolled)
            column.more_button.clicked.connect(lambda _=False, s=stage: self.load_more(s))
            row.addWidget(column, 1)
            self.columns[stage] = column
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # -- reading -------------------------------------------------------------------------

    def set_query(self, spec: BacklogQuery) -> None:
        self._spec = spec
        self.refresh()

    def refresh(self) -> None:
        """Re-read every column shown (the stage filter hides the others)."""
        self._judged.clear()
        read = {c.stage: c for c in backlog.board(self._spec, PER_COLUMN)}
        for stage, column in self.columns.items():
            found = read.get(stage)
            column.setVisible(found is not None)
            column.show_cards(found.total if found else 0, found.cards if found else ())

    def load_more(self, stage: Stage) -> None:
        column = self.columns[stage]
        loaded = column.cards.count()
        if loaded >= column.total:
            return
        column.add_cards(backlog.column_cards(self._spec, stage, loaded, PER_COLUMN))

    def card(self, uid: str) -> CardRow | None:
        for column in self.columns.values():
            item = column.cards.item_of(uid)
            if item is not None:
                return item.data(CARD_ROLE)
        return None

    def selected_card(self) -> CardRow | None:
        for column in self.columns.values():
            items = column.cards.selectedItems()
            if items:
                return items[0].data(CARD_ROLE)
        return None

    def select(self, uid: str) -> None:
        for column in self.columns.values():
            item = column.cards.item_of(uid)
            column.cards.clearSelection()
            if item is not None:
                item.setSelected(True)
                column.cards.scrollToItem(item)

    # -- moving --------------------------------------------------------------------------

    def refusal(self, uid: str, to: Stage) -> str | None:
        """Why the user may not move topic ``uid`` to ``to`` now (remembered during a drag)."""
        key = (uid, to)
        if key not in self._judged:
            try:
                err = stages.move_refusal(uid, to, self.session.actor())
            except NotFound:  # deleted meanwhile
                err = NotFound("not_found", table="topic", uid=uid)
            self._judged[key] = err.message(messages.language()) if err else None
        return self._judged[key]

    def move_card(self, uid: str, to: Stage) -> bool:
        """Move a card as a drop on column ``to`` asks; the reason is shown when refused."""
        actor = self.session.actor()
        try:
            refusal = stages.move_refusal(uid, to, actor)
        except DeskError as err:  # NotFound: someone deleted it meanwhile
            notify.desk_error(self, err)
            self.refresh()
            return False
        if refusal is not None:
            notify.desk_error(self, refusal)  # say why the card stays
            return False
        card = self.card(uid)
        comment = ""
        if card is not None and needs_reason(card.stage, to):
            answer = ask_reason(self, card.title, to)
            if answer is None:
                return False
            comment = answer
        try:
            stages.move_topic(
                actor, uid, to, expected_version=card.version if card else None, comment=comment
            )
        except ConflictError as err:  # changed by someone since the board was read
            notify.desk_error(self, err)
            events.announce("topic")
            return False
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        events.announce("topic")
        self.select(uid)
        title = card.title if card else ""
        self.status_posted.emit(
            self.tr("Moved “%1” to %2.").replace("%1", title).replace("%2", to.label())
        )
        self.moved.emit(uid, int(to))
        return True

    def handle_drop(self, mime: QMimeData, to: Stage) -> bool:
        """What letting a dragged card go over column ``to`` does."""
        found = card_from_mime(mime)
        if found is None or found[1] is to:
            return False
        return self.move_card(found[0], to)

    # -- slots -----------------------------------------------------------------------------

    @Slot(str, int)
    def _on_cards_card_dropped(self, uid: str, stage: int) -> None:
        self.move_card(uid, Stage(stage))

    @Slot()
    def _on_cards_item_double_clicked(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.open_requested.emit(card.uid)

    @Slot(QPoint)
    def _on_cards_context_menu(self, pos: QPoint) -> None:
        cards = self.sender()
        if not isinstance(cards, CardList):
            return
        item = cards.itemAt(pos)
        if item is None:
            return
        card: CardRow = item.data(CARD_ROLE)
        menu = self.card_menu(card)
        menu.exec(cards.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def card_menu(self, card: CardRow) -> QMenu:
        """Open… and Move to ▸ (allowed stages enabled, the others with the reason)."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.tr("Open…"), lambda: self.open_requested.emit(card.uid))
        move = menu.addMenu(self.tr("Move to"))
        move.setToolTipsVisible(True)
        self._judged.clear()
        for stage in BOARD_STAGES:
            if stage is card.stage:
                continue
            action = move.addAction(stage.label())
            reason = self.refusal(card.uid, stage)
            action.setEnabled(reason is None)
            action.setToolTip(reason or "")
            action.triggered.connect(lambda _=False, s=stage: self.move_card(card.uid, s))
        return menu

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        for stage, column in self.columns.items():
            bar = column.cards.verticalScrollBar()
            if bar is self.sender() and value >= bar.maximum() - 10:  # near the end: more
                self.load_more(stage)

    def query(self) -> BacklogQuery:
        return self._spec
