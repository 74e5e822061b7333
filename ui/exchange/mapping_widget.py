"""Every column of a sheet and the field it fills: header → field, one combo per column.

The user re-maps a column onto another field or ignores it; the dialog then previews again
with ``mapping_overrides`` (the engine remembers the mapping for the next file with the same
headers once the import is done).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.exchange import ColumnMapping, SheetPreview
from models.exchange.kinds import BOOKKEEPING_COLUMNS

IGNORE = ""  # the combo's data for "not imported" (a QVariant cannot hold None reliably)


class MappingWidget(QWidget):
    """A row of columns, each showing its letter and header above a combo of fields."""

    column_mapped = Signal(str, object)  # column letter, field name or None (ignore)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        self.sheet: SheetPreview | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self._inner = QWidget(self)
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._inner)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.viewport().setAutoFillBackground(False)  # the group box's own background
        self._inner.setAutoFillBackground(False)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self._scroll)

    def set_sheet(self, sheet: SheetPreview | None) -> None:
        """Show the columns of ``sheet``; nothing when it has no kind to map onto."""
        self.sheet = sheet
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        kind = sheet.kind if sheet is not None else None
        if sheet is None or kind is None or not sheet.columns:
            self.hint.setText("")
            self._scroll.hide()
            return
        self._scroll.show()
        lang = messages.language()
        self.hint.setText(self._hint_text(sheet))
        choices: list[tuple[str, str]] = [(self.tr("— not imported —"), IGNORE)]
        for column in kind.columns:
            label = column.header(lang)
            if column.required:
                label = self.tr("%1 (required)").replace("%1", label)
            choices.append((label, column.field))
        for column in BOOKKEEPING_COLUMNS:  # an export's ID and version columns
            choices.append((column.header(lang), column.field))
        for number, mapping in enumerate(sheet.columns):
            title = QLabel(f"{mapping.letter} · {mapping.header}", self._inner)
            title.setToolTip(self._source_text(mapping))
            combo = QComboBox(self._inner)
            combo.setObjectName(f"map_{mapping.letter}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for label, data in choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(mapping.field or IGNORE), 0))
            combo.setToolTip(self._source_text(mapping))
            if mapping.field is None:
                title.setEnabled(False)  # greyed: this column is left out
            combo.setProperty("letter", mapping.letter)
            combo.activated.connect(self._on_combo_activated)
            self._grid.addWidget(title, 0, number)
            self._grid.addWidget(combo, 1, number)
            self.combos[mapping.letter] = combo
        self._grid.setColumnStretch(len(sheet.columns), 1)
        self._inner.adjustSize()
        bar = self._scroll.horizontalScrollBar().sizeHint().height()
        self._scroll.setFixedHeight(self._inner.sizeHint().height() + bar + 4)

    def field_of(self, letter: str) -> str | None:
        """The field the combo of column ``letter`` shows (None: not imported)."""
        data = self.combos[letter].currentData()
        return str(data) if data else None

    def map_column(self, letter: str, field: str | None) -> None:
        """Choose ``field`` for column ``letter`` as the user would (emits column_mapped)."""
        combo = self.combos[letter]
        index = combo.findData(field or IGNORE)
        if index < 0:
            raise KeyError(field)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def _hint_text(self, sheet: SheetPreview) -> str:
        if sheet.mapping_source == "remembered":
            return self.tr(
                "Columns: mapped as you chose for a file with the same headers last time. "
                "Change a column’s field below, or choose “not imported”."
            )
        return self.tr(
            "Columns: each column of the sheet and the field it fills. Change a column’s "
            "field below, or choose “not imported”."
        )

    def _source_text(self, mapping: ColumnMapping) -> str:
        texts = {
            "auto": self.tr("Recognised from the header"),
            "remembered": self.tr("As you mapped it last time"),
            "user": self.tr("Your choice"),
            "none": self.tr("The header matches no field; not imported"),
        }
        return texts.get(mapping.source, "")

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        letter = str(combo.property("letter"))
        data = combo.itemData(index)
        self.column_mapped.emit(letter, str(data) if data else None)
