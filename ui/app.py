"""Starting the GUI: the QApplication, the language, the database, "who am I", the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import models
from models import db as dbmod
from models import messages
from models.errors import DeskError
from ui import tasks
from ui.i18n import choose_language, install_translators
from ui.icons import icon
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings
from ui.whoami_dialog import WhoAmIDialog

APP_NAME = "Marketing Desk"
ORGANIZATION = "MarketingDesk"


def create_main_window(
    settings: Settings, session: Session | None = None, location: str | None = None
) -> MainWindow:
    """Build the main window over the already open database, without running the loop.

    Tests call this directly; ``run`` calls it after the first-run questions.
    """
    if session is None:
        where = location or str(dbmod.path())
        session = Session(settings, where)
    return MainWindow(settings, session)


def run(db_location: str, lang: str | None, argv: list[str]) -> int:
    """Run the GUI on the database at ``db_location``; returns the process exit code."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(models.__version__)
    app.setWindowIcon(icon("app"))
    settings = Settings()  # after the names above: they choose the settings file
    lang = choose_language(lang, settings.language)
    install_translators(app, lang)
    messages.set_language(lang)

    try:
        models.open(db_location)
    except DeskError as err:  # e.g. SchemaTooNew: written by a newer version
        QMessageBox.critical(None, _title(), err.message(lang))
        return 2
    try:
        session = Session(settings, db_location)
        if session.member() is None:
            dialog = WhoAmIDialog(session, first_run=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        window = create_main_window(settings, session)
        window.show()
        return app.exec()
    finally:
        tasks.wait_all()
        dbmod.close()


def _title() -> str:
    return QCoreApplication.translate("app", "Marketing Desk")
