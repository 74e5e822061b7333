"""广告法词库 through its widgets (R-2.1, R-2.2): a team word added in the dialog is flagged by
the checker, a platform's word only there, a harmless phrase silences a look-alike, 试一试
shows the hits, and members who may not edit only look."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from test_tools_support import make_team, tools_on_page

from models import team
from models.reviews import adlaw, terms
from models.reviews.schema import Category, Severity
from ui.reviews.wordlist_dialog import WordListDialog
from ui.reviews.wordlist_term import TermDialog


@pytest.fixture
def people(db, actor, me):
    return make_team(actor, me)


@pytest.fixture
def tools(qtbot, settings, session, people):
    page, found = tools_on_page(qtbot, settings, session)
    yield found
    del page


def open_dialog(tools) -> WordListDialog:
    tools.wordlist_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, WordListDialog) and dialog.isVisible()
    return dialog


def save(qtbot, term_dialog: TermDialog) -> None:
    term_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_word_added_by_the_lead_is_flagged_by_the_checker(qtbot, zh, tools):
    dialog = open_dialog(tools)
    dialog.try_panel.set_text("今晚秒杀价十九元")
    assert dialog.try_panel.hits == [] and dialog.try_panel.summary.text() == "未发现问题。"

    dialog.tabs.setCurrentWidget(dialog.words)
    dialog.words.add_button.click()
    form = dialog.words.dialog
    assert isinstance(form, TermDialog) and form.isVisible()
    form.term_edit.insert("秒 杀")  # typed (keyClicks is ASCII only)
    form.category_combo.setCurrentIndex(form.category_combo.findData(Category.INDUCEMENT.value))
    form.severity_combo.setCurrentIndex(form.severity_combo.findData(Severity.BLOCKING.value))
    form.suggestion_edit.insert("限时优惠")
    form.basis_edit.insert("《广告法》第八条")
    # the form's own 试一试 already counts the unsaved word
    form.try_panel.set_text("秒杀价只到今晚")
    assert [h.term for h in form.try_panel.hits] == ["秒 杀"]
    save(qtbot, form)

    [row] = terms.list_terms()
    assert (row.term, row.category, row.severity) == (
        "秒 杀",
        Category.INDUCEMENT,
        Severity.BLOCKING,
    )
    assert [r.term for r in dialog.words.rows()] == ["秒 杀"]
    hits = adlaw.check("今晚秒杀价十九元")
    assert [(h.text, h.blocking, h.suggestion) for h in hits] == [("秒杀", True, "限时优惠")]
    assert [h.text for h in dialog.try_panel.hits] == ["秒杀"]  # refreshed on the change
    assert "1 处为禁止用语" in dialog.try_panel.summary.text()
    assert dialog.try_panel.table.item(0, 3).text() == "团队词库"

    # paused: kept in the list, out of the check
    dialog.words.select(row.uid)
    dialog.words.pause_button.click()
    assert adlaw.check("秒杀价") == []
    assert dialog.words.pause_button.text() == "启用"
    dialog.words.remove_button.click()
    assert terms.list_terms() == [] and dialog.words.rows() == []


def test_a_platform_word_applies_only_on_that_platform(qtbot, zh, tools):
    dialog = open_dialog(tools)
    dialog.words.add_button.click()
    form = dialog.words.dialog
    form.term_edit.insert("私信下单")
    form.platform_combo.setCurrentIndex(form.platform_combo.findData("小红书"))
    save(qtbot, form)
    assert terms.list_terms()[0].platform == "小红书"
    assert adlaw.check("私信下单更优惠") == []
    assert [h.term for h in adlaw.check("私信下单更优惠", platform_list=["小红书"])] == ["私信下单"]

    panel = dialog.try_panel
    panel.set_text("私信下单更优惠")
    assert panel.hits == []
    panel.set_platform("小红书")
    assert [h.term for h in panel.hits] == ["私信下单"]


def test_a_harmless_phrase_silences_a_look_alike(qtbot, zh, tools):
    dialog = open_dialog(tools)
    dialog.try_panel.set_text("最美乡村游")
    assert [h.term for h in dialog.try_panel.hits] == ["最"]
    dialog.tabs.setCurrentWidget(dialog.allowed)
    dialog.allowed.add_button.click()
    form = dialog.allowed.dialog
    assert not form.category_combo.isVisibleTo(form)  # a phrase has no category
    form.term_edit.insert("最美乡村")
    save(qtbot, form)
    assert [r.allow for r in terms.list_terms()] == [True]
    assert adlaw.check("最美乡村游") == []
    assert dialog.try_panel.hits == []
    assert dialog.words.rows() == []  # phrases are on their own tab


def test_a_bad_entry_is_explained_beside_its_field(qtbot, zh, tools):
    dialog = open_dialog(tools)
    dialog.words.add_button.click()
    form = dialog.words.dialog
    form.term_edit.insert("★ ★")
    save(qtbot, form)
    assert form.isVisible()
    assert "去掉空格和符号后没有可匹配的文字" in form.errors["term"].text()
    form.term_edit.setText("包邮")
    form.platform_combo.setEditText("快手")  # not a channel of the team
    save(qtbot, form)
    assert "快手" in form.errors["platform"].text() and form.isVisible()
    assert terms.list_terms() == []


def test_the_built_in_lists_are_shown_read_only_and_can_be_searched(qtbot, zh, tools):
    dialog = open_dialog(tools)
    builtin = dialog.builtin
    general = builtin.model.rowCount()
    assert general == len(adlaw.default_wordlist().entries) > 50
    assert "最近" in dialog.allowed.allowed_label.text()
    builtin.search_edit.setText("国家级")
    assert 0 < builtin.proxy.rowCount() < general
    builtin.list_combo.setCurrentIndex(builtin.list_combo.findData("小红书"))
    terms_shown = {builtin.model.row_at(r).term for r in range(builtin.model.rowCount())}
    assert "加微信" in terms_shown
    assert not builtin.table.editTriggers()


def test_a_member_who_may_not_edit_only_looks(qtbot, zh, tools, session, people):
    terms.add_term(people.lead, "秒杀")
    session.set_member(team.find_by_name("王芳").uid)
    dialog = open_dialog(tools)
    assert dialog.notice.isVisible()
    assert [r.term for r in dialog.words.rows()] == ["秒杀"]
    dialog.words.select(dialog.words.rows()[0].uid)
    for button in (
        dialog.words.add_button,
        dialog.words.edit_button,
        dialog.words.remove_button,
        dialog.allowed.add_button,
    ):
        assert not button.isEnabled()
    assert dialog.words.edit_selected() is None


def test_try_it_highlights_the_words_found_even_after_an_emoji(qtbot, zh, tools):
    dialog = open_dialog(tools)
    panel = dialog.try_panel
    panel.set_text("🔥全网最 佳🔥，国家级品质")
    assert [h.text for h in panel.hits] == ["最 佳", "国家级"]
    marked = [s.cursor.selectedText() for s in panel.text_edit.extraSelections()]
    assert marked == ["最 佳", "国家级"]  # Qt counts the emoji as two characters
    assert panel.table.item(0, 2).text() == "禁止"
