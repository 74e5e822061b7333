"""The 选题库 search box and filters; they describe a BacklogQuery, the SQL does the rest (R-5.2).

Typing is debounced a little (``DEBOUNCE_MS``) so that a fast typist sets off one query, not
one per character; the filter boxes apply at once.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import team
from models.topics import options
from models.topics.backlog import UNASSIGNED, BacklogQuery
from models.topics.model import BOARD_STAGES, Priority, Source, Stage

ME = "__me__"  # the owner choice "me", resolved to the session's member when querying
IN_PROGRESS = "in_progress"
IN_PROGRESS_STAGES = frozenset({Stage.IDEA, Stage.PLAN, Stage.WRITE, Stage.REVIEW})
NOT_DONE_STAGES = frozenset(set(Stage) - {Stage.PUBLISH, Stage.DROPPED})

# due-date choices
ANY, OVERDUE, WEEK, MONTH, CUSTOM = "any", "overdue", "week", "month", "custom"


def _combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def select_data(combo: QComboBox, value: Any) -> bool:
    """Choose the entry whose data is ``value``; False if there is none."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


class FilterBar(QWidget):
    """Search text, stage, owner, form, channel, source, priority and due-date filters."""

    changed = Signal()  # the query changed (after the debounce, for typing)
    DEBOUNCE_MS = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("topic_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, keywords and notes (Ctrl+F), e.g. 618 大促")
        )
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.DEBOUNCE_MS)
        self.mine_box = QCheckBox(self.tr("My topics first"), self)
        self.mine_box.setToolTip(self.tr("List the topics you own before everyone else's"))
        self.mine_box.setChecked(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)

        self.stage_combo = _combo(self, "stage_filter")
        self.stage_combo.addItem(self.tr("All stages"), None)
        self.stage_combo.addItem(self.tr("In progress"), IN_PROGRESS)
        for stage in BOARD_STAGES:
            self.stage_combo.addItem(stage.label(), int(stage))
        self.owner_combo = _combo(self, "owner_filter")
        self.form_combo = _combo(self, "form_filter")
        self.channel_combo = _combo(self, "channel_filter")
        self.source_combo = _combo(self, "source_filter")
        self.source_combo.addItem(self.tr("All sources"), None)
        for source in Source:
            self.source_combo.addItem(source.label(), source.value)
        self.priority_combo = _combo(self, "priority_filter")
        self.priority_combo.addItem(self.tr("All priorities"), None)
        for level in sorted(Priority, reverse=True):
            self.priority_combo.addItem(level.label(), int(level))
        self.due_combo = _combo(self, "due_filter")
        self.due_combo.addItem(self.tr("Any due date"), ANY)
        self.due_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.due_combo.addItem(self.tr("Due within 7 days"), WEEK)
        self.due_combo.addItem(self.tr("Due within 30 days"), MONTH)
        self.due_combo.addItem(self.tr("Due between…"), CUSTOM)
        today = QDate.currentDate()
        self.due_from_edit = self._date_edit(today)
        self.due_to_edit = self._date_edit(today.addDays(30))
        self.due_dash = QLabel("–", self)
        self.reload_choices()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.mine_box)
        top.addWidget(self.clear_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.stage_combo,
            self.owner_combo,
            self.form_combo,
            self.channel_combo,
            self.source_combo,
            self.priority_combo,
            self.due_combo,
            self.due_from_edit,
            self.due_dash,
            self.due_to_edit,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        self._show_custom_dates()

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_timer.timeout.connect(self.flush)
        self.mine_box.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._on_combo_changed)
        self.due_from_edit.dateChanged.connect(self._on_combo_changed)
        self.due_to_edit.dateChanged.connect(self._on_combo_changed)

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def combos(self) -> list[QComboBox]:
        return [
            self.stage_combo,
            self.owner_combo,
            self.form_combo,
            self.channel_combo,
            self.source_combo,
            self.priority_combo,
            self.due_combo,
        ]

    def reload_choices(self) -> None:
        """Refill the lists that the team edits (members, forms, channels), keeping choices."""
        self.blockSignals(True)
        owner = self.owner_combo.currentData()
        form = self.form_combo.currentData()
        channel = self.channel_combo.currentData()
        for combo in (self.owner_combo, self.form_combo, self.channel_combo):
            combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        self.owner_combo.addItem(self.tr("Me"), ME)
        self.owner_combo.addItem(self.tr("No owner"), UNASSIGNED)
        for member in team.list_members(include_inactive=True):
            self.owner_combo.addItem(member.name, member.uid)
        self.form_combo.addItem(self.tr("All forms"), None)
        for label in options.labels(options.FORM, include_inactive=True):
            self.form_combo.addItem(label, label)
        self.channel_combo.addItem(self.tr("All channels"), None)
        for label in options.labels(options.CHANNEL, include_inactive=True):
            self.channel_combo.addItem(label, label)
        for combo, value in (
            (self.owner_combo, owner),
            (self.form_combo, form),
            (self.channel_combo, channel),
        ):
            if value is None or not select_data(combo, value):
                combo.setCurrentIndex(0)
        self.blockSignals(False)

    # -- the query --------------------------------------------------------------------------

    def query(self, me_uid: str | None, today: date | None = None) -> BacklogQuery:
        """What the boxes say, for the member ``me_uid`` (sort order: the table's)."""
        today = today or date.today()
        stage = self.stage_combo.currentData()
        stages: frozenset[Stage] = frozenset()
        if stage == IN_PROGRESS:
            stages = IN_PROGRESS_STAGES
        elif stage is not None:
            stages = frozenset({Stage(int(stage))})
        owner = self.owner_combo.currentData()
        if owner == ME:
            owner = me_uid or UNASSIGNED
        due_from, due_to = self._due_range(today)
        if self.due_combo.currentData() == OVERDUE and not stages:
            stages = NOT_DONE_STAGES  # published or dropped topics are not late (is_overdue)
        return BacklogQuery(
            search=self.search_edit.text(),
            stages=stages,
            owners=frozenset() if owner is None else frozenset({owner}),
            forms=self._one(self.form_combo),
            channels=self._one(self.channel_combo),
            sources=frozenset({Source(v) for v in self._one(self.source_combo)}),
            priorities=frozenset({Priority(int(v)) for v in self._one(self.priority_combo)}),
            due_from=due_from,
            due_to=due_to,
            mine_first=me_uid if self.mine_box.isChecked() else None,
        )

    def is_filtered(self) -> bool:
        """Whether any filter or search text narrows the list."""
        return bool(self.search_edit.text().strip()) or any(
            c.currentIndex() > 0 for c in self.combos()
        )

    @Slot()
    def clear(self) -> None:
        self.blockSignals(True)
        self.search_edit.clear()
        self.search_timer.stop()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._show_custom_dates()
        self.changed.emit()

    @Slot()
    def flush(self) -> None:
        """Apply the typed search now (the debounce timer's end; tests and the bench call it)."""
        self.search_timer.stop()
        self.changed.emit()

    # -- internals ----------------------------------------------------------------------------

    @staticmethod
    def _one(combo: QComboBox) -> frozenset[Any]:
        value = combo.currentData()
        return frozenset() if value is None else frozenset({value})

    def _due_range(self, today: date) -> tuple[date | None, date | None]:
        choice = self.due_combo.currentData()
        if choice == OVERDUE:
            return None, today - timedelta(days=1)
        if choice == WEEK:
            return today, today + timedelta(days=7)
        if choice == MONTH:
            return today, today + timedelta(days=30)
        if choice == CUSTOM:
            start = self.due_from_edit.date().toPython()
            end = self.due_to_edit.date().toPython()
            assert isinstance(start, date) and isinstance(end, date)
            return min(start, end), max(start, end)
        return None, None

    def _show_custom_dates(self) -> None:
        custom = self.due_combo.currentData() == CUSTOM
        for widget in (self.due_from_edit, self.due_dash, self.due_to_edit):
            widget.setVisible(custom)

    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        self.search_timer.start()  # restarts: the query runs once typing pauses

    @Slot()
    def _on_combo_changed(self) -> None:
        self._show_custom_dates()
        self.changed.emit()
