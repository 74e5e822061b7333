"""Render the README's screenshots (Chinese interface, sample team) into docs/.

Usage (from the repository root; works headless)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/take_screenshots.py

Writes docs/screenshot-team-zh.png, docs/screenshot-settings-zh.png,
docs/screenshot-firstrun-zh.png, docs/screenshot-member-zh.png and
docs/screenshot-conflict-zh.png from a throw-away database and settings file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models import demo, messages, team  # noqa: E402
from models.base import Actor  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.team_page import TeamPage  # noqa: E402
from ui.whoami_dialog import WhoAmIDialog  # noqa: E402

DOCS = ROOT / "docs"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = DOCS / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    messages.set_language("zh_CN")
    DOCS.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="md-shots-"))

    # The first-run question, on an empty database.
    models.open(work / "empty.db")
    settings = Settings(work / "settings.ini")
    first = WhoAmIDialog(Session(settings, str(work / "empty.db")), first_run=True)
    first.show()
    save(first, "screenshot-firstrun-zh.png")
    first.close()
    dbmod.close()

    # The team page with the sample team.
    location = str(work / "desk.db")
    models.open(location)
    demo.fill()
    session = Session(settings, location)
    lead = team.find_by_name("周敏")
    assert lead is not None
    session.set_member(lead.uid)
    window = create_main_window(settings, session)
    window.resize(1180, 640)
    window.show()
    page = window.pages[0]
    assert isinstance(page, TeamPage)
    page.table.selectRow(3)
    save(window, "screenshot-team-zh.png")

    dialog = page.edit_selected()
    assert dialog is not None
    save(dialog, "screenshot-member-zh.png")
    row = page.current_member()
    assert row is not None
    team.edit_member(Actor(None, "李娜"), row.uid, row.version, phone="13900000000")
    dialog.email_edit.setText("new@example.com")
    dialog.accept()
    assert dialog.conflict_dialog is not None
    save(dialog.conflict_dialog, "screenshot-conflict-zh.png")
    dialog.conflict_dialog.reject()
    dialog.reject()

    window.sidebar.setCurrentRow(1)
    save(window, "screenshot-settings-zh.png")
    window.close()
    dbmod.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
