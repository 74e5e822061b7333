"""A tab of a page with several tabs (training, KPIs): re-read when its records change, its
tables' column widths kept in the settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from ui.page import PageContext
from ui.settings import Settings
from ui.table_model import RowTableModel
from ui.table_view import FITTED, build_table


class AreaTab(QWidget):
    """A tab of an area's page; it re-reads itself when records of its ``kinds`` change.

    The page refreshes the visible tab at once and the hidden ones when they are shown.
    """

    status_posted = Signal(str)
    kinds: tuple[str, ...] = ()  # the event kinds (table names) this tab shows
    has_new = False
    settings_prefix = ""  # the area's name in the settings keys of its tables

    def __init__(self, ctx: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.stale = False
        self._tables: dict[str, QTableView] = {}

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def new_record(self) -> object:
        return None

    def edit_selected(self) -> object:
        """Open the selected record's form; returns the dialog it opened, if any."""
        return None

    def delete_selected(self) -> None:
        """Edit ▸ Delete on this tab: to the trash."""

    def record_buttons(self, new_text: str) -> list[QPushButton]:
        """New…, Edit… and Delete, wired to new_record, edit_selected and delete_selected;
        kept as ``new_button``, ``edit_button`` and ``delete_button``."""
        self.new_button = QPushButton(new_text, self)
        self.edit_button = QPushButton(QCoreApplication.translate("AreaTab", "Edit…"), self)
        self.delete_button = QPushButton(QCoreApplication.translate("AreaTab", "Delete"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        return [self.new_button, self.edit_button, self.delete_button]

    def focus_search(self) -> None:
        """Edit ▸ Find on this tab."""

    def make_table(
        self, model: RowTableModel, name: str = ""
    ) -> tuple[QSortFilterProxyModel, QTableView]:
        """A table of ``model`` (see build_table); with a ``name`` its column widths and
        sort order are kept in the settings."""
        proxy, view = build_table(self, model)
        if name:
            self._tables[name] = view
            state = self.ctx.settings.header_state(f"{self.settings_prefix}_{name}")
            if state is not None and view.horizontalHeader().restoreState(state):
                view.setProperty(FITTED, True)  # the user's widths win
        return proxy, view

    def save_state(self, settings: Settings) -> None:
        for name, view in self._tables.items():
            key = f"{self.settings_prefix}_{name}"
            settings.set_header_state(key, view.horizontalHeader().saveState())


def refresh_tabs(
    shown: QWidget | None, tabs: Iterable[AreaTab], wanted: Callable[[AreaTab], bool]
) -> None:
    """Refresh the wanted tab shown now; mark the other wanted ones to refresh when shown."""
    for tab in tabs:
        if not wanted(tab):
            continue
        if tab is shown:
            tab.refresh()
            tab.stale = False
        else:
            tab.stale = True


def refresh_if_stale(tab: QWidget | None) -> None:
    """A tab just shown: re-read it if records changed while it was hidden."""
    if isinstance(tab, AreaTab) and tab.stale:
        tab.refresh()
        tab.stale = False
