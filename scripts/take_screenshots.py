"""Render the README's screenshots (Chinese interface, sample team) into docs/.

Usage (from the repository root; works headless)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/take_screenshots.py

Writes docs/screenshot-team-zh.png, docs/screenshot-settings-zh.png,
docs/screenshot-firstrun-zh.png, docs/screenshot-member-zh.png,
docs/screenshot-conflict-zh.png and the training page's docs/screenshot-training-overview-zh.png,
docs/screenshot-training-courses-zh.png and docs/screenshot-training-signin-zh.png, the
topic backlog's docs/screenshot-backlog-zh.png and docs/screenshot-board-zh.png, and the
Excel import preview docs/screenshot-import-preview-zh.png, and through scripts/shots_*.py the
review queue and screen, the review tools, the KPI page and the appraisal page
(docs/screenshot-review-*, -kpi-*, -appraisal-*), from a throw-away database and settings
file. The training data is seen from 2026-11-26, the day the
demo's training year is written for.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models import demo, messages, team, training  # noqa: E402
from models.base import Actor  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.exchange import PreviewDialog  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.team_page import TeamPage  # noqa: E402
from ui.topics.calendar_page import CalendarPage  # noqa: E402
from ui.topics.draft_editor import DraftEditorDialog  # noqa: E402
from ui.topics.page import TopicsPage  # noqa: E402
from ui.training import TrainingPage  # noqa: E402
from ui.training.signin_dialog import SigninDialog  # noqa: E402
from ui.whoami_dialog import WhoAmIDialog  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import shots_appraisal  # noqa: E402
import shots_kpi  # noqa: E402
import shots_review_tools  # noqa: E402
import shots_reviews  # noqa: E402

DOCS = ROOT / "docs"
SIGNIN_SHEET = ROOT.parent / "shared/fixtures/as-users-make-them/training-signin-as-circulated.xlsx"
ROSTER = ROOT.parent / "shared/fixtures/as-users-make-them/team-roster-by-hand.xlsx"
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
    topics_shots(window, session)
    pipeline_shots(window)
    import_preview_shot(window, work)
    # The review, KPI and appraisal areas keep their pictures next to their pages' code.
    for area in (shots_reviews, shots_review_tools, shots_kpi, shots_appraisal):
        area.shots(window, session, DOCS)
    session.set_member(lead.uid)
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


def topics_shots(window: QWidget, session: Session) -> None:
    """The 选题库 page as 张伟, a content planner, sees it: the table and the board (R-5.2)."""
    page = next(p for p in window.pages if isinstance(p, TopicsPage))  # type: ignore[attr-defined]
    lead, planner = session.member(), team.find_by_name("张伟")
    assert lead is not None and planner is not None
    session.set_member(planner.uid)  # his own topics first
    window.show_page(page)  # type: ignore[attr-defined]
    window.resize(1280, 760)
    page.show_view(0)
    page.select(page.model.topic(1).uid)
    QApplication.processEvents()  # the count label comes after the rows
    save(window, "screenshot-backlog-zh.png")
    page.show_view(1)
    save(window, "screenshot-board-zh.png")
    page.show_view(0)
    session.set_member(lead.uid)


def pipeline_shots(window: QWidget) -> None:
    """The 内容日历 in November 2026, and a draft beside the style guide (R-5.4 – R-5.6)."""
    page = next(p for p in window.pages if isinstance(p, CalendarPage))  # type: ignore[attr-defined]
    page.today = lambda: DEMO_DAY
    window.show_page(page)  # type: ignore[attr-defined]
    window.resize(1280, 760)
    page.go_today()
    for _ in range(3):  # day cells fit their items after the grid has its size
        QApplication.processEvents()
    save(window, "screenshot-calendar-zh.png")

    page.go_next()  # December: the 冬至 draft, still in review, with three versions
    winter = next(r for r in page.rows if r.topic_title.startswith("冬至"))
    dialog = DraftEditorDialog(page.ctx, winter.topic_uid, window)
    dialog.resize(1280, 760)
    # an unsaved line with a word the guide says to avoid, highlighted as the writer types
    dialog.editor.appendPlainText("【字幕】冬天最好的一杯暖饮。")
    dialog.show()
    QApplication.processEvents()
    save(dialog, "screenshot-draft-editor-zh.png")
    dialog.hide()  # without the "save the changes?" question: the line was for the picture


def import_preview_shot(window: QWidget, work: Path) -> None:
    """The import preview of the hand-made roster, edited to give one update, one error and
    one new row against the sample team; the rest is unchanged."""
    if not ROSTER.is_file():
        print(f"skipped the import preview: {ROSTER} is missing")
        return
    path = work / "团队名单.xlsx"
    shutil.copy(ROSTER, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet["C6"], sheet["D6"] = "chenjing@example.com", "2023-03-13"  # 陈静 as here
    # 刘洋 (row 5) left the company in the file: the one update (在职 是 → 否).
    sheet.append(["孙悦", "内容策划", "sunyue@example.com", "2026-02-30", "是"])  # no such day
    sheet.append(["马超", "渠道运营", "machao@example.com", "2026-11-02", "是"])  # new
    book.save(path)
    dialog = window.exchange.open_file(path)  # type: ignore[attr-defined]
    assert isinstance(dialog, PreviewDialog)
    deadline = time.monotonic() + 30
    while dialog.preview is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    dialog.resize(1200, 750)
    save(dialog, "screenshot-import-preview-zh.png")
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
