"""Screenshots of the 审核队列 page and the review screen (R-5.4, R-2.1) for the README.

``shots(window, session, docs)`` is called by scripts/take_screenshots.py with the main window
on the demo database, in Chinese. It can also run alone (offscreen, a throw-away database)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/shots_reviews.py

Writes docs/screenshot-review-queue-zh.png (黄丽's queue: the item she wrote greyed, separation
of duties), docs/screenshot-review-mine-zh.png (her drafts), docs/screenshot-review-metrics-zh.png
and docs/screenshot-review-screen-zh.png (杨帆, compliance, on the 冬至 item: a blocking and a
warning hit highlighted, the chain signed up to 二审).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from models import team  # noqa: E402
from models.reviews.schema import ContentField  # noqa: E402
from ui.reviews.page import METRICS, MINE, QUEUE, ReviewsPage  # noqa: E402
from ui.session import Session  # noqa: E402


def _save(widget: QWidget, path: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
    return path


def _as(session: Session, name: str) -> None:
    member = team.find_by_name(name)
    assert member is not None, name
    session.set_member(member.uid)


def shots(window: QWidget, session: Session, docs: Path) -> list[Path]:
    """The queue, my drafts, the metrics, and the review screen with highlighted hits."""
    page = next(p for p in window.pages if isinstance(p, ReviewsPage))  # type: ignore[attr-defined]
    before = session.member()
    out: list[Path] = []
    window.resize(1280, 560)
    window.show_page(page)  # type: ignore[attr-defined]

    _as(session, "黄丽")  # planner and editor: the 二审 of her own item is greyed
    page.all_check.setChecked(False)
    page.show_tab(QUEUE)
    page.refresh()
    page.queue_table.selectRow(0)
    out.append(_save(window, docs / "screenshot-review-queue-zh.png"))

    page.show_tab(MINE)  # 黄丽 the author: a comment of 二审 waits for her
    page.refresh()
    page.mine_table.selectRow(0)
    out.append(_save(window, docs / "screenshot-review-mine-zh.png"))

    page.show_tab(METRICS)
    out.append(_save(window, docs / "screenshot-review-metrics-zh.png"))

    _as(session, "杨帆")  # compliance, on the item waiting at 合规/法务
    page.show_tab(QUEUE)
    page.refresh()
    item = next(i for i in page.queue_items() if i.level_name == "合规/法务")
    screen = page.open_item(item.topic_uid)
    screen.resize(1320, 760)
    blocking = next(h for h in screen.hits.hits() if h.open_blocking)
    screen.hits.select(screen.hits.hits().index(blocking))
    body = screen.draft.views[ContentField.BODY]
    cursor = body.textCursor()  # the hit's own colours, not the selection's, in the picture
    cursor.clearSelection()
    body.setTextCursor(cursor)
    _save(screen, docs / "screenshot-review-screen-zh.png")
    out.append(docs / "screenshot-review-screen-zh.png")
    screen.close()

    page.show_tab(QUEUE)
    session.set_member(before.uid if before is not None else None)
    return out


def main() -> int:
    import models
    from models import db as dbmod
    from models import demo, messages
    from ui.app import create_main_window
    from ui.i18n import install_translators
    from ui.settings import Settings

    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    messages.set_language("zh_CN")
    work = Path(tempfile.mkdtemp(prefix="md-review-shots-"))
    location = str(work / "desk.db")
    models.open(location)
    demo.fill()
    settings = Settings(work / "settings.ini")
    session = Session(settings, location)
    _as(session, "周敏")
    window = create_main_window(settings, session)
    window.show()
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    shots(window, session, docs)
    window.close()
    dbmod.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
