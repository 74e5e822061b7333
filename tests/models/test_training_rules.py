"""Training's rules as pure functions (R-4.2): pass mark, recurrence, expiry, roles, hours."""

from __future__ import annotations

import string
from datetime import date

import pytest

from models import messages, periods
from models.team import Role
from models.training import rules
from models.training.rules import CertificateStatus, DueReason

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    "score, mark, expected",
    [
        (80, 80, True),
        (79.5, 80, False),
        (100, 80, True),
        (0, 0, True),
        (None, 80, None),
        (85, None, None),
        (None, None, None),
    ],
)
def test_pass_mark(score, mark, expected):
    assert rules.passed(score, mark) is expected


def test_an_absent_member_neither_passes_nor_fails():
    assert rules.record_passed(False, 95, 60) is None
    assert rules.record_passed(True, 95, 60) is True


def test_what_counts_as_done():
    assert rules.completes(True, None, None)  # no pass mark: attending is enough
    assert rules.completes(True, 80, True)
    assert not rules.completes(True, 80, False)
    assert not rules.completes(True, 80, None)  # the score is not in yet
    assert not rules.completes(False, None, None)


def test_recurrence_every_n_months():
    assert rules.due_reason(None, 12, TODAY) is DueReason.NEVER
    assert rules.due_reason(None, None, TODAY) is DueReason.NEVER
    assert rules.due_reason(date(2025, 11, 26), 12, TODAY) is None  # exactly 12 months: fine
    assert rules.due_reason(date(2025, 11, 25), 12, TODAY) is DueReason.RENEW
    assert rules.due_reason(date(2026, 6, 1), 6, TODAY) is None
    assert rules.due_reason(date(2026, 5, 25), 6, TODAY) is DueReason.RENEW
    assert rules.due_reason(date(2015, 1, 1), None, TODAY) is None  # once is enough
    assert rules.renewal_date(date(2025, 11, 18), 12) == date(2026, 11, 18)
    assert rules.renewal_date(date(2025, 11, 18), None) is None


def test_certificate_windows():
    status = rules.certificate_status
    assert status(None, TODAY) is None
    assert status(date(2026, 11, 25), TODAY) is CertificateStatus.EXPIRED
    assert status(TODAY, TODAY) is CertificateStatus.EXPIRING
    assert status(date(2027, 2, 24), TODAY) is CertificateStatus.EXPIRING  # today + 90 days
    assert status(date(2027, 2, 25), TODAY) is CertificateStatus.VALID
    assert status(date(2026, 12, 6), TODAY, window_days=10) is CertificateStatus.EXPIRING
    assert status(date(2026, 12, 7), TODAY, window_days=10) is CertificateStatus.VALID


def test_required_by_role_for_active_members_only():
    required = [Role.CHANNEL_OPERATOR, Role.DATA_ANALYST]
    assert rules.is_required(required, [Role.DATA_ANALYST, Role.CRM], True)
    assert rules.is_required(required, ["channel_operator"], True)
    assert not rules.is_required(required, [Role.EDITOR], True)
    assert not rules.is_required(required, [Role.CHANNEL_OPERATOR], False)
    assert not rules.is_required([], list(Role), True)


def test_hours_by_quarter():
    quarters = periods.parse("2026").quarters()
    entries = [
        ("a", date(2026, 1, 5), 2.0),
        ("a", date(2026, 3, 31), 1.5),
        ("a", date(2026, 12, 31), 3.0),
        ("b", date(2026, 4, 1), 6.0),
        ("b", date(2025, 12, 31), 9.0),  # last year: not counted
    ]
    assert rules.hours_by_quarter(entries, quarters) == {
        "a": [3.5, 0.0, 0.0, 3.0],
        "b": [0.0, 6.0, 0.0, 0.0],
    }
    assert rules.hours_by_quarter([], quarters) == {}


def test_capacity_warns_by_how_many():
    assert rules.over_capacity(12, 10) == 2
    assert rules.over_capacity(10, 10) == 0
    assert rules.over_capacity(50, None) == 0


def test_rate_and_average():
    assert rules.rate(3, 4) == 0.75 and rules.rate(0, 0) is None
    assert rules.average([80, None, 90]) == 85 and rules.average([None]) is None


def test_every_training_message_has_both_languages_with_the_same_placeholders():
    import models.training  # noqa: F401 - registers the codes

    fmt = string.Formatter()
    codes = [c for c in messages.CATALOG if c.startswith("training_") or c == "bad_period"]
    assert len(codes) > 15
    for code in codes:
        en, zh = messages.CATALOG[code]
        assert en.strip() and zh.strip(), code
        assert {f for _, f, _, _ in fmt.parse(en) if f} == {f for _, f, _, _ in fmt.parse(zh) if f}
    for field in ("pass_mark", "score", "certificate_expires", "period", "recur_months"):
        en, zh = messages.FIELD_LABELS[field]
        assert en and zh and en != zh
