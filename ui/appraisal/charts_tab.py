"""Charts of a cycle (R-4.3): the grade distribution, the total per member and the KPI
achievement per member. The team lead's view only: it shows everyone's results."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from models import appraisal
from models.appraisal import CycleSummary
from models.errors import DeskError
from ui.appraisal import text as t
from ui.charts import BarChart, Series
from ui.session import Session


class ChartsTab(QWidget):
    """Three bar charts of the chosen cycle, from ``cycle_summary``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cycle_uid: str | None = None
        self.summary: CycleSummary | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.grades = BarChart(self)
        self.grades.set_title(self.tr("Grade distribution (members)"))
        self.grades.value_format = lambda v: f"{v:.0f}"
        self.scores = BarChart(self, horizontal=True)
        self.scores.set_title(self.tr("Total per member"))
        self.kpis = BarChart(self, horizontal=True)
        self.kpis.set_title(self.tr("KPIs achieved per member (average of the KPI items)"))
        self.kpis.value_format = lambda v: f"{v:.0f}%"
        for chart in (self.grades, self.scores, self.kpis):
            chart.empty_text = self.tr("No appraisal has a total yet")
        grid = QGridLayout()
        grid.addWidget(self.grades, 0, 0)
        grid.addWidget(self.scores, 0, 1)
        grid.addWidget(self.kpis, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid, 1)

    def set_cycle(self, cycle_uid: str | None) -> None:
        self.cycle_uid = cycle_uid
        self.refresh()

    def refresh(self) -> None:
        self.summary = None
        if self.cycle_uid is not None and appraisal.is_lead(self.session.actor()):
            try:
                self.summary = appraisal.cycle_summary(self.session.actor(), self.cycle_uid)
            except DeskError:
                self.summary = None
        shown = self.summary is not None
        for chart in (self.grades, self.scores, self.kpis):
            chart.setVisible(shown)
        if not appraisal.is_lead(self.session.actor()):
            self.note.setText(
                self.tr(
                    "Only the team lead sees the charts of the whole team; "
                    "your own appraisal is on the Appraisals tab."
                )
            )
        else:
            self.note.setText("" if shown else self.tr("Choose a cycle."))
        self.note.setVisible(bool(self.note.text()))
        if self.summary is None:
            return
        s = self.summary
        labels = {b.grade: f"{b.grade} {b.label}".strip() for b in s.bands}
        self.grades.set_data(
            [labels.get(g, g) for g in s.distribution],
            [Series(self.tr("Members"), tuple(float(n) for n in s.distribution.values()))],
        )
        scored = [r for r in s.rows if r.total is not None]
        self.scores.maximum = max(100.0, *(r.total or 0 for r in scored)) if scored else 100.0
        self.scores.set_data(
            [r.member_name for r in scored],
            [
                Series(
                    self.tr("Total"),
                    tuple(r.total or 0.0 for r in scored),
                    labels=tuple(f"{r.total:.1f} {r.grade or ''}" for r in scored),
                )
            ],
            tooltips=[
                f"{r.member_name}：{t.total_text(r.total)} {t.grade_text(r.grade, s.bands)}"
                for r in scored
            ],
        )
        achieved = []
        for r in s.rows:
            known = [a for _, a in r.achievements if a is not None]
            if known:
                achieved.append((r.member_name, sum(known) / len(known) * 100, r.achievements))
        achieved.sort(key=lambda x: -x[1])
        self.kpis.set_data(
            [name for name, _, _ in achieved],
            [Series(self.tr("Achieved"), tuple(v for _, v, _ in achieved))],
            tooltips=[
                "\n".join(f"{n}：{t.percent_text(a)}" for n, a in parts) for _, _, parts in achieved
            ],
        )
