"""The sample training of the demo team (R-4.2): a year of it, and safe to run twice."""

from __future__ import annotations

from datetime import date

from models import demo, training
from models.training import CertificateStatus, DueReason

TODAY = date(2026, 11, 26)


def test_demo_fills_a_year_of_training_once(db, actor):
    first = demo.fill(actor)
    assert first["courses"] == 8 and first["training_plans"] == 2
    assert first["course_sessions"] >= 10 and first["training_records"] >= 30
    again = demo.fill(actor)
    assert all(n == 0 for n in again.values()), again

    courses = training.list_courses()
    categories = {c.category for c in courses}
    assert set(training.CATEGORIES) <= categories and "直播运营" in categories
    [compliance] = [c for c in courses if c.category == "compliance"]
    assert compliance.required_for_all and compliance.recur_months == 12
    assert {s.starts_at.year for s in training.list_sessions()} >= {2026}
    assert {p.period for p in training.list_plans()} == {"2026", "2026-Q4"}


def test_demo_certificates_and_due_training_seen_from_the_reference_day(db, actor):
    demo.fill(actor)
    certs = training.certificates(TODAY)
    assert {c.status for c in certs} == {CertificateStatus.EXPIRED, CertificateStatus.EXPIRING}
    assert all(c.days_left <= 90 for c in certs)
    ov = training.overview("2026", TODAY)
    assert 0 < (ov.completion_rate or 0) < 1
    assert any(h.total > 0 for h in ov.hours) and all(len(h.per_quarter) == 4 for h in ov.hours)
    [yang] = [h for h in ov.hours if h.name == "杨帆"]
    due = training.due_courses(yang.member_uid, TODAY)
    assert [d.reason for d in due if d.recur_months == 12] == [DueReason.RENEW]
    assert "吴强" not in {h.name for h in ov.hours}  # left, no training this year


def test_demo_plans_show_held_and_upcoming_sessions(db, actor):
    demo.fill(actor)
    [q4] = training.list_plans(period="2026-Q4")
    report = training.plan_report(q4.uid, TODAY)
    assert sum(i.held_sessions for i in report.items) >= 2
    assert sum(i.upcoming_sessions for i in report.items) >= 1
    [year] = training.list_plans(period="2026")
    assert training.plan_report(year.uid, TODAY).unplanned  # the extra live-streaming session
