"""The team's lists of content forms and channels: add, rename, reorder, hide (R-5.3).

Renaming an entry relabels every topic and publication that uses it (one transaction in
``models.topics.options``); hiding keeps it on old topics but out of new choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.topics import options
from models.topics.options import OptionRow
from ui import events, notify
from ui.session import Session
from ui.widgets import ErrorLabel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class OptionListEditor(QWidget):
    """One list (forms or channels); double-click an entry to rename it."""

    def __init__(self, session: Session, list_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_key = list_key
        self.list = QListWidget(self)
        triggers = QAbstractItemView.EditTrigger
        self.list.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(self.tr("New entry"))
        self.new_edit.setMaxLength(options.LABEL_MAX)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.up_button = QPushButton(self.tr("Move Up"), self)
        self.down_button = QPushButton(self.tr("Move Down"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setToolTip(
            self.tr("Hidden entries stay on existing topics but are not offered for new ones")
        )
        self.error = ErrorLabel(self)

        adding = QHBoxLayout()
        adding.addWidget(self.new_edit, 1)
        adding.addWidget(self.add_button)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.hide_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)

        self.add_button.clicked.connect(self.add)
        self.new_edit.returnPressed.connect(self.add)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.hide_button.clicked.connect(self.toggle_active)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def rows(self) -> list[OptionRow]:
        return [self.list.item(i).data(ROW_ROLE) for i in range(self.list.count())]

    def labels(self) -> list[str]:
        return [row.label for row in self.rows()]

    def current(self) -> OptionRow | None:
        item = self.list.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def refresh(self, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.uid if current else None)
        self.list.blockSignals(True)
        self.list.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row in options.options(self.list_key, include_inactive=True):
            item = QListWidgetItem(row.label, self.list)
            item.setData(ROW_ROLE, row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if not row.active:
                item.setForeground(muted)
                item.setToolTip(self.tr("Hidden: not offered for new topics"))
            if row.uid == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    # -- writes ------------------------------------------------------------------------------

    def _done(self, select: str | None, *kinds: str) -> None:
        self.error.show_text("")
        self.refresh(select)
        for kind in ("list_option", *kinds):
            events.announce(kind)

    @Slot()
    def add(self) -> None:
        try:
            row = options.add_option(self.session.actor(), self.list_key, self.new_edit.text())
        except DeskError as err:
            self.error.show_text(err.message())
            return
        self.new_edit.clear()
        self._done(row.uid)

    def rename(self, uid: str, label: str) -> bool:
        row = next(r for r in self.rows() if r.uid == uid)
        try:
            options.rename_option(self.session.actor(), uid, label, row.version)
        except DeskError as err:  # a duplicate, a comma, or renamed by someone meanwhile
            self.error.show_text(err.message())
            self.refresh(uid)
            return False
        self._done(uid, "topic", "publication")  # the stored labels changed too
        return True

    def move_current(self, step: int) -> None:
        """Move the chosen entry one place up (-1) or down (1)."""
        row = self.current()
        if row is None:
            return
        uids = [r.uid for r in self.rows()]
        here = uids.index(row.uid)
        there = here + step
        if not 0 <= there < len(uids):
            return
        uids[here], uids[there] = uids[there], uids[here]
        try:
            options.reorder_options(self.session.actor(), self.list_key, uids)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        self._done(row.uid)

    @Slot()
    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            options.set_option_active(self.session.actor(), row.uid, not row.active)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        self._done(row.uid)

    # -- slots -------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        row: OptionRow = item.data(ROW_ROLE)
        if item.text() != row.label:
            self.rename(row.uid, item.text())

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current()
        number = self.list.currentRow()
        self.up_button.setEnabled(row is not None and number > 0)
        self.down_button.setEnabled(row is not None and number < self.list.count() - 1)
        self.hide_button.setEnabled(row is not None)
        self.hide_button.setText(self.tr("Show") if row and not row.active else self.tr("Hide"))


class OptionsDialog(QDialog):
    """Edit the team's content forms and channels (used by topics and publications)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content Forms and Channels"))
        intro = QLabel(
            self.tr(
                "The lists the whole team chooses from. Double-click an entry to rename it: "
                "topics and publications that use it are renamed too."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.forms = OptionListEditor(session, options.FORM, self)
        self.channels = OptionListEditor(session, options.CHANNEL, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.forms, self.tr("Content forms"))
        self.tabs.addTab(self.channels, self.tr("Channels"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(480, 440)
