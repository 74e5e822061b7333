"""Periods: parsing '2026', '2026-Q4', '2026-11' (and Chinese spellings) into date ranges."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models import periods
from models.errors import ValidationError
from models.periods import PeriodKind


@pytest.mark.parametrize(
    "text, label, start, end",
    [
        ("2026", "2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026年", "2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-Q4", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026q1", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        (" 2026 Q2 ", "2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026年第四季度", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026年第3季度", "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("２０２６－Ｑ４", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-11", "2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2028-2", "2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2026年2月", "2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ],
)
def test_parse_accepts_canonical_and_chinese_spellings(text, label, start, end):
    p = periods.parse(text)
    assert (p.label, p.start, p.end) == (label, start, end)
    assert periods.parse(p.label) == p  # the label parses back to the same period


@pytest.mark.parametrize("text", ["", "Q4", "2026-Q5", "2026-13", "26-11", "明年", "2026-Q4-1"])
def test_parse_refuses_anything_else_with_a_message_in_both_languages(text):
    with pytest.raises(ValidationError) as info:
        periods.parse(text)
    assert info.value.code == "bad_period"
    assert "2026-Q4" in info.value.message("en") and "期间" in info.value.message("zh_CN")


def test_membership_includes_both_ends_and_accepts_datetimes():
    q4 = periods.parse("2026-Q4")
    assert date(2026, 10, 1) in q4 and date(2026, 12, 31) in q4
    assert datetime(2026, 12, 31, 23, 59) in q4
    assert date(2026, 9, 30) not in q4 and date(2027, 1, 1) not in q4
    assert "2026-11-01" not in q4


def test_quarters_and_months_of_a_period():
    year = periods.parse("2026")
    assert [q.label for q in year.quarters()] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert len(year.months()) == 12 and year.months()[1].end == date(2026, 2, 28)
    assert [m.label for m in periods.parse("2026-Q4").months()] == ["2026-10", "2026-11", "2026-12"]
    assert [q.label for q in periods.parse("2026-11").quarters()] == ["2026-Q4"]


def test_shift_moves_by_its_own_kind_across_years():
    assert periods.parse("2026-Q4").shift(1).label == "2027-Q1"
    assert periods.parse("2026-Q1").shift(-1).label == "2025-Q4"
    assert periods.parse("2026-01").shift(-1).label == "2025-12"
    assert periods.parse("2026").shift(2).label == "2028"


def test_add_months_clamps_to_the_end_of_a_short_month():
    assert periods.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert periods.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert periods.add_months(date(2026, 11, 26), -12) == date(2025, 11, 26)
    assert periods.add_months(date(2026, 3, 15), 10) == date(2027, 1, 15)


def test_containing_picks_the_period_of_a_day():
    day = date(2026, 11, 26)
    assert periods.containing(day, PeriodKind.YEAR).label == "2026"
    assert periods.containing(day, PeriodKind.QUARTER).label == "2026-Q4"
    assert periods.containing(day, PeriodKind.MONTH).label == "2026-11"
    assert periods.quarter_of(date(2026, 3, 31)).label == "2026-Q1"
