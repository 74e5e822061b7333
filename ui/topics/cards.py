"""Cards of the board: how one looks (a delegate) and the column list that drags and drops them.

A drag carries the topic's uid and stage as ``CARD_MIME``; a drop never moves the item by
itself (the drop action is Copy), it only asks the board to move the topic, which checks the
rules (R-5.1) and re-reads the columns afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from models.topics.backlog import CardRow
from models.topics.model import Priority, Stage
from ui.topics.backlog_model import items_text

translate = QCoreApplication.translate
CARD_MIME = "application/x-marketing-desk-topic"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_COLORS = {
    Priority.HIGH: QColor("#e53935"),
    Priority.MEDIUM: QColor("#fb8c00"),
    Priority.LOW: QColor("#b0bec5"),
}
OVERDUE = QColor("#c62828")
PAD = 8


def card_mime(card: CardRow) -> QMimeData:
    """What a dragged card carries: its uid and the stage it is dragged from."""
    mime = QMimeData()
    payload = json.dumps({"uid": card.uid, "stage": int(card.stage)})
    mime.setData(CARD_MIME, QByteArray(payload.encode("utf-8")))
    mime.setText(card.title)
    return mime


def card_from_mime(mime: QMimeData) -> tuple[str, Stage] | None:
    if not mime.hasFormat(CARD_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARD_MIME).data()).decode("utf-8"))
        return str(payload["uid"]), Stage(int(payload["stage"]))
    except (ValueError, KeyError, TypeError):
        return None


def card_tooltip(card: CardRow) -> str:
    lines = [card.title, f"{card.stage.label()} · {card.priority.label()}"]
    who = " · ".join(x for x in (card.owner_name, card.form) if x)
    if who:
        lines.append(who)
    if card.channels:
        lines.append(items_text(card.channels))
    if card.due_on:
        lines.append(translate("CardList", "Due %1").replace("%1", card.due_on.isoformat()))
    return "\n".join(lines)


def wrap_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels, the last one elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if lines:
        metrics = QFontMetrics(font)
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines


class CardDelegate(QStyledItemDelegate):
    """Draws a topic as a card: priority stripe, title on two lines, owner · form, due date."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self.today = date.today()

    def _title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        return font

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(self.view.viewport().width() - 2 * self.view.spacing(), 120)
        title = QFontMetrics(self._title_font(option)).lineSpacing()
        meta = option.fontMetrics.lineSpacing()  # type: ignore[attr-defined]
        return QSize(width, 2 * PAD + 2 * title + 6 + meta)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, CardRow):
            return
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(
            QRect(rect.left() + 3, rect.top() + 5, 4, rect.height() - 10),
            PRIORITY_COLORS[card.priority],
        )

        inner = rect.adjusted(PAD + 6, PAD - 2, -PAD, -PAD + 2)
        title_font = self._title_font(option)
        title_height = QFontMetrics(title_font).lineSpacing()
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for number, line in enumerate(wrap_lines(card.title, title_font, inner.width(), 2)):
            line_rect = QRect(inner.left(), inner.top() + number * title_height, inner.width(),
                              title_height)  # fmt: skip
            painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignLeft), line)

        painter.setFont(option.font)  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        meta_rect = QRect(inner.left(), inner.bottom() - metrics.lineSpacing() + 1, inner.width(),
                          metrics.lineSpacing())  # fmt: skip
        due = card.due_on.strftime("%m-%d") if card.due_on else ""
        due_width = metrics.horizontalAdvance(due) + 6 if due else 0
        late = card.due_on is not None and card.due_on < self.today
        late = late and card.stage not in (Stage.PUBLISH, Stage.DROPPED)
        if due:
            painter.setPen(OVERDUE if late else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignRight), due)
        who = " · ".join(x for x in (card.owner_name, card.form) if x)
        who = metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width() - due_width)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignLeft), who)
        painter.restore()


class CardList(QListWidget):
    """The cards of one stage; a card dropped here asks to move to this stage.

    ``judge(uid)`` tells, while a card is dragged over the list, why it may not come here
    (None when it may); the column shows it before the user lets go.
    """

    card_dropped = Signal(str, int)  # topic uid, this list's stage
    hover_changed = Signal(str)  # the refusal of the card dragged over ("" when allowed/left)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.judge: Callable[[str], str | None] = lambda uid: None
        self.setObjectName(f"cards_{stage.code}")
        self.setItemDelegate(CardDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(3)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    # -- cards ---------------------------------------------------------------------------

    def set_cards(self, cards: Sequence[CardRow], *, append: bool = False) -> None:
        if not append:
            self.clear()
        for card in cards:
            item = QListWidgetItem(self)
            item.setData(CARD_ROLE, card)
            item.setData(Qt.ItemDataRole.DisplayRole, card.title)  # for accessibility
            item.setToolTip(card_tooltip(card))

    def cards(self) -> list[CardRow]:
        return [self.item(i).data(CARD_ROLE) for i in range(self.count())]

    def item_of(self, uid: str) -> QListWidgetItem | None:
        for number in range(self.count()):
            if self.item(number).data(CARD_ROLE).uid == uid:
                return self.item(number)
        return None

    # -- drag and drop -------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return card_mime(items[0].data(CARD_ROLE))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        found = card_from_mime(event.mimeData())
        if found is None or found[1] is self.stage:
            event.ignore()
            return
        self.hover_changed.emit(self.judge(found[0]) or "")
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        found = card_from_mime(event.mimeData())
        if found is None or found[1] is self.stage:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: object) -> None:
        self.hover_changed.emit("")

    def dropEvent(self, event: QDropEvent) -> None:
        """A card let go over this list: ask for the move (the board decides and refreshes)."""
        self.hover_changed.emit("")
        found = card_from_mime(event.mimeData())
        if found is None or found[1] is self.stage:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its item
        event.accept()
        self.card_dropped.emit(found[0], int(self.stage))
