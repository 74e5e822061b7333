"""Two people saved the same record: show both versions side by side and let the user choose."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import ConflictError

FormatValue = Callable[[str, Any], str]


def plain_value(field: str, value: Any) -> str:
    return "" if value is None else str(value)


def conflict_fields(err: ConflictError, base: Mapping[str, Any] | None) -> list[str]:
    """The fields worth showing: the ones I changed and the ones they changed."""
    theirs_changed = {
        f for f, v in err.theirs.items() if base is not None and f in base and base[f] != v
    }
    ordered = [f for f in err.theirs if f != "version"]
    ordered += [f for f in err.mine if f not in err.theirs and f != "version"]
    return [f for f in ordered if f in err.mine or f in theirs_changed]


class ConflictDialog(QDialog):
    """Your version against the saved one; "Keep mine" or "Take theirs" (optimistic locking).

    ``base`` holds the values as they were loaded, in the same shape as ``err.theirs``; with
    it the dialog also shows what the other person changed.
    """

    keep_mine_chosen = Signal()
    take_theirs_chosen = Signal()

    def __init__(
        self,
        err: ConflictError,
        base: Mapping[str, Any] | None = None,
        format_value: FormatValue = plain_value,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.err = err
        base = base or {}
        lang = messages.language()

        intro = QLabel(
            err.message(lang)
            + "\n"
            + self.tr(
                "“Keep mine” saves your changes over theirs; fields you did not change keep "
                "their values. “Take theirs” discards your changes."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.fields = conflict_fields(err, base)
        self.table = QTableWidget(len(self.fields), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved by them")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, field in enumerate(self.fields):
            theirs = err.theirs.get(field)
            touched = field in err.mine
            mine = err.mine.get(field)
            cells = [
                QTableWidgetItem(messages.field_label(field, lang)),
                QTableWidgetItem(
                    format_value(field, mine) if touched else self.tr("(not changed by you)")
                ),
                QTableWidgetItem(format_value(field, theirs)),
            ]
            if not touched:  # their value stays whatever the choice: say so, quietly
                cells[1].setForeground(self.palette().placeholderText())
            for column, item in enumerate(cells):
                if touched and mine != theirs:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(90)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        # As tall as its rows: a conflict usually concerns two or three fields.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

        buttons = QDialogButtonBox(self)
        self.keep_mine_button = QPushButton(self.tr("Keep mine"), self)
        self.take_theirs_button = QPushButton(self.tr("Take theirs"), self)
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        back = buttons.addButton(self.tr("Back to editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine_button.clicked.connect(self._on_keep_mine_clicked)
        self.take_theirs_button.clicked.connect(self._on_take_theirs_clicked)
        back.clicked.connect(self.reject)
        self.keep_mine_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())

    @Slot()
    def _on_keep_mine_clicked(self) -> None:
        self.accept()
        self.keep_mine_chosen.emit()

    @Slot()
    def _on_take_theirs_clicked(self) -> None:
        self.accept()
        self.take_theirs_chosen.emit()
