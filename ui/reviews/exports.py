"""The period of a review export: this quarter, last quarter, this year… or any two days
(R-7.3: a compliance self-audit looks at a quarter or a year at a time)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

Period = tuple[date | None, date | None]  # first and last day, both included; None: open

ALL, THIS_QUARTER, LAST_QUARTER, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, CUSTOM = range(8)


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _month_back(day: date) -> date:
    """The first day of the month before ``day``'s month."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def preset_period(preset: int, today: date) -> Period:
    """The first and last day of a preset, seen from ``today``."""
    if preset == THIS_QUARTER:
        return _quarter_start(today), today
    if preset == LAST_QUARTER:
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if preset == THIS_MONTH:
        return today.replace(day=1), today
    if preset == LAST_MONTH:
        start = _month_back(today)
        return start, today.replace(day=1) - timedelta(days=1)
    if preset == THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class PeriodDialog(QDialog):
    """Choose the period of an export; ``period()`` once accepted."""

    def __init__(
        self,
        title: str,
        explanation: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        preset: int = THIS_QUARTER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.setWindowTitle(title)
        self.today = today or date.today()
        self.preset_combo = QComboBox(self)
        for code, text in (
            (THIS_QUARTER, self.tr("This quarter")),
            (LAST_QUARTER, self.tr("Last quarter")),
            (THIS_MONTH, self.tr("This month")),
            (LAST_MONTH, self.tr("Last month")),
            (THIS_YEAR, self.tr("This year")),
            (LAST_YEAR, self.tr("Last year")),
            (ALL, self.tr("All time")),
            (CUSTOM, self.tr("Choose the days…")),
        ):
            self.preset_combo.addItem(text, code)
        self.first_edit = self._date_edit()
        self.last_edit = self._date_edit()
        self.days_row = QWidget(self)
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        days.addWidget(self.first_edit)
        days.addWidget(QLabel(self.tr("to"), self))
        days.addWidget(self.last_edit)
        days.addStretch(1)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Period:"), self.preset_combo)
        self.form.addRow(self.tr("Days:"), self.days_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_changed)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        self._on_preset_combo_changed()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(self.today))
        return edit

    def set_preset(self, preset: int) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))

    @Slot()
    def _on_preset_combo_changed(self) -> None:
        preset = self.preset_combo.currentData()
        custom = preset == CUSTOM
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(custom)
        self.form.setRowVisible(self.days_row, preset != ALL)
        first, last = preset_period(preset, self.today)
        if not custom and first is not None and last is not None:
            self.first_edit.setDate(QDate(first))
            self.last_edit.setDate(QDate(last))

    def set_days(self, first: date, last: date) -> None:
        self.set_preset(CUSTOM)
        self.first_edit.setDate(QDate(first))
        self.last_edit.setDate(QDate(last))

    def period(self) -> Period:
        """The chosen days (the later one first if typed the wrong way round)."""
        preset = self.preset_combo.currentData()
        if preset == ALL:
            return None, None
        first = self.first_edit.date().toPython()
        last = self.last_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return (first, last) if first <= last else (last, first)

    def period_text(self) -> str:
        """For a file name: 2026-10-01至2026-11-26, or 全部."""
        first, last = self.period()
        if first is None or last is None:
            return self.tr("all time")
        return self.tr("%1 to %2").replace("%1", first.isoformat()).replace("%2", last.isoformat())
