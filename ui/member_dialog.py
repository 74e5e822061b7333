"""Add or edit a team member, with errors shown next to the field and conflict handling."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import messages, team
from models.errors import ConflictError, DeskError, ValidationError
from models.team import MemberRow, Role, decode_roles, encode_roles
from ui import events
from ui.conflict_dialog import ConflictDialog
from ui.labels import active_text, date_text, roles_text
from ui.session import Session
from ui.widgets import ErrorLabel, RolePicker, with_error


def format_member_value(field: str, value: Any) -> str:
    """A member field as the user reads it, from stored or snapshot values."""
    if field == "roles":
        roles = decode_roles(value) if isinstance(value, str) else list(value or ())
        return roles_text(roles)
    if field == "joined_on":
        return date_text(value)
    if field == "active":
        return active_text(bool(value))
    return "" if value is None else str(value)


def snapshot_of(row: MemberRow) -> dict[str, Any]:
    """The loaded member in the shape of a ConflictError's ``theirs`` (see base.snapshot)."""
    return {
        "name": row.name,
        "roles": encode_roles(list(row.roles)),
        "email": row.email,
        "phone": row.phone,
        "department": row.department,
        "joined_on": row.joined_on.isoformat() if row.joined_on else None,
        "active": row.active,
        "notes": row.notes,
    }


class MemberDialog(QDialog):
    """The member form; saving happens here so that errors keep the dialog open."""

    saved = Signal(str)  # the member's uid

    def __init__(
        self, session: Session, row: MemberRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.version = row.version if row else None  # optimistic locking: what we loaded
        self.setWindowTitle(self.tr("Edit member") if row else self.tr("New member"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(team.NAME_MAX)
        self.role_picker = RolePicker(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText("name@example.com")
        self.phone_edit = QLineEdit(self)
        self.department_edit = QLineEdit(self)
        departments = sorted({m.department for m in team.list_members() if m.department})
        self.department_edit.setCompleter(QCompleter(departments, self.department_edit))
        self.joined_known = QCheckBox(self)
        self.joined_known.setToolTip(self.tr("Clear this box when the date is not known"))
        self.joined_edit = QDateEdit(self)
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setDisplayFormat("yyyy-MM-dd")
        self.joined_edit.setDate(QDate.currentDate())
        self.joined_known.toggled.connect(self.joined_edit.setEnabled)
        self.active_box = QCheckBox(self.tr("Active (still on the team)"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(72)

        self.errors: dict[str, ErrorLabel] = {}
        self.field_widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "roles": self.role_picker,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "department": self.department_edit,
            "joined_on": self.joined_edit,
            "active": self.active_box,
            "notes": self.notes_edit,
        }
        joined = QWidget(self)
        joined_row = QHBoxLayout(joined)
        joined_row.setContentsMargins(0, 0, 0, 0)
        joined_row.addWidget(self.joined_known)
        joined_row.addWidget(self.joined_edit, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("name", self.tr("Name:"), self.name_edit),
            ("roles", self.tr("Roles:"), self.role_picker),
            ("email", self.tr("Email:"), self.email_edit),
            ("phone", self.tr("Phone:"), self.phone_edit),
            ("department", self.tr("Department:"), self.department_edit),
            ("joined_on", self.tr("Joined on:"), joined),
            ("active", self.tr("Status:"), self.active_box),
            ("notes", self.tr("Notes:"), self.notes_edit),
        ]
        for field, label, widget in rows:
            form.addRow(label, self._with_error(field, widget))

        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self._load(row)
        self.conflict_dialog: ConflictDialog | None = None
        self._pending: dict[str, Any] = {}

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box, self.errors[field] = with_error(widget, self)
        return box

    def _load(self, row: MemberRow | None) -> None:
        self.name_edit.setText(row.name if row else "")
        self.role_picker.set_roles(row.roles if row else ())
        self.email_edit.setText(row.email if row else "")
        self.phone_edit.setText(row.phone if row else "")
        self.department_edit.setText(row.department if row else "")
        self.joined_known.setChecked(bool(row and row.joined_on))
        self.joined_edit.setEnabled(self.joined_known.isChecked())
        if row and row.joined_on:
            d = row.joined_on
            self.joined_edit.setDate(QDate(d.year, d.month, d.day))
        self.active_box.setChecked(row.active if row else True)
        self.notes_edit.setPlainText(row.notes if row else "")

    def values(self) -> dict[str, Any]:
        """What the form holds, in the types models.team expects."""
        joined: date | None = None
        if self.joined_known.isChecked():
            joined = self.joined_edit.date().toPython()  # type: ignore[assignment]
        return {
            "name": self.name_edit.text(),
            "roles": self.role_picker.roles(),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "department": self.department_edit.text(),
            "joined_on": joined,
            "active": self.active_box.isChecked(),
            "notes": self.notes_edit.toPlainText(),
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, so "keep mine" never overwrites other edits."""
        if self.row is None:
            return self.values()
        loaded: dict[str, Any] = {
            "name": self.row.name,
            "roles": list(self.row.roles),
            "email": self.row.email,
            "phone": self.row.phone,
            "department": self.row.department,
            "joined_on": self.row.joined_on,
            "active": self.row.active,
            "notes": self.row.notes,
        }
        return {k: v for k, v in self.values().items() if v != loaded[k]}

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Write the form; False (and the errors shown) when it could not be saved."""
        self._clear_errors()
        if self.row is None:
            values = self.values()
            roles: list[Role] = values.pop("roles")
            name: str = values.pop("name")
            return self._try(lambda: team.add_member(self.session.actor(), name, roles, **values))
        changes = self.changes()
        if not changes:
            return True
        return self._try(lambda: self._edit(changes, self.version), changes)

    def _edit(self, changes: dict[str, Any], version: int | None) -> Any:
        assert self.row is not None
        return team.edit_member(self.session.actor(), self.row.uid, version, **changes)

    def _try(self, write: Any, changes: dict[str, Any] | None = None) -> bool:
        lang = messages.language()
        try:
            member = write()
        except ValidationError as err:
            field = str(err.params.get("field", ""))
            target = self.errors.get(field, self.general_error)
            target.show_text(err.message(lang))
            if field in self.field_widgets:
                self.field_widgets[field].setFocus()
            return False
        except ConflictError as err:
            self._show_conflict(err, changes or {})
            return False
        except DeskError as err:
            self.general_error.show_text(err.message(lang))
            return False
        events.announce("member")
        self.saved.emit(member.uid)
        return True

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_text("")

    def _show_conflict(self, err: ConflictError, changes: dict[str, Any]) -> None:
        assert self.row is not None
        self._pending = changes
        self.conflict_dialog = ConflictDialog(err, snapshot_of(self.row), format_member_value, self)
        self.conflict_dialog.keep_mine_chosen.connect(self._on_conflict_keep_mine_chosen)
        self.conflict_dialog.take_theirs_chosen.connect(self._on_conflict_take_theirs_chosen)
        self.conflict_dialog.open()

    @Slot()
    def _on_conflict_keep_mine_chosen(self) -> None:
        assert self.conflict_dialog is not None
        # Save over the version we have now seen.
        self.version = int(self.conflict_dialog.err.theirs["version"])
        if self._try(lambda: self._edit(self._pending, self.version), self._pending):
            super().accept()

    @Slot()
    def _on_conflict_take_theirs_chosen(self) -> None:
        events.announce("member")  # the page shows their version
        self.reject()
