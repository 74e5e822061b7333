"""Small widgets shared by dialogs: the role picker and the error line under a field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from models.team import Role
from ui.labels import role_label


class RolePicker(QWidget):
    """One check box per procedure role (R-4.1), in two columns; a member has one or more."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        self.boxes: dict[Role, QCheckBox] = {}
        for number, role in enumerate(Role):
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(self.changed)
            layout.addWidget(box, number // 2, number % 2)
            self.boxes[role] = box

    def roles(self) -> list[Role]:
        return [role for role, box in self.boxes.items() if box.isChecked()]

    def set_roles(self, roles: list[Role] | tuple[Role, ...]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)


class ErrorLabel(QLabel):
    """A red line under a field that says what is wrong with it; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(widget: QWidget, parent: QWidget) -> tuple[QWidget, ErrorLabel]:
    """The field with its error line right under it, as one form cell."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = ErrorLabel(box)
    column.addWidget(error)
    return box, error
