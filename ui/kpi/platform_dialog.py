"""Actuals from a platform back-end's daily report (巨量引擎, 百度营销, 腾讯广告 …), previewed
before anything is saved (R-1.3, R-6.3).

Each column of the report is shown with the KPI it fills — recognised from its header, or
chosen by hand as in the exchange's column mapping — and the days are combined into months
or weeks as each KPI says. Columns of computed KPIs (点击率, ROAS …) are left out: the app
computes them. A workbook without a date column is no daily report: it goes to the
ordinary import preview (a 指标数据 sheet of the ``kpi-values`` kind, say).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import kpi, messages, team
from models.base import Actor
from models.errors import DeskError
from models.kpi import PlatformPreview, Span
from ui import events, notify, tasks
from ui.exchange.preview_dialog import open_preview
from ui.kpi import text as t
from ui.kpi.platform_parts import ColumnsBox, LineModel, shrinks
from ui.session import Session
from ui.settings import Settings
from ui.table_view import build_table


def preview_job(
    path: Path, span: str, member_uid: str | None, mapping: dict[str, str], **_: Any
) -> PlatformPreview:
    return kpi.preview_platform(path, span=span, member_uid=member_uid, mapping=mapping)


def apply_job(actor: Actor, preview: PlatformPreview, member_uid: str | None, **_: Any) -> int:
    return kpi.apply_platform(actor, preview, member_uid=member_uid)


class PlatformDialog(QDialog):
    """The preview of one report; ``imported`` carries how many actuals were saved."""

    imported = Signal(int)
    preview_shown = Signal()

    def __init__(
        self,
        path: Path,
        session: Session,
        settings: Settings,
        span: Span = Span.MONTH,
        member_uid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.session = session
        self.settings = settings
        self.preview: PlatformPreview | None = None
        self.task: tasks.Task | None = None
        self.mapping: dict[str, str] = {}  # header → KPI code ("" leaves it out)
        self.setWindowTitle(self.tr("Import platform report “%1”").replace("%1", self.path.name))
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.span_combo = QComboBox(self)
        for choice in (Span.MONTH, Span.WEEK):
            self.span_combo.addItem(t.span_text(choice), choice.value)
        self.span_combo.setCurrentIndex(max(self.span_combo.findData(span.value), 0))
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("The team"), "")
        for member in team.list_members(include_inactive=False):
            self.scope_combo.addItem(member.name, member.uid)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(member_uid or ""), 0))
        self.columns_box = ColumnsBox(self)
        self.model = LineModel(self)
        self.proxy, self.table = build_table(self, self.model)
        self.errors_edit = QPlainTextEdit(self)
        self.errors_edit.setReadOnly(True)
        self.errors_edit.setMaximumHeight(90)
        self.errors_edit.setStyleSheet("color: #c62828;")
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Combine the days into:"), self))
        options.addWidget(self.span_combo)
        options.addSpacing(16)
        options.addWidget(QLabel(self.tr("Actuals of:"), self))
        options.addWidget(self.scope_combo)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(options)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors_edit)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)
        self.resize(900, 620)

        self.span_combo.activated.connect(self._on_option_changed)
        self.scope_combo.activated.connect(self._on_option_changed)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.columns_box.column_mapped.connect(self._on_columns_box_column_mapped)

    def member_uid(self) -> str | None:
        return self.scope_combo.currentData() or None

    # -- previewing ----------------------------------------------------------------------------

    def start(self) -> tasks.Task:
        """Read the report behind a progress dialog; the dialog opens when it is read."""
        return self.refresh_preview(self.parentWidget())

    def refresh_preview(self, parent: QWidget | None = None) -> tasks.Task:
        job = functools.partial(
            preview_job,
            self.path,
            self.span_combo.currentData(),
            self.member_uid(),
            dict(self.mapping),
        )
        self._set_busy(True)
        self.task = tasks.run_task(
            parent if parent is not None else self,
            job,
            self.tr("Reading “%1”…").replace("%1", self.path.name),
            on_result=self._on_preview_ready,
            on_error=self._on_preview_failed,
            on_cancelled=self._on_preview_cancelled,
        )
        return self.task

    def _on_preview_ready(self, result: PlatformPreview) -> None:
        first = self.preview is None
        self.preview = result
        self._show_preview()
        self._set_busy(False)
        if first:
            self.open()
        self.preview_shown.emit()

    def _on_preview_failed(self, err: DeskError) -> None:
        parent = self.parentWidget()
        if self.preview is None:
            self.deleteLater()
            if err.code == "platform_no_dates":  # not a daily report: the ordinary import
                tasks.show_status(
                    parent,
                    self.tr("“%1” has no date column; it is previewed as an import sheet.").replace(
                        "%1", self.path.name
                    ),
                )
                open_preview(self.path, self.session, self.settings, parent)
                return
            notify.desk_error(parent, err)
            return
        notify.desk_error(self, err)
        self._set_busy(False)

    def _on_preview_cancelled(self) -> None:
        if self.preview is None:
            self.deleteLater()
        self._set_busy(False)

    def _show_preview(self) -> None:
        p = self.preview
        assert p is not None
        self.file_label.setText(
            self.tr("<b>%1</b>, sheet “%2” — nothing is written until you click Import.")
            .replace("%1", self.path.name)
            .replace("%2", p.sheet)
        )
        self.columns_box.show_preview(p)
        self.model.set_rows(p.lines)
        errors = p.error_messages(messages.language())
        self.errors_edit.setPlainText("\n".join(errors))
        self.errors_edit.setVisible(bool(errors))
        replaced = sum(1 for x in p.lines if x.current is not None)
        if errors:
            self.state_label.setText(
                messages.text("platform_has_errors", file=p.file_name, count=len(errors))
            )
        elif not p.lines:
            self.state_label.setText(self.tr("The report has no figures for the KPIs chosen."))
        elif risky := sum(1 for x in p.lines if shrinks(x)):
            self.state_label.setText(
                self.tr(
                    "Import saves %1 actual(s). Careful: %2 cover only part of their period "
                    "and would replace an actual saved for the whole of it (in red); check the "
                    "dates the report was exported for."
                )
                .replace("%1", str(len(p.lines)))
                .replace("%2", str(risky))
            )
        elif replaced:
            self.state_label.setText(
                self.tr("Import saves %1 actual(s); %2 replace an actual saved before.")
                .replace("%1", str(len(p.lines)))
                .replace("%2", str(replaced))
            )
        else:
            self.state_label.setText(
                self.tr("Import saves %1 actual(s).").replace("%1", str(len(p.lines)))
            )

    @property
    def combos(self) -> dict[str, QComboBox]:
        return self.columns_box.combos

    def map_column(self, header: str, code: str | None) -> None:
        """Choose the KPI of the column ``header`` as the user would (previews again)."""
        self.columns_box.map_column(header, code)

    @Slot(str, str)
    def _on_columns_box_column_mapped(self, header: str, code: str) -> None:
        self.mapping[header] = code
        self.refresh_preview()

    @Slot()
    def _on_option_changed(self) -> None:
        self.refresh_preview()

    def busy(self) -> bool:
        return self.task is not None and self.task.outcome is None

    def _set_busy(self, busy: bool) -> None:
        p = self.preview
        ready = p is not None and not p.errors and bool(p.lines)
        self.import_button.setEnabled(ready and not busy)
        for widget in (self.columns_box, self.span_combo, self.scope_combo):
            widget.setEnabled(not busy)

    # -- importing -------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> tasks.Task | None:
        """Save the previewed actuals in one transaction."""
        if self.preview is None or not self.import_button.isEnabled():
            return None
        job = functools.partial(apply_job, self.session.actor(), self.preview, self.member_uid())
        self._set_busy(True)
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Importing “%1”…").replace("%1", self.path.name),
            on_result=self._on_imported,
            on_error=self._on_import_failed,
            cancellable=False,  # one transaction of a few rows
        )
        return self.task

    def _on_imported(self, count: int) -> None:
        events.announce("kpi_value")
        window = self.parentWidget()
        tasks.show_status(
            window,
            self.tr("Saved %1 actual(s) from “%2”.")
            .replace("%1", str(count))
            .replace("%2", self.path.name),
        )
        self.imported.emit(count)
        self.accept()

    def _on_import_failed(self, err: DeskError) -> None:
        notify.desk_error(self, err)
        self._set_busy(False)

    def reject(self) -> None:
        if self.busy():
            assert self.task is not None
            self.task.cancel()
            return
        super().reject()


def open_platform(
    path: Path,
    session: Session,
    settings: Settings,
    span: Span,
    member_uid: str | None,
    parent: QWidget | None,
) -> PlatformDialog:
    """Preview ``path`` in the background; the dialog shows itself when the report is read."""
    dialog = PlatformDialog(path, session, settings, span, member_uid, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    return dialog
