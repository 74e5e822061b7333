"""The levels of one review chain as an editable table: name, signing role, separation of
duties, and the kinds of edit that void the level's approval (R-5.4)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.reviews.chain import NAME_MAX, LevelSpec, default_recheck
from models.reviews.schema import ChangeKind
from models.team import Role
from ui.labels import role_label

NAME, ROLE, INDEPENDENT = 0, 1, 2
RECHECK_COLUMNS = {3: ChangeKind.TEXT, 4: ChangeKind.ATTACHMENTS, 5: ChangeKind.LAYOUT}
NEW_LEVEL_ROLE = Role.EDITOR


def normal_spec(spec: LevelSpec) -> LevelSpec:
    """A spec with every option explicit and in one order, so two specs compare equal."""
    role = Role(spec.role)
    independent = bool(spec.independent) if spec.independent is not None else True
    kinds = default_recheck(role) if spec.recheck is None else spec.recheck
    recheck = tuple(k for k in ChangeKind if k in {ChangeKind(x) for x in kinds})
    return LevelSpec(" ".join(str(spec.name).split()), role, independent, recheck)


class LevelTable(QTableWidget):
    """One row per level, signed from top to bottom.

    It emits no signal of its own: the dialog reads ``specs()`` when it needs them (and
    PySide6 6.12 on Python 3.11 drops a reference to True on every emit of a signal declared
    in Python, so a signal per keystroke would end in a crash).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3 + len(RECHECK_COLUMNS), parent)
        self.setObjectName("level_table")
        headers = [
            (self.tr("Level"), self.tr("The name reviewers and authors see, e.g. 初审")),
            (self.tr("Signed by"), self.tr("One member holding this role approves the level")),
            (
                self.tr("Not by authors"),
                self.tr("Separation of duties: nobody signs this level on content they wrote"),
            ),
            (self.tr("Wording edits"), self.tr("An edit of the wording after approval voids it")),
            (
                self.tr("Attachment edits"),
                self.tr("New or changed images, videos or files after approval void it"),
            ),
            (
                self.tr("Layout edits"),
                self.tr("Spaces, line breaks or punctuation changed after approval void it"),
            ),
        ]
        for column, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(INDEPENDENT, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(30)
        self.read_only = False
        self.itemChanged.connect(self._on_item_changed)

    # -- contents ------------------------------------------------------------------------------

    def set_specs(self, specs: list[LevelSpec], select: int | None = None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for spec in specs:
            self._append(normal_spec(spec))
        self.blockSignals(False)
        if specs:
            self.selectRow(min(select or 0, len(specs) - 1))
        self._apply_read_only()

    def specs(self) -> list[LevelSpec]:
        out = []
        for row in range(self.rowCount()):
            name = self.cell(row, NAME).text()
            role = Role(self._role_combo(row).currentData())
            independent = self._checked(row, INDEPENDENT)
            recheck = tuple(k for c, k in RECHECK_COLUMNS.items() if self._checked(row, c))
            out.append(LevelSpec(" ".join(name.split()), role, independent, recheck))
        return out

    def _append(self, spec: LevelSpec) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, NAME, QTableWidgetItem(spec.name))
        combo = QComboBox(self)
        for role in Role:
            combo.addItem(role_label(role), role.value)
        combo.setCurrentIndex(combo.findData(Role(spec.role).value))
        self.setCellWidget(row, ROLE, combo)
        self._check_item(row, INDEPENDENT, bool(spec.independent))
        kinds = set(spec.recheck or ())
        for column, kind in RECHECK_COLUMNS.items():
            self._check_item(row, column, kind in kinds)

    def _check_item(self, row: int, column: int, checked: bool) -> None:
        item = QTableWidgetItem()
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.setItem(row, column, item)

    def _checked(self, row: int, column: int) -> bool:
        return self.cell(row, column).checkState() == Qt.CheckState.Checked

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell but the role's holds an item
        return item

    def _role_combo(self, row: int) -> QComboBox:
        combo = self.cellWidget(row, ROLE)
        assert isinstance(combo, QComboBox)
        return combo

    def set_role(self, row: int, role: Role) -> None:
        combo = self._role_combo(row)
        combo.setCurrentIndex(combo.findData(role.value))

    # -- editing -------------------------------------------------------------------------------

    def current(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_level(self, name: str) -> None:
        """A new last level signed by an editor; its name is ready to be typed over."""
        specs = self.specs()
        taken = {s.name for s in specs}
        number = len(specs) + 1
        unique = name
        while unique in taken:
            number += 1
            unique = f"{name}{number}"
        specs.append(LevelSpec(unique, NEW_LEVEL_ROLE, True, default_recheck(NEW_LEVEL_ROLE)))
        self.set_specs(specs, len(specs) - 1)
        self.editItem(self.cell(len(specs) - 1, NAME))

    def remove_current(self) -> None:
        row = self.current()
        if row is None:
            return
        specs = self.specs()
        del specs[row]
        self.set_specs(specs, max(row - 1, 0))

    def move_current(self, step: int) -> None:
        row = self.current()
        if row is None or not 0 <= row + step < self.rowCount():
            return
        specs = self.specs()
        specs[row], specs[row + step] = specs[row + step], specs[row]
        self.set_specs(specs, row + step)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.NoEditTriggers
            if self.read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        for row in range(self.rowCount()):
            self._role_combo(row).setEnabled(not self.read_only)
            for column in range(INDEPENDENT, self.columnCount()):
                item = self.cell(row, column)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self.read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
            name = self.cell(row, NAME)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | (Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsEditable)
            )

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == NAME and len(item.text()) > NAME_MAX:
            item.setText(item.text()[:NAME_MAX])
