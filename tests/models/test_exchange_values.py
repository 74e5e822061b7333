"""Cell values as people type them: dates, numbers, yes/no, lists, ids (pure functions)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.errors import ValidationError
from models.exchange import values as V
from models.exchange.cells import fingerprint_list
from models.exchange.kinds import header_key, header_key_loose
from models.team import Role, parse_role


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-11-26", date(2026, 11, 26)),
        ("2026/11/26", date(2026, 11, 26)),
        ("2026.11.26", date(2026, 11, 26)),
        ("2026年11月26日", date(2026, 11, 26)),
        ("2026年11月26号", date(2026, 11, 26)),
        ("2026 年 1 月 6 日", date(2026, 1, 6)),
        ("2026/1/6", date(2026, 1, 6)),
        ("２０２６－１１－２６", date(2026, 11, 26)),  # full-width digits and dash
        ("20261126", date(2026, 11, 26)),
        ("2026-11-26 14:30", date(2026, 11, 26)),
        ("2026/11/20 14:02", date(2026, 11, 20)),
        ("2026年11月20日 13:58", date(2026, 11, 20)),
        ("2026-11-26T08:00:00", date(2026, 11, 26)),
        ("\u00a02026-11-26 ", date(2026, 11, 26)),
        (45000.0, date(2023, 3, 15)),  # a serial number, 1900 system
        (45000, date(2023, 3, 15)),
        (1.0, date(1900, 1, 1)),
        (59.0, date(1900, 2, 28)),
        (61.0, date(1900, 3, 1)),  # after Excel's phantom 29 February 1900
        (date(2024, 7, 15), date(2024, 7, 15)),
        (datetime(2026, 11, 20, 13, 55), date(2026, 11, 20)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_dates_people_type(raw: object, expected: date | None) -> None:
    assert V.parse_date(raw) == expected


def test_date_serial_in_the_1904_system() -> None:
    # The same day is 1462 smaller in a workbook using the Mac 1904 date system.
    assert V.parse_date(45000 - 1462, date1904=True) == date(2023, 3, 15)


@pytest.mark.parametrize(
    "raw",
    [
        "2026-13-01",
        "2026-02-30",
        "2026/11",
        "11/26/2026",  # month first: ambiguous, refused
        "26.11.26",
        "yesterday",
        "2026-11-26 25:00",
        "0202-01-01",  # a typo for 2020, out of range
        60.0,  # Excel's 1900-02-29, a day that never was
        -3.0,
        time(10, 10),
        True,
    ],
)
def test_bad_dates_name_the_text(raw: object) -> None:
    with pytest.raises(ValidationError) as info:
        V.parse_date(raw)
    assert info.value.code == "bad_date"
    assert info.value.params["value"] == V.shown(raw)


def test_datetimes_keep_the_time() -> None:
    assert V.parse_datetime("2026/11/20 14:02") == datetime(2026, 11, 20, 14, 2)
    assert V.parse_datetime("2026年11月20日 13:58:07") == datetime(2026, 11, 20, 13, 58, 7)
    assert V.parse_datetime("2026年11月20日14时05分") == datetime(2026, 11, 20, 14, 5)
    assert V.parse_datetime(45000.5) == datetime(2023, 3, 15, 12, 0)
    assert V.parse_datetime(timedelta(days=45000, hours=6)) == datetime(2023, 3, 15, 6, 0)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("85", 85.0),
        ("85分", 85.0),
        ("８５", 85.0),
        ("９０", 90.0),
        ("3小时", 3.0),
        ("1,234.5", 1234.5),
        ("1，234", 1234.0),
        ("¥1,200", 1200.0),
        ("￥ 99.9", 99.9),
        ("$5", 5.0),
        ("85%", 0.85),
        ("-12", -12.0),
        ("(1,200)", -1200.0),
        ("1.2万", 12000.0),
        ("3万元", 30000.0),
        ("1e3", 1000.0),
        (" 7 ", 7.0),
        (79.5, 79.5),
        ("", None),
        (None, None),
    ],
)
def test_numbers_people_type(raw: object, expected: float | None) -> None:
    value = V.parse_number(raw)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["八十五", "85-90", "约3小时", "1.2.3", "abc", True, date.today()])
def test_bad_numbers(raw: object) -> None:
    with pytest.raises(ValidationError) as info:
        V.parse_number(raw)
    assert info.value.code == "bad_number"


def test_whole_numbers() -> None:
    assert V.parse_int("3小时") == 3
    assert V.parse_int(12.0) == 12
    with pytest.raises(ValidationError) as info:
        V.parse_int("2.5")
    assert info.value.code == "not_integer"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("是", True),
        ("否", False),
        ("Y", True),
        ("n", False),
        ("TRUE", True),
        ("false", False),
        ("√", True),
        ("×", False),
        ("✓", True),
        ("1", True),
        (0.0, False),
        (True, True),
        ("", None),
        (" ", None),
    ],
)
def test_yes_no(raw: object, expected: bool | None) -> None:
    assert V.parse_bool(raw) is expected


def test_yes_no_with_a_columns_own_words() -> None:
    assert V.parse_bool("在职", true_words=("在职",), false_words=("离职",)) is True
    assert V.parse_bool("离职", true_words=("在职",), false_words=("离职",)) is False
    with pytest.raises(ValidationError) as info:
        V.parse_bool("也许")
    assert info.value.code == "bad_bool" and info.value.params["value"] == "也许"


@pytest.mark.parametrize(
    "raw, parts",
    [
        ("数据分析、内容策划", ["数据分析", "内容策划"]),
        ("数据分析，内容策划", ["数据分析", "内容策划"]),
        ("数据分析, 内容策划", ["数据分析", "内容策划"]),
        ("数据分析;内容策划；编辑", ["数据分析", "内容策划", "编辑"]),
        ("数据分析\n内容策划", ["数据分析", "内容策划"]),
        ("合规/法务审核", ["合规/法务审核"]),  # a slash belongs to the name
        ("", []),
    ],
)
def test_several_values_in_one_cell(raw: str, parts: list[str]) -> None:
    assert V.split_multi(raw) == parts


def test_roles_through_team_parse_role() -> None:
    assert V.parse_multi_choice("合规审核", parse_role) == [Role.COMPLIANCE]
    assert V.parse_multi_choice("数据分析、内容策划、数据分析", parse_role) == [
        Role.DATA_ANALYST,
        Role.CONTENT_PLANNER,
    ]
    with pytest.raises(ValidationError) as info:
        V.parse_multi_choice("编辑、摄影", parse_role)
    assert info.value.code == "bad_choice" and info.value.params["value"] == "摄影"


def test_text_is_trimmed_and_numbers_stay_whole() -> None:
    assert V.parse_text("\u00a0 张伟\u3000") == "张伟"
    assert V.parse_text("\ufeff张伟\u200b") == "张伟"
    assert V.parse_text("line1\r\nline2") == "line1\nline2"
    assert V.parse_text(13800000000.0) == "13800000000"
    assert V.parse_text(2.5) == "2.5"
    assert V.is_empty("\u00a0\u3000 ") and not V.is_empty("0")


def test_uid_and_version_tokens() -> None:
    uid = "1AD21322-0DA8-4422-8E4E-8F41648CBD98"
    assert V.parse_uid(uid) == uid.lower()
    assert V.parse_uid("") is None
    with pytest.raises(ValidationError):
        V.parse_uid("A001")
    assert V.parse_version("v3.1a2b3c4d") == (3, "1a2b3c4d")
    assert V.parse_version(3.0) == (3, None)
    with pytest.raises(ValidationError):
        V.parse_version("latest")


@pytest.mark.parametrize(
    "header, key",
    [
        ("姓名", "姓名"),
        (" 姓 名 ", "姓名"),
        ("ＮＡＭＥ", "name"),  # full-width letters
        ("Joined On", "joinedon"),
        ("姓名*", "姓名"),
    ],
)
def test_header_keys_fold_spaces_case_and_width(header: str, key: str) -> None:
    assert header_key(header) == key


def test_header_hints_in_brackets_are_dropped() -> None:
    assert header_key_loose("入职日期（必填）") == "入职日期"
    assert header_key_loose("Joined on (yyyy-mm-dd)") == "joinedon"


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2200, 12, 31)))
def test_any_date_survives_every_way_of_typing_it(day: date) -> None:
    for text in (
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month:02d}.{day.day:02d}",
        f"{day.year}年{day.month}月{day.day}日",
    ):
        assert V.parse_date(text) == day
    serial = (day - date(1899, 12, 30)).days
    assert V.parse_date(float(serial)) == day


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_any_number_with_separators_and_currency(number: object) -> None:
    text = f"{number:,.2f}"
    assert V.parse_number(f"¥{text}") == pytest.approx(float(text.replace(",", "")))


@given(st.lists(st.one_of(st.none(), st.text(max_size=5), st.dates(), st.booleans()), max_size=8))
def test_fingerprints_are_stable_and_short(values: list[object]) -> None:
    assert fingerprint_list(values) == fingerprint_list(list(values))
    assert len(fingerprint_list(values)) == 8
