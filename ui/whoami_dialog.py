"""Who am I? Asked on first run (and by Switch user); the answer signs every change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models import messages, team
from models.base import Actor
from models.errors import DeskError, ValidationError
from ui import events
from ui.labels import roles_text
from ui.session import Session
from ui.table_model import collated
from ui.widgets import ErrorLabel, RolePicker, with_error


class WhoAmIDialog(QDialog):
    """Pick yourself from the team, or add yourself (the first member of an empty database)."""

    def __init__(
        self, session: Session, first_run: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen_uid: str | None = None
        self.setWindowTitle(self.tr("Who are you?"))
        members = collated((m for m in team.list_members() if m.active), lambda m: m.name)

        if not members:
            text = self.tr(
                "Welcome to Marketing Desk. The team list is empty: enter your name and your "
                "roles, and you become its first member. Your name is recorded on every "
                "change you make."
            )
        else:
            text = self.tr(
                "Choose yourself in the team list, or add yourself if you are new. Your name "
                "is recorded on every change you make."
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)

        self.pick_radio = QRadioButton(self.tr("I am in the team list:"), self)
        self.add_radio = QRadioButton(self.tr("I am new; add me:"), self)
        group = QButtonGroup(self)
        group.addButton(self.pick_radio)
        group.addButton(self.add_radio)
        self.member_list = QListWidget(self)
        current = session.member()
        for m in members:
            item = QListWidgetItem(f"{m.name}　{roles_text(m.roles)}", self.member_list)
            item.setData(Qt.ItemDataRole.UserRole, m.uid)
            if current is not None and current.uid == m.uid:
                self.member_list.setCurrentItem(item)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(team.NAME_MAX)
        self.role_picker = RolePicker(self)
        self.general_error = ErrorLabel(self)
        self.new_box = QWidget(self)
        form = QFormLayout(self.new_box)
        name_cell, self.name_error = with_error(self.name_edit, self.new_box)
        roles_cell, self.roles_error = with_error(self.role_picker, self.new_box)
        form.addRow(self.tr("Name:"), name_cell)
        form.addRow(self.tr("Roles:"), roles_cell)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        cancel = buttons.addButton(
            self.tr("Quit") if first_run else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pick_radio)
        layout.addWidget(self.member_list)
        layout.addWidget(self.add_radio)
        layout.addWidget(self.new_box)
        layout.addStretch(1)
        for widget in (self.pick_radio, self.member_list, self.add_radio):
            widget.setVisible(bool(members))  # an empty team: only the "add me" form
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self.pick_radio.toggled.connect(self._on_mode_toggled)
        if members:
            self.pick_radio.setChecked(True)
        else:
            self.add_radio.setChecked(True)
        self._on_mode_toggled()
        self.member_list.itemDoubleClicked.connect(self.accept)
        self.resize(540, 500 if members else self.sizeHint().height())

    @Slot()
    def _on_mode_toggled(self) -> None:
        picking = self.pick_radio.isChecked()
        self.member_list.setEnabled(picking)
        self.new_box.setEnabled(not picking)
        if not picking:
            self.name_edit.setFocus()

    def accept(self) -> None:
        if self.choose():
            super().accept()

    def choose(self) -> bool:
        """Remember the picked or newly added member; False with an error shown otherwise."""
        for label in (self.name_error, self.roles_error, self.general_error):
            label.show_text("")
        if self.pick_radio.isChecked():
            item = self.member_list.currentItem()
            if item is None:
                self.general_error.show_text(self.tr("Choose yourself in the list."))
                return False
            uid = str(item.data(Qt.ItemDataRole.UserRole))
        else:
            name = self.name_edit.text()
            try:
                # Nobody is "me" yet, so the new member signs their own creation.
                member = team.add_member(
                    Actor(None, " ".join(name.split())), name, self.role_picker.roles()
                )
            except ValidationError as err:
                field = err.params.get("field")
                target = {"name": self.name_error, "roles": self.roles_error}.get(
                    str(field), self.general_error
                )
                target.show_text(err.message(messages.language()))
                return False
            except DeskError as err:
                self.general_error.show_text(err.message(messages.language()))
                return False
            uid = member.uid
            events.announce("member")
        self.chosen_uid = uid
        self.session.set_member(uid)
        return True
