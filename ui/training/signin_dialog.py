"""Confirm a sign-in sheet before it is imported (R-4.2): rows, issues, names → members."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import messages, team, training
from models.errors import DeskError
from models.team import MemberRow
from models.training import SessionRow, SigninResult, SigninSheet
from ui import events, notify, tasks
from ui.table_view import build_table
from ui.training import text as t
from ui.training.models import SigninRowModel
from ui.training.tone_model import Tone, tone_icon
from ui.widgets import ErrorLabel

UNDECIDED = ""  # the combo's "choose…" entry; SKIP maps the name to no one
SKIP = "-"


def import_job(actor: Any, session_uid: str, rows: Any, mapping: Any, **_: Any) -> SigninResult:
    """The background job: write the roster in one transaction (a failing row writes none)."""
    return training.import_signin(actor, session_uid, rows, mapping)


class SigninDialog(QDialog):
    """Shows what the sheet holds, asks about names it cannot match, then imports."""

    imported = Signal(str)  # a one-line summary, after the roster was written

    def __init__(
        self,
        session: Any,
        target: SessionRow,
        sheet: SigninSheet,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.target = target
        self.sheet = sheet
        self.task: tasks.Task | None = None
        self.result_: SigninResult | None = None
        self.setWindowTitle(self.tr("Import sign-in sheet"))
        lang = messages.language()

        when = t.datetime_text(target.starts_at)
        intro = QLabel(
            self.tr("Session: <b>%1</b>, %2<br>File: %3, sheet “%4”, header on row %5")
            .replace("%1", target.course_title)
            .replace("%2", when)
            .replace("%3", file_name)
            .replace("%4", sheet.sheet)
            .replace("%5", str(sheet.header_row)),
            self,
        )
        intro.setWordWrap(True)
        self.day_warning = ErrorLabel(self)
        if sheet.day is not None and sheet.day != target.starts_at.date():
            self.day_warning.show_text(
                self.tr("The sheet is dated %1 but the session is on %2; check the session.")
                .replace("%1", sheet.day.isoformat())
                .replace("%2", target.starts_at.date().isoformat())
            )

        self.rows_model = SigninRowModel(self)
        self.rows_model.set_rows(sheet.rows)
        self.rows_label = QLabel(
            self.tr("%n person(s) found on the sheet:", "", len(sheet.rows)), self
        )
        self.rows_proxy, self.rows_table = build_table(self, self.rows_model)
        # As tall as its rows up to about fifteen, then it scrolls.
        self.rows_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.rows_table.setMaximumHeight(16 * (self.fontMetrics().height() + 10))

        self.issues_list = QListWidget(self)
        for issue in sheet.issues:
            item = QListWidgetItem(tone_icon(Tone.WARN), issue.message(lang))
            self.issues_list.addItem(item)
        self.issues_box = QGroupBox(
            self.tr("Rows left out: correct them in the sheet and import it again"), self
        )
        issues_layout = QVBoxLayout(self.issues_box)
        issues_layout.addWidget(self.issues_list)
        self.issues_box.setVisible(bool(sheet.issues))
        self.issues_list.setMaximumHeight(90)

        proposal = training.propose_mapping(r.name for r in sheet.rows)
        self.matched = dict(proposal.matched)
        self.members = team.list_members()
        self.names = {m.uid: m.name for m in self.members}
        self.combos: dict[str, QComboBox] = {}
        self.mapping_box = QGroupBox(
            self.tr("Names not in the team list: choose the member, or skip the person"), self
        )
        form = QFormLayout(self.mapping_box)
        for name in proposal.unknown:
            combo = self._member_combo(name)
            self.combos[name] = combo
            form.addRow(name, combo)
        self.mapping_box.setVisible(bool(proposal.unknown))

        self.hint = QLabel(self)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.day_warning)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.rows_table, 1)
        layout.addWidget(self.issues_box)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self._update()
        self.resize(820, self.sizeHint().height())

    def _member_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Choose a member…"), UNDECIDED)
        combo.addItem(self.tr("Skip this person"), SKIP)
        for member in self.members:
            combo.addItem(self._member_label(member), member.uid)
        combo.currentIndexChanged.connect(self._update)
        return combo

    def _member_label(self, member: MemberRow) -> str:
        if member.active:
            return member.name
        return self.tr("%1 (inactive)").replace("%1", member.name)

    # -- the mapping ----------------------------------------------------------------------------

    def choose(self, name: str, member_uid: str | None) -> None:
        """Map an unknown name to a member (None skips the person); what the combo does."""
        combo = self.combos[name]
        combo.setCurrentIndex(combo.findData(member_uid if member_uid else SKIP))

    def undecided(self) -> list[str]:
        return [n for n, c in self.combos.items() if c.currentData() == UNDECIDED]

    def mapping(self) -> dict[str, str | None]:
        """Every name on the sheet → a member uid, or None to skip that person."""
        out: dict[str, str | None] = dict(self.matched)
        for name, combo in self.combos.items():
            choice = combo.currentData()
            if choice != UNDECIDED:
                out[name] = None if choice == SKIP else str(choice)
        return out

    @Slot()
    def _update(self) -> None:
        mapping = self.mapping()
        skip, ask = self.tr("(skipped)"), self.tr("Choose below")
        targets = {n: (self.names.get(uid, "") if uid else skip) for n, uid in mapping.items()} | {
            n: ask for n in self.undecided()
        }
        self.rows_model.set_targets(targets, set(mapping))
        left = len(self.undecided())
        if not self.sheet.rows:
            self.hint.setText(self.tr("The sheet has no one to import."))
        elif left:
            self.hint.setText(self.tr("%n name(s) still need a member or “Skip”.", "", left))
        else:
            absent = sum(1 for r in self.sheet.rows if r.absent and mapping.get(r.name))
            self.hint.setText(
                self.tr("Ready: %1 to record, of whom %2 absent.")
                .replace("%1", str(sum(1 for uid in mapping.values() if uid)))
                .replace("%2", str(absent))
            )
        self.import_button.setEnabled(bool(self.sheet.rows) and not left and self.task is None)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(self.task is None)  # the import is one transaction: let it finish

    def reject(self) -> None:
        if self.task is None:  # Esc while importing would drop the outcome
            super().reject()

    # -- importing ------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> tasks.Task | None:
        if self.undecided() or not self.sheet.rows or self.task is not None:
            return None
        self.error.show_text("")
        job = partial(
            import_job, self.session.actor(), self.target.uid, self.sheet.rows, self.mapping()
        )
        self.task = tasks.run_task(
            self,
            job,
            self.tr("Importing the sign-in sheet…"),
            on_result=self._on_imported,
            on_error=self._on_import_failed,
            cancellable=False,  # one short transaction
        )
        self._update()
        return self.task

    def _on_imported(self, result: SigninResult) -> None:
        self.result_ = result
        events.announce("training_record")
        summary = self.summary(result)
        self.imported.emit(summary)
        self.accept()
        notify.info(self.parentWidget(), summary)

    def _on_import_failed(self, err: DeskError) -> None:
        self.task = None
        self.error.show_text(err.message(messages.language()))  # nothing was written
        self._update()

    def summary(self, result: SigninResult) -> str:
        text = (
            self.tr(
                "Sign-in sheet imported: %1 attended, %2 absent, %3 skipped (%4 new, %5 updated)."
            )
            .replace("%1", str(result.attended))
            .replace("%2", str(result.absent))
            .replace("%3", str(result.skipped))
            .replace("%4", str(result.created))
            .replace("%5", str(result.updated))
        )
        if result.over_capacity:
            text += " " + self.tr("%n more than the course's capacity.", "", result.over_capacity)
        return text
