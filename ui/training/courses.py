"""The 课程 tab: the course list, and the selected course's roster, attendance and scores."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import training
from models.errors import DeskError
from models.training import CourseRow
from ui import events, notify
from ui.page import PageContext
from ui.table_view import select_key, selected_source_row
from ui.training import text as t
from ui.training.course_dialog import CourseDialog
from ui.training.models import CourseTableModel, RecordTableModel
from ui.training.tab import TrainingState, TrainingTab
from ui.training.trash import TrainingTrashDialog


class CoursesTab(TrainingTab):
    """Courses: add, edit, delete (to the trash), restore; per course its roster and rates."""

    kinds = ("course", "course_session", "training_record", "member")
    has_new = True

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search title, trainer or notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        record_buttons = self.record_buttons(self.tr("New course…"))
        self.trash_button = QPushButton(self.tr("Trash…"), self)
        self.trash_button.setToolTip(self.tr("Deleted courses, sessions and plans; restore here"))

        self.model = CourseTableModel(self)
        self.proxy, self.table = self.make_table(self.model, "courses")
        self.report_title = QLabel(self)
        self.report_title.setObjectName("course_report_title")
        bold = self.report_title.font()
        bold.setBold(True)
        self.report_title.setFont(bold)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.roster_model = RecordTableModel(self, lead="course")
        self.roster_proxy, self.roster_table = self.make_table(self.roster_model, "course_roster")

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.category_combo, 1)
        buttons = QHBoxLayout()
        for button in record_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        report = QWidget(self)
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 4, 0, 0)
        report_layout.addWidget(self.report_title)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.roster_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(self.refresh)
        self.category_combo.currentIndexChanged.connect(self.refresh)
        self.trash_button.clicked.connect(self.open_trash)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("Courses")

    # -- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.current_course()
        self._fill_categories()
        category = self.category_combo.currentData()
        rows = training.list_courses(search=self.search_edit.text(), category=category)
        self.model.set_rows(rows)
        if keep is None or not self.select(keep.uid):
            if rows:  # show a course's roster rather than an empty panel
                self.table.selectRow(0)
        self._on_selection_changed()

    def _fill_categories(self) -> None:
        chosen = self.category_combo.currentData()
        self.category_combo.blockSignals(True)  # refilling is not the user choosing
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for code in training.categories_in_use():
            self.category_combo.addItem(t.category_text(code), code)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(chosen), 0))
        self.category_combo.blockSignals(False)

    def current_course(self) -> CourseRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.course(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    @Slot()
    def _on_selection_changed(self) -> None:
        course = self.current_course()
        self.edit_button.setEnabled(course is not None)
        self.delete_button.setEnabled(course is not None)
        self.roster_model.today = self.state.today()
        if course is None:
            self.report_title.setText(self.tr("Choose a course to see who took it."))
            self.report_label.clear()
            self.roster_model.set_rows([])
            return
        try:
            report = training.course_report(course.uid)
        except DeskError:  # deleted meanwhile; the next refresh drops it
            return
        self.report_title.setText(course.title)
        self.report_label.setText(
            self.tr("%1 session(s) · %2 record(s) · attendance %3 · average score %4 · passed %5")
            .replace("%1", str(len(report.sessions)))
            .replace("%2", str(len(report.roster)))
            .replace("%3", t.percent_text(report.attendance_rate))
            .replace("%4", t.score_text(report.average_score))
            .replace("%5", t.percent_text(report.pass_rate))
        )
        self.roster_model.set_rows(report.roster)

    # -- writing ------------------------------------------------------------------------------

    @Slot()
    def new_record(self) -> CourseDialog:
        return self._open_dialog(None)

    @Slot()
    def edit_selected(self) -> CourseDialog | None:
        course = self.current_course()
        return self._open_dialog(course) if course is not None else None

    def _open_dialog(self, row: CourseRow | None) -> CourseDialog:
        dialog = CourseDialog(self.session, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def delete_selected(self) -> None:
        course = self.current_course()
        if course is None:
            return
        try:
            training.trash_course(self.session.actor(), course.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("course")
        self.status_posted.emit(
            self.tr("Moved “%1” to the trash. Use Trash… to restore it.").replace(
                "%1", course.title
            )
        )

    @Slot()
    def open_trash(self) -> TrainingTrashDialog:
        dialog = TrainingTrashDialog(self.session, "course", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # stops its re-queries
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select(uid)
        self.status_posted.emit(self.tr("Saved."))
