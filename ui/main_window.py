"""The main window: it only assembles pages, menus and the wiring between them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Slot, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import models
from models import db as dbmod
from ui import tasks
from ui.appraisal import AppraisalPage
from ui.database_actions import DatabaseActions
from ui.exchange import ExchangeActions
from ui.icons import icon
from ui.kpi import KpiPage
from ui.page import Page, PageContext
from ui.reviews.page import ReviewsPage
from ui.session import Session
from ui.settings import Settings
from ui.settings_page import SettingsPage
from ui.team_page import TeamPage
from ui.topics.calendar_page import CalendarPage
from ui.topics.page import TopicsPage
from ui.training import TrainingPage
from ui.whoami_dialog import WhoAmIDialog


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; File/Edit/View/Help menus; Edit commands go to the page."""

    def __init__(self, settings: Settings, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.pages: list[Page] = []
        self.setWindowIcon(icon("app"))

        self.database = DatabaseActions(self, settings, session)
        self._build_actions()
        self.ctx = PageContext(
            settings,
            session,
            self.database.backup_action,
            self.database.restore_action,
            self.switch_user_action,
        )

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        # File ▸ Import/Export/Template for every kind (Excel); a workbook dropped anywhere
        # on the window opens the import preview too.
        self.exchange = ExchangeActions(self, settings, session)
        self.add_file_actions(self.exchange.actions())
        self.setAcceptDrops(True)

        # The areas of the product that work; adding an area is one line here.
        self.add_page(TeamPage(self.ctx))
        self.add_page(TopicsPage(self.ctx))
        self.add_page(ReviewsPage(self.ctx))
        self.add_page(TrainingPage(self.ctx))
        self.add_page(KpiPage(self.ctx))
        self.add_page(CalendarPage(self.ctx))
        self.add_page(AppraisalPage(self.ctx))
        self.add_page(SettingsPage(self.ctx))

        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.database.status_posted.connect(self.show_status)
        self.database.member_lost.connect(self._on_database_member_lost)
        session.member_changed.connect(self._on_session_member_changed)
        self.sidebar.setCurrentRow(0)
        self._on_session_member_changed()
        self._restore_geometry()

    # -- assembling --------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        """Add a page to the sidebar, the stack and the View menu."""
        number = len(self.pages)
        self.pages.append(page)
        item = QListWidgetItem(page.icon(), page.title(), self.sidebar)
        item.setSizeHint(QSize(0, 40))
        self.stack.addWidget(page)
        page.status_posted.connect(self.show_status)
        page.badge_changed.connect(lambda count, row=number: self._show_badge(row, count))
        self._show_badge(number, page.badge())
        action = QAction(page.title(), self, checkable=True)
        if number < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        action.setData(number)
        action.triggered.connect(self._on_page_action_triggered)
        self._page_actions.addAction(action)
        self.view_menu.addAction(action)
        self.add_file_actions(page.file_actions())

    def _show_badge(self, row: int, count: int) -> None:
        title = self.pages[row].title()
        self.sidebar.item(row).setText(f"{title} ({count})" if count else title)

    def add_file_actions(self, actions: Iterable[QAction]) -> None:
        """Put actions (Import…, Export…, …) at the top of the File menu, above the backup."""
        for action in actions:
            self.file_menu.insertAction(self._file_anchor, action)
            self._file_anchor.setVisible(True)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(self.pages.index(page))

    def _build_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.switch_user_action = QAction(self.tr("&Switch User…"), self)
        self.switch_user_action.triggered.connect(self.switch_user)
        self.new_action = QAction(self.tr("&New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.about_action = QAction(self.tr("&About Marketing Desk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self._page_actions = QActionGroup(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        # Import/Export actions of later pages go above this separator (add_file_actions).
        self._file_anchor = self.file_menu.addSeparator()
        self._file_anchor.setVisible(False)
        self.file_menu.addAction(self.database.backup_action)
        self.file_menu.addAction(self.database.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.new_action, self.find_action, self.delete_action):
            self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 680)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    # -- behaviour ----------------------------------------------------------------------------

    @Slot(str)
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def switch_user(self) -> WhoAmIDialog:
        dialog = WhoAmIDialog(self.session, first_run=False, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about_text(self) -> str:
        location = str(dbmod.path() or self.session.location)
        return (
            self.tr("<h3>Marketing Desk %1</h3>").replace("%1", models.__version__)
            + self.tr("<p>A workbench for online-marketing teams.</p>")
            + self.tr("<p>Database: %1<br>Qt %2, PySide6</p>")
            .replace("%1", location)
            .replace("%2", qVersion())
        )

    @Slot()
    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Marketing Desk"), self.about_text())

    @Slot(int)
    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        self._page_actions.actions()[row].setChecked(True)
        self.new_action.setEnabled(page.has_new)
        self.find_action.setEnabled(page.has_search)
        self.delete_action.setEnabled(page.has_delete)

    @Slot()
    def _on_page_action_triggered(self) -> None:
        action = self._page_actions.checkedAction()
        if action is not None:
            self.sidebar.setCurrentRow(int(action.data()))

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.current_page().new_record()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        self.current_page().focus_search()

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        self.current_page().delete_selected()

    @Slot()
    def _on_session_member_changed(self) -> None:
        me = self.session.member()
        name = me.name if me else self.tr("nobody")
        self.setWindowTitle(self.tr("Marketing Desk — %1").replace("%1", name))
        self.user_label.setText(self.tr("User: %1").replace("%1", name))

    @Slot()
    def _on_database_member_lost(self) -> None:
        self.switch_user()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.exchange.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.exchange.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.exchange.drop(event.mimeData()) is not None:
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        tasks.wait_all()  # let a running backup or import finish its transaction
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for page in self.pages:
            page.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
