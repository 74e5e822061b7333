"""The widgets of the import preview and how they are laid out; the behaviour is in
preview_dialog.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.exchange import RowStatus, SheetPreview, SheetStatus
from ui.exchange.mapping_widget import MappingWidget
from ui.exchange.row_text import STATUS_COLOURS, ProblemsFilter, status_text
from ui.exchange.rows_model import PreviewRowsModel
from ui.exchange.sheets_table import SheetsTable

# PySide's tr() in a base class looks the text up under the subclass's context first and,
# for a plural, takes the untranslated "%n" form found there; plurals name their context.
translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)

MAX_FIELD_WIDTH = 240  # px; a long note would otherwise push every other column away
MAX_DETAILS_WIDTH = 480  # px; an error message with its sheet, row and column fits
ERROR_STYLE = "color: #c62828;"


class PreviewLayout(QDialog):
    """Sheets on top; the chosen sheet's columns and rows below; the choices at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.sheets = SheetsTable(self)
        self.mapping = MappingWidget(self)
        self.sheet_note = QLabel(self)
        self.sheet_note.setWordWrap(True)
        self.only_problems_box = QCheckBox(self.tr("Only rows with problems"), self)
        self.keep_all_button = QPushButton(self.tr("Keep Mine for All Conflicts"), self)
        self.take_all_button = QPushButton(self.tr("Take the File’s for All Conflicts"), self)

        self.rows_model = PreviewRowsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.rows_model)
        self.rows_view = QTableView(self)
        self.rows_view.setModel(self.proxy)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setWordWrap(False)
        self.rows_view.verticalHeader().hide()
        self.rows_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.rows_view.horizontalHeader().setStretchLastSection(True)

        self.skip_errors_box = QCheckBox(self.tr("Skip rows with errors"), self)
        self.skip_errors_box.setToolTip(
            self.tr("Import the other rows now and leave the rows in error out")
        )
        self.annotate_button = QPushButton(self.tr("Save Annotated Copy…"), self)
        self.annotate_button.setToolTip(
            self.tr("A copy of the workbook with every cell in error marked and explained")
        )
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"), self)

        self.sheet_box = QGroupBox(self)
        inner = QVBoxLayout(self.sheet_box)
        inner.addWidget(self.mapping)
        inner.addWidget(self.sheet_note)
        filters = QHBoxLayout()
        filters.addWidget(self.only_problems_box)
        filters.addStretch(1)
        filters.addWidget(self.keep_all_button)
        filters.addWidget(self.take_all_button)
        inner.addLayout(filters)
        inner.addWidget(self.rows_view, 1)

        choices = QHBoxLayout()
        choices.addWidget(self.skip_errors_box)
        choices.addWidget(self.annotate_button)
        choices.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.sheets)
        layout.addWidget(self.sheet_box, 1)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        self.resize(1200, 750)

    def show_counts(self, counts: dict[str, int]) -> None:
        """How many rows of each status, in words and colour (never colour alone)."""
        parts = []
        for status in RowStatus:
            colour = STATUS_COLOURS[status][0]
            parts.append(
                f'<span style="color:{colour}">{status_text(status)} '
                f"<b>{counts.get(status.value, 0)}</b></span>"
            )
        gap = "&nbsp;&nbsp;·&nbsp;&nbsp;"
        self.counts_label.setText(self.tr("Rows:") + "&nbsp;&nbsp;" + gap.join(parts))

    def show_sheet_problems(self, sheet: SheetPreview | None) -> None:
        """The chosen sheet's title, and what keeps it from importing, if anything."""
        lang = messages.language()
        self.sheet_box.setTitle(
            self.tr("Sheet “%1”").replace("%1", sheet.name) if sheet is not None else ""
        )
        has_rows = sheet is not None and sheet.status is SheetStatus.DATA
        for widget in (self.only_problems_box, self.rows_view):
            widget.setVisible(has_rows)
        conflicts = has_rows and sheet is not None and sheet.count(RowStatus.CONFLICT) > 0
        self.keep_all_button.setVisible(conflicts)
        self.take_all_button.setVisible(conflicts)
        if sheet is None:
            text, style = "", ""
        elif sheet.status is SheetStatus.DATA and sheet.problems:
            sep = "；" if lang.startswith("zh") else "; "
            text = sep.join(e.full_message(lang) for e in sheet.problems)
            text += self.tr(" Choose the column that holds it in the fields above.")
            style = ERROR_STYLE
        elif sheet.status is not SheetStatus.DATA:
            text, style = sheet.note(lang), ""
        else:
            text, style = "", ""
        self.sheet_note.setText(text)
        self.sheet_note.setStyleSheet(style)
        self.sheet_note.setVisible(bool(text))

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within limits (the whole text is in a tooltip)."""
        view = self.rows_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(self.rows_model.columns):
            widest = MAX_DETAILS_WIDTH if column.role == "details" else MAX_FIELD_WIDTH
            if header.sectionSize(number) > widest:
                header.resizeSection(number, widest)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()  # the table's width is known only now

    def show_state(self, has_data: bool, errors: int, skip: bool, counts: dict[str, int]) -> None:
        """Say what Import would do now, or why it cannot be clicked yet."""
        writable = counts.get("new", 0) + counts.get("update", 0) + counts.get("conflict", 0)
        conflicts = counts.get("conflict", 0)
        if not has_data:
            text = self.tr(
                "No sheet holds records that can be imported. Choose what a sheet holds above."
            )
        elif errors and not skip:
            text = translate(
                "PreviewLayout",
                "%n error(s). Correct them in Excel (Save Annotated Copy… marks them) and "
                "import the file again, or tick “Skip rows with errors”.",
                "",
                errors,
            )
        elif not writable:
            text = self.tr("Nothing to import: every row is unchanged or in error.")
        elif errors:
            text = translate(
                "PreviewLayout",
                "%n row(s) in error will be left out; the others are imported.",
                "",
                counts.get("error", 0),
            )
        elif conflicts:
            text = translate(
                "PreviewLayout",
                "%n conflict(s): changed here since the export. Tick “Take the file’s” where "
                "the file is right; the others keep what is here.",
                "",
                conflicts,
            )
        else:
            text = self.tr("Ready. Nothing is written until you click Import.")
        self.state_label.setText(text)
        self.state_label.setStyleSheet(ERROR_STYLE if errors and not skip else "")
