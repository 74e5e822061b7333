"""The 设置 Settings page: the database, the language, who I am, backup and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import models
from models import db as dbmod
from ui.icons import icon
from ui.labels import roles_text
from ui.page import Page, PageContext


class SettingsPage(Page):
    """Where the data lives, the interface language and the current user."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        db_file = dbmod.path()
        location = str(db_file) if db_file else ctx.session.location

        self.db_label = _selectable(location, self)
        self.data_label = _selectable(str(dbmod.data_dir()), self)
        show_folder = QPushButton(self.tr("Open Folder"), self)
        show_folder.setEnabled(db_file is not None)
        show_folder.clicked.connect(self._on_show_folder_clicked)
        backup = QPushButton(ctx.backup_action.text().replace("&", ""), self)
        restore = QPushButton(ctx.restore_action.text().replace("&", ""), self)
        backup.clicked.connect(ctx.backup_action.trigger)
        restore.clicked.connect(ctx.restore_action.trigger)
        database_box = QGroupBox(self.tr("Database"), self)
        form = QFormLayout(database_box)
        form.addRow(self.tr("Database file:"), _row(self.db_label, show_folder))
        form.addRow(self.tr("Data folder:"), self.data_label)
        form.addRow("", _row(backup, restore, stretch=True))

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System language"), "")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(ctx.settings.language or ""))
        )
        self.language_note = QLabel(self.tr("Takes effect the next time you start the app."), self)
        self.language_note.setEnabled(False)  # greyed: a hint, not a value
        language_box = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(language_box)
        form.addRow(self.tr("Interface language:"), _row(self.language_combo, stretch=True))
        form.addRow("", self.language_note)

        self.user_label = QLabel(self)
        switch = QPushButton(ctx.switch_user_action.text().replace("&", ""), self)
        switch.clicked.connect(ctx.switch_user_action.trigger)
        user_box = QGroupBox(self.tr("You"), self)
        form = QFormLayout(user_box)
        form.addRow(self.tr("Signed changes as:"), _row(self.user_label, switch))

        version = QLabel(self.tr("Marketing Desk %1").replace("%1", models.__version__), self)
        version.setEnabled(False)
        layout = QVBoxLayout(self)
        for box in (user_box, database_box, language_box):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(version)

        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        ctx.session.member_changed.connect(self._show_user)
        self._show_user()

    def title(self) -> str:
        return self.tr("Settings")

    def icon(self) -> QIcon:
        return icon("settings")

    @Slot()
    def _show_user(self) -> None:
        me = self.ctx.session.member()
        if me is None:
            self.user_label.setText(self.tr("Nobody chosen yet"))
        else:
            text = self.tr("%1 (%2)").replace("%1", me.name).replace("%2", roles_text(me.roles))
            self.user_label.setText(text)

    @Slot(int)
    def _on_language_combo_changed(self, index: int) -> None:
        self.ctx.settings.language = self.language_combo.itemData(index) or None
        self.ctx.settings.sync()
        self.status_posted.emit(self.tr("Language saved; restart the app to use it."))

    @Slot()
    def _on_show_folder_clicked(self) -> None:
        db_file = dbmod.path()
        if db_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(db_file.parent)))


def _selectable(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _row(*widgets: QWidget, stretch: bool = False) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 0 if stretch else (1 if isinstance(widget, QLabel) else 0))
    if stretch:
        layout.addStretch(1)
    return box
