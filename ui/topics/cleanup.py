"""Cleaning up published content (R-5.7): tick what is old or did poorly, archive it in bulk.

Archiving is reversible: the topic leaves the backlog, the board and the calendar but keeps
everything, and the "Archived" tab brings it back. Both lists are small, loaded at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.topics import cleanup
from models.topics.cleanup import CleanupRow
from ui import events, notify
from ui.labels import yes_no
from ui.page import PageContext
from ui.table_model import CENTER, Column, RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate finds calls named translate


class CheckableRowModel(RowTableModel):
    """Row snapshots with a check box in the first column (what a bulk action applies to)."""

    checks_changed = Signal()

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, key=lambda r: r.uid, parent=parent)
        self._checked: set[str] = set()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != 0 or index.row() >= self.rowCount():
                return None
            key = self.row_at(index.row()).uid
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        key = self.row_at(index.row()).uid
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def set_rows(self, rows: Any) -> None:
        super().set_rows(rows)
        self._checked &= {r.uid for r in rows}  # ticks of rows that are gone go with them
        self.checks_changed.emit()

    def checked(self) -> list[str]:
        return [r.uid for r in self.rows() if r.uid in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {r.uid for r in self.rows()} if checked else set()
        if self.rowCount():
            last = self.index(self.rowCount() - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()


def _when(row: CleanupRow) -> str:
    return f"{row.last_published_at:%Y-%m-%d}" if row.last_published_at else "—"


def cleanup_columns(archived: bool) -> list[Column]:
    columns = [
        Column(
            translate("cleanup", "Topic"), lambda r: r.title, tooltip=lambda r: r.title, chars=26
        ),
        Column(translate("cleanup", "Owner"), lambda r: r.owner_name, chars=8),
        Column(translate("cleanup", "Form"), lambda r: r.form, chars=6),
        Column(translate("cleanup", "Channels"), lambda r: "、".join(r.channels), chars=16),
        Column(translate("cleanup", "Last published"), _when, chars=11),
        Column(translate("cleanup", "Weak"), lambda r: yes_no(r.weak), align=CENTER, chars=5),
    ]
    if archived:
        columns.append(
            Column(
                translate("cleanup", "Archived on"),
                lambda r: f"{r.archived_at:%Y-%m-%d}" if r.archived_at else "",
                chars=11,
            )
        )
    return columns


def _table(model: CheckableRowModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the rest
    return table


class CleanupDialog(QDialog):
    """Candidates (old or weak published content) to archive, and the archive to restore from."""

    def __init__(
        self,
        ctx: PageContext,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setWindowTitle(self.tr("Clean Up Published Content"))

        self.age_box = QCheckBox(self.tr("Published more than"), self)
        self.age_box.setChecked(True)
        self.age_spin = QSpinBox(self)
        self.age_spin.setRange(1, 3650)
        self.age_spin.setValue(365)
        self.age_spin.setSuffix(self.tr(" days ago"))
        self.weak_box = QCheckBox(self.tr("or flagged as weak"), self)
        self.weak_box.setChecked(True)
        self.candidates = CheckableRowModel(cleanup_columns(False), self)
        self.candidate_table = _table(self.candidates, self)
        self.check_all_button = QPushButton(self.tr("Tick All"), self)
        self.check_none_button = QPushButton(self.tr("Tick None"), self)
        self.archive_button = QPushButton(self.tr("Archive Ticked"), self)
        self.archived = CheckableRowModel(cleanup_columns(True), self)
        self.archived_table = _table(self.archived, self)
        self.unarchive_button = QPushButton(self.tr("Unarchive Ticked"), self)
        self.status_label = QLabel(self)

        criteria = QHBoxLayout()
        criteria.addWidget(self.age_box)
        criteria.addWidget(self.age_spin)
        criteria.addWidget(self.weak_box)
        criteria.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.check_all_button)
        actions.addWidget(self.check_none_button)
        actions.addStretch(1)
        actions.addWidget(self.archive_button)
        first = QWidget(self)
        first_layout = QVBoxLayout(first)
        first_layout.addLayout(criteria)
        first_layout.addWidget(self.candidate_table, 1)
        first_layout.addLayout(actions)
        second = QWidget(self)
        second_layout = QVBoxLayout(second)
        note = QLabel(self.tr("Archived topics keep everything; unarchive brings them back."))
        second_layout.addWidget(note)
        second_layout.addWidget(self.archived_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unarchive_button)
        second_layout.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(first, self.tr("Candidates"))
        self.tabs.addTab(second, self.tr("Archived"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(900, 520)

        self.age_box.toggled.connect(self.refresh)
        self.age_spin.valueChanged.connect(self.refresh)
        self.weak_box.toggled.connect(self.refresh)
        self.check_all_button.clicked.connect(lambda: self.candidates.set_all_checked(True))
        self.check_none_button.clicked.connect(lambda: self.candidates.set_all_checked(False))
        self.archive_button.clicked.connect(self.archive_checked)
        self.unarchive_button.clicked.connect(self.unarchive_checked)
        self.candidates.checks_changed.connect(self._update_buttons)
        self.archived.checks_changed.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.age_spin.setEnabled(self.age_box.isChecked())
        age = self.age_spin.value() if self.age_box.isChecked() else None
        rows = cleanup.candidates(
            older_than_days=age, include_weak=self.weak_box.isChecked(), today=self.today()
        )
        self.candidates.set_rows(rows)
        self.archived.set_rows(cleanup.archived())
        self.tabs.setTabText(0, self.tr("Candidates (%1)").replace("%1", str(len(rows))))
        self.tabs.setTabText(
            1, self.tr("Archived (%1)").replace("%1", str(self.archived.rowCount()))
        )
        self._update_buttons()

    @Slot()
    def archive_checked(self) -> int:
        """Archive every ticked candidate in one go (all or none)."""
        uids = self.candidates.checked()
        done = self._apply(cleanup.archive, uids)
        if done:
            self.status_label.setText(
                self.tr("Archived %n topic(s). The Archived tab brings them back.", "", done)
            )
        return done

    @Slot()
    def unarchive_checked(self) -> int:
        done = self._apply(cleanup.unarchive, self.archived.checked())
        if done:
            self.status_label.setText(self.tr("%n topic(s) back in the backlog.", "", done))
        return done

    def _apply(self, action: Callable[..., int], uids: list[str]) -> int:
        if not uids:
            return 0
        try:
            done = action(self.ctx.session.actor(), uids)
        except DeskError as err:  # e.g. not the owner, a planner or the lead: nothing changed
            notify.desk_error(self, err)
            return 0
        events.announce("topic")
        return done

    @Slot()
    def _update_buttons(self) -> None:
        picked = len(self.candidates.checked())
        self.archive_button.setEnabled(picked > 0)
        self.archive_button.setText(
            self.tr("Archive Ticked (%1)").replace("%1", str(picked))
            if picked
            else self.tr("Archive Ticked")
        )
        back = len(self.archived.checked())
        self.unarchive_button.setEnabled(back > 0)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "topic", "publication"):
            self.refresh()
