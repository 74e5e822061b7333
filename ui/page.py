"""The contract between the main window and its pages (one page per area of the product)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QWidget

from ui.session import Session
from ui.settings import Settings


@dataclass
class PageContext:
    """What every page may use: settings, who I am, and the window's shared actions."""

    settings: Settings
    session: Session
    backup_action: QAction
    restore_action: QAction
    switch_user_action: QAction


class Page(QWidget):
    """A page in the sidebar. The Edit menu's commands are routed to the current page.

    Subclasses override ``title()`` and ``icon()``, switch on the commands they support
    (``has_new``, ``has_search``, ``has_delete``) and override the matching methods;
    ``file_actions()`` adds their own entries to the File menu.
    """

    status_posted = Signal(str)  # a quiet message for the status bar
    # A count the sidebar shows after the title, e.g. items waiting in my review queue;
    # 0 shows the bare title.
    badge_changed = Signal(int)

    has_new = False
    has_search = False
    has_delete = False

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon()

    def badge(self) -> int:
        """The count shown in the sidebar when the page is added; later ones via the signal."""
        return 0

    def new_record(self) -> object:
        """Edit ▸ New (Ctrl+N); returns the dialog it opened, if any."""
        return None

    def focus_search(self) -> None:
        """Edit ▸ Find (Ctrl+F)."""

    def delete_selected(self) -> None:
        """Edit ▸ Delete (Del): to the trash, never for good."""

    def file_actions(self) -> list[QAction]:
        """Actions this page puts in the File menu (Import…, Export…), above the backup."""
        return []

    def save_state(self, settings: Settings) -> None:
        """Persist column widths and similar when the window closes."""
