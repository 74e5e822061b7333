"""One appraisal (R-4.3): the member's self-assessment, the lead's scores and comment, the
interview, and the state moves draft → self-assessed → reviewed → interview held → final,
with reopening (the reason goes to the audit log).

Each move is a button enabled only when the acting member may make it now; the models check
again and their refusals are shown in words. Totals and grades are computed, never typed:
the total under the table follows the values as they are edited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import appraisal
from models.appraisal import AppraisalRow, State
from models.appraisal.views import grade_of, total_of
from models.errors import ConflictError, DeskError, ValidationError
from ui import events, notify
from ui.appraisal import text as t
from ui.appraisal.interview_form import InterviewForm
from ui.appraisal.items_table import ItemsTable
from ui.labels import role_label
from ui.session import Session

KIND = "appraisal"  # the event announced after every write


class AppraisalDialog(QDialog):
    """Open one appraisal the acting member may see; ``changed`` after every write."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        uid: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.uid = uid
        self.row: AppraisalRow = appraisal.get_appraisal(session.actor(), uid)
        self.setMinimumSize(980, 660)

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.state_label = QLabel(self)
        self.items = ItemsTable(self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total_label")
        self.self_text = QPlainTextEdit(self)
        self.self_text.setPlaceholderText(self.tr("What went well, what did not, and why"))
        self.lead_comment = QPlainTextEdit(self)
        for edit in (self.self_text, self.lead_comment):
            edit.setMinimumHeight(60)
        scores = QWidget(self)
        texts = QFormLayout()
        texts.addRow(self.tr("Self-assessment:"), self.self_text)
        texts.addRow(self.tr("Lead's comment:"), self.lead_comment)
        scores_layout = QVBoxLayout(scores)
        scores_layout.addWidget(self.items, 3)
        scores_layout.addWidget(self.total_label)
        scores_layout.addLayout(texts, 2)
        self.interview = InterviewForm(session, today, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scores, self.tr("Scores"))
        self.tabs.addTab(self.interview, self.tr("Performance interview"))

        self.refresh_button = QPushButton(self.tr("Refresh KPIs"), self)
        self.refresh_button.setToolTip(
            self.tr("Read the targets and actuals again from the KPI data")
        )
        self.save_button = QPushButton(self.tr("Save"), self)
        self.hand_in_button = QPushButton(self.tr("Hand In Self-Assessment"), self)
        self.review_button = QPushButton(self.tr("Mark Reviewed"), self)
        self.interview_button = QPushButton(self.tr("Record Interview"), self)
        self.final_button = QPushButton(self.tr("Make Final"), self)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (
            self.refresh_button,
            self.save_button,
            self.hand_in_button,
            self.review_button,
            self.interview_button,
            self.final_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.state_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.items.changed.connect(self._show_total)
        self.interview.written.connect(self._on_interview_written)
        self.refresh_button.clicked.connect(self.refresh_kpis)
        self.save_button.clicked.connect(self.save)
        self.hand_in_button.clicked.connect(self.hand_in)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.interview_button.clicked.connect(self.record_interview)
        self.final_button.clicked.connect(self.make_final)
        self.reopen_button.clicked.connect(self.reopen)
        self.close_button.clicked.connect(self.reject)
        self.show_row(self.row)
        self.tabs.setFocus()  # not the first field: a final appraisal is read, not typed in

    # -- who may do what now ------------------------------------------------------------------

    def is_lead(self) -> bool:
        return appraisal.is_lead(self.session.actor())

    def is_mine(self) -> bool:
        return self.session.actor().uid == self.row.member_uid

    def can_self_assess(self) -> bool:
        return self.is_mine() and self.row.state in (State.DRAFT, State.SELF_ASSESSED)

    def can_score(self) -> bool:
        return self.is_lead() and self.row.state is not State.FINAL

    def show_row(self, row: AppraisalRow, *, interview_notes: bool = True) -> None:
        self.row = row
        self.setWindowTitle(
            self.tr("Appraisal of %1, %2")
            .replace("%1", row.member_name)
            .replace("%2", t.period_text(row.period))
        )
        facts = [
            row.member_name,
            role_label(row.role),
            t.period_text(row.period),
            row.template_title,
        ]
        self.header.setText(f"<b>{facts[0]}</b>　{'　'.join(facts[1:])}")
        self.state_label.setText(self.tr("State: %1").replace("%1", t.state_text(row.state)))
        lead, state = self.is_lead(), row.state
        self.items.set_items(
            row.items, edit_self=self.can_self_assess(), edit_lead=self.can_score()
        )
        self.self_text.setPlainText(row.self_assessment)
        self.self_text.setReadOnly(not self.can_self_assess())
        self.lead_comment.setPlainText(row.lead_comment)
        self.lead_comment.setReadOnly(not self.can_score())
        interview_open = lead and state in (State.REVIEWED, State.INTERVIEWED)
        self.interview.set_row(row, editable=interview_open, notes=interview_notes)
        self.tabs.setTabEnabled(1, lead or state in (State.INTERVIEWED, State.FINAL))
        self.refresh_button.setEnabled(self.can_score())
        self.save_button.setEnabled(self.can_self_assess() or self.can_score())
        self.hand_in_button.setEnabled(self.is_mine() and state is State.DRAFT)
        self.review_button.setEnabled(lead and state is State.SELF_ASSESSED)
        self.interview_button.setEnabled(interview_open)
        self.final_button.setEnabled(lead and state is State.INTERVIEWED)
        self.reopen_button.setEnabled(lead and state is State.FINAL)
        self._show_total()

    @Slot()
    def _show_total(self) -> None:
        items = self.items.current_items()
        total = total_of(items)
        grade = grade_of(total, self.row.bands)
        missing = [i.name for i in items if i.score is None]
        text = self.tr("Total (computed): %1　Grade: %2").replace("%1", t.total_text(total))
        text = text.replace("%2", t.grade_text(grade, self.row.bands))
        if missing:
            text += "　" + self.tr("Not scored yet: %1").replace("%1", "、".join(missing))
        self.total_label.setText(text)

    # -- writes -------------------------------------------------------------------------------

    def _reload(self, *, interview_notes: bool = True) -> None:
        self.show_row(
            appraisal.get_appraisal(self.session.actor(), self.uid), interview_notes=interview_notes
        )

    def _write(self, write: Callable[[], object]) -> bool:
        """Run a write; on success announce it and show the appraisal as stored."""
        try:
            write()
        except ConflictError:
            notify.error(
                self,
                self.tr(
                    "Someone else saved this appraisal meanwhile; it now "
                    "shows their version. Make your change again."
                ),
            )
            self._reload()
            return False
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        events.announce(KIND)
        self.changed.emit()
        self._reload()
        return True

    def _save_now(self, *, submit: bool = False) -> None:
        """What the acting member may change, as one service call (raises on refusal)."""
        actor, row = self.session.actor(), self.row
        if self.can_self_assess():
            appraisal.save_self_assessment(
                actor,
                row.uid,
                row.version,
                self.self_text.toPlainText(),
                self.items.self_ratings(),
                submit=submit,
            )
            return
        if self.can_score():
            bad = self.items.bad_actual()
            if bad is not None:
                raise ValidationError("appraisal_bad_actual", name=bad[0], value=bad[1])
            appraisal.score(
                actor,
                row.uid,
                row.version,
                ratings=self.items.lead_ratings(),
                actuals=self.items.actuals(),
                comments=self.items.comments(),
                lead_comment=self.lead_comment.toPlainText(),
            )

    @Slot()
    def save(self) -> bool:
        return self._write(self._save_now)

    @Slot()
    def hand_in(self) -> bool:
        return self._write(lambda: self._save_now(submit=True))

    @Slot()
    def refresh_kpis(self) -> bool:
        actor, row = self.session.actor(), self.row
        return self._write(lambda: appraisal.refresh_kpis(actor, row.uid, row.version))

    @Slot()
    def mark_reviewed(self) -> bool:
        """Save the scores shown, then move to "reviewed by the lead"."""
        actor = self.session.actor()

        def write() -> None:
            self._save_now()
            fresh = appraisal.get_appraisal(actor, self.uid)
            appraisal.mark_reviewed(actor, fresh.uid, fresh.version)

        return self._write(write)

    @Slot()
    def record_interview(self) -> bool:
        """Save the scores shown and the interview's notes (reviewed → interview held)."""
        actor = self.session.actor()

        def write() -> None:
            self._save_now()
            fresh = appraisal.get_appraisal(actor, self.uid)
            appraisal.record_interview(actor, fresh.uid, fresh.version, **self.interview.notes())  # type: ignore[arg-type]

        return self._write(write)

    @Slot()
    def make_final(self) -> bool:
        question = self.tr(
            "Make the appraisal of %1 final? It is locked then; only the team "
            "lead can reopen it, and the reopening is recorded."
        )
        if not notify.confirm(
            self, question.replace("%1", self.row.member_name), self.tr("Make Final")
        ):
            return False
        actor, row = self.session.actor(), self.row
        return self._write(lambda: appraisal.finalize(actor, row.uid, row.version))

    @Slot()
    def reopen(self) -> bool:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen Appraisal"),
            self.tr("Why is the final appraisal of %1 reopened? (kept in the audit log)").replace(
                "%1", self.row.member_name
            ),
        )
        if not ok:
            return False
        actor, row = self.session.actor(), self.row
        return self._write(lambda: appraisal.reopen(actor, row.uid, row.version, reason))

    @Slot()
    def _on_interview_written(self) -> None:
        events.announce(KIND)
        self.changed.emit()
        self._reload(interview_notes=False)
