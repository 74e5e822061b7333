"""Screenshots of the review tools (R-5.4, R-2.1, R-2.2) for the README: 审核链设置 and 广告法词库.

``shots(window, session, docs)`` is called by scripts/take_screenshots.py with the main window
on the demo database, in Chinese. It can also run alone (offscreen, a throw-away database)::

    QT_QPA_PLATFORM=offscreen uv run python scripts/shots_review_tools.py

Writes docs/screenshot-review-chain-zh.png (the lead looking at the chain for 直播, with its
脚本审核 level), docs/screenshot-review-wordlist-zh.png (the built-in list with 试一试 on a 小红书
sentence) and docs/screenshot-review-term-zh.png (a new team word checked before it is saved).
Nothing is saved: the dialogs are closed without their Save, so the demo data stays as it was.
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

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from models import team  # noqa: E402
from models.reviews.schema import Category, Severity  # noqa: E402
from models.team import Role  # noqa: E402
from ui.reviews.chain_dialog import ChainDialog  # noqa: E402
from ui.reviews.chain_table import NAME  # noqa: E402
from ui.reviews.page import ReviewsPage  # noqa: E402
from ui.reviews.tools import ReviewTools  # noqa: E402
from ui.reviews.wordlist_dialog import WordListDialog  # noqa: E402
from ui.reviews.wordlist_term import TermDialog  # noqa: E402
from ui.session import Session  # noqa: E402

SAMPLE = "全网最低价！国家级品质，私信加微信领取优惠，第一次下单还送小样"


def _save(widget: QWidget, path: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
    return path


def chain_shot(tools: ReviewTools, docs: Path) -> Path:
    """The lead looks at the chain for 直播: the default levels plus a script check (the demo
    has it; on another database it is added here, unsaved)."""
    tools.chain_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, ChainDialog) and not dialog.read_only
    dialog.resize(1040, 600)
    live = "form:直播"
    if live in dialog.scopes():
        dialog.select_scope(live)
    else:
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(live))
        dialog.add_scope_button.click()
        dialog.add_level_button.click()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, NAME).setText("脚本审核")
        dialog.table.set_role(row, Role.PROJECT_MANAGER)
    names = [s.name for s in dialog.table.specs()]
    dialog.table.selectRow(names.index("脚本审核"))
    dialog.table.setFocus()
    path = _save(dialog, docs / "screenshot-review-chain-zh.png")
    dialog.reject()  # for the picture only: nothing saved
    return path


def wordlist_shots(tools: ReviewTools, docs: Path) -> list[Path]:
    tools.wordlist_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, WordListDialog)
    dialog.resize(1180, 780)
    dialog.try_panel.set_platform("小红书")
    dialog.try_panel.set_text(SAMPLE)
    dialog.builtin.search_edit.setText("最")
    out = [_save(dialog, docs / "screenshot-review-wordlist-zh.png")]
    dialog.builtin.search_edit.clear()

    dialog.tabs.setCurrentWidget(dialog.words)
    term = TermDialog(dialog.session, parent=dialog)
    term.term_edit.setText("秒杀")
    term.category_combo.setCurrentIndex(term.category_combo.findData(Category.INDUCEMENT.value))
    term.severity_combo.setCurrentIndex(term.severity_combo.findData(Severity.BLOCKING.value))
    term.basis_edit.setText("《广告法》第二十八条：虚假或引人误解的内容")
    term.suggestion_edit.setText("限时优惠（写明活动时间与库存）")
    term.try_panel.set_text("今晚八点秒杀价19.9元，错过再等一年")
    term.resize(760, 640)
    term.show()
    out.append(_save(term, docs / "screenshot-review-term-zh.png"))
    term.done(QDialog.DialogCode.Rejected)
    dialog.reject()
    return out


def shots(window: QWidget, session: Session, docs: Path) -> list[Path]:
    """The chain settings and the word lists, seen by the team lead."""
    page = next(p for p in window.pages if isinstance(p, ReviewsPage))  # type: ignore[attr-defined]
    tools = page.findChild(ReviewTools)
    assert tools is not None
    before = session.member()
    lead = team.find_by_name("周敏")
    assert lead is not None
    session.set_member(lead.uid)
    window.show_page(page)  # type: ignore[attr-defined]
    out = [chain_shot(tools, docs), *wordlist_shots(tools, docs)]
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
    work = Path(tempfile.mkdtemp(prefix="md-review-tools-shots-"))
    location = str(work / "desk.db")
    models.open(location)
    demo.fill()
    settings = Settings(work / "settings.ini")
    session = Session(settings, location)
    window = create_main_window(settings, session)
    window.resize(1280, 700)
    window.show()
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    shots(window, session, docs)
    window.close()
    dbmod.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
