"""Fixtures of the GUI tests: settings in tmp_path, who I am, the main window, Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from models import messages, team
from models.team import MemberRow, Role
from ui import i18n
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings

# The offscreen platform cannot pass size hints to a window system and says so on every
# top-level window; this is the platform's limitation, not a problem of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Even Settings() without a file must never touch the real user's settings."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    yield
    messages.set_language("en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def session(db, db_path: Path, settings: Settings) -> Session:
    return Session(settings, str(db_path))


@pytest.fixture
def me(session: Session, actor) -> MemberRow:
    """The member using the app (a team lead), chosen as "who I am"."""
    member = team.add_member(actor, "周敏", [Role.TEAM_LEAD], department="市场部")
    session.set_member(member.uid)
    row = session.member()
    assert row is not None
    return row


@pytest.fixture
def window(qtbot, settings: Settings, session: Session) -> MainWindow:
    win = create_main_window(settings, session)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[str]:
    """The interface in Chinese for one test (Qt's and the app's translations)."""
    translators = i18n.install_translators(qapp, "zh_CN")
    messages.set_language("zh_CN")
    yield "zh_CN"
    i18n.remove_translators(qapp, translators)
    messages.set_language("en")
