"""Screenshots of the 绩效考核 page (R-4.3), Chinese, on the demo database.

``shots(window, session, docs)`` is called by scripts/take_screenshots.py with its main window
(the lead, 周敏, chosen as "who I am"). Run alone it builds its own throw-away demo::

    QT_QPA_PLATFORM=offscreen uv run python scripts/shots_appraisal.py

Writes docs/screenshot-appraisal-list-zh.png (the 2026-Q3 cycle), -appraisal-open-zh.png
(张伟's appraisal), -appraisal-interview-zh.png, -appraisal-charts-zh.png and
-appraisal-templates-zh.png.
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

from models.team import Role  # noqa: E402
from ui.appraisal import AppraisalPage  # noqa: E402

DEMO_DAY = date(2026, 11, 26)


def _save(widget: QWidget, docs: Path, name: str) -> Path:
    QApplication.processEvents()
    path = docs / f"screenshot-{name}-zh.png"
    widget.grab().save(str(path))
    return path


def shots(window, session, docs: Path) -> list[Path]:
    """Navigate the appraisal page of ``window`` and save its pictures into ``docs``."""
    page = next(p for p in window.pages if isinstance(p, AppraisalPage))
    page.set_today(DEMO_DAY)
    window.resize(1180, 680)
    window.show_page(page)
    page.refresh()
    page.set_cycle("2026-Q3")
    page.tabs.setCurrentWidget(page.list_tab)
    page.list_tab.select("张伟")
    out = [_save(window, docs, "appraisal-list")]

    dialog = page.list_tab.open_selected()
    assert dialog is not None
    dialog.resize(1100, 700)
    dialog.show()
    out.append(_save(dialog, docs, "appraisal-open"))
    dialog.tabs.setCurrentIndex(1)
    out.append(_save(dialog, docs, "appraisal-interview"))
    dialog.reject()

    page.tabs.setCurrentWidget(page.charts_tab)
    out.append(_save(window, docs, "appraisal-charts"))
    page.tabs.setCurrentWidget(page.templates_tab)
    page.templates_tab.select_role(Role.CONTENT_PLANNER)
    page.templates_tab.items.selectRow(3)
    out.append(_save(window, docs, "appraisal-templates"))
    page.tabs.setCurrentWidget(page.list_tab)
    return out


def main() -> int:
    import models
    from models import db as dbmod
    from models import demo, messages, team
    from ui.app import create_main_window
    from ui.i18n import install_translators
    from ui.session import Session
    from ui.settings import Settings

    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    messages.set_language("zh_CN")
    work = Path(tempfile.mkdtemp(prefix="md-appraisal-shots-"))
    location = str(work / "desk.db")
    models.open(location)
    demo.fill()
    settings = Settings(work / "settings.ini")
    session = Session(settings, location)
    lead = team.find_by_name("周敏")
    assert lead is not None
    session.set_member(lead.uid)
    window = create_main_window(settings, session)
    window.show()
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    for path in shots(window, session, docs):
        print(path)
    window.close()
    dbmod.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
