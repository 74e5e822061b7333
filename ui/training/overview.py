"""The 概览 tab: hours per member per quarter, completion of required training, certificates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from models import training
from models.training import CertificateStatus, TrainingOverview
from ui.charts import BarChart, Series
from ui.labels import translate
from ui.page import PageContext
from ui.training import text as t
from ui.training.models import CertificateTableModel
from ui.training.tab import TrainingState, TrainingTab
from ui.training.tone_model import Tone


class OverviewTab(TrainingTab):
    """The team's training at a glance for the chosen period, as of today (R-4.2)."""

    kinds = ("member", "course", "course_session", "training_record")

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.data: TrainingOverview | None = None
        self.completion_label = QLabel(self)
        self.certificates_label = QLabel(self)
        for label in (self.completion_label, self.certificates_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.hours_chart = BarChart(self)
        self.hours_chart.setObjectName("hours_chart")
        self.hours_chart.empty_text = self.tr("No members yet.")
        self.completion_chart = BarChart(self, horizontal=True)
        self.completion_chart.setObjectName("completion_chart")
        self.completion_chart.maximum = 100
        self.completion_chart.value_format = lambda v: f"{v:.0f}%"
        self.completion_chart.empty_text = self.tr(
            "No course is required for anyone yet: set “Required for roles” on a course."
        )
        self.certificates_model = CertificateTableModel(self)
        self.certificates_proxy, self.certificates_table = self.make_table(
            self.certificates_model, "certificates"
        )
        self.certificates_heading = QLabel(self)

        numbers = QGridLayout()
        numbers.addWidget(self.completion_label, 0, 0)
        numbers.addWidget(self.certificates_label, 0, 1)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.hours_chart)
        charts.addWidget(self.completion_chart)
        charts.setSizes([520, 480])
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.certificates_heading)
        lower_layout.addWidget(self.certificates_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(charts)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(numbers)
        layout.addWidget(splitter, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Overview")

    @Slot()
    def refresh(self) -> None:
        today = self.state.today()
        data = self.data = training.overview(self.state.period, today)
        period = t.period_text(data.period)

        required = sum(c.required for c in data.completion)
        done = sum(c.done for c in data.completion)
        self.completion_label.setText(
            self.tr("Required training done as of %1: <b>%2</b> (%3 of %4)")
            .replace("%1", today.isoformat())
            .replace("%2", t.percent_text(data.completion_rate))
            .replace("%3", str(done))
            .replace("%4", str(required))
        )
        expired = sum(1 for c in data.certificates if c.status is CertificateStatus.EXPIRED)
        expiring = len(data.certificates) - expired
        self.certificates_label.setText(
            self.tr("Certificates: %1 expired, %2 expiring within %3 days")
            .replace("%1", _marked(expired, Tone.ALERT))
            .replace("%2", _marked(expiring, Tone.WARN))
            .replace("%3", str(training.EXPIRY_WINDOW_DAYS))
        )

        self.hours_chart.set_title(self.tr("Training hours per member, %1").replace("%1", period))
        self.hours_chart.set_data(
            [h.name for h in data.hours],
            [
                Series(t.period_text(q), tuple(h.per_quarter[i] for h in data.hours))
                for i, q in enumerate(data.quarters)
            ]
            if data.hours
            else [],
            [self.tr("Total: %1 h").replace("%1", t.number_text(h.total)) for h in data.hours],
        )
        self.completion_chart.set_title(
            self.tr("Required courses done, as of %1").replace("%1", today.isoformat())
        )
        rows = data.completion
        self.completion_chart.set_data(
            [c.title for c in rows],
            [
                Series(
                    self.tr("Done"),
                    tuple((c.rate or 0.0) * 100 for c in rows),
                    labels=tuple(f"{c.done}/{c.required} · {t.percent_text(c.rate)}" for c in rows),
                )
            ]
            if rows
            else [],
            [_still_due(c.due_names) for c in rows],
        )

        self.certificates_model.set_rows(data.certificates)
        self.certificates_heading.setText(
            self.tr("Certificates expired or expiring within %1 days of %2:")
            .replace("%1", str(training.EXPIRY_WINDOW_DAYS))
            .replace("%2", today.isoformat())
            if data.certificates
            else self.tr("No certificate has expired or expires within %1 days.").replace(
                "%1", str(training.EXPIRY_WINDOW_DAYS)
            )
        )


def _marked(count: int, tone: Tone) -> str:
    """A count in bold and in the tone's colour when it is not zero (the words say it too)."""
    if not count:
        return "0"
    return f'<b style="color:{tone.value}">{count}</b>'


def _still_due(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    return translate("OverviewTab", "Still to do: %1").replace(
        "%1", translate("labels", ", ").join(names)
    )
