"""Render the README's screenshots (Chinese interface, sample team) into docs/.

Usage (from the repository root; works headless)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/take_screenshots.py

Writes docs/screenshot-team-zh.png, docs/screenshot-settings-zh.png,
docs/screenshot-firstrun-zh.png, docs/screenshot-member-zh.png,
docs/screenshot-conflict-zh.png and the training page's docs/screenshot-training-overview-zh.png,
docs/screenshot-training-courses-zh.png and docs/screenshot-training-signin-zh.png from a
throw-away database and settings file. The training data is seen from 2026-11-26, the day the
demo's training year is written for.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models import demo, messages, team, training  # noqa: E402
from models.base import Actor  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.team_page import TeamPage  # noqa: E402
from ui.training import TrainingPage  # noqa: E402
from ui.training.signin_dialog import SigninDialog  # noqa: E402
from ui.whoami_dialog import WhoAmIDialog  # noqa: E402

DOCS = ROOT / "docs"
SIGNIN_SHEET = ROOT.parent / "shared/fixtures/as-users-make-them/training-signin-as-circulated.xlsx"
DEMO_DAY = date(2026, 11, 26)


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

    training_shots(window)
    window.show_page(window.pages[-1])
    window.resize(1180, 640)
    save(window, "screenshot-settings-zh.png")
    window.close()
    dbmod.close()
    return 0


def training_shots(window: QWidget) -> None:
    """The 培训 page: its overview, the courses with a roster, the sign-in dialog (R-4.2)."""
    page = next(p for p in window.pages if isinstance(p, TrainingPage))  # type: ignore[attr-defined]
    page.set_today(DEMO_DAY)
    window.show_page(page)  # type: ignore[attr-defined]
    window.resize(1280, 780)
    page.show_tab(page.overview)
    save(window, "screenshot-training-overview-zh.png")

    page.show_tab(page.courses)
    compliance = next(c for c in training.list_courses() if c.recur_months)
    page.courses.select(compliance.uid)
    save(window, "screenshot-training-courses-zh.png")

    if not SIGNIN_SHEET.is_file():
        print(f"skipped the sign-in dialog: {SIGNIN_SHEET} is missing")
        return
    page.show_tab(page.sessions)
    target = page.sessions.current_session()  # the latest held: SEO与SEM实操, 2026-11-20
    assert target is not None
    sheet = training.read_signin_sheet(SIGNIN_SHEET)
    dialog = SigninDialog(page.sessions.session, target, sheet, SIGNIN_SHEET.name, page)
    dialog.show()
    save(dialog, "screenshot-training-signin-zh.png")
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
