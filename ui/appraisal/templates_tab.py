"""Appraisal templates per role (R-4.3): KPI items with weights and a scoring rule, quality
items rated on a described scale, weights adding up to 100, and grade bands.

The team lead edits; everyone else reads. The core validates the template as a whole on
Save and its refusal is shown under the tables (the weights' sum, a missing KPI …).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import appraisal, kpi, messages
from models.appraisal import GradeBand, ItemKind, ScaleLevel, ScoringRule, TemplateItem
from models.errors import DeskError, ValidationError
from models.exchange.values import parse_number
from models.team import Role
from ui import events
from ui.appraisal import text as t
from ui.appraisal.template_tables import BandsTable, ScaleTable
from ui.labels import role_label
from ui.session import Session
from ui.widgets import ErrorLabel

KIND_COL, NAME_COL, WEIGHT_COL, KPI_COL, SCOPE_COL, FLOOR_COL, CAP_COL, NOTE_COL = range(8)
ROLE_ROLE = Qt.ItemDataRole.UserRole


class TemplatesTab(QWidget):
    """The roles on the left, the chosen role's template on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.version: int | None = None
        self.scales: list[tuple[ScaleLevel, ...]] = []
        self.roles = QListWidget(self)
        self.roles.setMaximumWidth(150)
        self.title_edit = QLineEdit(self)
        self.items = QTableWidget(0, 8, self)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Item"),
                self.tr("Weight"),
                self.tr("KPI"),
                self.tr("Measured for"),
                self.tr("Floor (%)"),
                self.tr("Cap"),
                self.tr("What is judged"),
            ]
        )
        self.items.verticalHeader().hide()
        self.items.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.weight_label = QLabel(self)
        self.add_kpi_button = QPushButton(self.tr("Add KPI Item"), self)
        self.add_quality_button = QPushButton(self.tr("Add Quality Item"), self)
        self.remove_button = QPushButton(self.tr("Remove Item"), self)
        self.scale = ScaleTable(self)
        self.bands = BandsTable(self)
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self.tr("Save Template"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)

        item_buttons = QHBoxLayout()
        for button in (self.add_kpi_button, self.add_quality_button, self.remove_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.weight_label)
        scale_box = QGroupBox(self.tr("Rating scale of the chosen quality item"), self)
        QVBoxLayout(scale_box).addWidget(self.scale)
        bands_box = QGroupBox(self.tr("Grade bands"), self)
        QVBoxLayout(bands_box).addWidget(self.bands)
        lower = QSplitter(self)
        lower.addWidget(scale_box)
        lower.addWidget(bands_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.items, 3)
        editor.addLayout(item_buttons)
        editor.addWidget(lower, 2)
        editor.addLayout(save_row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.roles)
        layout.addLayout(editor, 1)

        self.kpis = [(k.code, k.label(messages.language())) for k in kpi.list_kpis()]
        self.roles.currentRowChanged.connect(self._on_roles_current_row_changed)
        self.items.itemChanged.connect(self._show_weights)
        self.items.itemSelectionChanged.connect(self._on_items_selection_changed)
        self.scale.edited.connect(self._on_scale_edited)
        self.add_kpi_button.clicked.connect(lambda: self.add_item(ItemKind.KPI))
        self.add_quality_button.clicked.connect(lambda: self.add_item(ItemKind.QUALITY))
        self.remove_button.clicked.connect(self.remove_item)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load_current)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.kpis = [(k.code, k.label(messages.language())) for k in kpi.list_kpis()]
        current = self.role()
        have = {row.role for row in appraisal.list_templates()}
        self.roles.blockSignals(True)
        self.roles.clear()
        for role in Role:
            text = role_label(role)
            if role not in have:
                text = self.tr("%1 (no template)").replace("%1", text)
            item = QListWidgetItem(text, self.roles)
            item.setData(ROLE_ROLE, role.value)
        self.roles.blockSignals(False)
        rows = [self.roles.item(n).data(ROLE_ROLE) for n in range(self.roles.count())]
        self.roles.setCurrentRow(rows.index(current.value) if current else 0)
        self.load_current()

    def role(self) -> Role | None:
        item = self.roles.currentItem()
        return Role(item.data(ROLE_ROLE)) if item is not None else None

    def select_role(self, role: Role) -> None:
        for n in range(self.roles.count()):
            if self.roles.item(n).data(ROLE_ROLE) == role.value:
                self.roles.setCurrentRow(n)

    @Slot()
    def load_current(self) -> None:
        role = self.role()
        if role is None:
            return
        row = appraisal.template_for(role)
        self.version = row.version if row else None
        self.title_edit.setText(row.title if row else "")
        self.items.blockSignals(True)
        self.items.setRowCount(0)
        self.scales = []
        for item in row.items if row else ():
            self._append(item)
        self.items.blockSignals(False)
        self.bands.set_bands(row.bands if row else appraisal.DEFAULT_BANDS)
        self.error.show_text("")
        lead = appraisal.is_lead(self.session.actor())
        for widget in (
            self.title_edit,
            self.add_kpi_button,
            self.add_quality_button,
            self.remove_button,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(lead)
        triggers = (
            QAbstractItemView.EditTrigger.AllEditTriggers
            if lead
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for table in (self.items, self.scale, self.bands):
            table.setEditTriggers(triggers)
        for r in range(self.items.rowCount()):
            for c in (KIND_COL, KPI_COL, SCOPE_COL):
                cell_widget = self.items.cellWidget(r, c)
                if cell_widget is not None:
                    cell_widget.setEnabled(lead)
        if self.items.rowCount():
            self.items.selectRow(0)
        self._show_weights()

    def _append(self, item: TemplateItem) -> None:
        r = self.items.rowCount()
        self.items.insertRow(r)
        kpi_item = item.kind is ItemKind.KPI
        self._text(r, KIND_COL, t.kind_text(item.kind), editable=False).setData(
            ROLE_ROLE, item.kind.value
        )
        self._text(r, NAME_COL, item.name)
        self._text(r, WEIGHT_COL, f"{item.weight:g}")
        if kpi_item:
            combo = QComboBox(self.items)
            for code, label in self.kpis:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(item.kpi), 0))
            self.items.setCellWidget(r, KPI_COL, combo)
            scope = QComboBox(self.items)
            scope.addItem(self.tr("Member"), "member")
            scope.addItem(self.tr("Team"), "team")
            scope.setCurrentIndex(max(scope.findData(item.scope), 0))
            self.items.setCellWidget(r, SCOPE_COL, scope)
            self._text(r, FLOOR_COL, f"{item.rule.floor:g}")
            self._text(r, CAP_COL, f"{item.rule.cap:g}")
        else:
            for c in (KPI_COL, SCOPE_COL, FLOOR_COL, CAP_COL):
                self._text(r, c, "", editable=False)
        self._text(r, NOTE_COL, item.description)
        self.scales.append(item.scale)

    def _text(self, r: int, c: int, text: str, *, editable: bool = True) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        if not editable:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.items.setItem(r, c, cell)
        return cell

    def _text_at(self, r: int, c: int) -> str:
        cell = self.items.item(r, c)
        return cell.text() if cell is not None else ""

    def _kind_at(self, r: int) -> str:
        cell = self.items.item(r, KIND_COL)
        return str(cell.data(ROLE_ROLE)) if cell is not None else ""

    def _choice_at(self, r: int, c: int) -> str:
        combo = self.items.cellWidget(r, c)
        return str(combo.currentData()) if isinstance(combo, QComboBox) else ""

    # -- editing -----------------------------------------------------------------------------

    def add_item(self, kind: ItemKind) -> None:
        name = self.tr("New KPI item") if kind is ItemKind.KPI else self.tr("New quality item")
        code = self.kpis[0][0] if self.kpis else ""
        self._append(TemplateItem(kind, name, 0, code))
        self.items.selectRow(self.items.rowCount() - 1)
        self._show_weights()

    def remove_item(self) -> None:
        r = self.items.currentRow()
        if r >= 0:
            self.items.removeRow(r)
            del self.scales[r]
            self._show_weights()

    def _number(self, r: int, c: int) -> float:
        text = self._text_at(r, c)
        try:
            value = parse_number(text) if text.strip() else None
        except ValidationError:
            value = None
        if value is None:
            head = self.items.horizontalHeaderItem(c)
            column = head.text() if head is not None else ""
            raise ValidationError("appraisal_template_number", row=r + 1, column=column)
        return value

    def template_items(self) -> list[TemplateItem]:
        """The items as the table shows them (ValidationError naming a cell not a number)."""
        out = []
        for r in range(self.items.rowCount()):
            kind = ItemKind(self._kind_at(r))
            name, note = self._text_at(r, NAME_COL), self._text_at(r, NOTE_COL)
            weight = self._number(r, WEIGHT_COL)
            if kind is ItemKind.KPI:
                code, scope = self._choice_at(r, KPI_COL), self._choice_at(r, SCOPE_COL)
                rule = ScoringRule(self._number(r, FLOOR_COL), self._number(r, CAP_COL))
                out.append(
                    TemplateItem(kind, name, weight, str(code), str(scope), rule, description=note)
                )
            else:
                out.append(TemplateItem(kind, name, weight, scale=self.scales[r], description=note))
        return out

    @Slot()
    def _show_weights(self) -> None:
        try:
            total = sum(self._number(r, WEIGHT_COL) for r in range(self.items.rowCount()))
        except ValidationError:
            self.weight_label.setText(self.tr("Weights: not all are numbers"))
            self.weight_label.setStyleSheet("color: #c62828;")
            return
        ok = abs(total - 100) < 1e-6
        text = self.tr("Weights add up to %1").replace("%1", f"{total:g}")
        if not ok:
            text += self.tr(" (must be 100)")
        self.weight_label.setText(text)
        self.weight_label.setStyleSheet("" if ok else "color: #c62828;")

    @Slot()
    def _on_items_selection_changed(self) -> None:
        r = self.items.currentRow()
        quality = 0 <= r < len(self.scales) and self._kind_at(r) == ItemKind.QUALITY.value
        self.scale.set_levels(self.scales[r] if quality else ())
        self.scale.setEnabled(quality)

    @Slot()
    def _on_scale_edited(self) -> None:
        r = self.items.currentRow()
        if 0 <= r < len(self.scales):
            self.scales[r] = self.scale.levels()

    @Slot(int)
    def _on_roles_current_row_changed(self, _: int) -> None:
        self.load_current()

    @Slot()
    def save(self) -> bool:
        role = self.role()
        if role is None:
            return False
        self.error.show_text("")
        try:
            items = self.template_items()
            bands: list[GradeBand] = self.bands.bands()
            appraisal.save_template(
                self.session.actor(),
                role,
                self.title_edit.text(),
                items,
                bands,
                expected_version=self.version,
            )
        except DeskError as err:
            self.error.show_text(err.message(messages.language()))
            return False
        events.announce("appraisal_template")
        self.refresh()
        return True
