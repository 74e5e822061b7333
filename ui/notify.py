"""Message boxes in one place, so every page words errors alike and tests can patch them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import messages
from models.errors import DeskError


def app_title() -> str:
    return QCoreApplication.translate("notify", "Marketing Desk")


def error(parent: QWidget | None, text: str, details: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, app_title(), text, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setDetailedText(details)
    box.exec()


def desk_error(parent: QWidget | None, err: DeskError) -> None:
    """Show a core error in the user's language (never a traceback)."""
    error(parent, err.message(messages.language()))


def info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, app_title(), text)


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` labels the OK button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, app_title(), text, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok
