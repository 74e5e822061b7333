"""Settings round trip through an INI file, and what the window saves on close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt

from ui.app import create_main_window
from ui.settings import Settings


def test_every_setting_round_trips(tmp_path: Path):
    ini = tmp_path / "s.ini"
    s = Settings(ini)
    assert s.language is None
    assert s.last_folder == str(Path.home())
    assert s.window_geometry is None and s.header_state("team") is None
    assert s.member_uid("/data/a.db") is None

    s.language = "zh_CN"
    s.last_folder = tmp_path / "x.xlsx"  # a file: its folder is remembered
    s.window_geometry = QByteArray(b"\x01\x02geometry")
    s.window_state = QByteArray(b"state")
    s.set_header_state("team", QByteArray(b"\x00header"))
    s.set_member_uid(tmp_path / "a.db", "uid-a")
    s.set_member_uid(tmp_path / "b.db", "uid-b")
    s.sync()

    again = Settings(ini)
    assert again.language == "zh_CN"
    assert again.last_folder == str(tmp_path)
    assert bytes(again.window_geometry) == b"\x01\x02geometry"
    assert bytes(again.window_state) == b"state"
    assert bytes(again.header_state("team")) == b"\x00header"
    assert again.header_state("other") is None
    assert again.member_uid(tmp_path / "a.db") == "uid-a"
    assert again.member_uid(str(tmp_path / "b.db")) == "uid-b"  # str or Path, same key
    assert again.member_uid(tmp_path / "sub" / ".." / "a.db") == "uid-a"  # resolved

    again.language = None  # back to the system language
    again.set_member_uid(tmp_path / "a.db", None)
    again.sync()
    third = Settings(ini)
    assert third.language is None
    assert third.member_uid(tmp_path / "a.db") is None
    assert third.member_uid(tmp_path / "b.db") == "uid-b"


def test_unknown_language_in_the_file_is_ignored(tmp_path: Path):
    (tmp_path / "s.ini").write_text("[general]\nlanguage=klingon\n", encoding="utf-8")
    assert Settings(tmp_path / "s.ini").language is None


def test_window_and_columns_are_restored(qtbot, settings, session, me):
    first = create_main_window(settings, session)
    qtbot.addWidget(first)
    first.resize(700, 480)  # inside the offscreen screen (800×600)
    page = first.pages[0]
    page.table.horizontalHeader().resizeSection(0, 211)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.close()

    second = create_main_window(settings, session)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 480)
    header = second.pages[0].table.horizontalHeader()
    assert header.sectionSize(0) == 211
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
