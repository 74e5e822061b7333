"""The preview of a review package that came back (R-5.4): what it would change, what is a
conflict (the draft changed since the package was made — shown, never applied) and which
rows are in error. Nothing is written until 导入 is pressed; then everything is written in
one transaction (``models.reviews.package_import.apply_package``)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import DeskError, NotFound
from models.exchange.results import CellError
from models.reviews import comments
from models.reviews.package_import import PackageAction, PackagePreview, PackageResult
from models.reviews.tools_jobs import apply_package_job
from models.reviews.wording import decision_label
from ui import events, notify, tasks
from ui.session import Session


def _table(parent: QWidget, headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PackagePreviewDialog(QDialog):
    """Changes, conflicts and errors on three tabs; 导入 applies the changes."""

    imported = Signal(object)  # the PackageResult

    def __init__(
        self, preview: PackagePreview, session: Session, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("package_preview")
        self.setWindowTitle(self.tr("Import Review Package"))
        self.preview = preview
        self.session = session
        self.package_result: PackageResult | None = None
        self.task: tasks.Task | None = None
        lang = messages.language()

        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("package_summary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        action_rows = [self._action_row(a) for a in preview.actions]
        self.actions_table = _table(
            self,
            [self.tr("Row"), self.tr("Change"), self.tr("Topic"), self.tr("By"), self.tr("Text")],
            action_rows,
            "package_actions",
        )
        where = [self.tr("Where"), self.tr("Why")]
        self.conflicts_table = _table(
            self,
            where,
            [self._problem_row(c, lang) for c in preview.conflicts],
            "package_conflicts",
        )
        self.errors_table = _table(
            self, where, [self._problem_row(e, lang) for e in preview.errors], "package_errors"
        )
        self.tabs.addTab(self.actions_table, self.tr("To apply (%n)", "", len(preview.actions)))
        self.tabs.addTab(
            self.conflicts_table, self.tr("Conflicts, not applied (%n)", "", len(preview.conflicts))
        )
        self.tabs.addTab(self.errors_table, self.tr("Errors (%n)", "", len(preview.errors)))
        if not preview.actions and (preview.conflicts or preview.errors):
            self.tabs.setCurrentWidget(
                self.conflicts_table if preview.conflicts else self.errors_table
            )
        self.skip_box = QCheckBox(self.tr("Skip the rows in error and import the rest"), self)
        self.skip_box.setVisible(bool(preview.errors))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("package_import_button")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.skip_box.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self._update()

    def _summary(self) -> str:
        p = self.preview
        return (
            self.tr("“%1”: ").replace("%1", p.path.name)
            + self.tr("%n change(s) to apply, ", "", len(p.actions))
            + self.tr("%n conflict(s) that will not be applied, ", "", len(p.conflicts))
            + self.tr("%n row(s) in error. ", "", len(p.errors))
            + self.tr("Nothing has been written yet.")
        )

    def _action_row(self, action: PackageAction) -> list[str]:
        where = self.tr("%1, row %2").replace("%1", action.sheet).replace("%2", str(action.row))
        values = action.values
        if action.kind == "decision":
            change = self.tr("Decision at %1: %2").replace("%1", str(values["level"]))
            change = change.replace("%2", decision_label(values["decision"].value))
            text = str(values["comment"])
        elif action.kind == "comment":
            change = self.tr("New comment")
            text = str(values["body"])
        else:
            change = {
                "accept": self.tr("Accept the author's answer"),
                "reopen": self.tr("Reopen the comment"),
                "withdraw": self.tr("Withdraw the comment"),
            }[action.kind]
            text = self._comment_body(str(values["comment_uid"]))
        return [where, change, action.topic_title, action.member_name, text]

    @staticmethod
    def _comment_body(uid: str) -> str:
        try:
            return comments.comment(uid).body
        except NotFound:
            return ""

    def _problem_row(self, error: CellError, lang: str) -> list[str]:
        where = self.tr("%1, row %2").replace("%1", error.sheet).replace("%2", str(error.row))
        if error.header:
            where += self.tr(", column “%1”").replace("%1", error.header)
        return [where, error.detail(lang)]

    @Slot()
    def _update(self) -> None:
        blocked = bool(self.preview.errors) and not self.skip_box.isChecked()
        self.import_button.setEnabled(bool(self.preview.actions) and not blocked)
        if blocked and self.preview.actions:
            self.import_button.setToolTip(
                self.tr("Fix the rows in error in the workbook, or tick the box to skip them")
            )
        else:
            self.import_button.setToolTip("")

    @Slot()
    def apply(self) -> tasks.Task | None:
        """Write the changes (one transaction, in the background); the dialog closes after."""
        if not self.import_button.isEnabled():
            return None
        self.import_button.setEnabled(False)
        job = functools.partial(
            apply_package_job, self.preview, self.session.actor(), self.skip_box.isChecked()
        )
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Importing the review package…"),
            on_result=self._on_applied,
            on_error=self._on_failed,
            cancellable=False,  # one transaction: it is written whole or not at all
        )
        return self.task

    def _on_applied(self, result: PackageResult) -> None:
        self.package_result = result
        applied = {a.kind for a in result.applied}
        if "decision" in applied:
            events.announce("review_decision")  # one refresh of the queue and the screen
        elif applied:
            events.announce("review_comment")
        notify.info(self, result.message(messages.language()))
        self.imported.emit(result)
        self.accept()

    def _on_failed(self, err: DeskError) -> None:
        notify.desk_error(self, err)
        self._update()

    def done(self, code: int) -> None:
        if self.task is not None and self.task.outcome is None:
            return  # the transaction is under way; the dialog closes when it ends
        super().done(code)
