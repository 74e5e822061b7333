"""Screenshots of the KPI 指标 page (R-1.1–R-1.3) on the demo database, in Chinese.

``shots(window, session, docs)`` is called by scripts/take_screenshots.py with its main
window; run alone it builds one the same way::

    QT_QPA_PLATFORM=offscreen uv run python scripts/shots_kpi.py

Writes docs/screenshot-kpi-overview-zh.png (October 2026, the unexplained overspend
selected), docs/screenshot-kpi-charts-zh.png (销售额), docs/screenshot-kpi-goals-zh.png and
docs/screenshot-kpi-platform-zh.png (a 巨量引擎 daily report being previewed).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.kpi import KpiPage  # noqa: E402
from ui.kpi.platform_dialog import PlatformDialog  # noqa: E402
from ui.session import Session  # noqa: E402

DEMO_DAY = date(2026, 11, 26)


def _save(widget: QWidget, path: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
    return path


def _daily_report(folder: Path) -> Path:
    """A 巨量引擎-style daily export from 20 October (one row per day, a total row)."""
    path = folder / "巨量引擎_广告报表_20261020-20261125.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "数据报表"
    sheet.append(["巨量引擎 广告数据报表  2026-10-20 至 2026-11-25"])
    sheet.append([])
    sheet.append(["日期", "展现", "点击", "点击率", "消费(元)", "转化数", "新增线索"])
    for n in range(37):
        day = date(2026, 10, 20) + timedelta(days=n)
        shows = 180_000 + 4_000 * (n % 7)
        clicks = int(shows * 0.024)
        sheet.append([day.isoformat(), shows, clicks, f"{clicks / shows:.2%}", 16_500 + 90 * n,
                      int(clicks * 0.07), 40 + n % 9])  # fmt: skip
    sheet.append(["合计", None, None, None, None, None, None])
    book.save(path)
    return path


def shots(window: QWidget, session: Session, docs: Path) -> list[Path]:
    """Navigate the main window to the KPI page and save its screens as PNGs in ``docs``."""
    page = next(p for p in window.pages if isinstance(p, KpiPage))  # type: ignore[attr-defined]
    page.set_today(DEMO_DAY)
    page.set_member(None)
    page.set_period("2026-10")
    window.show_page(page)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    out: list[Path] = []

    page.show_tab(page.overview)
    page.overview.select("spend")  # over budget and not explained yet
    out.append(_save(window, docs / "screenshot-kpi-overview-zh.png"))

    page.show_tab(page.charts)
    page.charts.show_kpi("revenue")
    out.append(_save(window, docs / "screenshot-kpi-charts-zh.png"))

    page.show_tab(page.goals)
    out.append(_save(window, docs / "screenshot-kpi-goals-zh.png"))

    page.show_tab(page.overview)
    report = _daily_report(Path(tempfile.mkdtemp(prefix="md-kpi-shots-")))
    wang = next(
        (page.scope_combo.itemData(i) for i in range(page.scope_combo.count())
         if page.scope_combo.itemText(i) == "王芳"),
        None,
    )  # fmt: skip
    page.set_member(wang)
    dialog = page.import_platform(report)
    assert isinstance(dialog, PlatformDialog)
    deadline = time.monotonic() + 30
    while dialog.preview is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    dialog.resize(960, 560)
    out.append(_save(dialog, docs / "screenshot-kpi-platform-zh.png"))
    dialog.reject()
    page.set_member(None)
    return out


def main() -> int:
    import models
    from models import demo, messages, team
    from ui.app import create_main_window
    from ui.i18n import install_translators
    from ui.settings import Settings

    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    messages.set_language("zh_CN")
    work = Path(tempfile.mkdtemp(prefix="md-shots-"))
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
    shots(window, session, docs)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
